"""Classes of wording found unread in round s36's batch GS (other-language and mixed messages,
written blind from the triage reference): a child who swallowed tablets or poison, the verb in
its text spellings, 'pata nahi kitni' (not knowing how many) that must not deny the swallowing,
a strip found empty (Hindi in Latin letters); a statin named by an Indian brand (Hindi in
Latin letters); a stop that eases walking pain told politely or of another, 'ruk ke' before
the ease, the ease told 'aaram aa jata' (Urdu in Latin letters); vomiting and diarrhoea told as
one hyphened pair (Hindi in Devanagari and in Latin letters); diarrhoea told 'LBM' with its
verb prefixes, and walking pain that a stop eases told without the subject (Tagalog); tingling
round the lips with the lips in their spellings, fingers that stiffen and curl (Hindi in Latin
letters); sleeping pills, a handful of them, a lot of vodka drunk, barely responding (Polish);
a broken mercury thermometer typed in Latin letters, and the language found by those words
(Russian); a pesticide or weedkiller drunk with words between, vomiting that goes on
(Chinese); the whole of him shaking, foam at the mouth, not answering to a name (Russian), and
not responding in the subjunctive or with 'più', eyes open but not speaking (Italian); a pop
told by its sound in quotes or with 'jaisi', tiptoe that cannot be done (Hindi in Latin
letters); sweating stopped in the first person, a body like fire, dizziness, falling, the
desert (Lebanese Arabic in Latin letters); cramps in the chest muscles (Gulf Arabic); rat
poison by name and a child who may have eaten it (Portuguese); walking pain that eases on
stopping told with the noun, the calf that 'schmerzt' (German); a thorn that pricked, the jaw
told by the English word with a Hindi verb, swallowing told hard (Hindi in Latin letters); a
spasm of a muscle or a limb that is a cramp, not a fit, and a mouth that opens fine (Korean).

The second batch (GU, langs2): muscles grown thinner and walking grown harder (Russian); Quebec
'pis' (then) that must not be the Spanish urine, a cramp that 'a passé', 'c'est rare' (French);
a medicine started, the verb in its persons, medicines by their Hebrew names and the time since
(Hebrew); two signs denied together ('붓기나 두통은 없어요') and '동안' (for a time) that is no
denial (Korean); the neck stiff with a word between, a headache told as pain in the head (Hindi
in Devanagari); a whole bottle drunk, barely awake (Tagalog); tingling round the lips with the
verb in its persons, toes or fingers that curl by themselves, 'desde hace años' that is for
years, not years ago (Spanish); a walk told as a range with 'chalne ke baad', the ease told by
its minutes, 'neend mein' that is during sleep unless it is a state, a fit told with English
verbs and 'karna', the eyes turned up (Hindi in Latin letters); a thyroid operation, tingling
round the lips, fingers that stiffen by themselves (Urdu script); an urge to move the legs in
the evening in bed, sleep lost, walking that eases it (Czech); cramps several times a week,
self-care that does not help (Swedish); pesticide by its loanword, tiny pupils (Turkish); fuels
by their spellings (Lebanese Arabic in Latin letters); a leg cramp in Malay kept without a
possessor, so another's drinking stays his (Malay in an English message).

The third batch (GW, langs3): breath that comes short with the verb in its tenses, chest pain
with 'tez' between (Hindi in Devanagari); breathlessness, sudden or after a few steps (Cantonese);
a cramp that goes on for over half an hour, never half an hour ago (Chinese); a parent's leg gone
cold and blue, pain grown severe (Hausa); sweating stopped, skin hot and dry, not knowing people,
in the sun (Moroccan Darija in Latin letters); an Egyptian 'bottle' and the article-bearing words
that find the language, bleach drunk from it (Egyptian Arabic); a whole packet of tablets, a
teenage child told with a hyphen, a cramp for 'минут 20' (Russian); a jaw that won't open with
'hi' between, many pills swallowed with the object first, a tetanus jab never had (Hindi in
Latin letters, and in a message read as Punjabi too); a mouth that cannot open, muscles drawing
together, a nail wound (Somali); a mouth that won't open, muscles stiffening, no swallowing
(Urdu script); the whole body shaking, a bitten tongue, a child not woken properly (Spanish); a
stop every so many metres, calves that tighten, the walk that goes on (French); weeks of
pregnancy, one calf thicker than the other, painful to touch (Polish); spasms near the cut, a
booster not had for years, a rusty blade (Italian); after a thyroid operation, tingling or
numbness round the mouth, fingers that draw in by themselves (Romanian, Hindi in Devanagari,
Levantine Arabic).

The sentences are our own, each beside a look-alike that must stay lower (an ordinary cramp,
one that passed, a sign denied, the word in an innocent sense).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import language_names, read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Hindi in Latin letters: a child who swallowed tablets, not knowing how many
        (
            "meri 4 saal ki beti nani ki neend ki goliyan kha gyi, pata nahi kitni, "
            "ab bahut sust hai",
            "emergency",
        ),
        ("mera beta chuhe maar dawa kha gya, pata nahi kitni", "emergency"),
        (
            "pata nahi kyun kal raat pindli mein cramp aaya, stretch karke theek ho gaya",
            "self_care",
        ),
        ("pata nahi, kal raat pindli mein cramp aaya, stretch karke theek ho gaya", "self_care"),
        # Hindi in Latin letters: a statin by its Indian brand
        (
            "papa ne 2 hafte pehle Storvas shuru kiya, tab se raat ko pairon mein cramps, "
            "peshab normal hai",
            "doctor",
        ),
        (
            "papa cholesterol ke liye sirf diet kar rahe hain, raat ko ek baar cramp aaya, "
            "stretch se theek ho gaya",
            "self_care",
        ),
        # Urdu in Latin letters: walking pain that a stop eases
        (
            "Ammi ko chalte hue pindli mein dard hota hai, zara ruk jaen tou theek ho jata hai",
            "doctor",
        ),
        (
            "football khelte hue pindli mein cramp aaya, thoda ruk ke stretch kiya "
            "to theek ho gaya",
            "self_care",
        ),
        # Hindi in Devanagari and in Latin letters: vomiting and diarrhoea as one pair
        ("परसों से उल्टी-दस्त लगे हैं और आज टांगों में ऐंठन हो रही है", "urgent"),
        ("कल रात पिंडली में ऐंठन हुई, खींचने से ठीक हो गई", "self_care"),
        ("kal se ulti-dast ho rahe hain, ab pairon mein baar baar cramp", "urgent"),
        (
            "kal ulti nahi hui, dast bhi nahi, bas raat ko pindli mein cramp aaya aur stretch "
            "se chala gaya",
            "self_care",
        ),
        # Tagalog: diarrhoea told 'LBM'; walking pain that a stop eases
        ("Nagka-LBM si nanay kagabi, tapos ngayon pinupulikat siya sa binti", "urgent"),
        (
            "Hindi ako nag-LBM, pinulikat lang ako sa binti kagabi habang natutulog, nawala rin",
            "self_care",
        ),
        (
            "Si lola, pag naglalakad papuntang simbahan, kailangan umupo kasi masakit ang binti "
            "niya. pag nagpahinga, ayos na ulit",
            "doctor",
        ),
        (
            "Pinulikat ako sa binti habang naglalakad sa mall, nag-stretch ako at nawala",
            "self_care",
        ),
        # Hindi in Latin letters: tingling round the lips, fingers curling
        (
            "thyroid ke operation ke baad se mummy ke honthon ke aas paas jhunjhuni ho rahi hai "
            "aur ungliyan akad ke mud jaati hain",
            "urgent",
        ),
        (
            "thand mein honth fat gaye hain, kal raat pair ki ungliyon mein cramp aaya, "
            "stretch se theek ho gaya",
            "self_care",
        ),
        # Polish: vodka and sleeping pills, barely responding
        (
            "Brat wypił dużo wódki i połknął garść tabletek uspokajających, ledwo reaguje",
            "emergency",
        ),
        ("Zjadłem garść orzechów, w nocy miałem skurcz łydki, rozciągnąłem i minął", "self_care"),
        ("Wczoraj wypiłem kieliszek wina, w nocy miałem skurcz łydki, minął", "self_care"),
        # Russian in Latin letters: a broken mercury thermometer
        (
            "Doch razbila gradusnik, rtutnyi, shariki sobrala bez perchatok, "
            "teper sudorogi v nogah",
            "urgent",
        ),
        ("Razbil stakan vchera, nochyu svelo nogu, bylo ochen bolno, no proshlo", "self_care"),
        # Chinese: a weedkiller drunk, vomiting that goes on
        ("我女儿不小心喝了一口除草剂，现在一直在吐，腿抽筋", "emergency"),
        ("我今天吃了饭去地里打农药，晚上小腿抽筋了一次，拉伸就好了", "urgent"),
        # Russian and Italian: a fit, foam, not responding
        ("Мою дочь всю трясёт, у рта пена, на голос не отзывается", "emergency"),
        ("Меня всю трясёт от холода после бассейна, икру свело, прошло", "self_care"),
        (
            "Mia madre ha avuto i crampi e adesso non risponde più, ha gli occhi aperti "
            "ma non parla",
            "emergency",
        ),
        (
            "Mio nonno non parla inglese; stanotte ha avuto un crampo al polpaccio, "
            "passato con lo stretching",
            "self_care",
        ),
        # Hindi in Latin letters: a pop and no tiptoe
        (
            "badminton khelte waqt pindli mein 'chat' jaisi awaaz aayi, ab tiptoe nahi ho pa raha",
            "urgent",
        ),
        (
            "Kal raat pindli mein cramp aaya, abhi tak awaaz nahi nikli dard se, subah tiptoe pe "
            "khada ho gaya, theek hai",
            "self_care",
        ),
        # Lebanese Arabic in Latin letters: heat stroke
        ("kenna bel sa7ra, 5ayye ma3ad 3am ye3ra2 w jesmo nar, 7asses b cramps", "emergency"),
        (
            "kenna bel sa7ra ma3 el shabeb, 7asset b cramp bl ejr, "
            "2a3adt bel fay w shrebt may w ra7",
            "self_care",
        ),
        # Gulf Arabic: cramps in the chest muscles
        ("أخوي عنده شد في عضلات صدره من أمس", "urgent"),
        ("جاني شد في عضلة رجلي بالليل وراح بعد دقيقة", "self_care"),
        # Portuguese: rat poison a child may have eaten
        ("Minha filha de 2 anos pode ter engolido chumbinho, está com cãibras", "emergency"),
        (
            "Meu filho pode ter comido muito doce na festa, à noite teve cãibra na panturrilha "
            "que passou",
            "self_care",
        ),
        # German: walking pain eased on stopping
        (
            "Mein Vater hat beim Gehen Wadenschmerzen, die beim Stehenbleiben besser werden",
            "doctor",
        ),
        (
            "Meine Wade schmerzt beim Gehen nach 200 Metern und wird beim Stehenbleiben "
            "wieder besser",
            "doctor",
        ),
        ("Beim Joggen hatte ich einen Wadenkrampf, beim Dehnen wurde es besser", "self_care"),
        # Hindi in Latin letters: a wound, a jaw gone stiff, swallowing hard
        (
            "do hafte pehle lohe ka tukda chubh gaya tha, ab jabda jam gaya hai aur paani "
            "nigalna mushkil hai",
            "emergency",
        ),
        (
            "gulab ka kaanta chubh gaya tha pichle mahine, raat ko pindli mein cramp aaya, "
            "theek ho gaya",
            "self_care",
        ),
        (
            "dentist ke baad jaw thoda akad gaya, raat ko pair mein cramp aaya, theek ho gaya",
            "self_care",
        ),
        # Korean: a muscle spasm is no fit; the mouth opens fine
        (
            "녹슨 못에 찔리고 나서 종아리 근육에 경련이 있어요. "
            "파상풍 주사는 안 맞았어요. 입은 잘 벌어져요",
            "urgent",
        ),
        ("어제 운동하고 다리 근육에 경련이 났는데 스트레칭하니까 괜찮아요", "self_care"),
        ("아버지가 온몸에 경련이 와요", "emergency"),
    ],
)
def test_glossary_rows_of_round_s36_langs(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Russian: muscles grown thinner, walking harder
        ("У мамы икры заметно похудели, и ходить ей стало труднее, по ночам сводит ноги", "doctor"),
        ("Мышцы на бёдрах у меня стали сильнее после зала, ночью свело икру, прошло", "self_care"),
        ("Мышцы на ногах стали тоньше за полгода, часто судороги", "doctor"),
        # Quebec French
        (
            "Hier soir j'ai eu une crampe au mollet, j'ai flexé le pied pis ça a passé. "
            "C'est plutôt rare.",
            "self_care",
        ),
        (
            "Ma crampe au mollet dure depuis 20 minutes, pis ça passe pas malgré les étirements",
            "urgent",
        ),
        # Hebrew: a medicine started
        ("אבא התחיל לקחת סטטינים לפני חודש, ומאז יש לו התכווצויות ברגליים", "doctor"),
        ("לפני חודש הייתה לי התכווצות ברגל בלילה, מתחתי ועבר תוך כמה דקות", "self_care"),
        # Korean: two signs denied together; 동안 no denial
        (
            "임신 36주예요. 밤에 가끔 종아리에 쥐가 나는데 스트레칭하면 풀려요. "
            "열이나 두통은 없어요",
            "self_care",
        ),
        ("임신 36주예요. 다리가 붓고 두통이 심해요. 밤에 쥐가 나요", "urgent"),
        ("사흘 동안 설사를 계속 했는데 지금 다리에 쥐가 자꾸 나요", "urgent"),
        ("어제 한 시간 동안 축구를 했는데 밤에 종아리에 쥐가 났다가 금방 풀렸어요", "self_care"),
        # Hindi script: stiff neck with a word between, head pain
        (
            "मेरी बेटी को बुखार है, गर्दन एकदम अकड़ गई है और सिर में बहुत दर्द है, पैरों में ऐंठन भी",
            "emergency",
        ),
        (
            "कल रात पिंडली में ऐंठन हुई, सिर में थोड़ा दर्द था क्योंकि नींद कम हुई, अब ठीक है",
            "self_care",
        ),
        # Tagalog: whole bottle, barely awake
        (
            "Uminom si tatay ng isang buong bote ng rum tapos mga pampatulog, halos hindi na "
            "magising",
            "emergency",
        ),
        (
            "Uminom ako ng isang buong bote ng tubig pagkatapos tumakbo, pinulikat ako sa "
            "binti pero nawala",
            "self_care",
        ),
        # Spanish: tingling round the lips, toes curling
        (
            "Desde la cirugía de tiroides le hormiguean los labios y los dedos de las manos "
            "se le encogen solos",
            "urgent",
        ),
        (
            "Anoche los dedos de los pies se me encogieron con un calambre, estiré y se pasó",
            "self_care",
        ),
        # Spanish: 'desde hace años' of a disease
        (
            "Mi madre tiene diabetes desde hace muchos años y ahora calambres en las piernas",
            "doctor",
        ),
        (
            "Hace años tuve un calambre fuerte jugando al fútbol; anoche otro, estiré y pasó",
            "self_care",
        ),
        # Hinglish: walking distance with chalne ke baad, minutes to ease
        (
            "dadi ko 5-10 minute chalne ke baad pindli mein dard hota hai, ruk jaati hain to "
            "2 min mein theek",
            "doctor",
        ),
        (
            "kal 30 minute chalne ke baad pindli mein ek baar cramp aaya, stretch se theek ho gaya",
            "self_care",
        ),
        # Hinglish: neend mein of a cramp; of a state
        (
            "raat ko neend mein pair mein cramp aaya, uth ke stretch kiya aur chala gaya",
            "self_care",
        ),
        (
            "nana ji ne galti se do baar neend ki goliyan le li, ab bahut neend mein hain",
            "emergency",
        ),
        # Hinglish: a fit told with English verbs
        (
            "meri behen ka pura body shake karne laga aur woh react nahi kar rahi, aankhein "
            "upar palat gayi",
            "emergency",
        ),
        (
            "papa ko raat ko cramp aaya, thand se pura body kaanp raha tha, woh theek se "
            "respond kar rahe hain, stretch se theek ho gaya",
            "self_care",
        ),
        # Urdu script: thyroid operation, tingling round the lips, fingers stiffening
        (
            "امی کا کل تھائیرائیڈ کا آپریشن ہوا، اب ہونٹوں کے آس پاس سنسناہٹ ہے اور انگلیاں "
            "خود بخود اکڑ رہی ہیں",
            "urgent",
        ),
        ("کل رات پنڈلی میں اینٹھن ہوئی، ٹھیک ہو گئی", "self_care"),
        # Czech: restless legs
        (
            "Večer v posteli musím pořád hýbat nohama, nemůžu usnout, když se projdu, je to lepší",
            "doctor",
        ),
        ("Včera v noci jsem měl křeč v lýtku, protáhl jsem ho a přešlo to", "self_care"),
        # Swedish: several times a week, not getting better
        (
            "Min mamma får kramp i benen många gånger i veckan och det har inte blivit "
            "bättre trots stretching",
            "doctor",
        ),
        (
            "Jag fick kramp i vaden en gång efter löpningen, stretchade och det gick över",
            "self_care",
        ),
        # Turkish: pesticide by its loanword, tiny pupils
        (
            "Amcam bahçede pestisit sıkmış, şimdi kusuyor, kasları seğiriyor, göz bebekleri "
            "küçülmüş",
            "emergency",
        ),
        ("Bahçede çalıştıktan sonra baldırıma kramp girdi, esnetince geçti", "self_care"),
        # Levantine Arabizi: a fuel drunk
        ("binti shirbet shwayet kerosene men el 2anneine, hala2 3am tst2ya", "emergency"),
        ("shrebt shwayet may ba3d el mashi w ja2ni cramp bi rijli w ra7", "self_care"),
        # Malay in an English message: the possessor kept
        ("my father drink a lot every day, 8 can beer, and kaki kejang every night", "doctor"),
        ("after futsal last night kaki kejang sekejap, stretch and ok already", "self_care"),
    ],
)
def test_glossary_rows_of_round_s36_langs2(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Razbil rtutnyi termometr, sobral sharik bez perchatok", "Russian or Ukrainian"),
    ],
)
def test_the_languages_are_found_by_their_new_markers(text: str, name: str) -> None:
    assert name in language_names(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Hindi in Devanagari: breath that comes short, chest pain with 'sharp' between
        ("दो दिन से पिंडली सूजी हुई है, आज सांस फूल रही है और छाती में तेज़ दर्द है", "emergency"),
        ("रात को पिंडली में ऐंठन हुई, खींचने से ठीक हो गई", "self_care"),
        # Cantonese: breathlessness, sudden or after a few steps
        ("我老竇隻小腿腫咗兩日，而家突然好喘，講嘢都唞唔到氣", "emergency"),
        ("我琴晚小腿抽筋，拉吓筋就冇事", "self_care"),
        # Chinese: a cramp that goes on for over half an hour, never 'half an hour ago'
        ("我妈妈小腿抽筋已经半个多小时了，拉伸也没用", "urgent"),
        ("半个多小时前小腿抽筋了，拉一下就好了", "self_care"),
        # Hausa: a parent's leg gone cold and blue, the pain severe
        ("Kafar mahaifina ta yi sanyi kuma ta zama shudi, ciwon ya tsananta", "emergency"),
        ("Kafata ta kama ni da dare, na mike ta kuma ta daina", "self_care"),
        # Darija in Latin letters: no sweat, hot dry skin, not knowing people, in the sun
        (
            "bba kan khddam f chems, daba ma b9ach kay3re9ch, jeldo s5oun o nachef w ma ki3refnich",
            "emergency",
        ),
        ("khddamt f chems w jatni cramp f rjli, tmeddit w mcha", "self_care"),
        # Egyptian Arabic: the little son, the bleach in an 'إزازة'
        ("بنتي الصغيرة شربت من إزازة الكلور ودلوقتي بترجع", "emergency"),
        ("ابني الصغير عنده شد في رجله من امبارح وراح لوحده", "self_care"),
        # Russian: a whole packet of tablets, a teenage daughter with a hyphen
        (
            "Дочь-подросток проглотила целую упаковку маминых таблеток, сейчас очень сонная",
            "emergency",
        ),
        (
            "Дочь-подросток жалуется на судорогу в икре после тренировки, потянула и прошло",
            "self_care",
        ),
        # Russian: a cramp going on for minutes, the number after 'минут'
        ("Свело икру и не отпускает уже минут 25, растяжка не помогает", "urgent"),
        ("Свело икру на минуту, потянул и прошло", "self_care"),
        # Hindi in Latin letters: jaw that won't open with 'hi' between, many pills, object first
        (
            "teen hafte pehle keel chubhi thi, ab gardan akad rahi hai aur munh khul hi nahi raha",
            "emergency",
        ),
        ("kal raat pindli mein cramp aaya, stretch kiya to theek ho gaya", "self_care"),
        ("didi ne bahut saari dard ki goliyan kha li, ab so rahi hai", "emergency"),
        ("didi ne sar dard ki ek goli kha li, ab theek hai", "self_care"),
        # Hindi in Latin letters: a tetanus jab never had after a wound, spasms
        (
            "haath mein blade se kat gaya tha, ab wahan spasms ho rahe hain, tetanus ka teeka "
            "kabhi nahi lagwaya",
            "urgent",
        ),
        (
            "haath mein blade se kat gaya tha, tetanus ka teeka pichle saal lagwaya tha, koi "
            "spasm nahi",
            "self_care",
        ),
        # Somali: a mouth that cannot open, muscles drawing together, a nail wound
        (
            "Walaalkay wuxuu ku dhaawacmay musmaar, murqaha ayaa giigsanaya, afkiisa ma furi karo",
            "emergency",
        ),
        ("Habeenkii murqaha kubka ayaa i qabtay, waan kala bixiyay wuuna tagay", "self_care"),
        # Urdu script: mouth won't open, muscles stiffening, no swallowing
        ("میرے شوہر کو کیل سے زخم لگا تھا، اب پٹھے اکڑ گئے ہیں اور منہ نہیں کھل رہا", "emergency"),
        ("رات کو پنڈلی میں درد ہوا، کھینچنے سے ٹھیک ہو گیا", "self_care"),
        # Spanish: the whole body shaking, a bitten tongue, hard to wake
        (
            "Mi marido se desmayó, todo el cuerpo le temblaba y se mordió la lengua; ahora no "
            "consigo despertarlo",
            "emergency",
        ),
        ("Me dio un calambre en la pierna esta noche, estiré y se me pasó", "self_care"),
        # French: a stop every so many metres, the calves that tighten, the walk that goes on
        (
            "Ma mère s'arrête tous les 200 mètres, ses mollets se crispent, puis elle repart",
            "doctor",
        ),
        ("Mon mollet se crispe parfois la nuit, j'étire et ça passe", "self_care"),
        # Polish: weeks of pregnancy, one calf thicker, painful to touch
        (
            "Jestem w 30. tygodniu ciąży, prawa łydka jest grubsza niż lewa i boli przy dotyku",
            "urgent",
        ),
        (
            "Jestem w 30. tygodniu ciąży, w nocy złapał mnie skurcz w łydce, "
            "rozciągnęłam i przeszło",
            "self_care",
        ),
        # Italian: spasms near the cut, a booster not had for years, a rusty blade
        (
            "Mi sono tagliato con una lama arrugginita, ho spasmi nei muscoli del braccio "
            "vicino al taglio e non ho fatto il richiamo da molti anni",
            "urgent",
        ),
        (
            "Mi sono tagliato con una lama in cucina, il richiamo dell'antitetanica l'ho "
            "fatto l'anno scorso",
            "self_care",
        ),
        # Romanian: a thyroid operation, tingling round the mouth, fingers drawn in by themselves
        (
            "Sora mea a fost operată de tiroidă ieri, acum o furnică în jurul gurii și i se "
            "strâng degetele singure",
            "urgent",
        ),
        (
            "Mama a fost operată de tiroidă acum zece ani, are crampe la gambă noaptea uneori, "
            "trec repede",
            "self_care",
        ),
        # Hindi in Devanagari: after a thyroid operation, numbness round the mouth, toes that curl
        (
            "मम्मी के थायराइड के ऑपरेशन के बाद मुंह के आसपास सुन्नपन है और पैरों की उंगलियां मुड़ रही हैं",
            "urgent",
        ),
        ("थायराइड के ऑपरेशन के बाद एक बार पिंडली में ऐंठन हुई, खींचने से ठीक हो गई", "doctor"),
        # Levantine Arabic: numbness round the mouth, fingers that draw in by themselves
        ("بعد عملية الغدة الدرقية عندي تنميل حول فمي وأصابعي بتتقلص لوحدها", "urgent"),
        ("بعد عملية الغدة الدرقية عندي شد في رجلي بالليل وبيروح لحاله", "doctor"),
    ],
)
def test_glossary_rows_of_round_s36_langs3(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Muscle breakdown in other languages: the effort, the pain or the weakness beside the
        # dark urine (the lead's rows, round s36)
        (
            "Na een extreme training doen mijn benen enorm pijn en mijn urine is donkerbruin",
            "emergency",
        ),
        ("マラソンの後、足がひどく痛くて力が入りません。尿がコーラのような色です。", "emergency"),
        ("Askerde ağır bir yürüyüşten sonra şiddetli ağrı var, idrarı kola rengi", "emergency"),
        (
            "Han satt fastklämd under en bil i tre timmar, svåra muskelsmärtor, "
            "och urinen är mörkbrun",
            "emergency",
        ),
        ("Fiz crossfit ontem, as pernas estão fracas e o xixi saiu cor de coca-cola", "emergency"),
        # Doctor-level signs, each beside a look-alike that stays lower
        (
            "Nanaji thoda chalte hain to pindli mein dard, rukte hi theek ho jaata hai, "
            "phir wapas shuru",
            "doctor",
        ),
        ("Abbu ka muscle sookh raha hai aur cramps bhi aate hain", "doctor"),
        (
            "Ông tôi đi bộ khoảng 10 phút là đau bắp chân, ngồi nghỉ thì hết, đi tiếp lại đau",
            "doctor",
        ),
        ("بدأت دواء مدر للبول للضغط ومنذ ذلك الوقت يأتيني شد عضلي", "doctor"),
        ("أمي بتعمل غسيل كلوي وبيجيلها شد في رجليها", "doctor"),
        ("м'язи під шкірою постійно посмикуються, і ще судоми в литках", "doctor"),
        (
            "Wieczorem coś mi łazi w łydkach, muszę ruszać nogami, jak chodzę to przechodzi",
            "doctor",
        ),
        ("Mam skurcz w łydce raz na miesiąc, przechodzi po rozciąganiu", "self_care"),
        ("Abbu ko kabhi kabhi raat ko cramp hota hai, stretch karne se theek", "self_care"),
    ],
)
def test_glossary_rows_of_round_s36_lead(text: str, level: str) -> None:
    assert read_level(text) == level
