"""Classes of wording found unread in round s32's development batch FV (sixteen languages,
written blind from the triage reference): Punjabi in Gurmukhi letters and Serbian in Cyrillic
letters, each found by its script and read by a first glossary of its own (a pesticide drunk,
a fit told by the whole body jerking and no answer, a calf swollen and warm after an
operation, walking pain gone on stopping, water pills for blood pressure and cramps since,
a leg cold and pale); a fever with the 'has' prefix and a head that hurts (isiZulu); a rusty
nail, a mouth that will not open and a locked jaw, numbness and pins and needles for months
(Tamil); a leg gone cold and pale with toes that will not move, late pregnancy with a headache,
blurred sight, a shaking body and no answer (Amharic); drinking told by its amount a day, a
man who cannot get up with terrible pain in his thighs after exercise (Romanian); urine that
comes out like Coke, muscles that hurt 'horrible' (Spanish); tingling round the lips and
fingers drawn together after thyroid surgery (Persian); a leg cold like ice, gone white, with
no feeling (Somali); breath that cannot be drawn, the verb denied after it (Bengali); a
pregnant woman's headache, blurred sight, stiffening and passing out; pills mixed up and
taken twice, then dozing (Turkish); a cramp past a quarter of an hour that will not ease
(Czech); muscles twitching under the skin, an arm weaker (Finnish, found by more markers);
coke-coloured urine with 'my' after it and no standing after a statin (Tagalog).

The sentences are our own, each beside a look-alike that must stay lower (an ordinary cramp,
one that passed, a sign denied).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ਮੇਰੇ ਬਾਪੂ ਜੀ ਨੇ ਗਲਤੀ ਨਾਲ ਕੀੜੇਮਾਰ ਦਵਾਈ ਪੀ ਲਈ, ਹੁਣ ਉਲਟੀਆਂ ਕਰ ਰਹੇ ਨੇ", "emergency"),
        ("ਮੇਰੇ ਬਾਪੂ ਜੀ ਨੂੰ ਕੱਲ੍ਹ ਰਾਤ ਪਿੰਨੀ ਵਿੱਚ ਨਾੜ ਚੜ੍ਹੀ, ਪਾਣੀ ਪੀ ਕੇ ਠੀਕ ਹੋ ਗਈ", "self_care"),
        ("ਮੇਰਾ ਪੁੱਤਰ ਖੇਡਦਾ ਡਿੱਗ ਪਿਆ, ਸਾਰਾ ਸਰੀਰ ਝਟਕੇ ਮਾਰ ਰਿਹਾ ਸੀ, ਹੁਣ ਜਵਾਬ ਨਹੀਂ ਦੇ ਰਿਹਾ", "emergency"),
        ("ਮੇਰੇ ਪੁੱਤਰ ਨੂੰ ਖੇਡਦੇ ਹੋਏ ਪਿੰਨੀ ਵਿੱਚ ਨਾੜ ਚੜ੍ਹ ਗਈ, ਪੰਜ ਮਿੰਟ ਵਿੱਚ ਠੀਕ ਹੋ ਗਈ", "self_care"),
        ("ਚੂਲੇ ਦੇ ਅਪਰੇਸ਼ਨ ਤੋਂ ਬਾਅਦ ਖੱਬੀ ਪਿੰਨੀ ਸੁੱਜੀ ਹੋਈ ਤੇ ਗਰਮ ਹੈ, ਦੱਬਣ ਨਾਲ ਦਰਦ ਹੁੰਦਾ", "urgent"),
        ("ਸੈਰ ਤੋਂ ਬਾਅਦ ਪਿੰਨੀ ਵਿੱਚ ਨਾੜ ਚੜ੍ਹੀ ਸੀ, ਹੁਣ ਠੀਕ ਹੈ", "self_care"),
        ("ਦਸ ਮਿੰਟ ਤੁਰਨ ਤੋਂ ਬਾਅਦ ਲੱਤਾਂ ਵਿੱਚ ਦਰਦ ਹੁੰਦਾ, ਖੜ੍ਹਨ ਨਾਲ ਹਟ ਜਾਂਦਾ", "doctor"),
        ("ਡਾਕਟਰ ਨੇ ਕੋਲੈਸਟਰੋਲ ਲਈ ਗੋਲੀਆਂ ਸ਼ੁਰੂ ਕੀਤੀਆਂ, ਉਦੋਂ ਤੋਂ ਲੱਤਾਂ ਵਿੱਚ ਦਰਦ ਰਹਿੰਦਾ", "doctor"),
        ("ਮੇਰੀ ਮਾਂ ਦੀ ਸੱਜੀ ਲੱਤ ਬਰਫ਼ ਵਰਗੀ ਠੰਢੀ ਤੇ ਚਿੱਟੀ ਹੋ ਗਈ, ਉਂਗਲਾਂ ਹਿਲਾ ਨਹੀਂ ਸਕਦੀ", "emergency"),
        ("ਮੇਰੀ ਧੀ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਪਰ ਗਰਦਨ ਠੀਕ ਹੈ, ਬਸ ਲੱਤਾਂ ਵਿੱਚ ਨਾੜ ਚੜ੍ਹਦੀ", "self_care"),
        (
            "Umntwana wami unomkhuhlane omkhulu, intamo yakhe iqinile, unekhanda elibuhlungu "
            "kakhulu",
            "emergency",
        ),
        (
            "Umntwana wami unekhwela emlenzeni izolo ebusuku, kwadlula ngemva kwemizuzu emibili",
            "self_care",
        ),
        (
            "அப்பா காலில் துருப்பிடித்த கம்பி குத்தியது, இப்போது வாய் திறக்க முடியவில்லை, தாடை இறுக்கமா இருக்கு",
            "emergency",
        ),
        ("அப்பாவுக்கு நேற்று இரவு கெண்டைக்காலில் பிடிப்பு வந்தது, இப்போ சரியாகிவிட்டது", "self_care"),
        ("மூணு மாசமா பாதத்தில் மரமரப்பு, ஊசி குத்தும் மாதிரி இருக்கு, இரவில் தசைப்பிடிப்பும் வருது", "doctor"),
        ("நேற்று இரவு காலில் தசைப்பிடிப்பு வந்தது, ஐந்து நிமிடத்தில் சரியானது", "self_care"),
        ("የእናቴ ግራ እግር በድንገት ቀዝቅዞ ገርጥቷል፣ ጣቶቿን ማንቀሳቀስ አትችልም", "emergency"),
        ("የእናቴ እግር ጡንቻ ማታ ቁርጠት ነበር፣ ስዘረጋው ለቀቀ", "self_care"),
        ("ሚስቴ የ7 ወር ነፍሰ ጡር ናት፣ ራሷ በጣም ያማታል፣ አይኖቿ ብዥ ይላሉ፣ አሁን ሰውነቷ ይንቀጠቀጣል", "emergency"),
        ("ሚስቴ ነፍሰ ጡር ናት፣ ማታ የእግር ጡንቻ ቁርጠት ነበር፣ ለቀቀ", "self_care"),
        (
            "Soțul meu bea zilnic trei halbe de bere și o sticlă de vin pe seară și are des "
            "cârcei noaptea",
            "doctor",
        ),
        (
            "Soțul meu a avut un cârcel în gambă aseară și a trecut după ce a întins piciorul",
            "self_care",
        ),
        (
            "Fiica mea a alergat un maraton, acum are dureri cumplite în picioare, nu se mai "
            "poate ridica din pat și urina e ca ceaiul",
            "emergency",
        ),
        (
            "Fiica mea a alergat un maraton și a avut un cârcel în pulpă, a trecut repede",
            "self_care",
        ),
        (
            "Када шетам пар минута заболе ме листови, застанем и пролази. Пушим већ 20 година.",
            "doctor",
        ),
        ("Јуче сам имао грч у листу ноћу, прошао је за минут.", "self_care"),
        (
            "Mi hijo jugó fútbol todo el día, le duelen los músculos horriblemente y el pis "
            "le sale como coca",
            "emergency",
        ),
        (
            "Mi hijo jugó fútbol y le dio un calambre en el gemelo, se le quitó estirando",
            "self_care",
        ),
        ("بعد از جراحی تیروئید دور دهانم مور مور میشه و انگشتام بی\u200cاختیار جمع میشن", "urgent"),
        ("دیشب ساق پام گرفتگی داشت و با کشش خوب شد", "self_care"),
        (
            "Hooyaday lugteeda midig waa qabow sidii baraf, waa caddaatay, wax dareen ah kuma jiro",
            "emergency",
        ),
        ("Hooyaday xalay qabad ayaa lugta ku dhacay, kadib wuu tagay", "self_care"),
        ("আমার বাবা শ্বাস নিতে পারছেন না, বুকে ব্যথা করছে", "emergency"),
        ("আমার বাবার রাতে পায়ে টান ধরেছিল, এখন ঠিক আছে", "self_care"),
        (
            "Karım 35 haftalık hamile, kafası fena ağrıyordu, gözü bulanık görüyordu, sonra "
            "kasıldı ve bayıldı",
            "emergency",
        ),
        ("Karım hamile, gece baldırına kramp girdi, geçti", "self_care"),
        (
            "Babam şeker haplarını karıştırmış, sabah iki kez almış, şimdi sürekli uyukluyor",
            "emergency",
        ),
        ("Babam dün gece baldır krampı yaşadı, sabah geçti", "self_care"),
        ("Křeč ve stehně drží už přes čtvrt hodiny a furt nepovoluje ani po masáži", "urgent"),
        ("Křeč v lýtku v noci, po protažení to přešlo za minutu", "self_care"),
        ("Lihakset nykivät jatkuvasti ihon alla ja jalka tuntuu heikommalta", "doctor"),
        ("Sain suonenvedon pohkeeseen yöllä, venyttelin ja se meni ohi", "self_care"),
        (
            "Sinimulan ko ang statin noong isang linggo, ngayon ang ihi ko ay kulay kape at "
            "hindi ako makatayo",
            "emergency",
        ),
        (
            "Sinimulan ko ang statin noong isang linggo, pinulikat ako kagabi pero nawala na",
            "doctor",
        ),
    ],
)
def test_glossary_rows_of_round_s32_langs(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Ma sœur a avalé toute une boîte de comprimés, elle somnole", "emergency"),
        ("Ma sœur a des crampes au mollet la nuit, elle prend du magnésium", "self_care"),
        ("Mon père n'arrive plus à respirer et il a mal dans la poitrine", "emergency"),
        ("Mio marito ha perso i sensi e aveva spasmi alle gambe e alle braccia", "emergency"),
        ("Mio marito ha avuto un crampo alla gamba, passato con lo stretching", "self_care"),
        ("Сын выпил целую бутылочку таблеток от давления, шатается", "emergency"),
        ("Сын ночью проснулся от судороги в икре, потом прошло", "self_care"),
        ("Mi nieta se tomó casi todo el frasco de jarabe para la fiebre", "emergency"),
        ("Mi nieta tuvo un calambre en la pierna jugando, se le pasó", "self_care"),
        ("Kencingku warnanya seperti kopi, otot paha sakit banget dan lemes", "emergency"),
        ("Betisku keram semalam, setelah diregangkan hilang", "self_care"),
        ("بنتي عمرها ٣ سنوات شربت من علبة الكلوركس وعم تكح", "emergency"),
        ("بنتي عمرها ٣ سنوات عندها شد عضلي في رجلها بالليل وراح", "self_care"),
        ("ขาขวาของแม่เย็นเจี๊ยบ ขาวซีด กระดิกนิ้วเท้าไม่ได้", "emergency"),
        ("แม่เป็นตะคริวที่น่องตอนกลางคืน ยืดแล้วหาย", "self_care"),
        ("Sonen har svalt tändvätska och hostar", "emergency"),
        ("Sonen fick kramp i vaden på natten, det gick över", "self_care"),
        ("அப்பாவோட இடது கால் திடீரென சில்லுனு இருக்கு, விரலை நகர்த்த முடியவில்லை", "emergency"),
        ("அப்பாவுக்கு ராத்திரி கால் தசை பிடிப்பு வந்தது, இப்போ சரியாயிடுச்சு", "self_care"),
        ("Nahihirapan siyang huminga at umuubo siya ng dugo", "emergency"),
        ("Pinulikat siya sa binti kagabi pero nawala agad", "self_care"),
        (
            "Yarona yana da zazzabi mai tsanani, kansa yana ciwo sosai, wuyansa ya sandare",
            "emergency",
        ),
        ("Yarona ƙafarsa ta kama da dare, na miƙe ta, ta saki", "self_care"),
        ("Mijina ya sha fetur daga galan, yana tari", "emergency"),
        (
            "Fitsarinsa ya yi baƙi kamar shayi, tsokokinsa suna ciwo sosai, ba shi da ƙarfi",
            "emergency",
        ),
        ("Tôi đau cơ đùi dữ dội, nước tiểu sẫm màu, không thể đứng lên được", "emergency"),
        ("Tối qua tôi bị chuột rút bắp chân, giãn cơ thì hết", "self_care"),
        ("የዛገ ሚስማር ረገጥኩ፣ አሁን አፌን መክፈት አልችልም", "emergency"),
        ("ትናንት ማታ እግሬ ላይ የጡንቻ መኮማተር ነበር፣ አሁን የለም", "self_care"),
        ("Оцу је нагло нога ледена и модра, не може да мрда прстима", "emergency"),
        ("Оцу је ноћу грч у листу, прође кад устане", "self_care"),
        ("Mein Mann hat Insektizid eingeatmet, jetzt zuckt er und sabbert", "emergency"),
        ("Mein Vater ist sehr heiß, schwitzt gar nicht mehr und ist verwirrt", "emergency"),
        ("Mein Vater hatte nachts einen Wadenkrampf, nach dem Dehnen war er weg", "self_care"),
    ],
)
def test_glossary_rows_of_round_s32_langs_emergencies(text: str, level: str) -> None:
    assert read_level(text) == level
