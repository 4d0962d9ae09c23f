"""Every warning sign of triage.md, told in Swahili, romanised Hindi/Urdu, Portuguese,
Greek and Russian/Ukrainian (round s10's audit of their glossaries): each family of signs
is read at its level, a denial keeps a self-care cramp self-care, an English message with
a Swahili-looking word is still English, and a diuretic or statin named in Greek or
Cyrillic letters is read as its class. The sentences are the team's own."""

from __future__ import annotations

import pytest

from crampcare.intake import parse_text
from crampcare.wording import language
from tests.intake.reading import language_names, level_in_language, parsed_level_from_text

#: One or more sentences for each family of warning signs, in each language: fits and
#: stiffening, confusion, fever with a stiff neck, severe headache, a rash that does not
#: fade, breathlessness, chest pain, coughing blood, a cold blue or numb leg that cannot
#: move, poisoning, tetanus, heat illness, a swollen red warm calf, a cramp that will not
#: pass, fluid loss, low calcium, a calf tear; then the doctor's signs: weakness and
#: wasting, twitching, tingling or numbness, claudication, a medicine, diabetes, kidney,
#: dialysis, liver or thyroid disease, restless legs, alcohol.
SIGNS = [
    (
        "Baba yangu alikuwa na mkakamao wa mguu, halafu mwili "
        "wote ukakakamaa na sasa hajibu chochote",
        "emergency",
        "Swahili",
    ),
    ("Mama yangu ana mkakamao na sasa amechanganyikiwa, hajui yuko wapi", "emergency", "Swahili"),
    (
        "Mtoto wangu ana homa kali na shingo imekakamaa, pia miguu ina mkakamao",
        "emergency",
        "Swahili",
    ),
    ("Nina maumivu makali sana ya kichwa na homa, na mkakamao wa miguu", "emergency", "Swahili"),
    (
        "Mwanangu ana homa na vipele ambavyo haviondoki ukibonyeza, na mkakamao",
        "emergency",
        "Swahili",
    ),
    (
        "Shavu la mguu limevimba tangu safari ya basi, na sasa ghafla napumua kwa shida",
        "emergency",
        "Swahili",
    ),
    ("Nina mkakamao wa mguu na maumivu ya kifua tangu asubuhi", "emergency", "Swahili"),
    ("Mguu ulivimba wiki iliyopita, leo nakohoa damu", "emergency", "Swahili"),
    (
        "Mguu wa kulia ni baridi sana na umepauka, ulianza ghafla saa 2 zilizopita",
        "emergency",
        "Swahili",
    ),
    (
        "Mguu wangu umekufa ganzi ghafla na siwezi kuusogeza, maumivu makali mno",
        "emergency",
        "Swahili",
    ),
    ("Mwanangu wa miaka 3 amemeza vidonge vya bibi, sasa ana mkakamao", "emergency", "Swahili"),
    ("Mtoto alikunywa jik kwa bahati mbaya na ana mkakamao", "emergency", "Swahili"),
    (
        "Nilijikata na msumari wenye kutu siku 10 zilizopita, "
        "sasa taya imekaza na siwezi kufungua mdomo",
        "emergency",
        "Swahili",
    ),
    (
        "Baba yangu alikuwa kazini kwenye jua kali, mkakamao, "
        "sasa hatoki jasho na amechanganyikiwa",
        "emergency",
        "Swahili",
    ),
    (
        "Baada ya upasuaji wiki iliyopita, shavu la mguu wa "
        "kushoto limevimba, ni jekundu na lina joto",
        "urgent",
        "Swahili",
    ),
    ("Nimekuwa na mkakamao wa mguu kwa dakika 20 na kunyoosha haisaidii", "urgent", "Swahili"),
    ("Nimekuwa nikitapika na kuharisha tangu jana, sasa miguu ina mkakamao", "urgent", "Swahili"),
    (
        "Baada ya upasuaji wa tezi ya shingo, nina ganzi kuzunguka mdomo na vidole vinajikunja",
        "urgent",
        "Swahili",
    ),
    (
        "Nilikuwa nacheza tenisi, nilisikia kitu kikikatika kwenye "
        "shavu la mguu, siwezi kusimama kwa vidole",
        "urgent",
        "Swahili",
    ),
    (
        "Nina udhaifu wa miguu na misuli inapungua, pamoja na mkakamao kila usiku",
        "doctor",
        "Swahili",
    ),
    ("Misuli ya mguu inacheza chini ya ngozi, na mkakamao kwa miezi 2", "doctor", "Swahili"),
    ("Nina kuchomachoma kwenye miguu na mkakamao kwa wiki kadhaa", "doctor", "Swahili"),
    ("Shavu la mguu linauma nikitembea, inaisha nikipumzika", "doctor", "Swahili"),
    (
        "Nimeanza dawa ya kupunguza maji mwezi uliopita na sasa nina mkakamao kila usiku",
        "doctor",
        "Swahili",
    ),
    (
        "Nina ugonjwa wa figo na ninasafishwa damu, mkakamao wa miguu kila usiku",
        "doctor",
        "Swahili",
    ),
    (
        "Usiku miguu ina hisia kama wadudu wanatambaa, lazima niisogeze miguu, nikitembea inaisha",
        "doctor",
        "Swahili",
    ),
    ("Ninakunywa pombe sana kila siku na miguu ina mkakamao", "doctor", "Swahili"),
    (
        "Meri maa ko pair mein cramp hua, phir unka pura sharir akad gaya aur jhatke aane lage",
        "emergency",
        "Hindi or Urdu",
    ),
    ("Mere abbu ko cramp ke baad hosh nahi hai, jawab nahi de rahe", "emergency", "Hindi or Urdu"),
    (
        "Dadi ko cramp hai aur woh behki behki baatein kar rahi "
        "hain, kuch samajh nahi aa raha unhe",
        "emergency",
        "Hindi or Urdu",
    ),
    (
        "Bete ko tez bukhar hai, gardan akad gayi hai aur pairon mein cramp",
        "emergency",
        "Hindi or Urdu",
    ),
    (
        "Mujhe sar mein bahut tez dard hai, bukhar bhi, aur taangon mein cramp",
        "emergency",
        "Hindi or Urdu",
    ),
    (
        "Beti ko bukhar hai aur laal daane hain jo dabane par nahi jaate",
        "emergency",
        "Hindi or Urdu",
    ),
    ("Pindli suji hui thi, aaj achanak saans phool rahi hai", "emergency", "Hindi or Urdu"),
    ("Pair mein cramp ke saath seene mein dard ho raha hai", "emergency", "Hindi or Urdu"),
    ("Pindli mein dard ke baad aaj khansi mein khoon aaya", "emergency", "Hindi or Urdu"),
    (
        "Mera pair achanak thanda aur neela pad gaya hai, bahut tez dard hai",
        "emergency",
        "Hindi or Urdu",
    ),
    (
        "Papa ka pair sunn ho gaya achanak, hila nahi pa rahe, bahut dard",
        "emergency",
        "Hindi or Urdu",
    ),
    (
        "Mere 3 saal ke bete ne dadi ki goliyan kha li, ab cramp aa rahe hain",
        "emergency",
        "Hindi or Urdu",
    ),
    ("Bachche ne galti se bleach pee liya aur cramp ho rahe hain", "emergency", "Hindi or Urdu"),
    (
        "Das din pehle jang lagi keel chubh gayi thi, ab jabda "
        "akad gaya hai aur munh nahi khul raha",
        "emergency",
        "Hindi or Urdu",
    ),
    (
        "Dhoop mein kaam karte hue cramp aaye, ab paseena band ho gaya aur woh confused hain",
        "emergency",
        "Hindi or Urdu",
    ),
    ("Operation ke baad meri baayi pindli suji hui, laal aur garam hai", "urgent", "Hindi or Urdu"),
    ("Cramp 20 minute se hai, stretching se theek nahi ho raha", "urgent", "Hindi or Urdu"),
    ("Kal se ulti aur dast ho rahe hain, ab pindliyon mein cramp", "urgent", "Hindi or Urdu"),
    (
        "Thyroid ke operation ke baad honth aur munh ke aas paas "
        "jhunjhuni hai, ungliyan mud rahi hain",
        "urgent",
        "Hindi or Urdu",
    ),
    (
        "Tennis khelte hue pindli mein chatak ki awaaz aayi, ab "
        "panjon ke bal khada nahi ho pa raha",
        "urgent",
        "Hindi or Urdu",
    ),
    (
        "Pairon mein kamzori hai aur muscles patli ho rahi hain, har raat cramp",
        "doctor",
        "Hindi or Urdu",
    ),
    ("Pindli ki maaspeshi phadakti rehti hai aur cramp, 2 mahine se", "doctor", "Hindi or Urdu"),
    ("Pairon mein jhunjhunahat aur cramp, kuch hafton se", "doctor", "Hindi or Urdu"),
    (
        "Chalne par pindli mein dard hota hai, rukne par theek ho jata hai",
        "doctor",
        "Hindi or Urdu",
    ),
    (
        "Jab se peshab ki goli shuru ki hai tab se raat ko cramp aate hain",
        "doctor",
        "Hindi or Urdu",
    ),
    ("Mujhe sugar ki bimari hai aur raat ko pairon mein cramp", "doctor", "Hindi or Urdu"),
    ("Mera dialysis hota hai aur cramp aate hain har raat", "doctor", "Hindi or Urdu"),
    (
        "Raat ko pairon mein cheentiyan si chalti hain, pair "
        "hilane padte hain, chalne se aaram milta hai",
        "doctor",
        "Hindi or Urdu",
    ),
    ("Main roz bahut sharab peeta hoon aur pairon mein cramp aate hain", "doctor", "Hindi or Urdu"),
    (
        "Meu pai teve câimbra na perna e depois o corpo todo ficou "
        "duro e começou a tremer, agora não responde",
        "emergency",
        "Portuguese",
    ),
    (
        "Minha mãe está com câimbras e agora está confusa, não sabe onde está",
        "emergency",
        "Portuguese",
    ),
    (
        "Meu filho tem febre alta e o pescoço está duro, e câimbras nas pernas",
        "emergency",
        "Portuguese",
    ),
    ("Estou com uma dor de cabeça muito forte e febre, e câimbras", "emergency", "Portuguese"),
    (
        "Minha filha tem febre e manchas que não desaparecem quando aperto",
        "emergency",
        "Portuguese",
    ),
    ("A panturrilha está inchada e de repente estou com falta de ar", "emergency", "Portuguese"),
    ("Tenho câimbra na perna e dor no peito desde manhã", "emergency", "Portuguese"),
    ("Minha panturrilha doía e hoje estou tossindo sangue", "emergency", "Portuguese"),
    ("Minha perna ficou fria e roxa de repente, dor horrível", "emergency", "Portuguese"),
    (
        "Minha perna ficou dormente de repente e não consigo mexer, dor muito forte",
        "emergency",
        "Portuguese",
    ),
    (
        "Meu filho de 3 anos engoliu os comprimidos da avó e está com câimbras",
        "emergency",
        "Portuguese",
    ),
    ("A criança bebeu água sanitária e está com câimbras", "emergency", "Portuguese"),
    (
        "Pisei num prego enferrujado há 10 dias, agora o maxilar "
        "está travado e não consigo abrir a boca",
        "emergency",
        "Portuguese",
    ),
    (
        "Meu pai trabalhou no sol, teve câimbras e agora parou de suar e está confuso",
        "emergency",
        "Portuguese",
    ),
    (
        "Depois da cirurgia minha panturrilha esquerda está inchada, vermelha e quente",
        "urgent",
        "Portuguese",
    ),
    ("A câimbra já dura 20 minutos e alongar não ajuda", "urgent", "Portuguese"),
    (
        "Estou com vômitos e diarreia desde ontem e agora câimbras nas pernas",
        "urgent",
        "Portuguese",
    ),
    (
        "Depois da cirurgia da tireoide sinto formigamento em "
        "volta da boca e as mãos estão contraídas",
        "urgent",
        "Portuguese",
    ),
    (
        "Jogando tênis senti um estalo na panturrilha e não consigo ficar na ponta dos pés",
        "urgent",
        "Portuguese",
    ),
    (
        "Tenho fraqueza nas pernas e os músculos estão afinando, e câimbras toda noite",
        "doctor",
        "Portuguese",
    ),
    (
        "O músculo da panturrilha fica tremendo sob a pele e tenho câimbras há 2 meses",
        "doctor",
        "Portuguese",
    ),
    ("Sinto formigamento nos pés e cãibras há algumas semanas", "doctor", "Portuguese"),
    ("Sinto dormência nos pés e câimbras há um mês", "doctor", "Portuguese"),
    ("Dói a panturrilha quando ando e passa quando paro", "doctor", "Portuguese"),
    (
        "Comecei a tomar furosemida mês passado e agora tenho câimbras toda noite",
        "doctor",
        "Portuguese",
    ),
    ("Comecei a tomar sinvastatina e agora tenho câimbras nas pernas", "doctor", "Portuguese"),
    ("Tenho diabetes e câimbras nas pernas à noite", "doctor", "Portuguese"),
    ("Faço diálise e tenho câimbras toda noite", "doctor", "Portuguese"),
    (
        "À noite sinto como formigas subindo nas pernas e "
        "preciso mexer as pernas, quando ando melhora",
        "doctor",
        "Portuguese",
    ),
    ("Bebo muito todos os dias e tenho câimbras nas pernas", "doctor", "Portuguese"),
    (
        "Ο πατέρας μου είχε κράμπα και μετά όλο του το σώμα "
        "σφίχτηκε και τινάζεται, τώρα είναι μπερδεμένος",
        "emergency",
        "Greek",
    ),
    ("Η μητέρα μου έχει κράμπες και δεν ξέρει πού είναι", "emergency", "Greek"),
    ("Ο γιος μου έχει υψηλό πυρετό και δύσκαμπτο αυχένα, και κράμπες", "emergency", "Greek"),
    ("Έχω φοβερό πονοκέφαλο και πυρετό και κράμπες στα πόδια", "emergency", "Greek"),
    ("Η κόρη μου έχει πυρετό και εξάνθημα που δεν φεύγει όταν το πατάω", "emergency", "Greek"),
    ("Η γάμπα μου είναι πρησμένη και ξαφνικά λαχανιάζω", "emergency", "Greek"),
    ("Έχω κράμπα στο πόδι και πόνο στο στήθος από το πρωί", "emergency", "Greek"),
    ("Η γάμπα πονούσε και σήμερα βήχω αίμα", "emergency", "Greek"),
    ("Το πόδι μου έγινε ξαφνικά κρύο και μπλε, πόνος αφόρητος", "emergency", "Greek"),
    (
        "Το πόδι μου μούδιασε ξαφνικά και δεν μπορώ να το κουνήσω, φοβερός πόνος",
        "emergency",
        "Greek",
    ),
    ("Ο γιος μου 3 χρονών κατάπιε τα χάπια της γιαγιάς και έχει κράμπες", "emergency", "Greek"),
    ("Το παιδί ήπιε χλωρίνη και έχει κράμπες", "emergency", "Greek"),
    (
        "Πάτησα σκουριασμένο καρφί πριν 10 μέρες, τώρα το σαγόνι μου "
        "είναι σφιγμένο και δεν μπορώ να ανοίξω το στόμα",
        "emergency",
        "Greek",
    ),
    (
        "Ο μπαμπάς μου δούλευε στον ήλιο, έπαθε κράμπες, τώρα δεν ιδρώνει και είναι μπερδεμένος",
        "emergency",
        "Greek",
    ),
    ("Μετά την εγχείρηση η αριστερή γάμπα είναι πρησμένη, κόκκινη και ζεστή", "urgent", "Greek"),
    ("Η κράμπα κρατάει 20 λεπτά και το τέντωμα δεν βοηθάει", "urgent", "Greek"),
    ("Κάνω εμετό και έχω διάρροια από χθες, τώρα κράμπες στις γάμπες", "urgent", "Greek"),
    (
        "Μετά την επέμβαση στον θυρεοειδή μυρμηγκιάζει γύρω από το στόμα και τα δάχτυλα κλείνουν",
        "urgent",
        "Greek",
    ),
    (
        "Παίζοντας τένις ένιωσα κάτι να σπάει στη γάμπα και δεν μπορώ να σηκωθώ στις μύτες",
        "urgent",
        "Greek",
    ),
    ("Έχω αδυναμία στα πόδια και οι μύες λιώνουν, κράμπες κάθε βράδυ", "doctor", "Greek"),
    (
        "Ο μυς της γάμπας τρεμοπαίζει κάτω από το δέρμα και έχω κράμπες εδώ και 2 μήνες",
        "doctor",
        "Greek",
    ),
    ("Έχω μυρμήγκιασμα στα πόδια και κράμπες εδώ και εβδομάδες", "doctor", "Greek"),
    ("Έχω μούδιασμα στα πέλματα και κράμπες εδώ και ένα μήνα", "doctor", "Greek"),
    ("Πονάει η γάμπα όταν περπατάω και περνάει όταν σταματήσω", "doctor", "Greek"),
    ("Άρχισα φουροσεμίδη τον προηγούμενο μήνα και από τότε έχω κράμπες", "doctor", "Greek"),
    ("Παίρνω σιμβαστατίνη και από τότε έχω κράμπες στα πόδια", "doctor", "Greek"),
    ("Παίρνω διουρητικό για την πίεση και έχω κράμπες", "doctor", "Greek"),
    ("Έχω ζάχαρο και κράμπες στα πόδια τη νύχτα", "doctor", "Greek"),
    ("Κάνω αιμοκάθαρση και έχω κράμπες κάθε βράδυ", "doctor", "Greek"),
    ("Έχω θυρεοειδή και κράμπες συχνά", "doctor", "Greek"),
    (
        "Το βράδυ νιώθω σαν μυρμήγκια να περπατάνε στα πόδια και "
        "πρέπει να τα κουνάω, περπατώντας περνάει",
        "doctor",
        "Greek",
    ),
    ("Πίνω πολύ κάθε μέρα και έχω κράμπες στα πόδια", "doctor", "Greek"),
    (
        "У папы была судорога в ноге, потом всё тело напряглось и "
        "его трясло, сейчас он не понимает где он",
        "emergency",
        "Russian or Ukrainian",
    ),
    (
        "Мама с судорогами и сейчас заговаривается, путает слова",
        "emergency",
        "Russian or Ukrainian",
    ),
    (
        "У сына высокая температура и шея не гнётся, и судороги в ногах",
        "emergency",
        "Russian or Ukrainian",
    ),
    (
        "У меня ужасная головная боль, температура и судороги в ногах",
        "emergency",
        "Russian or Ukrainian",
    ),
    (
        "У дочки температура и сыпь, которая не исчезает при нажатии",
        "emergency",
        "Russian or Ukrainian",
    ),
    (
        "Икра опухла после поездки, и сейчас вдруг стало тяжело дышать",
        "emergency",
        "Russian or Ukrainian",
    ),
    ("Судорога в ноге и боль в груди с утра", "emergency", "Russian or Ukrainian"),
    ("Икра болела неделю, сегодня кашляю кровью", "emergency", "Russian or Ukrainian"),
    ("Нога вдруг стала холодная и синяя, боль невыносимая", "emergency", "Russian or Ukrainian"),
    (
        "Нога внезапно онемела и я не могу ей пошевелить, ужасная боль",
        "emergency",
        "Russian or Ukrainian",
    ),
    (
        "Мой сын 3 лет проглотил бабушкины таблетки, теперь судороги",
        "emergency",
        "Russian or Ukrainian",
    ),
    ("Ребёнок выпил отбеливатель и у него судороги", "emergency", "Russian or Ukrainian"),
    (
        "Наступил на ржавый гвоздь 10 дней назад, теперь свело челюсть и не могу открыть рот",
        "emergency",
        "Russian or Ukrainian",
    ),
    (
        "Отец работал на жаре, судороги, теперь не потеет и путается",
        "emergency",
        "Russian or Ukrainian",
    ),
    ("После операции левая икра опухла, красная и горячая", "urgent", "Russian or Ukrainian"),
    ("Судорога держится 20 минут, растяжка не помогает", "urgent", "Russian or Ukrainian"),
    ("Со вчера рвота и понос, теперь судороги в икрах", "urgent", "Russian or Ukrainian"),
    (
        "После операции на щитовидной железе покалывание вокруг рта и пальцы сводит",
        "urgent",
        "Russian or Ukrainian",
    ),
    (
        "Играл в теннис, что-то хрустнуло в икре, теперь не могу встать на носки",
        "urgent",
        "Russian or Ukrainian",
    ),
    ("Слабость в ногах, мышцы худеют, и судороги каждую ночь", "doctor", "Russian or Ukrainian"),
    (
        "Мышца в икре подёргивается под кожей, и судороги уже 2 месяца",
        "doctor",
        "Russian or Ukrainian",
    ),
    ("Покалывание в ступнях и судороги уже несколько недель", "doctor", "Russian or Ukrainian"),
    ("Онемение в ступнях и судороги уже месяц", "doctor", "Russian or Ukrainian"),
    ("Икра болит при ходьбе и проходит когда останавливаюсь", "doctor", "Russian or Ukrainian"),
    (
        "Начал принимать фуросемид месяц назад и теперь судороги по ночам",
        "doctor",
        "Russian or Ukrainian",
    ),
    ("Принимаю аторвастатин, и с тех пор судороги в ногах", "doctor", "Russian or Ukrainian"),
    ("Пью мочегонное и у меня судороги", "doctor", "Russian or Ukrainian"),
    ("У меня сахарный диабет и судороги в ногах ночью", "doctor", "Russian or Ukrainian"),
    ("Я на диализе и у меня судороги каждую ночь", "doctor", "Russian or Ukrainian"),
    ("Проблемы с щитовидкой и частые судороги", "doctor", "Russian or Ukrainian"),
    (
        "Вечером в ногах как будто мурашки ползают, хочется двигать ногами, при ходьбе легче",
        "doctor",
        "Russian or Ukrainian",
    ),
    ("Пью каждый день много водки и судороги в ногах", "doctor", "Russian or Ukrainian"),
]


