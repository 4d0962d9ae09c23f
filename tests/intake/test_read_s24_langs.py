"""Classes of wording found unread in round s24's blind batches of other languages, each
read at its level in several languages (and in English messages holding the language's
words), beside look-alikes that must not rise.

The sentences are the team's own: a small child who swallowed someone else's tablets
(grandma's blood-pressure or heart tablets, about five or six, now sleepy and pale) is an
emergency, a dose given as the label says is not; walking a few hundred metres until a
cramp grabs the calf, stopping, and the rest ending it is walking pain (claudication, a
doctor), a walk with no pain is nothing; a snap felt in the calf at sport and no standing
on tiptoe after it is a tear (urgent), a knuckle or a knee that cracks without pain is not.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import RANK, parsed_level_from_text, read_at, read_level, stays_below

E, U, D, S = "emergency", "urgent", "doctor", "self_care"

CHILD_TABLETS: list[str] = [
    "Mi hijo de 2 años se tragó las pastillas de la presión de la abuela, unas cinco o seis",
    "O meu filho de 3 anos mexeu na mala da avó e provavelmente engoliu vários comprimidos "
    "para a tensão e para o coração, agora está sonolento e pálido",
    "Mio figlio di 3 anni ha frugato nella borsa della nonna e probabilmente ha inghiottito "
    "diverse compresse per la pressione e per il cuore, adesso è assonnato e pallido",
    "Mein 2-jähriger Sohn hat Omas Blutdrucktabletten geschluckt, ungefähr fünf oder sechs",
    "Mein Sohn (3) war in Omas Handtasche und hat wahrscheinlich mehrere ihrer Blutdruck- und "
    "Herztabletten geschluckt, jetzt ist er schläfrig und blass",
    "Mój syn (3 lata) dobrał się do torebki babci i chyba połknął kilka jej tabletek na "
    "ciśnienie i na serce, teraz jest senny, blady",
    "Fiul meu de 2 ani a înghițit pastilele de tensiune ale bunicii, vreo cinci sau șase",
    "ibni 3omro sanatein bala3 7oboob el dagh6 taba3 jedto, ta2riban 5amsa aw sitta",
    "मेरे 2 साल के बेटे ने दादी की बीपी की गोलियां निगल लीं, लगभग पाँच या छह",
    "我两岁的儿子误吃了奶奶的降压药，大概五六片",
    "Con trai 3 tuổi của tôi lục túi của bà và có lẽ đã uống mấy viên thuốc huyết áp và "
    "thuốc tim, bây giờ buồn ngủ và xanh xao",
    "Mijn zoon (3) heeft in oma's handtas gezeten en waarschijnlijk een paar van haar "
    "bloeddruk- en hartpillen ingeslikt, nu is hij slaperig en bleek",
    "3살 아들이 할머니 가방을 뒤져서 혈압약이랑 심장약을 여러 알 삼킨 것 같아요, "
    "지금 졸려하고 창백해요",
    "3歳の息子がおばあちゃんのバッグをあさって、血圧の薬と心臓の薬を何錠か飲んだかもしれません、今は眠そうで顔色が悪いです",
    "پسر ۲ ساله‌ام قرص‌های فشار خون مادربزرگش را قورت داده، حدود پنج شش تا",
    "میرے 2 سال کے بیٹے نے دادی کی بلڈ پریشر کی گولیاں نگل لیں، تقریباً پانچ یا چھ",
    "Min 2-åriga son har svalt mormors blodtryckstabletter, ungefär fem eller sex",
    # English with the language's words inside it
    "my 2 year old swallowed babci tabletki na ciśnienie, jakieś pięć albo sześć",
    "My son swallowed oma's bloeddrukpillen, een stuk of vijf zes, nu slaperig en bleek",
]

CLAUDICATION: list[str] = [
    "Wenn ich ein paar hundert Meter gehe, bekomme ich einen Krampf in der Wade, ich bleibe "
    "stehen, nach einer Pause geht es weg, dann wieder",
    "Przy chodzeniu, po kilkuset metrach, łapie mnie skurcz w łydce, zatrzymuję się, po "
    "odpoczynku przechodzi, potem znowu",
    "Când merg câteva sute de metri mă prinde o crampă în gambă, mă opresc, după ce mă "
    "odihnesc trece, apoi iar",
    "Когда я прохожу несколько сотен метров, икру сводит судорога, я останавливаюсь, после "
    "отдыха проходит, потом снова",
    "Коли я проходжу кілька сотень метрів, литку зводить судома, я зупиняюся, після "
    "відпочинку минає, потім знову",
    "لما أمشي كم مية متر بيجيني شد عضلي في بطة رجلي، بوقف، بعد ما أرتاح بيروح، وبعدين بيرجع",
    "lama amshi kam mit metr byeji shad 3adali bi ba6et rijli, bo2af, ba3d ma arta7 byrou7",
    "जब मैं कुछ सौ मीटर चलता हूँ तो पिंडली में ऐंठन हो जाती है, मैं रुक जाता हूँ, आराम करने के बाद ठीक हो जाता है",
    "jab main kuch sau meter chalta hoon to pindli mein cramp aa jata hai, main ruk jata "
    "hoon, aaram karne ke baad theek ho jata hai",
    "Khi tôi đi bộ vài trăm mét thì bắp chân bị chuột rút, tôi dừng lại, nghỉ một lúc thì "
    "hết, rồi lại bị",
    "Kapag naglalakad ako ng ilang daang metro, pinupulikat ang binti ko, tumitigil ako, "
    "pagkapahinga nawawala, tapos ulit",
    "Als ik een paar honderd meter loop, krijg ik kramp in mijn kuit, ik stop, na een "
    "rustpauze gaat het over, dan weer",
    "Όταν περπατάω μερικές εκατοντάδες μέτρα, με πιάνει κράμπα στη γάμπα, σταματάω, μετά "
    "από ξεκούραση περνάει, μετά πάλι",
    "Nikitembea mita mia kadhaa, misuli ya nyuma ya mguu inakaza, nasimama, baada ya "
    "kupumzika inaisha, halafu tena",
    "وقتی چند صد متر راه می‌روم ساق پایم می‌گیرد، می‌ایستم، بعد از استراحت خوب می‌شود، دوباره",
    "Markaan socdo dhowr boqol oo mitir, kubka lugtayda ayaa murqo xanuun iga qabta, waan "
    "istaagaa, markaan nasto way tagtaa",
    # English with the language's words inside it
    "Przy chodzeniu, after a few hundred metres, łapie mnie skurcz w łydce. I stop, po "
    "odpoczynku przechodzi",
    "When I walk a few hundred metres, łapie mnie skurcz w łydce, zatrzymuję się, po "
    "odpoczynku przechodzi",
]

CALF_SNAP: list[str] = [
    "Estava a jogar padel, senti um estalo na barriga da perna e agora não consigo ficar em "
    "bicos de pés",
    "Padel oynarken baldırımda bir kopma sesi hissettim, şimdi parmak uçlarımda duramıyorum",
    "كنت ألعب بادل وحسيت بطقة في بطة رجلي ودلوقتي مش قادر أقف على أطراف أصابعي",
    "kunt al3ab padel w 7asseit b 6a2a fi ba6et rijli w halla2 ma ba2dar o2af 3ala a6raf asabi3i",
    "मैं पैडल खेल रहा था, पिंडली में चटक की आवाज़ महसूस हुई और अब मैं पंजों पर खड़ा नहीं हो पा रहा",
    "প্যাডেল খেলছিলাম, পায়ের ডিমে পট করে একটা শব্দ টের পেলাম, এখন পায়ের আঙুলের ডগায় দাঁড়াতে পারছি না",
    "Naglalaro ako ng padel, may naramdaman akong lagitik sa binti ko at ngayon hindi ako "
    "makatayo nang nakatingkayad",
    "パデルをしていたらふくらはぎでブチッという音がして、今つま先立ちができません",
    "Waxaan ciyaarayay padel, waxaan dareemay jab kubka lugta, hadda ma istaagi karo faraha cagaha",
    "Jag spelade padel, kände en smäll i vaden och nu kan jag inte stå på tå",
    "Estaba jugando al pádel, sentí un chasquido en la pantorrilla y ahora no puedo ponerme "
    "de puntillas",
    # English with the language's words inside it
    "playing padel yesterday, senti um estalo na barriga da perna, now não consigo ficar em "
    "bicos de pés",
]

# (a look-alike, the level it must stay below)
LOOKALIKES: list[tuple[str, str]] = [
    # a dose given as the label says, a grandmother's own tablets
    ("Le di a mi hijo la dosis correcta de paracetamol infantil para la fiebre", E),
    ("Ich habe meinem Sohn die richtige Dosis Kinderparacetamol gegen das Fieber gegeben", E),
    ("Oma nimmt Blutdrucktabletten und hat nachts Wadenkrämpfe", E),
    ("Babcia bierze tabletki na ciśnienie i ma skurcze łydek w nocy", E),
    ("我奶奶吃降压药，晚上小腿抽筋", E),
    # a walk with no pain; a cramp that does not pass
    ("Camino unos cientos de metros sin dolor", D),
    ("Wenn ich ein paar hundert Meter gehe, habe ich keine Schmerzen", D),
    ("Als ik een paar honderd meter loop heb ik nergens last van", D),
    ("Chodzę kilkaset metrów bez bólu, ale w nocy mam skurcze w łydce", D),
    # knuckles or a knee that crack without pain
    ("Me crujieron los nudillos", D),
    ("Meine Fingerknöchel haben geknackt", D),
    ("Estalei os dedos das mãos", D),
    ("Strzeliło mi w kolanie przy wstawaniu, ale nic nie boli", D),
]


@pytest.mark.parametrize("text", CHILD_TABLETS)
def test_a_child_who_swallowed_someone_elses_tablets_is_an_emergency(text: str) -> None:
    read_at(text, E)


@pytest.mark.parametrize("text", CLAUDICATION)
def test_walking_pain_that_rest_relieves_is_read(text: str) -> None:
    read_at(text, D)


@pytest.mark.parametrize("text", CALF_SNAP)
def test_a_snap_in_the_calf_then_no_tiptoe_is_a_tear(text: str) -> None:
    # urgent, as in English; never self-care
    assert parsed_level_from_text(text) == U, text
    assert RANK[read_level(text)] >= RANK[D], text


@pytest.mark.parametrize(("text", "level"), LOOKALIKES)
def test_the_lookalikes_stay_below(text: str, level: str) -> None:
    stays_below(text, level)
