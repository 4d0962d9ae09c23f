"""Classes of wording found unread in round s22's blind batch of other languages, one
table row per class and language; and the languages new to the lists (Hindi and Nepali
in Devanagari, Tamil and Thai in their scripts, Haitian Creole), each sign read at its
level beside look-alikes that stay lower.

The sentences are the team's own, each class told at its level beside a look-alike that
must stay lower (someone else's, denied, over, asked about, or milder): blood coughed up
and a short breath (Arabic, Danish); cramps in the arms and belly that do not go (Arabic);
a known disease with cramps several times a week (Arabic, Bengali); drinking far too much,
not coming to and jerking (Urdu); a medicine started and cramps several times a week
(Chinese, Turkish); heat stroke told by its name, slow answers, no sweat and a hot body,
and cramps that break the sleep several times a week (Japanese, Hungarian); a collapse,
the body stiff, no answer (Tagalog); severe muscle pain, weakness and cola-dark urine on
a statin, and twitching under the skin (Swedish); a pop in the calf and no tiptoe
(Romanian); a wound then spasms with the tetanus jab behind (Persian, Portuguese);
tingling around the mouth and clenching fingers after a thyroid operation (Polish); an
unknown number of pills swallowed by a child now drowsy (Spanish); a fever, a stiff neck
and shaking told with Yoruba's tone marks.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import language_names, read_at, read_beside

E, U, D, S = "emergency", "urgent", "doctor", "self_care"


# (the sign at its level, a look-alike that must stay below that level)
CLASSES: list[tuple[str, str, str]] = [
    # A clot in the lung: blood coughed up, a short breath (Arabic)
    (
        "أمي عندها ألم في رجلها من أمس، والآن تكح دم ونفسها ضيق",
        E,
        "أمي عندها شد في رجلها من أمس وراح بعد دقيقة",
    ),
    # ... and a breath that cannot be got, with chest pain (Danish)
    (
        "Min far har en hævet læg, og nu kan han ikke få vejret og har ondt i brystet",
        E,
        "Min far fik krampe i læggen i nat, den gik over efter et minut",
    ),
    # Cramps in the arms and belly that will not go (Arabic)
    (
        "عندي تشنجات في الذراعين وفي البطن من ساعتين وما تروح",
        U,
        "عندي شد في رجلي بالليل وراح بعد دقيقة",
    ),
    # A known disease and cramps several times a week (Arabic, Bengali)
    (
        "عندي قصور في الغدة الدرقية وتقلصات في رجلي كل ليلة",
        D,
        "عندي شد في رجلي بعد الرياضة وراح بعد دقيقة",
    ),
    (
        "আমার বাবার কিডনির সমস্যা আছে, প্রায়ই পায়ে টান ধরে",
        D,
        "কাল রাতে আমার পায়ে একবার টান ধরেছিল, এক মিনিটে সেরে গেছে",
    ),
    # Far too much drink, not coming to, jerking (Urdu)
    (
        "میرے ابو نے بہت زیادہ شراب پی لی، اب وہ ہوش میں نہیں آ رہے",
        E,
        "میری ٹانگ میں رات کو اکڑن ہوئی، دو منٹ میں ٹھیک ہو گئی",
    ),
    # A medicine started, then cramps several times a week (Chinese, Turkish)
    (
        "开始吃氨氯地平以后，腿每周好几次抽筋",
        D,
        "昨天晚上小腿抽筋了一次，一分钟就好了",
    ),
    (
        "Salbutamol'ü bu aralar çok sık kullanıyorum, bacaklarımda kramplar başladı",
        D,
        "Dün gece baldırıma bir kramp girdi, bir dakikada geçti",
    ),
    # Heat stroke by its name, slow answers, no sweat, a hot body (Japanese)
    (
        "父が外で仕事中に足がつって、今は呼びかけても反応が鈍くて、汗が出ていない",
        E,
        "昨日の夜、ふくらはぎがつったけど、ストレッチしたら一分で治りました",
    ),
    # Cramps so many nights a week that sleep goes (Japanese, Hungarian)
    (
        "最近、足がつることが週に3回あって、眠れない",
        D,
        "昨日の夜、一度だけ足がつったけど、すぐ治りました",
    ),
    (
        "Szinte minden éjjel begörcsöl a lábam, nem tudok aludni, már hónapok óta",
        D,
        "Tegnap este egyszer begörcsölt a vádlim, egy perc múlva elmúlt",
    ),
    # A collapse, the body stiff, no answer (Tagalog)
    (
        "Si lola biglang bumagsak, naninigas ang buong katawan at hindi sumasagot",
        E,
        "Si lola may pulikat sa binti kagabi, nawala agad nung inunat",
    ),
    # Severe muscle pain and cola-dark urine on a statin; twitching under the skin (Swedish)
    (
        "Mamma började med statiner i våras, nu har hon väldigt ont i hela kroppen och "
        "urinen är mörkbrun som cola",
        E,
        "Mamma tar statiner sedan länge och har ibland lite kramp i vaden på natten",
    ),
    (
        "Det rycker i musklerna i armen, man kan se det under huden, sedan flera veckor",
        D,
        "Jag hade kramp i vaden i natt, den gick över efter en minut",
    ),
    # A pop in the calf and no tiptoe (Romanian)
    (
        "Am simțit un pocnet în gambă la fotbal și nu mai pot să mă ridic pe vârfuri",
        U,
        "Am avut o crampă în gambă la fotbal, a trecut după un minut de întindere",
    ),
    # A wound, then spasms, the tetanus jab behind (Persian, Portuguese)
    (
        "دخترم با میخ زنگ زده زخم شده و حالا پایش اسپاسم دارد، واکسن کزازش عقب افتاده",
        U,
        "دخترم دیشب گرفتگی ساق پا داشت و بعد از یک دقیقه خوب شد",
    ),
    (
        "Esfolei o joelho na rua e agora tenho espasmos na perna, não lembro quando tomei a "
        "antitetânica",
        U,
        "Tive uma cãibra na perna ontem à noite, passou em um minuto",
    ),
    # Tingling around the mouth and clenching fingers after a thyroid operation (Polish)
    (
        "Po operacji tarczycy mrowi mnie wokół ust, a palce same mi się zaciskają",
        U,
        "Po operacji tarczycy czuję się dobrze, wczoraj jeden skurcz łydki, szybko minął",
    ),
    # A child who swallowed an unknown number of pills and is drowsy (Spanish)
    (
        "Mi hija de 3 años se tragó no sé cuántas pastillas del abuelo y está muy adormilada",
        E,
        "Mi hija de 3 años tuvo un calambre en la pierna anoche y se le pasó en un minuto",
    ),
    # A fever, a stiff neck and shaking, told with Yoruba's tone marks
    (
        "Ọmọ mi ní ibà gidigidi, ọrùn rẹ̀ le, ara rẹ̀ sì ń gbọ̀n",
        E,
        "Ẹsẹ̀ mi le lálẹ́ àná, ó lọ lẹ́yìn ìṣẹ́jú kan",
    ),
]


@pytest.mark.parametrize(("text", "level", "lookalike"), CLASSES)
def test_a_sign_is_read_at_its_level_and_its_lookalike_stays_below(
    text: str, level: str, lookalike: str
) -> None:
    read_beside(text, level, lookalike)


#: The languages new to the lists: the warning signs of triage.md at their level, and
#: the look-alikes kept below.
NEW: list[tuple[str, str, str]] = [
    ("मेरे पापा धूप में काम कर रहे थे, अचानक बेहोश हो गए, बदन तप रहा है", E, "Hindi"),
    ("मेरी बेटी ने बहुत सारी गोलियां खा लीं, अब जवाब नहीं दे रही", E, "Hindi"),
    ("मेरी पिंडली में ऐंठन बीस मिनट से है, खींचने से भी नहीं जा रही", U, "Hindi"),
    ("मुझे डायबिटीज़ है, पैरों में सुन्नपन और झनझनाहट रहती है", D, "Hindi"),
    ("कल रात पैर में ऐंठन हुई, दो मिनट में ठीक हो गई", S, "Hindi"),
    ("मेरो बुबाको बायाँ पिँडुला सुन्निएको छ, रातो र तातो छ", U, "Nepali"),
    ("मेरो खुट्टा राति बाउँडियो, एक मिनेटमा ठीक भयो", S, "Nepali"),
    ("என் அப்பா மயங்கி விழுந்தார், இப்போ பதில் சொல்ல மாட்டேங்கிறார்", E, "Tamil"),
    ("என் கால் தசையில தோலுக்கு அடியில துடிக்குது, கால் பலவீனமா இருக்கு", D, "Tamil"),
    ("நேத்து ராத்திரி கால் பிடிப்பு வந்துச்சு, ஒரு நிமிஷத்துல சரியாயிடுச்சு", S, "Tamil"),
    ("แม่เหยียบตะปูเมื่อสัปดาห์ก่อน ตอนนี้อ้าปากไม่ได้และกลืนลำบาก", E, "Thai"),
    ("ลูกชายชักทั้งตัวและหมดสติ", E, "Thai"),
    ("เมื่อคืนเป็นตะคริวที่น่อง ยืดแล้วหายในหนึ่งนาที", S, "Thai"),
    ("Pitit mwen an vale anpil grenn, kounye a li pa reponn", E, "Haitian Creole"),
    ("Manman m gen lafyèv, kou l rèd epi tèt li fè l mal anpil", E, "Haitian Creole"),
    ("Mwen te gen yon kranp nan molèt mwen yè swa, li pase apre yon minit", S, "Haitian Creole"),
    # once unknown scripts (test_language_world), named and read now
    ("คุณยายเป็นตะคริวที่ขาและไม่ตอบสนอง", E, "Thai"),
    ("मेरी दादी के पैर में ऐंठन है और वह जवाब नहीं दे रही", E, "Hindi"),
]


@pytest.mark.parametrize(("text", "level", "name"), NEW)
def test_a_new_language_is_named_and_each_sign_read_at_its_level(
    text: str, level: str, name: str
) -> None:
    assert name in language_names(text), text
    read_at(text, level)