@pytest.mark.parametrize(("text", "level", "name"), SIGNS)
def test_each_warning_sign_is_read_in_each_audited_language(
    text: str, level: str, name: str
) -> None:
    assert level_in_language(text, name) == level


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nilipata mkakamao wa mguu jana usiku, ilipita baada "
            "ya dakika 2, hakuna uvimbe, sina homa",
            "Swahili",
        ),
        (
            "Mkakamao wa shavu la mguu baada ya kukimbia, nilinyoosha na "
            "ikaisha. Hakuna maumivu ya kifua, sina homa",
            "Swahili",
        ),
        (
            "Mimi ni mjamzito wiki 30, mkakamao usiku mara moja, ilipita haraka, bila uvimbe",
            "Swahili",
        ),
        (
            "Mtoto wangu alipata mkakamao wakati wa mpira, ilipita baada "
            "ya dakika moja, hana homa, hajachanganyikiwa",
            "Swahili",
        ),
        (
            "Kal raat pindli mein cramp aaya, 2 minute mein chala gaya, na sujan na bukhar",
            "Hindi or Urdu",
        ),
        (
            "Daudne ke baad cramp hua, stretching se theek ho gaya, "
            "seene mein dard nahi, saans theek hai",
            "Hindi or Urdu",
        ),
        (
            "Main 30 hafte pregnant hoon, raat ko kabhi kabhi cramp, "
            "bina sujan ke, jaldi theek ho jata hai",
            "Hindi or Urdu",
        ),
        (
            "Tive uma câimbra na panturrilha ontem à noite, passou "
            "em 2 minutos, sem inchaço, sem febre",
            "Portuguese",
        ),
        ("Câimbra depois da corrida, alonguei e passou, nenhuma dor no peito", "Portuguese"),
        (
            "Estou grávida de 30 semanas, câimbra à noite às vezes, passa rápido, sem inchaço",
            "Portuguese",
        ),
        (
            "Είχα κράμπα στη γάμπα χθες το βράδυ, πέρασε σε 2 λεπτά, χωρίς πρήξιμο, όχι πυρετό",
            "Greek",
        ),
        ("Κράμπα μετά το τρέξιμο, τεντώθηκα και πέρασε, κανένας πόνος στο στήθος", "Greek"),
        (
            "Είμαι έγκυος 30 εβδομάδων, κράμπα τη νύχτα πού και "
            "πού, περνάει γρήγορα, χωρίς πρήξιμο",
            "Greek",
        ),
        (
            "Вчера ночью свело икру, прошло за 2 минуты, отёка нет, температуры нет",
            "Russian or Ukrainian",
        ),
        ("Судорога после бега, потянулся и прошло, боли в груди нет", "Russian or Ukrainian"),
        (
            "Я беременна, 30 недель, иногда ночью судорога, быстро проходит, без отёков",
            "Russian or Ukrainian",
        ),
    ],
)
def test_a_denial_keeps_a_self_care_cramp_self_care(text: str, name: str) -> None:
    assert name in language_names(text)
    assert parsed_level_from_text(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "Hakuna matata, just a calf cramp after my run in Nairobi, stretched it and it's gone",
        "Back from safari, had a cramp in my foot last night, pole pole today, no swelling",
        "Our house girl Mama Njeri says it's just a cramp, it went after a minute or two",
    ],
)
def test_english_with_a_swahili_looking_word_is_not_swahili(text: str) -> None:
    assert "Swahili" not in language_names(text)
    assert language_names(text) == []
    assert parsed_level_from_text(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "generic", "cls"),
    [
        ("Παίρνω φουροσεμίδη και έχω κράμπες στις γάμπες", "furosemide", "diuretic"),
        ("Ξεκίνησα ατορβαστατίνης δόση και έχω κράμπες", "atorvastatin", "statin"),
        ("После фуросемида начались судороги в икрах", "furosemide", "diuretic"),
        ("Пью Верошпирон, и судороги в ногах", "spironolactone", "diuretic"),
        ("Приймаю індапамід, і судоми в литках", "indapamide", "diuretic"),
        ("Принимаю симвастатин и судороги по ночам", "simvastatin", "statin"),
    ],
)
def test_a_medicine_named_in_greek_or_cyrillic_letters_is_read_as_its_class(
    text: str, generic: str, cls: str
) -> None:
    intake = parse_text(text)
    assert (generic, cls) in {(m.name, m.cls) for m in intake.medicines}
    assert parsed_level_from_text(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "Παίρνω φουροσεμίδη για το οίδημα και από τότε κράμπες στις γάμπες",
        "Принимаю фуросемид от отёков, с тех пор судороги в икрах",
        "Tomo furosemida para o inchaço e desde então câimbras nas panturrilhas",
        "Main sujan ke liye furosemide leta hoon, tab se pindli mein cramp",
        "Ninatumia furosemide kwa ajili ya uvimbe na sasa nina mkakamao wa shavu la mguu",
    ],
)
def test_the_swelling_a_medicine_is_taken_for_is_not_a_swollen_calf(text: str) -> None:
    assert parsed_level_from_text(text) == "doctor"


