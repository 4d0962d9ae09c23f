"""Classes of wording found unread in round s31's development batch FP (fifteen languages,
written blind from the triage reference): heat illness told by dizziness, no longer sweating
and very hot (Tagalog, Gulf Arabic); an animal bite and a tetanus jab not complete (Tagalog);
sudden breathlessness and chest pain (Ukrainian, Italian); too many sleeping pills (Ukrainian);
legs that must move with a crawling inside (Korean); sweat lost, a clear mind (Korean); a fit
told by a fall, shaking, a bitten tongue and no answer (Gulf Arabic, Greek); urine dark like
cola (Arabic, Portuguese, Urdu script, Dutch, Russian); a medicine started, then cramps
(Arabic, Hindi, Japanese); tablets missing from an open bottle, iron tablets, an insecticide
or a window cleaner drunk (Portuguese, Persian, Urdu in Latin letters, Hungarian); purple
spots that do not fade under a glass (Portuguese); a claw hand after thyroid surgery
(Italian); a stiff neck and a severe headache with fever (Urdu in Latin letters, Greek);
cramps a few times a week that wake one (Romanian); walking pain gone on standing still
(Dutch); drinking told by its amount a day (Polish, found by its markers).

The sentences are our own, each beside a look-alike that must stay lower (an ordinary cramp,
one that passed).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Naglaro kami ng basketball sa init, tapos nahilo ang kuya ko at natumba, hindi na "
            "siya pinapawisan at mainit na mainit",
            "emergency",
        ),
        (
            "Naglaro kami ng basketball sa init, pinulikat ang binti ko pero nawala na "
            "pagkatapos uminom ng tubig",
            "self_care",
        ),
        (
            "Kinagat ng aso ang anak ko kahapon, ngayon pinupulikat siya malapit sa sugat, "
            "hindi pa kumpleto ang bakuna niya sa tetano",
            "urgent",
        ),
        ("Pinupulikat ang anak ko sa binti kagabi, nawala na pagkatapos inunat", "self_care"),
        ("Мій чоловік раптом почав задихатися, каже що біль у грудях і серце калатає", "emergency"),
        ("У чоловіка була судома в нозі вночі, вже минула", "self_care"),
        (
            "Моя мама випила забагато снодійного, не пам'ятає скільки, тепер судоми в ногах",
            "emergency",
        ),
        ("Моя мама вчора мала судому в нозі вночі, розтягнула і минуло", "self_care"),
        (
            "저녁에 앉아 있으면 다리에 벌레가 기어가는 느낌이 들고 "
            "계속 움직이고 싶어요. 움직이면 좀 나아요.",
            "doctor",
        ),
        ("어제 밤에 종아리에 쥐가 났는데 스트레칭하니까 금방 풀렸어요.", "self_care"),
        (
            "축구 경기 후에 땀을 많이 흘렸는데 배랑 팔에 계속 쥐가 나요. "
            "정신은 멀쩡하고 땀도 나요.",
            "urgent",
        ),
        ("축구 경기 후에 종아리에 쥐가 났는데 5분 만에 풀렸어요.", "self_care"),
        ("ولدي طاح في الحوش وجسمه كله يرجف وعض لسانه، الحين ما يرد علي", "emergency"),
        ("ولدي عنده شد عضلي في رجله وراح بعد دقيقة", "self_care"),
        (
            "أبوي كان في الشمس وجاه شد عضلي وبعدين صار يتكلم كلام غريب وجسمه حار جداً وما يعرق",
            "emergency",
        ),
        ("أبوي كان في الشمس وجاه شد عضلي في رجله وشرب ماي وارتاح وراح الشد", "self_care"),
        ("بعد الجري الطويل رجولي ضعيفة وتوجعني مرة والبول لونه غامق مثل الكولا", "emergency"),
        ("بعد الجري الطويل جاني شد عضلي في رجلي وراح بعد شوي", "self_care"),
        ("من يوم بديت بخاخ الفنتولين صار عندي شد عضلي في رجلي كل ليلة", "doctor"),
        ("صار عندي شد عضلي في رجلي أمس بالليل وراح", "self_care"),
        (
            "Achei meu filho de 3 anos com o frasco do remédio da avó aberto, faltando comprimidos",
            "emergency",
        ),
        ("Meu filho de 3 anos teve cãibra na perna ontem e passou", "self_care"),
        (
            "Minha filha tem febre e apareceram manchinhas roxas que não somem "
            "quando aperto o copo",
            "emergency",
        ),
        (
            "Minha filha tem febre e manchinhas vermelhas que somem quando aperto o copo",
            "self_care",
        ),
        (
            "Depois do treino pesado estou com dor muscular forte no corpo todo e xixi cor de "
            "coca-cola",
            "emergency",
        ),
        (
            "Depois do treino pesado tive cãibra na panturrilha e passou com alongamento",
            "self_care",
        ),
        (
            "Mio padre ha la gamba gonfia da una settimana e stamattina è senza fiato, gli fa "
            "male il petto",
            "emergency",
        ),
        ("Mio padre ha avuto un crampo al polpaccio stanotte, è passato subito", "self_care"),
        (
            "Sono stata operata alla tiroide ieri e ora ho formicolio intorno alla bocca e le "
            "dita si chiudono ad artiglio",
            "urgent",
        ),
        ("Ho un crampo al piede stanotte, è passato dopo due minuti", "self_care"),
        (
            "meri behen ne galti se machhar maar dawai pee li, ab pet mein cramps aur ulti",
            "emergency",
        ),
        ("meri behen ko kal raat pindli mein cramp hua tha, thik ho gaya", "self_care"),
        (
            "bete ko tez bukhar hai, gardan akad gayi hai aur sar mein bahut shadeed dard hai",
            "emergency",
        ),
        ("bete ko kal pindli mein cramp hua, stretching se thik ho gaya", "self_care"),
        (
            "میرے ابو کا پاؤں دیوار کے نیچے دب گیا تھا، اب شدید درد اور کمزوری ہے اور پیشاب "
            "کالا سا آ رہا ہے",
            "emergency",
        ),
        ("میرے ابو کی ٹانگ میں رات کو اکڑن ہوئی تھی، اب ٹھیک ہے", "self_care"),
        ("डॉक्टर ने बीपी के लिए एम्लोडिपिन दी है, तब से रात को पैरों में ऐंठन होती है", "doctor"),
        ("कल रात मेरे पैर में ऐंठन हुई थी, अब ठीक है", "self_care"),
        (
            "Tata are cârcei la gambe de câteva ori pe săptămână, îl trezesc noaptea și nu mai "
            "adoarme",
            "doctor",
        ),
        ("Tata a avut un cârcel la gambă aseară și a trecut repede", "self_care"),
        ("血圧の薬を飲み始めてから、夜に足がよくつります。", "doctor"),
        ("昨日の夜、ふくらはぎがつったけど、すぐに治りました。", "self_care"),
        ("دختر سه ساله\u200cام چند تا از قرص\u200cهای آهن من را خورده و بالا آورده", "emergency"),
        ("دختر سه ساله\u200cام دیشب گرفتگی پا داشت و خوب شد", "self_care"),
        (
            "Ο γιος μου έχει πυρετό, πονοκέφαλο τρομερό και ο αυχένας του έχει πιαστεί εντελώς",
            "emergency",
        ),
        ("Ο γιος μου είχε κράμπα στη γάμπα χθες βράδυ και πέρασε", "self_care"),
        ("Ο πατέρας μου λιποθύμησε και δεν απαντάει όταν του μιλάω", "emergency"),
        ("Ο πατέρας μου είχε κράμπα στο πόδι και τώρα μιλάει κανονικά", "self_care"),
        (
            "na een stukje wandelen krijgt mijn vader kramp in zijn kuit, even stilstaan en "
            "het gaat weg, elke keer weer",
            "doctor",
        ),
        ("mijn vader had vannacht kramp in zijn kuit, na het rekken ging het weg", "self_care"),
        (
            "na de marathon zijn mijn benen zwak en pijnlijk en mijn plas is heel donker als cola",
            "emergency",
        ),
        ("na de marathon had ik kramp in mijn kuit, na het rekken ging het weg", "self_care"),
        ("A lányom (2 éves) megivott egy kis ablaktisztítót, most hány", "emergency"),
        ("A lányom (2 éves) lábában görcs volt tegnap éjjel, elmúlt", "self_care"),
        ("piję sporo, z pół litra dziennie, i mam skurcze w nogach w nocy", "doctor"),
        ("mam skurcze w nogach w nocy, ale po rozciąganiu mijają", "self_care"),
    ],
)
def test_glossary_rows_of_round_s31_langs(text: str, level: str) -> None:
    assert read_level(text) == level
