"""Classes of wording found unread in round s25's development messages of other languages,
each read at its level in the language it was found in and in others of its family or
script, beside look-alikes that must not rise.

The sentences are the team's own: a wound (a nail) and then a jaw told tight or stiff and a
mouth that will not open is tetanus (an emergency), a nail wound with the jaw fine is not;
cramps of the belly muscles or of both arms are urgent, an ache of the belly muscles after
exercise is not; a long-term disease named (thyroid, liver, kidney, diabetes) or drinking
told a lot is a reason to see the doctor, a disease denied or drinking given up is not; a
rash that stays under a glass with a fever, the glass test told apart from the spots, is an
emergency, spots that fade under the glass are not; a cramp still hard since a clock time
with the time now told (20h40, "il est 21h05") is urgent, one that passed two minutes
after its clock time is not.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_at, stays_below

E, U, D, S = "emergency", "urgent", "doctor", "self_care"

WOUND_THEN_STIFF_JAW: list[str] = [
    "ابني جرح رجله بمسمار قبل أسبوع، واليوم فكه مشدود ولا يستطيع فتح فمه",
    "انجرحت في يدي بمسمار صدئ قبل أيام والآن فكي متصلب و ما أقدر أفتح فمي",
    "ایک ہفتہ پہلے میرے پاؤں میں کیل چبھ گئی تھی اور اب میرا جبڑا اکڑ گیا ہے "
    "اور میں منہ نہیں کھول سکتا",
]

BELLY_OR_ARM_CRAMPS: list[str] = [
    "عندي تشنج في عضلات بطني من الصبح",
    "تقلصات في عضلات البطن منذ يومين",
    "تشنج في ذراعي من امبارح",
    "Mkono wangu una mikazo tangu jana",
    "Nina mikazo ya misuli ya mikono yote miwili tangu jana",
    "Nina mikazo ya misuli ya tumbo tangu asubuhi",
    "گرفتگی در عضلات شکم از صبح دارم",
    "در هر دو بازویم گرفتگی عضلات دارم از صبح",
    "پیٹ کے پٹھوں میں اینٹھن صبح سے ہے",
    "میرے دونوں بازوؤں میں اینٹھن ہے صبح سے",
]

KNOWN_DISEASE_OR_DRINKING: list[str] = [
    "我肝脏不好，晚上经常小腿抽筋",
    "我肾有问题，腿经常抽筋",
    "我甲状腺有问题，晚上腿抽筋",
    "عندي تليف في الكبد وتشنجات في رجلي",
    "من بیماری کبد دارم و پاهایم زیاد گرفتگی دارند",
    "من بیماری تیروئید دارم و ساق پایم زیاد گرفتگی دارد",
    "مجھے جگر کی بیماری ہے اور ٹانگوں میں اکثر اینٹھن ہوتی ہے",
    "مجھے تھائیرائیڈ کی بیماری ہے، پنڈلی میں اکثر اینٹھن",
    "肝臓の病気があって、よく足がつります",
    "腎臓が悪くて、よく足がつります",
    "간 질환이 있고 다리에 자주 쥐가 나요",
    "wo gan bu hao, tui jingchang choujin",
    "मुझे लीवर की बीमारी है, पैरों में अक्सर ऐंठन",
    "मैं बहुत ज़्यादा शराब पीता हूँ और रात को पिंडली में ऐंठन होती है",
    "पापा दारू बहुत पीते हैं, उनके पैरों में ऐंठन रहती है",
    "شراب بہت پیتا ہوں، روز ٹانگوں میں اینٹھن",
    "म रक्सी धेरै पिउँछु, खुट्टामा बारम्बार बाउँडी पर्छ",
]

RASH_UNDER_A_GLASS: list[str] = [
    "Mi hija tiene fiebre alta y unos puntitos morados en las piernas; hicimos la prueba del "
    "vaso y no desaparecen",
    "Tiene 39 de fiebre y manchas rojas en el pecho, apreté con un vaso y no se quitan",
    "Mio figlio ha la febbre a 39 e delle macchioline viola sulla pancia; ho fatto la prova "
    "del bicchiere e non spariscono",
    "Fiul meu are febră 39 și niște pete mov pe burtă; am făcut testul cu paharul și nu dispar",
]

CRAMP_SINCE_A_CLOCK_TIME: list[str] = [
    "Crampe dans la cuisse depuis 14h10, il est 14h35, je l'ai étirée et elle ne lâche pas",
    "Mon père a une crampe au mollet depuis 7h15 et il est maintenant 7h40, normalement ça "
    "passe en une minute",
    "Calambre en el gemelo desde las 20:40, son las 21:05, he estirado y sigue duro como "
    "una piedra",
    "Crampo al polpaccio dalle 20:40, sono le 21:05, ho allungato e massaggiato, niente, il "
    "muscolo resta duro",
    "Crampă în gambă de la 20:40, acum e 21:05, am întins, am masat, nimic, mușchiul e "
    "tare ca lemnul",
    "Rampa al bessó des de les 20:40, són les 21:05, he estirat i segueix dur com una pedra",
]

# (a look-alike, the level it must stay below)
LOOKALIKES: list[tuple[str, str]] = [
    # a nail wound with the jaw fine; an ache of the belly muscles after exercise
    ("جرحت رجلي بمسمار قبل أسبوع والجرح نظيف", E),
    ("میرے ہاتھ میں کیل لگ گئی تھی، جبڑا ٹھیک ہے", E),
    ("ألم في عضلات البطن بعد تمارين البطن", U),
    ("پیٹ کے پٹھوں میں ورزش کے بعد درد ہے", U),
    ("Nilipata mkazo wa misuli ya mguu usiku", U),
    # a disease denied or only tested, drinking denied or given up
    ("من بیماری کبد ندارم، شب‌ها ساق پایم می‌گیرد", D),
    ("肝臓の検査は問題なかったけど、夜に足がつります", D),
    ("我没有甲状腺病，晚上小腿抽筋", D),
    ("मैं शराब नहीं पीता, रात को पैरों में ऐंठन", D),
    ("पहले बहुत शराब पीता था, अब छोड़ दी है, रात को पैरों में ऐंठन", D),
    ("پہلے بہت شراب پیتا تھا، اب چھوڑ دی ہے، رات کو ٹانگوں میں اینٹھن", D),
    ("میں شراب نہیں پیتا، رات کو ٹانگوں میں اینٹھن", D),
    ("म रक्सी पिउँदिन, राति खुट्टा बाउँडिन्छ", D),
    ("عندي فحص للكبد الأسبوع القادم وتشنجات في الساق أحيانا", D),
    # spots that fade under the glass, without a fever
    ("Le salieron unas manchitas rojas por una picadura; hice la prueba del vaso y se quitan", E),
    (
        "Mio figlio ha delle macchioline rosse per una puntura; ho fatto la prova del bicchiere "
        "e spariscono",
        E,
    ),
    # a cramp that passed two minutes after its clock time
    ("Crampe au mollet à 20h40, passée à 20h42", U),
    ("Am avut o crampă la 20:40 și la 20:42 a trecut", U),
    ("Tuve un calambre a las 20:40 y a las 20:42 ya se había pasado", U),
    ("Ho avuto un crampo alle 20:40, alle 20:42 era già passato", U),
]


@pytest.mark.parametrize("text", WOUND_THEN_STIFF_JAW)
def test_a_wound_then_a_stiff_jaw_is_an_emergency(text: str) -> None:
    read_at(text, E)


@pytest.mark.parametrize("text", BELLY_OR_ARM_CRAMPS)
def test_cramps_of_the_belly_muscles_or_the_arms_are_urgent(text: str) -> None:
    read_at(text, U)


@pytest.mark.parametrize("text", KNOWN_DISEASE_OR_DRINKING)
def test_a_named_disease_or_heavy_drinking_is_read(text: str) -> None:
    read_at(text, D)


@pytest.mark.parametrize("text", RASH_UNDER_A_GLASS)
def test_a_rash_that_stays_under_a_glass_with_fever_is_an_emergency(text: str) -> None:
    read_at(text, E)


@pytest.mark.parametrize("text", CRAMP_SINCE_A_CLOCK_TIME)
def test_a_cramp_still_hard_since_a_clock_time_is_urgent(text: str) -> None:
    read_at(text, U)


@pytest.mark.parametrize(("text", "level"), LOOKALIKES)
def test_the_lookalikes_stay_below(text: str, level: str) -> None:
    stays_below(text, level)