def test_an_english_message_compiles_no_glossary() -> None:
    # The glossaries are read only when a language is found: the five grown here too.
    language._compiled.cache_clear()
    for text in (
        "calf cramp at night, no swelling",
        "my dad's leg is cold and blue, he's confused",
    ):
        assert language.find(text) == []
        parse_text(text)
    assert language._compiled.cache_info().currsize == 0


#: The same signs told another way: how long and how often, a tetanus jab never had, a
#: nail stepped on, sleep lost, thyroid disease by its name, a parent or grandparent.
RETOLD = [
    ("Mume wangu alianguka na kutetemeka mwili mzima, sasa hajitambui", "emergency", "Swahili"),
    ("Bibi yangu ana mkakamao wa miguu na amezimia", "emergency", "Swahili"),
    ("Mtoto ana degedege na homa kali", "emergency", "Swahili"),
    (
        "Mguu wa mama umekuwa baridi ghafla na una rangi ya bluu, anasema maumivu ni makali sana",
        "emergency",
        "Swahili",
    ),
    ("Nimemeza vidonge vingi kwa makusudi na sasa nina mkakamao", "emergency", "Swahili"),
    ("Mwanangu amekunywa sumu ya panya, ana mkakamao wa misuli", "emergency", "Swahili"),
    (
        "Shavu la mguu limevimba na sasa nina maumivu kifuani na napumua kwa shida",
        "emergency",
        "Swahili",
    ),
    ("Mtoto ana homa, shingo ngumu na hawezi kuangalia mwanga", "emergency", "Swahili"),
    ("Mkakamao wa mguu umedumu dakika thelathini na haupiti hata nikinyoosha", "urgent", "Swahili"),
    (
        "Shavu la mguu wangu wa kulia limevimba na lina joto tangu safari ndefu ya basi",
        "urgent",
        "Swahili",
    ),
    ("Nimeharisha mara nyingi tangu jana na sasa nina mikakamao ya miguu", "urgent", "Swahili"),
    (
        "Nilikanyaga msumari wiki mbili zilizopita, sasa misuli inakaza "
        "karibu na kidonda, sijawahi kupata chanjo ya pepopunda",
        "urgent",
        "Swahili",
    ),
    (
        "Ninapata mkakamao wa miguu usiku mara nne kwa wiki, siwezi kulala vizuri",
        "doctor",
        "Swahili",
    ),
    ("Nina kisukari na mikakamao ya miguu kila usiku", "doctor", "Swahili"),
    ("Tangu nianze dawa ya kolesteroli nina mkakamao wa misuli", "doctor", "Swahili"),
    ("Ninahisi ganzi kwenye miguu na mkakamao kwa miezi mitatu", "doctor", "Swahili"),
    (
        "Nilipata mkakamao kwenye mguu baada ya mazoezi, ulipita "
        "baada ya kunyoosha, sina tatizo lingine",
        "self_care",
        "Swahili",
    ),
    ("Mkakamao usiku wa jana, dakika moja tu, hakuna uvimbe wala homa", "self_care", "Swahili"),
    (
        "Mere bhai ko cramp ke baad daura pada, haath pair akad gaye, ab jawab nahi de raha",
        "emergency",
        "Hindi or Urdu",
    ),
    ("Nani ji behosh ho gayi cramp ke baad", "emergency", "Hindi or Urdu"),
    (
        "Mummy ka pair achanak se thanda ho gaya aur neela pad gaya, bahut dard ho raha hai",
        "emergency",
        "Hindi or Urdu",
    ),
    (
        "Bachche ne chuhe maarne ki dawai kha li, ab cramps aa rahe hain",
        "emergency",
        "Hindi or Urdu",
    ),
    (
        "Pindli mein sujan thi, ab saans lene mein dikkat aur seene mein dard hai",
        "emergency",
        "Hindi or Urdu",
    ),
    (
        "Bete ko bukhar hai aur gardan mod nahi pa raha, sar mein bahut dard",
        "emergency",
        "Hindi or Urdu",
    ),
    ("Aadhe ghante se cramp hai, stretch karne se bhi nahi ja raha", "urgent", "Hindi or Urdu"),
    (
        "Lambi flight ke baad meri pindli suj gayi hai aur laal ho gayi hai, chhoone par dard",
        "urgent",
        "Hindi or Urdu",
    ),
    (
        "Do din se loose motion ho rahe hain aur ab pairon mein cramp aa rahe hain",
        "urgent",
        "Hindi or Urdu",
    ),
    (
        "Hafte mein 4-5 baar raat ko cramp aate hain, neend kharab ho jati hai",
        "doctor",
        "Hindi or Urdu",
    ),
    (
        "Jab se cholesterol ki goli shuru ki tab se pairon mein dard aur cramp",
        "doctor",
        "Hindi or Urdu",
    ),
    ("Mujhe thyroid hai aur aksar cramp aate hain", "doctor", "Hindi or Urdu"),
    ("Pairon mein sunnpan aur jhunjhuni rehti hai, saath mein cramp", "doctor", "Hindi or Urdu"),
    (
        "Gym ke baad pindli mein cramp aaya, stretch kiya aur theek ho gaya, koi sujan nahi",
        "self_care",
        "Hindi or Urdu",
    ),
    (
        "Raat ko ek baar cramp aaya, paani piya, theek hoon, bukhar nahi",
        "self_care",
        "Hindi or Urdu",
    ),
    ("Minha avó teve câimbras e desmaiou, agora não acorda", "emergency", "Portuguese"),
    ("Meu marido está tremendo todo e não responde", "emergency", "Portuguese"),
    (
        "A perna do meu pai ficou gelada e branca de repente, ele não sente o pé",
        "emergency",
        "Portuguese",
    ),
    ("Meu filho tomou muitos remédios de propósito e está com câimbras", "emergency", "Portuguese"),
    ("Estou com febre, dor de cabeça forte e o pescoço duro", "emergency", "Portuguese"),
    (
        "Minha panturrilha inchou depois da viagem e agora estou com dor no peito e sem ar",
        "emergency",
        "Portuguese",
    ),
    ("Câimbra na perna há meia hora, alongo e não passa", "urgent", "Portuguese"),
    (
        "Depois de um voo longo minha panturrilha está inchada, quente e vermelha",
        "urgent",
        "Portuguese",
    ),
    (
        "Pisei num prego há uma semana, agora tenho espasmos perto "
        "da ferida e nunca tomei vacina antitetânica",
        "urgent",
        "Portuguese",
    ),
    (
        "Tenho câimbras nas pernas quatro vezes por semana e não consigo dormir",
        "doctor",
        "Portuguese",
    ),
    ("Desde que comecei a sinvastatina tenho câimbras nas coxas", "doctor", "Portuguese"),
    ("Tenho hipotireoidismo e câimbras frequentes", "doctor", "Portuguese"),
    (
        "Tive câimbra no pé nadando, passou sozinha, sem dor no peito e sem falta de ar",
        "self_care",
        "Portuguese",
    ),
    ("Η γιαγιά μου έπαθε κράμπες και λιποθύμησε, δεν ξυπνάει", "emergency", "Greek"),
    ("Ο σύζυγός μου τρέμει ολόκληρος και δεν μιλάει", "emergency", "Greek"),
    (
        "Το πόδι του παππού έγινε κρύο και άσπρο ξαφνικά, δεν νιώθει τα δάχτυλα",
        "emergency",
        "Greek",
    ),
    ("Ο γιος μου ήπιε πολλά χάπια επίτηδες και έχει κράμπες", "emergency", "Greek"),
    ("Έχω πυρετό, δυνατό πονοκέφαλο και πιασμένο σβέρκο", "emergency", "Greek"),
    (
        "Η γάμπα πρήστηκε μετά το ταξίδι και τώρα πονάει το στήθος και δεν μπορώ να ανασάνω",
        "emergency",
        "Greek",
    ),
    ("Η κράμπα κρατάει μισή ώρα, την τεντώνω και δεν περνάει", "urgent", "Greek"),
    ("Μετά από μεγάλη πτήση η γάμπα μου είναι πρησμένη και κόκκινη", "urgent", "Greek"),
    (
        "Πάτησα ένα καρφί πριν μια εβδομάδα, τώρα έχω σπασμούς κοντά "
        "στην πληγή και δεν έχω κάνει αντιτετανικό",
        "urgent",
        "Greek",
    ),
    (
        "Έχω κράμπες στα πόδια τέσσερις φορές την εβδομάδα και δεν μπορώ να κοιμηθώ",
        "doctor",
        "Greek",
    ),
    ("Από τότε που ξεκίνησα τη ροσουβαστατίνη έχω κράμπες στους μηρούς", "doctor", "Greek"),
    ("Έχω υποθυρεοειδισμό και συχνές κράμπες", "doctor", "Greek"),
    (
        "Είχα κράμπα στο πέλμα κολυμπώντας, πέρασε μόνη της, χωρίς πόνο στο στήθος",
        "self_care",
        "Greek",
    ),
    (
        "Бабушка после судорог потеряла сознание и не приходит в себя",
        "emergency",
        "Russian or Ukrainian",
    ),
    ("Мужа всего трясёт и он не отвечает", "emergency", "Russian or Ukrainian"),
    (
        "У дедушки нога стала ледяная и белая, он не чувствует пальцев",
        "emergency",
        "Russian or Ukrainian",
    ),
    ("Сын выпил много таблеток специально, у него судороги", "emergency", "Russian or Ukrainian"),
    (
        "У меня температура, сильная головная боль и шея не гнётся",
        "emergency",
        "Russian or Ukrainian",
    ),
    (
        "Икра распухла после поездки, теперь боль в груди и не хватает воздуха",
        "emergency",
        "Russian or Ukrainian",
    ),
    ("Судорога уже полчаса, растягиваю, не проходит", "urgent", "Russian or Ukrainian"),
    ("После долгого перелёта икра опухла и покраснела", "urgent", "Russian or Ukrainian"),
    (
        "Наступил на гвоздь неделю назад, теперь спазмы возле раны, прививку от столбняка не делал",
        "urgent",
        "Russian or Ukrainian",
    ),
    ("Судороги в ногах четыре раза в неделю, не могу спать", "doctor", "Russian or Ukrainian"),
    ("С тех пор как начал розувастатин, судороги в бёдрах", "doctor", "Russian or Ukrainian"),
    ("У меня гипотиреоз и частые судороги", "doctor", "Russian or Ukrainian"),
    (
        "Была судорога в стопе во время плавания, прошла сама, боли в груди нет",
        "self_care",
        "Russian or Ukrainian",
    ),
    # Ukrainian, read by the same glossary.
    (
        "У тата судома в нозі, потім усе тіло напружилось, тепер він не відповідає",
        "emergency",
        "Russian or Ukrainian",
    ),
    ("Нога раптом стала холодна і синя, біль нестерпний", "emergency", "Russian or Ukrainian"),
    ("У доньки висока температура і шия не гнеться, і судоми", "emergency", "Russian or Ukrainian"),
    (
        "Литка набрякла після поїздки, тепер важко дихати і біль у грудях",
        "emergency",
        "Russian or Ukrainian",
    ),
    ("Судома в литці вже пів години, розтягую, не минає", "urgent", "Russian or Ukrainian"),
    ("Приймаю фуросемід, і відтоді судоми в литках", "doctor", "Russian or Ukrainian"),
    ("У мене цукровий діабет і судоми в ногах щоночі", "doctor", "Russian or Ukrainian"),
    (
        "Вчора вночі звело литку, минуло за хвилину, набряку немає",
        "self_care",
        "Russian or Ukrainian",
    ),
]


@pytest.mark.parametrize(("text", "level", "name"), RETOLD)
def test_a_sign_told_another_way_is_read_too(text: str, level: str, name: str) -> None:
    assert level_in_language(text, name) == level
