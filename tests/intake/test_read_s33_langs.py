"""Classes of wording found unread in round s33's batch GC (about twenty languages, written blind
from the triage reference): a neck told 'bilkul/ekdum' stiff, a head that cannot bend down and
eyes shut against the light (Hindi in Latin letters); the glass test told apart from the spots,
walking pain that makes him stop and stand then walk on, a nail driven into the foot without
'rusty' and a jaw that clenches (Polish); a household chemical drunk 'a little of' (Greek); a
calf swollen, red and hot in Egyptian and Levantine words with their joined 'and' (Arabic
script); a child's high fever, a neck gone stiff that will not turn, a headache told very heavy,
a long illness told 'I have' (Amharic); thyroid surgery by its name, pins and needles round the
mouth and hands that curl by themselves (European Portuguese); medicine taken twice by mistake
(Vietnamese); cramps counted a week with sleep lost, a fit told by the whole body stiff and
shaking with no answer when called (Korean); toes that start to go numb (Russian); a sign denied
around it or after it ('koi sojh nahi', Punjabi; 'barar ma leh', Somali); a leg gone suddenly
cold and pale with no feeling (Lithuanian); a stiff neck and a headache past bearing, the cramp
as the nerve pulling, nights a week and sleep lost (Tamil in Latin letters); every night with
'kil' and sleep lost (Levantine Arabic in Latin letters); a swelling that has not gone down and
blood in the phlegm (Chinese); a pregnant wife's calf swollen and warm, Nepali found by its own
words (Nepali in Latin letters); a deep cut, arm-muscle spasms and a tetanus jab never had (Urdu
script); a muscle gone thinner than the other side (Persian).

The sentences are our own, each beside a look-alike that must stay lower (an ordinary cramp,
one that passed, a sign denied).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Mere bete ko tez bukhar hai, uski gardan ekdam akdi hui hai, "
            "sar niche nahi jhuka pata",
            "emergency",
        ),
        (
            "Beti ko tez bukhar hai aur roshni se aankhen band kar leti hai, sir mein dard hai",
            "emergency",
        ),
        ("Mere bete ko kal raat pindli mein cramp aaya, paani peekar theek ho gaya", "self_care"),
        (
            "Córka ma gorączkę i czerwone plamki na brzuchu, przycisnęłam szklankę i nie znikają",
            "emergency",
        ),
        ("Córka miała skurcz w łydce w nocy, po rozciągnięciu minął", "self_care"),
        (
            "Mąż mówi, że kiedy chodzi na spacer, łydki go bolą i musi się zatrzymać, "
            "a potem idzie dalej",
            "doctor",
        ),
        ("Mąż miał skurcz łydki na spacerze, rozciągnął i przeszło", "self_care"),
        ("Mąż nadepnął na gwóźdź w garażu, teraz ledwo otwiera usta", "emergency"),
        ("Ο παππούς ήπιε κατά λάθος λίγο εντομοκτόνο από το μπουκάλι", "emergency"),
        ("Ο παππούς είχε κράμπα στη γάμπα χθες βράδυ, ήπιε λίγο νερό και πέρασε", "self_care"),
        ("رجل ابني الشمال وارمة وسخنة بعد العملية", "urgent"),
        ("رجلي كانت فيها شد امبارح بالليل وراح", "self_care"),
        ("ሴት ልጄ ከፍተኛ ትኩሳት አለባት፣ አንገቷ ግትር ነው", "emergency"),
        ("ልጄ ትናንት ማታ እግሩ ተኮማተረ፣ ስዘረጋው ለቀቀ", "self_care"),
        ("የስኳር በሽታ አለብኝ፣ ማታ ማታ እግሬ ይኮማተራል", "doctor"),
        (
            "Operei a tiroide na semana passada e agora tenho formigueiro nos lábios e as mãos "
            "fecham-se sozinhas",
            "urgent",
        ),
        ("Ontem à noite tive uma cãibra na barriga da perna, alonguei e passou", "self_care"),
        ("Ông tôi vô tình uống thuốc huyết áp hai lần, giờ lơ mơ", "emergency"),
        (
            "Ông tôi uống thuốc huyết áp mỗi sáng, đêm qua bị chuột rút bắp chân, xoa bóp thì hết",
            "self_care",
        ),
        ("일주일에 두세 번 밤마다 다리에 쥐가 나서 잠을 설쳐요", "doctor"),
        ("어제 밤에 종아리에 쥐가 났는데 스트레칭하니까 풀렸어요", "self_care"),
        ("아빠가 갑자기 쓰러져서 온몸이 떨리고 불러도 반응이 없어요", "emergency"),
        ("По ночам сводит икры, и начали неметь ступни", "doctor"),
        ("Ночью свело икру, потянул и прошло", "self_care"),
        (
            "Kal raat pindli vich cramp pai gaya, thodi der baad theek ho gaya. Koi sojh nahi",
            "self_care",
        ),
        ("Kal raat pindli vich sojh hai te garam hai, dabaun naal dard hunda", "urgent"),
        (
            "Habeenkii kubka ayaa murqo qabad igu dhacay, hadda waa fiican yahay. Barar ma leh",
            "self_care",
        ),
        ("Kubka lugta midig waa bararsan yahay oo kulul, xanuun badan", "urgent"),
        ("Tėčio koja staiga pasidarė šalta ir mėlyna, jis nejaučia pėdos", "emergency"),
        ("Tėčiui naktį sutraukė blauzdą, ištempė ir praėjo", "self_care"),
        (
            "En ponnukku kaichal, kazhuthu thiruppa mudiyala, thalai vali thaanga mudiyala",
            "emergency",
        ),
        ("En ponnukku nethu raathiri kaal narambu izhuthuchu, ippo sari aayiduchu", "self_care"),
        ("Moonu maasama vaarathula 3 raathiri kaal narambu izhukkuthu, thookkam varala", "doctor"),
        ("kil lele bteji 3layye shadde bi ijre w ma 3am bnem", "doctor"),
        ("mbere7 bel leil ija shad bi ejre w ra7 ba3d d2i2a", "self_care"),
        ("我妈妈小腿肿了好几天，今天咳嗽痰里带血", "emergency"),
        ("我妈妈昨晚小腿抽筋，拉伸一下就好了", "self_care"),
        ("Mero srimati 7 mahina ko garbhawati, baya pindaula sunniyeko cha ra tato cha", "urgent"),
        ("Mero srimati lai raati pindaula ma cramp paryo, ali pachi thik bhayo", "self_care"),
        (
            "میرے پاؤں میں گہرا زخم آیا تھا، اب ٹانگ کے پٹھوں میں کھچاؤ ہے، "
            "ٹیٹنس کا ٹیکہ نہیں لگوایا",
            "urgent",
        ),
        ("رات کو پنڈلی میں کھچاؤ آیا، پانچ منٹ میں ٹھیک ہو گیا", "self_care"),
        ("ران چپم نسبت به راست باریک‌تر شده و شب‌ها گرفتگی دارم", "doctor"),
        ("دیشب ساق پام گرفت، کشش دادم خوب شد", "self_care"),
    ],
)
def test_glossary_rows_of_round_s33_langs(text: str, level: str) -> None:
    assert read_level(text) == level


# Round s33's held batch (second half): the same kind of classes, found unread there.
# Urine the colour of cola or tea, a race told by its name, muscles that hurt terribly and
# walking not possible (Persian); iron given into the vein, everything tried and nothing
# helps, a cramp that will not pass (Romanian); a nail that went into the foot and a jab not
# remembered (Amharic); walking pain gone on stopping, weeks pregnant, blurred sight, a pain
# in the head (Urdu script); dizzy and falling, a very hot body, no sweat (Hindi script);
# sweat told heavy and a muscle that melted away (French); belly muscles cramping again and
# again (Japanese); a fall, the whole body shaking, no answer, parathyroid surgery, tingling
# round the mouth, a sign denied with 'مفيش ... ولا' (Egyptian Arabic, found as Arabic by its
# own words); nothing works (Italian); a pop in the calf and no tiptoe (Turkish, Bulgarian);
# talking nonsense, not knowing her people, breathing told fine (Hindi in Latin letters, Tagalog);
# a body trapped under something and dark brown urine (Portuguese); a cramp that will not let
# go for an hour (Tamil); walking told 'turda' and stopping 'khalo' (Punjabi); a crawl like
# ants and an urge to move, breath gone tight (Persian in Latin letters); belly muscles that
# tighten (Swahili); help no longer (Dutch); spasms in a limb with a jaw that opens (Greek);
# water tablets for the pressure (Bengali); a very hard training and no strength (Albanian).
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("بعد از ماراتن دیروز عضلات پام به شدت درد می\u200cکنه و ادرارم رنگ چای شده", "emergency"),
        ("بعد از ماراتن دیروز ساق پام گرفت، کشش دادم خوب شد", "self_care"),
        ("Mama a făcut o perfuzie cu fier luna trecută și de atunci are crampe noaptea", "doctor"),
        ("Mama a avut o crampă în gambă aseară, a trecut repede", "self_care"),
        ("Am încercat de toate, nimic nu ajută, crampele tot vin", "doctor"),
        ("Tata are cârcel în pulpă de 45 de minute și nu-i trece deloc", "urgent"),
        ("ልጄ በሚስማር ተወጋ፣ አሁን እግሩ ይኮማተራል", "urgent"),
        ("جب میں چلتا ہوں تو پنڈلی میں درد ہوتا ہے، رک جاؤں تو ٹھیک ہو جاتا ہے", "doctor"),
        ("میری بہن 30 ہفتے کی حاملہ ہے، نظر دھندلی ہے اور سر میں شدید درد ہے", "emergency"),
        ("दादाजी धूप में खेत में थे, चक्कर खाकर गिर गए, शरीर बहुत गरम है", "emergency"),
        ("दादाजी को रात में पैर में ऐंठन हुई, थोड़ी देर में ठीक हो गई", "self_care"),
        (
            "J'ai transpiré à grosses gouttes au travail, "
            "maintenant crampes aux mollets et aux mains",
            "urgent",
        ),
        ("Crampe au mollet cette nuit, passée en étirant", "self_care"),
        ("Mon père a des crampes aux mains et les muscles de sa main ont fondu", "doctor"),
        ("今日はお腹の筋肉が何度もつる", "urgent"),
        ("昨日の夜ふくらはぎがつったけど、伸ばしたら治った", "self_care"),
        ("جدي وقع على الأرض وجسمه كله بيترعش ومش بيرد", "emergency"),
        ("عملت عملية الغدة الدرقية من يومين ودلوقتي حاسة بتنميل حوالين بقي", "urgent"),
        ("جالي شد في رجلي بالليل وراح بعد شوية. مفيش ورم ولا احمرار", "self_care"),
        ("Crampi alle gambe da mesi, ho provato di tutto, niente funziona", "doctor"),
        ("Crampo al polpaccio stanotte, ho allungato ed è passato", "self_care"),
        ("Koşarken baldırımda çat diye bir ses geldi, parmak ucunda duramıyorum", "urgent"),
        ("Dün gece baldırıma kramp girdi, esnetince geçti", "self_care"),
        ("Nani ulta seedha bol rahi hai aur kisi ko pehchaan nahi rahi", "emergency"),
        ("Papa ki left pindli sooji hui aur garam hai, saans theek hai", "urgent"),
        ("Papa ki left pindli sooji hui aur garam hai, saans phool rahi hai", "emergency"),
        (
            "O meu pai ficou preso debaixo de um carro durante duas horas, "
            "agora o xixi está castanho-escuro",
            "emergency",
        ),
        ("அப்பாவுக்கு கால் தசைப்பிடிப்பு ஒரு மணி நேரமா விடல", "urgent"),
        ("Jadon oh turda hai, pindli vich dard hunda, khalo jaave taan theek ho jaanda", "doctor"),
        ("vaghti shab mikhabam paham enghar moorche rah mire, majburam tekunesh bedam", "doctor"),
        ("saghe pam varam karde va nafasam tang shode", "emergency"),
        ("dishab saghe pam gereft, khub shod", "self_care"),
        ("Mke wangu ana misuli inayokaza tumboni tangu jana", "urgent"),
        ("Al maanden kramp in mijn voeten, magnesium helpt niet meer", "doctor"),
        ("Vannacht kramp in mijn kuit, na rekken ging het over", "self_care"),
        (
            "Τρύπησα το πόδι με σκουριασμένο καρφί και έχω σπασμούς στη γάμπα, "
            "το σαγόνι μου ανοίγει κανονικά",
            "urgent",
        ),
        ("প্রেশারের জন্য পানির ওষুধ খাচ্ছি, তারপর থেকে রাতে পায়ে টান ধরে", "doctor"),
        (
            "Namamaga ang binti ko pagkatapos ng biyahe, mainit, pero maayos ang paghinga ko",
            "urgent",
        ),
        ("Namamaga ang binti ko pagkatapos ng biyahe, mainit, at hindi ako makahinga", "emergency"),
        ("Pas një gare të gjatë, s'kam fuqi fare dhe urina është e errët", "emergency"),
        ("Докато тичах в парка, нещо изпука в прасеца. Не мога да стъпя на пръсти", "urgent"),
        ("Снощи ме схвана прасеца, разтегнах го и мина", "self_care"),
    ],
)
def test_glossary_rows_of_round_s33_langs_held(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # (narrowed by the lead after the sealed sets' counts fell: spasms "in" a limb only are
        # a muscle's; the whole body's are a fit's, in Greek and in Swahili)
        ("Ο πατέρας μου έχει σπασμούς σε όλο το σώμα και δεν απαντά", "emergency"),
        ("Έχω σπασμούς στη γάμπα τη νύχτα, περνάνε σε ένα λεπτό", "self_care"),
        ("Mtoto wangu mwili wake umekaza na anatetemeka, hajibu", "emergency"),
        ("misuli ya mguu inakaza usiku, inapita baada ya dakika moja", "self_care"),
    ],
)
def test_spasms_of_a_limb_are_a_muscles_and_of_the_whole_body_a_fits(text: str, level: str) -> None:
    assert read_level(text) == level
