"""Classes of wording found unread in round s35's batch GM (other-language and mixed messages,
written blind from the triage reference): a medicine taken told without its subject, read as
'since starting' so the person named before it stays the one who takes it, nights counted a
week and sleep lost, one night slept badly kept apart (Chinese); a medicine started, the verb
in its forms, medicines by their Hangul names, urine's colour told with a space and a likeness,
no strength going in, a first hard class (Korean); urine told only by a likeness, muscles that
hurt him hard, no getting up (Gulf Arabic); a battery workshop and lead (Persian); a leg gone
cold and white with the adjective's endings, a foot he cannot move now, not during a past
cramp (Urdu script); a chemical licked, a 'maybe' that is no denial, drooling that will not
stop, household cleaners by name, 'it is fine' that holds the husband's character (Japanese);
rat poison and insecticide eaten or drunk, the verb in its persons, the name alone no
poisoning, vomiting, and Tamil found by those words (Tamil in Latin letters); a stiff jaw told
by the adjective in its cases, swallowing hard told with the adverb (Polish); a poisoning by a
food is food poisoning, something drunk from a bottle or from under the sink, vomiting in the
Ukrainian present, legs grown weaker and stairs hard to climb (Russian and Ukrainian); a cramp
that will not let go, half an hour in one word, no difference (Swedish); one leg bigger than
the other by the comparative, tender to pressure, a journey named in a compound, 'nichts
geschwollen' (German); a rest that eases walking pain in the third person and the diminutive
(Spanish); blood spat while coughing, a muscle shrunk in the reflexive, a limb grown thinner
(Italian); old paint scraped (Hindi in Latin letters); cramps counted 'every week ... N times'
(Vietnamese); a cramp told by the verb 'to catch' with its pronoun, uphill (Greek).

The sentences are our own, each beside a look-alike that must stay lower (an ordinary cramp,
one that passed, a sign denied, the word in an innocent sense).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import language_names, read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Chinese
        ("我奶奶吃了利尿药以后，腿经常抽筋", "doctor"),
        ("我吃了晚饭以后小腿抽筋了一次，拉一拉就好了", "self_care"),
        ("我爸爸每周有三四个晚上腿抽筋，睡不好觉", "doctor"),
        ("我昨晚没睡好，小腿抽筋一次，拉伸就好了", "self_care"),
        # Korean
        ("암로디핀 복용한 후로 종아리에 쥐가 자주 나요", "doctor"),
        ("물을 많이 먹기 시작하고 나서 쥐가 안 나요", "self_care"),
        ("어제 크로스핏 처음 했는데 다리가 너무 아프고 오줌 색깔이 콜라 같아요", "emergency"),
        (
            "어제 운동하고 허벅지에 쥐가 났는데 스트레칭하니까 나아요. 소변 색은 정상이에요",
            "self_care",
        ),
        # Gulf Arabic
        (
            "زوجي اشتغل طول اليوم في الحر، عضلاته توجعه بقوة وما يقدر يوقف، وبوله زي الشاي",
            "emergency",
        ),
        ("أخوي لعب كورة وجاه شد في رجله وراح، وبوله لونه عادي", "self_care"),
        # Persian
        ("شوهرم توی کارخانه باتری سازی کار می\u200cکنه و پاهاش گرفتگی داره", "urgent"),
        ("توی کارگاه نجاری کار می\u200cکنم، دیشب پام گرفتگی داشت و خوب شد", "self_care"),
        # Urdu script
        (
            "میری امی کا پاؤں اچانک ٹھنڈا اور نیلا ہو گیا ہے اور وہ انگلیاں نہیں ہلا پا رہیں",
            "emergency",
        ),
        ("رات کو میری پنڈلی میں اکڑن تھی، پاؤں ہلا نہیں پا رہا تھا، پھر ٹھیک ہو گیا", "self_care"),
        # Japanese
        ("2歳の娘が洗剤を舐めたかもしれない。よだれが止まらない", "emergency"),
        ("息子が飴をなめていたら足がつりました。ストレッチで治りました", "self_care"),
        # Tamil in Latin letters
        ("en ponnu poochi marundhu kudichutaa nu ninaikkiren, vaanthi edukkuraa", "emergency"),
        (
            "veetla eli marundhu vechirukkom, enakku raathiri kaal pidippu varudhu, "
            "stretch panna poiduchu",
            "self_care",
        ),
        # Polish
        (
            "Wbiłem sobie drzazgę w palec, teraz szczęka mi zesztywniała i trudno mi połykać",
            "emergency",
        ),
        ("Po dentyście szczęka trochę boli, w nocy skurcz łydki, minął", "self_care"),
        # Russian and Ukrainian
        ("Траванулся пиццей в кафе, рвота, ноги сводит", "urgent"),
        ("Отравился таблетками, ноги сводит", "emergency"),
        ("Син випив щось із баночки в гаражі, тепер блює", "emergency"),
        ("Выпил воды из бутылки, ночью свело ногу, прошло", "self_care"),
        (
            "Мама говорит, что ноги стали слабее и ей тяжело подниматься по лестнице, "
            "бывают судороги",
            "doctor",
        ),
        ("После бега ноги стали тяжелее, ночью свело икру, прошло", "self_care"),
        # Swedish
        ("Krampen i foten släpper inte, det har gått en halvtimme", "urgent"),
        ("Kramp i foten i natt, den släppte efter en minut", "self_care"),
        # German
        (
            "Seit der Autofahrt nach Italien ist mein linkes Bein dicker als das rechte "
            "und druckempfindlich",
            "urgent",
        ),
        (
            "Mein Sohn ist größer als die anderen Kinder und hatte gestern einen Wadenkrampf, "
            "nach dem Dehnen weg",
            "self_care",
        ),
        (
            "Seit der Busreise hatte ich nachts einen Wadenkrampf, nach dem Dehnen war er weg, "
            "nichts geschwollen",
            "self_care",
        ),
        # Spanish
        (
            "Mi abuela dice que al caminar un poco le duele la pierna y tiene que pararse, "
            "tras sentarse unos minutitos se le quita",
            "doctor",
        ),
        (
            "A mi papá le dio un calambre en la pantorrilla jugando fútbol, después de "
            "descansar un ratito se le pasó",
            "self_care",
        ),
        # Italian
        (
            "Dopo un lungo viaggio in macchina ho il polpaccio gonfio e quando tossisco "
            "sputo sangue",
            "emergency",
        ),
        (
            "Dopo il volo ho avuto un crampo al polpaccio, passato con lo stretching; "
            "dal dentista ho sputato un po' di sangue",
            "self_care",
        ),
        ("Ho spesso crampi alla gamba e il polpaccio sinistro si è assottigliato", "doctor"),
        (
            "Il maglione si è ristretto in lavatrice, stanotte crampo al polpaccio passato subito",
            "self_care",
        ),
        # Hindi in Latin letters
        (
            "Papa purane ghar ka paint ghis rahe the do hafte se, ab haathon mein cramps "
            "aur thakan",
            "urgent",
        ),
        (
            "kal deewar pe naya paint kiya, raat ko pindli mein cramp aaya, "
            "stretch karke theek ho gaya",
            "self_care",
        ),
        # Vietnamese
        ("Tuần nào mẹ tôi cũng bị chuột rút ba bốn lần, ảnh hưởng đến giấc ngủ", "doctor"),
        (
            "Tuần nào tôi cũng đi bơi 3 lần, tối qua bị chuột rút bắp chân, duỗi ra là hết",
            "self_care",
        ),
        # Greek
        ("Όταν περπατάω γρήγορα με πιάνει η γάμπα, σταματάω λίγο και φεύγει", "doctor"),
        ("Χθες το βράδυ με έπιασε κράμπα στη γάμπα, την τέντωσα και πέρασε", "self_care"),
        ("Ο παππούς με πιάνει από το χέρι όταν περπατάμε", "self_care"),
    ],
)
def test_glossary_rows_of_round_s35_langs(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("en ponnu poochi marundhu kudichutaa nu ninaikkiren", "Tamil"),
    ],
)
def test_the_languages_are_found_by_their_new_markers(text: str, name: str) -> None:
    assert name in language_names(text)
