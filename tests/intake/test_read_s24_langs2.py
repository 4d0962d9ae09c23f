"""Classes of wording found unread in round s24's second look at other languages, each
read at its level across the glossaries' languages, beside look-alikes that must not rise.

The sentences are the team's own: a cramp told lasting over a quarter of an hour (or more
than fifteen minutes) that stretching and massage do not let go is urgent; walking pain
told by a time of walking ("about ten minutes"), gone as soon as he stops, for some
months, is claudication (a doctor); a rusty nail in the foot and, days later, a jaw that
will not open, trouble swallowing and a back stiffening is tetanus (an emergency); a
household chemical (insecticide, bleach) drunk by mistake, poured into a water bottle,
then vomiting, is poisoning (an emergency). Their look-alikes: a cramp that let go after
stretching, a walk without pain, a jaw sore from chewing gum with no wound, a glass of
water drunk from a water bottle.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_at, stays_below

E, U, D = "emergency", "urgent", "doctor"

LONG_CRAMP: list[str] = [
    # French
    "J'ai une crampe au mollet depuis plus d'un quart d'heure, on a étiré et massé "
    "mais ça ne passe pas",
    # Spanish
    "Tiene un calambre en la pantorrilla desde hace más de un cuarto de hora, lo "
    "estiramos y masajeamos pero no se le quita",
    # Portuguese
    "Estou com cãibra na panturrilha há mais de um quarto de hora, alonguei e "
    "massageei mas não passa",
    # Italian
    "Ho un crampo al polpaccio da più di un quarto d'ora, ho fatto stretching e "
    "massaggi ma non passa",
    # German
    "Ich habe seit über einer Viertelstunde einen Krampf in der Wade, wir haben "
    "gedehnt und massiert, aber er löst sich nicht",
    # Dutch
    "Ik heb al meer dan een kwartier kramp in mijn kuit, we hebben gerekt en "
    "gemasseerd maar het gaat niet weg",
    # Swedish
    "Han har haft kramp i vaden i över en kvart nu. Vi har stretchat och masserat "
    "men det släpper inte",
    # Polish
    "Mam skurcz łydki od ponad kwadransa, rozciągaliśmy i masowaliśmy, ale nie puszcza",
    # Romanian
    "Am o crampă în gambă de peste un sfert de oră, am întins și am masat dar nu trece",
    # Russian
    "Судорога в икре уже больше четверти часа, растягивали и массировали, но не отпускает",
    # Ukrainian
    "Судома в литці вже понад чверть години, розтягували і масажували, але не відпускає",
    # Turkish
    "Baldırımda çeyrek saatten fazladır kramp var, esnettik ve masaj yaptık ama geçmiyor",
    # Arabic
    "عندي شد عضلي في بطة الساق منذ أكثر من ربع ساعة، عملنا تمدد ومساج لكنه لا يزول",
    # Arabic in Latin letters
    "3ndi shad 3adali bi baten rijli men aktar men rob3 sa3a, 3amalna stretching w "
    "massage bas ma 3am yrou7",
    # Hinglish
    "pindli mein pandrah minute se zyada se cramp hai, stretching aur massage kiya "
    "par chhod nahi raha",
    # Hindi
    "पिंडली में पंद्रह मिनट से ज़्यादा से ऐंठन है, स्ट्रेचिंग और मालिश की लेकिन छूट नहीं रही",
    # Bengali
    "পনেরো মিনিটের বেশি ধরে পায়ের ডিমে খিল ধরে আছে, স্ট্রেচ আর মালিশ করেছি কিন্তু ছাড়ছে না",
    # Chinese
    "小腿抽筋超过一刻钟了，拉伸和按摩了还是不松开",
    # Vietnamese
    "Bị chuột rút ở bắp chân hơn mười lăm phút rồi, đã kéo giãn và xoa bóp mà không hết",
    # Tagalog
    "May pulikat sa binti nang mahigit labinlimang minuto na, inunat at minasahe na "
    "pero hindi pa rin nawawala",
    # Indonesian
    "Kram di betis sudah lebih dari seperempat jam, sudah diregangkan dan dipijat "
    "tapi tidak hilang",
    # Greek
    "Έχω κράμπα στη γάμπα πάνω από ένα τέταρτο, κάναμε διατάσεις και μασάζ αλλά δεν φεύγει",
    # Persian
    "بیشتر از یک ربع است که ساق پایم گرفته، کشش دادیم و ماساژ دادیم ولی باز نمی‌شود",
    # Swahili
    "Nina mkakamao wa misuli kwenye kigimbi kwa zaidi ya robo saa, tumenyoosha na "
    "kukanda lakini haujaachia",
    # Korean
    "종아리에 쥐가 난 지 15분이 넘었어요, 스트레칭하고 마사지했는데 안 풀려요",
    # Japanese
    "ふくらはぎがつって15分以上たちます、ストレッチもマッサージもしたけど治まりません",
    # Urdu
    "پنڈلی میں پندرہ منٹ سے زیادہ سے اینٹھن ہے، اسٹریچنگ اور مالش کی لیکن نہیں جا رہی",
    # Somali
    "Murqaha kubka ayaa i qabtay in ka badan rubuc saac, waan kala bixinay oo duugnay "
    "laakiin ma dayn",
]

WALK_TIMED: list[str] = [
    # French
    "Il a une crampe au mollet quand il marche une dizaine de minutes, ça passe dès "
    "qu'il s'arrête, depuis quelques mois",
    # Spanish
    "Le da un calambre en la pantorrilla cuando camina unos diez minutos, se le "
    "pasa en cuanto se para, desde hace unos meses",
    # Portuguese
    "Ele tem cãibra na panturrilha quando anda uns dez minutos, passa assim que ele "
    "para, há alguns meses",
    # Italian
    "Ha un crampo al polpaccio quando cammina una decina di minuti, passa appena si "
    "ferma, da qualche mese",
    # German
    "Er bekommt einen Krampf in der Wade, wenn er etwa zehn Minuten geht, es "
    "vergeht, sobald er stehen bleibt, seit einigen Monaten",
    # Dutch
    "Hij krijgt kramp in zijn kuit als hij een minuut of tien loopt, het gaat over "
    "zodra hij stilstaat, sinds een paar maanden",
    # Swedish
    "Han får kramp i vaden när han går ungefär tio minuter, det går över så fort "
    "han stannar, sedan några månader",
    # Polish
    "Ma skurcz w łydce, kiedy idzie jakieś dziesięć minut, przechodzi, jak tylko "
    "się zatrzyma, od kilku miesięcy",
    # Romanian
    "Are crampă în gambă când merge vreo zece minute, îi trece imediat ce se "
    "oprește, de câteva luni",
    # Russian
    "У него сводит икру, когда он идёт минут десять, проходит, как только он "
    "останавливается, уже несколько месяцев",
    # Ukrainian
    "У нього судома в литці, коли він іде хвилин десять, минає, щойно він "
    "зупиняється, вже кілька місяців",
    # Turkish
    "On dakika kadar yürüyünce baldırına kramp giriyor, durur durmaz geçiyor, birkaç aydır",
    # Arabic
    "يصيبه شد في بطة الساق عندما يمشي حوالي عشر دقائق، ويزول بمجرد أن يتوقف، منذ بضعة أشهر",
    # Arabic in Latin letters
    "byijih shad bi rijlo lamma yimshi 7awali 3ashr da2aye2, byrou7 awal ma yw2af, men kam shahr",
    # Hinglish
    "das minute chalne par pindli mein cramp aata hai, rukte hi theek ho jata hai, kuch mahino se",
    # Hindi
    "दस मिनट चलने पर पिंडली में ऐंठन होती है, रुकते ही ठीक हो जाती है, कुछ महीनों से",
    # Bengali
    "দশ মিনিট হাঁটলে পায়ের ডিমে খিঁচ ধরে, থামলেই সেরে যায়, কয়েক মাস ধরে",
    # Chinese
    "他走路十分钟左右小腿就抽筋，一停下来就好了，已经几个月了",
    # Vietnamese
    "Anh ấy bị chuột rút bắp chân khi đi bộ khoảng mười phút, dừng lại là hết ngay, mấy tháng nay",
    # Tagalog
    "Namumulikat ang binti niya kapag naglalakad siya ng mga sampung minuto, "
    "nawawala agad pag huminto siya, ilang buwan na",
    # Indonesian
    "Betisnya kram kalau jalan sekitar sepuluh menit, langsung hilang begitu dia "
    "berhenti, sejak beberapa bulan",
    # Greek
    "Παθαίνει κράμπα στη γάμπα όταν περπατάει περίπου δέκα λεπτά, περνάει μόλις "
    "σταματήσει, εδώ και μερικούς μήνες",
    # Persian
    "وقتی حدود ده دقیقه راه می‌رود ساق پایش می‌گیرد، به محض اینکه می‌ایستد خوب می‌شود، از چند ماه پیش",
    # Swahili
    "Anapata mkakamao kwenye kigimbi akitembea kama dakika kumi, unaisha mara tu "
    "anaposimama, kwa miezi kadhaa",
    # Korean
    "10분 정도 걸으면 종아리에 쥐가 나고, 멈추면 바로 괜찮아져요, 몇 달 전부터요",
    # Japanese
    "10分くらい歩くとふくらはぎがつって、立ち止まるとすぐ治ります、数ヶ月前から",
    # Urdu
    "دس منٹ چلنے پر پنڈلی میں اینٹھن ہوتی ہے، رکتے ہی ٹھیک ہو جاتی ہے، کچھ مہینوں سے",
    # Somali
    "Kubka ayaa murqo ka qabta marka uu socdo ilaa toban daqiiqo, wuu ka tagaa marka uu "
    "istaago, dhowr bilood",
]

LOCKJAW_AFTER_WOUND: list[str] = [
    # French
    "Il y a 8 jours il a marché sur un clou rouillé. Maintenant il n'arrive pas à "
    "ouvrir la mâchoire, il a du mal à avaler et le dos se raidit",
    # Spanish
    "Hace 8 días se clavó un clavo oxidado en el pie. Ahora no puede abrir la "
    "mandíbula, le cuesta tragar y la espalda se le pone rígida",
    # Portuguese
    "Há 8 dias pisou num prego enferrujado. Agora não consegue abrir a boca, tem "
    "dificuldade para engolir e as costas estão ficando rígidas",
    # Italian
    "8 giorni fa si è piantato un chiodo arrugginito nel piede. Ora non riesce ad "
    "aprire la bocca, fa fatica a deglutire e la schiena si irrigidisce",
    # German
    "Vor 8 Tagen ist er in einen rostigen Nagel getreten. Jetzt kann er den Mund "
    "nicht öffnen, hat Schluckbeschwerden und der Rücken wird steif",
    # Dutch
    "8 dagen geleden is hij in een roestige spijker gestapt. Nu kan hij zijn kaak "
    "niet openen, heeft moeite met slikken en zijn rug wordt stijf",
    # Swedish
    "För 8 dagar sedan trampade han på en rostig spik. Nu kan han inte öppna käken, "
    "har svårt att svälja och ryggen stelnar",
    # Polish
    "8 dni temu wbił sobie zardzewiały gwóźdź w stopę. Teraz nie może otworzyć "
    "szczęki, ma trudności z przełykaniem i sztywnieją mu plecy",
    # Romanian
    "Acum 8 zile a călcat pe un cui ruginit. Acum nu poate deschide gura, înghite "
    "greu și i se înțepenește spatele",
    # Russian
    "8 дней назад наступил на ржавый гвоздь. Теперь он не может открыть рот, трудно "
    "глотать и спина деревенеет",
    # Ukrainian
    "8 днів тому наступив на іржавий цвях. Тепер не може відкрити рот, важко "
    "ковтати і спина дерев'яніє",
    # Turkish
    "8 gün önce ayağına paslı çivi battı. Şimdi çenesini açamıyor, yutkunmakta "
    "zorlanıyor ve sırtı kasılıyor",
    # Arabic
    "قبل 8 أيام دخل مسمار صدئ في قدمه. الآن لا يستطيع فتح فكه، وعنده صعوبة في البلع، وظهره يتصلب",
    # Arabic in Latin letters
    "men 8 iyyam fat mismar mseddi b ijro. hala2 ma 3am ye2dar yefta7 tummo, 3ando "
    "su3ube bil bal3, w dahro 3am ybayes",
    # Hinglish
    "8 din pehle pair mein zang lagi keel chubh gayi thi. Ab unka jabda khul nahi "
    "raha, khana nigalne mein dikkat hai, aur kamar mein akdan",
    # Hindi
    "8 दिन पहले पैर में जंग लगी कील चुभ गई थी। अब उनका जबड़ा नहीं खुल रहा, निगलने में दिक्कत है, और कमर में अकड़न",
    # Urdu
    "8 دن پہلے پاؤں میں زنگ لگی کیل چبھ گئی تھی۔ اب ان کا جبڑا نہیں کھل رہا، نگلنے میں دقت ہے",
    # Bengali
    "৮ দিন আগে পায়ে মরচে ধরা পেরেক ঢুকেছিল। এখন মুখ খুলতে পারছে না, গিলতে কষ্ট হচ্ছে, পিঠ শক্ত হয়ে যাচ্ছে",
    # Chinese
    "8天前脚被生锈的钉子扎了。现在嘴张不开，吞咽困难，背部发僵",
    # Vietnamese
    "8 ngày trước bị đinh gỉ đâm vào chân. Giờ không há miệng được, nuốt khó và lưng cứng lại",
    # Tagalog
    "8 araw na ang nakalipas natusok ng kalawanging pako ang paa niya. Ngayon hindi "
    "niya maibuka ang panga, hirap lumunok at naninigas ang likod",
    # Indonesian
    "8 hari lalu kakinya tertusuk paku berkarat. Sekarang rahangnya tidak bisa "
    "dibuka, susah menelan dan punggungnya kaku",
    # Greek
    "Πριν από 8 μέρες πάτησε ένα σκουριασμένο καρφί. Τώρα δεν μπορεί να ανοίξει το "
    "στόμα, δυσκολεύεται να καταπιεί και η πλάτη του σφίγγεται",
    # Persian
    "۸ روز پیش میخ زنگ‌زده رفت توی پایش. حالا نمی‌تواند دهانش را باز کند، در قورت "
    "دادن مشکل دارد و کمرش خشک شده",
    # Swahili
    "Siku 8 zilizopita alikanyaga msumari wenye kutu. Sasa hawezi kufungua taya, "
    "ana shida kumeza na mgongo unakaza",
    # Somali
    "8 maalmood ka hor musmaar miridh leh ayaa cagta ka galay. Hadda afkiisa ma "
    "furi karo, liqidda ayuu ku dhibtoonayaa, dhabarkana wuu adkaanayaa",
    # Korean
    "8일 전에 녹슨 못에 발을 찔렸어요. 지금은 입이 안 벌어지고, 삼키기 힘들고, 등이 뻣뻣해져요",
    # Japanese
    "8日前に錆びた釘を足に踏み抜きました。今は口が開かず、飲み込みにくく、背中がこわばっています",
]

DRANK_BY_MISTAKE: list[str] = [
    # French
    "Il a bu de l'insecticide par erreur, je l'avais mis dans une bouteille d'eau. "
    "Maintenant il vomit et a des crampes aux jambes",
    # Spanish
    "Se bebió lejía por error, la había puesto en una botella de agua. Ahora está "
    "vomitando y tiene calambres en las piernas",
    # Portuguese
    "Ele bebeu inseticida por engano, eu coloquei numa garrafa de água. Agora está "
    "vomitando e com cãibras nas pernas",
    # Italian
    "Ha bevuto per sbaglio della candeggina, l'avevo messa in una bottiglia "
    "d'acqua. Ora vomita e ha crampi alle gambe",
    # German
    "Er hat aus Versehen Insektenspray getrunken, ich hatte es in eine "
    "Wasserflasche gefüllt. Jetzt erbricht er und hat Krämpfe in den Beinen",
    # Dutch
    "Hij heeft per ongeluk bleekmiddel gedronken, ik had het in een waterfles "
    "gedaan. Nu moet hij overgeven en heeft kramp in zijn benen",
    # Swedish
    "Han drack insektsmedel av misstag, jag hade hällt det i en vattenflaska. Nu "
    "kräks han och har kramp i benen",
    # Polish
    "Wypił przez pomyłkę środek owadobójczy, przelałam go do butelki po wodzie. "
    "Teraz wymiotuje i ma skurcze nóg",
    # Romanian
    "A băut din greșeală insecticid, îl pusesem într-o sticlă de apă. Acum vomită "
    "și are crampe la picioare",
    # Russian
    "по ошибке выпил средство от насекомых — я налила его в бутылку из-под воды. "
    "Теперь его рвёт и сводит судорогой ноги",
    # Ukrainian
    "Випив помилково засіб від комах, я налила його в пляшку з-під води. Тепер його "
    "рве і зводить ноги судомою",
    # Turkish
    "Yanlışlıkla böcek ilacı içti, su şişesine koymuştum. Şimdi kusuyor ve "
    "bacaklarına kramp giriyor",
    # Arabic
    "شرب مبيد حشرات بالخطأ، كنت وضعته في قنينة ماء. الآن يتقيأ وعنده شد في رجليه",
    # Arabic in Latin letters
    "shirib mbid 7asharat bil ghalat, kont 7atayto b 2anninet may. hala2 3am "
    "yista2ri w 3ando shad b ijrayh",
    # Hinglish
    "galti se keede maarne ki dawa pi li, maine paani ki bottle mein daali thi. ab "
    "ulti ho rahi hai aur pairon mein cramp",
    # Hindi
    "गलती से कीड़े मारने की दवा पी ली, मैंने पानी की बोतल में डाली थी। अब उल्टी हो रही है और पैरों में ऐंठन",
    # Urdu
    "غلطی سے کیڑے مار دوا پی لی، میں نے پانی کی بوتل میں ڈالی تھی۔ اب الٹی ہو رہی ہے",
    # Bengali
    "ভুল করে পোকা মারার ওষুধ খেয়ে ফেলেছে, আমি পানির বোতলে রেখেছিলাম। এখন বমি করছে আর পায়ে খিল ধরছে",
    # Chinese
    "他误喝了杀虫剂，我把它倒在水瓶里了。现在他在呕吐，腿抽筋",
    # Vietnamese
    "Uống nhầm thuốc trừ sâu, tôi đã đổ nó vào chai nước. Giờ đang nôn và bị chuột rút ở chân",
    # Tagalog
    "Nainom niya nang hindi sinasadya ang pamatay-insekto, inilagay ko kasi sa bote "
    "ng tubig. Ngayon nagsusuka siya at pinupulikat ang mga binti",
    # Indonesian
    "Dia tidak sengaja minum obat serangga, saya tuang ke botol air. Sekarang dia "
    "muntah-muntah dan kakinya kram",
    # Greek
    "Ήπιε κατά λάθος εντομοκτόνο, το είχα βάλει σε μπουκάλι νερού. Τώρα κάνει εμετό "
    "και έχει κράμπες στα πόδια",
    # Persian
    "اشتباهی حشره‌کش خورد، آن را در بطری آب ریخته بودم. حالا استفراغ می‌کند و پاهایش گرفته",
    # Swahili
    "Alikunywa dawa ya wadudu kwa bahati mbaya, niliiweka kwenye chupa ya maji. "
    "Sasa anatapika na ana mkakamao miguuni",
    # Somali
    "Si qalad ah ayuu u cabbay sunta cayayaanka, waxaan ku shubay dhalo biyo. Hadda wuu matagayaa",
    # Korean
    "실수로 살충제를 마셨어요, 제가 물병에 부어 놨었어요. 지금 토하고 다리에 쥐가 나요",
    # Japanese
    "間違えて殺虫剤を飲みました、水のペットボトルに移していたんです。今吐いていて足がつっています",
]

# (a look-alike, the level it must stay below)
LOOKALIKES: list[tuple[str, str]] = [
    # a cramp that let go after stretching and massage
    (
        "J'ai eu une crampe au mollet, on a étiré et massé et ça a passé au bout de deux minutes",
        U,
    ),
    (
        "Tuve un calambre en la pantorrilla, lo estiramos y masajeamos y se quitó enseguida",
        U,
    ),
    (
        "Er hatte einen Krampf in der Wade, wir haben gedehnt und massiert und er hat sich gelöst",
        U,
    ),
    (
        "Han fick kramp i vaden, vi stretchade och masserade och det släppte efter en minut",
        U,
    ),
    (
        "Свело икру ночью, растягивали и массировали, и через минуту отпустило",
        U,
    ),
    (
        "Baldırıma kramp girdi, esnettik ve masaj yaptık, hemen geçti",
        U,
    ),
    (
        "小腿抽筋了，拉伸按摩后一分钟就好了",
        U,
    ),
    (
        "Betis kram tadi malam, sudah diregangkan dan dipijat lalu hilang",
        U,
    ),
    (
        "Είχα κράμπα στη γάμπα, κάναμε διατάσεις και μασάζ και πέρασε αμέσως",
        U,
    ),
    ("Murqaha kubka ayaa i qabtay, waan kala bixinay oo duugnay, wuuna iga tagay", U),
    ("پنڈلی میں اینٹھن تھی، اسٹریچنگ اور مالش کی تو ٹھیک ہو گئی", U),
    # a walk without pain (told once, not "every day")
    (
        "Hier il a marché une dizaine de minutes, sans aucune douleur",
        D,
    ),
    (
        "Gestern ist er etwa zehn Minuten gegangen, ohne Schmerzen",
        D,
    ),
    (
        "Ieri ha camminato una decina di minuti senza nessun dolore",
        D,
    ),
    (
        "Igår gick han ungefär tio minuter utan någon smärta",
        D,
    ),
    # a jaw sore from chewing gum, no wound
    (
        "J'ai mal à la mâchoire à force de mâcher du chewing-gum",
        D,
    ),
    (
        "Me duele la mandíbula de tanto mascar chicle",
        D,
    ),
    (
        "chewing gum chabane se jabde mein dard hai",
        D,
    ),
    (
        "Болит челюсть от жвачки, весь день жевал",
        D,
    ),
    (
        "Sakız çiğnemekten çenem ağrıyor",
        D,
    ),
    (
        "ガムを噛みすぎて顎が痛いです",
        D,
    ),
    (
        "Mein Kiefer tut vom Kaugummikauen weh",
        D,
    ),
    # a glass of water drunk from a water bottle
    (
        "J'ai bu un verre d'eau de la bouteille d'eau, et j'ai des crampes aux mollets la nuit",
        D,
    ),
    (
        "Выпил стакан воды из бутылки, ночью сводит икры",
        D,
    ),
    (
        "Ich habe ein Glas Wasser aus der Wasserflasche getrunken, nachts Krämpfe in den Waden",
        D,
    ),
    (
        "Jag drack ett glas vatten ur vattenflaskan, på natten får jag kramp i vaderna",
        D,
    ),
    (
        "물병에서 물 한 잔 마셨어요, 밤에 종아리에 쥐가 나요",
        D,
    ),
    (
        "水のペットボトルから水を一杯飲みました。夜にふくらはぎがつります",
        D,
    ),
    (
        "Wypiłem szklankę wody z butelki, w nocy mam skurcze łydek",
        D,
    ),
    (
        "شربت كوب ماء من قنينة الماء، وعندي شد في السمانة بالليل",
        D,
    ),
    (
        "Me tomé un vaso de agua de la botella y por la noche me dan calambres en las pantorrillas",
        D,
    ),
    (
        "Bebi uma garrafa de água e tenho cãibras na panturrilha à noite",
        D,
    ),
    (
        "Bebi um copo de água da garrafa de água, cãibras à noite",
        D,
    ),
]


@pytest.mark.parametrize("text", LONG_CRAMP)
def test_a_cramp_over_a_quarter_of_an_hour_that_will_not_let_go_is_urgent(text: str) -> None:
    read_at(text, U)


@pytest.mark.parametrize("text", WALK_TIMED)
def test_walking_pain_told_by_minutes_and_gone_on_stopping_is_read(text: str) -> None:
    read_at(text, D)


@pytest.mark.parametrize("text", LOCKJAW_AFTER_WOUND)
def test_a_jaw_that_will_not_open_after_a_rusty_nail_is_an_emergency(text: str) -> None:
    read_at(text, E)


@pytest.mark.parametrize("text", DRANK_BY_MISTAKE)
def test_a_household_chemical_drunk_by_mistake_is_an_emergency(text: str) -> None:
    read_at(text, E)


@pytest.mark.parametrize(("text", "level"), LOOKALIKES)
def test_the_lookalikes_stay_below(text: str, level: str) -> None:
    stays_below(text, level)
