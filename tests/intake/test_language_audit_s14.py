"""Round s14's third audit of the glossaries: the doctor-level signs of triage.md (numbness
or pins and needles, twitching and wasting, restless legs, cramps most nights or past weeks
of stretching, cramps since a new medicine, kidney, thyroid, liver disease, diabetes,
heavy drinking, frequent cramps in pregnancy) told as people type on a phone (accents
dropped, English words mixed in), and their look-alikes one level down: the condition or
the medicine someone else's with the writer having none, the sign denied or over, a
harmless question. The sentences are the team's own."""

from __future__ import annotations

import pytest

from tests.intake.reading import level_in_language

D, S = "doctor", "self_care"

TAGALOG: list[tuple[str, str]] = [
    ("madalas akong pulikatin tapos namamanhid pa yung paa ko", D),
    ("lagi akong may pulikat at parang tinutusok ng karayom yung binti ko", D),
    ("ilang buwan na kumikislot yung laman sa ilalim ng balat ko at lumiliit yung hita ko", D),
    ("humihina yung kaliwang braso ko ilang linggo na, may pulikat at kumikibot yung muscle", D),
    ("gabi gabi parang may gumagapang na langgam sa binti ko, kailangan ko igalaw para gumaan", D),
    (
        "di mapakali yung binti ko pag nakahiga, gusto ko laging igalaw, nawawala pag naglakad ako",
        D,
    ),
    ("halos gabi gabi akong pinupulikat, di na ako makatulog ng maayos", D),
    ("ilang linggo na akong nag stretch pero gabi gabi pa rin ang pulikat ko", D),
    ("simula nung uminom ako ng gamot sa cholesterol, lagi na akong pinupulikat", D),
    ("nagsimula yung pulikat ko nung binigyan ako ng water pill ng doktor", D),
    ("mula nung nag maintenance ako ng gamot sa high blood, pulikat ako ng pulikat", D),
    ("simula nung gumamit ako ng inhaler para sa hika, madalas akong pulikatin", D),
    ("naka dialysis ako at madalas akong pulikatin", D),
    ("may sakit ako sa bato at lagi akong may pulikat sa binti", D),
    ("may thyroid ako tapos madalas pulikatin sa gabi", D),
    ("may sakit ako sa atay at lagi akong pinupulikat", D),
    ("diabetic ako, madalas pulikat sa paa ko sa gabi", D),
    ("malakas akong uminom ng alak araw araw at pinupulikat ako", D),
    ("buntis ako, halos gabi gabi akong pinupulikat sa binti", D),
    (
        "ang tatay ko umiinom ng statin, ako wala namang iniinom, "
        "paminsan minsan lang pulikat pagkatapos mag gym",
        S,
    ),
    ("si lola may sakit sa bato, hindi ako, minsan lang ako pulikatin", S),
    ("may diabetes ang papa ko pero ako wala, pulikat lang minsan nung nag basketball", S),
    ("yung asawa ko naka dialysis, ako naman healthy, pulikat lang kagabi tapos nawala agad", S),
    ("pinulikat ako sa binti, walang pamamanhid, walang tusok tusok, nawala nung na stretch", S),
    (
        "pwede bang may mercury ang tubig sa gripo at magdulot ng pulikat? bihira lang naman sakin",
        S,
    ),
    ("si kuya malakas uminom ng alak, ako hindi umiinom, pulikat lang minsan pag napagod", S),
    ("may thyroid ang nanay ko, ako wala, paminsan minsan lang pulikat sa paa", S),
]

GERMAN: list[tuple[str, str]] = [
    ("hab oft Kraempfe in den Waden und die Fuesse kribbeln staendig", D),
    ("meine Beine sind oft taub und ich krieg dauernd nen Wadenkrampf", D),
    ("seit Monaten zuckt es unter der Haut am Oberschenkel und der Muskel wird duenner", D),
    ("mein rechter Arm wird seit Wochen schwaecher, Muskelzucken und Kraempfe", D),
    ("abends kribbelt es in den Beinen wie Ameisen, ich muss sie bewegen, dann wirds besser", D),
    ("hab glaub ich restless legs, nachts staendiger Bewegungsdrang, beim Laufen gehts weg", D),
    ("fast jede Nacht Wadenkraempfe, ich schlaf kaum noch", D),
    ("ich dehne seit Wochen jeden Tag aber die naechtlichen Kraempfe gehen nicht weg", D),
    ("seit ich Statine nehme hab ich dauernd Kraempfe", D),
    ("seit dem Cholesterinsenker vom Hausarzt krampfen meine Waden", D),
    ("Kraempfe seit ich die Wassertabletten nehme", D),
    ("seit dem neuen Blutdruckmittel hab ich Muskelkraempfe", D),
    ("ich bin Dialysepatient und hab oft Kraempfe", D),
    ("ich hab eine Nierenerkrankung und Wadenkraempfe", D),
    ("Schilddruesenunterfunktion und jetzt haeufig Kraempfe", D),
    ("ich hab Diabetes und nachts oft Kraempfe in den Fuessen", D),
    ("trinke jeden Tag viel Bier, sechs sieben Flaschen, und hab Kraempfe", D),
    ("hab ne Leberzirrhose und fast taeglich Kraempfe", D),
    ("bin in der 30. Woche schwanger und hab fast jede Nacht Wadenkraempfe", D),
    ("mein Vater nimmt Statine, ich nehm gar nix, hab nur ab und zu nen Krampf nach dem Gym", S),
    ("Oma hat ne Nierenkrankheit, ich nicht, hatte einmal einen Wadenkrampf beim Schwimmen", S),
    (
        "mein Papa hat Diabetes und spritzt Insulin, ich hab kein Diabetes, "
        "nur ein Krampf letzte Nacht",
        S,
    ),
    ("Krampf in der Wade, kein Kribbeln, nicht taub, nach dem Dehnen weg", S),
    ("kann Leitungswasser Quecksilber enthalten und Kraempfe machen? bei mir selten", S),
    ("meine Frau nimmt Wassertabletten, ich nicht, hatte nur einmal nen Krampf", S),
    ("mein Bruder trinkt viel, ich trink keinen Alkohol, nur mal ein Krampf nach dem Fussball", S),
    ("meine Mutter hat was mit der Schilddruese, ich nicht, selten mal ein Krampf beim Joggen", S),
]

ITALIAN: list[tuple[str, str]] = [
    ("ho spesso crampi e formicolii alle gambe", D),
    ("mi vengono crampi di frequente e sento i piedi addormentati", D),
    ("da mesi il muscolo della coscia trema sotto la pelle e si sta assottigliando", D),
    ("da settimane il braccio e sempre piu debole, il muscolo si e ridotto, e ho crampi", D),
    ("la sera sento come formiche che camminano nelle gambe, devo muoverle e passa", D),
    ("gambe senza riposo, devo alzarmi e camminare per stare meglio", D),
    ("quasi ogni notte crampi ai polpacci, non dormo piu", D),
    ("faccio stretching da settimane ma i crampi notturni non passano", D),
    ("da quando prendo la statina ho i crampi", D),
    ("da quando il medico mi ha dato il diuretico ho crampi", D),
    ("ho iniziato la pastiglia per la pressione e da allora crampi alle gambe", D),
    ("da quando uso l inalatore per l asma ho spesso crampi", D),
    ("sono in dialisi e ho spesso crampi", D),
    ("ho problemi ai reni e crampi frequenti", D),
    ("ho la tiroide e mi vengono crampi di notte", D),
    ("ho la cirrosi e crampi quasi tutti i giorni", D),
    ("sono diabetico e ho crampi ai piedi spesso", D),
    ("bevo parecchio, una bottiglia di vino al giorno, e ho i crampi", D),
    ("sono incinta di 7 mesi e ho crampi quasi tutte le notti", D),
    ("mio padre prende le statine, io niente, solo un crampo ogni tanto dopo la palestra", S),
    ("la nonna ha problemi ai reni, io no, ho avuto un crampo una volta", S),
    (
        "mio papa prende le medicine per il diabete, io non ho il diabete, solo un crampo stanotte",
        S,
    ),
    ("crampo al polpaccio, niente formicolio, niente intorpidimento, passato con lo stretching", S),
    ("l acqua del rubinetto puo avere mercurio e dare crampi? i miei sono rari", S),
    ("mio marito beve molto, io non bevo, ho solo un crampo ogni tanto", S),
    ("mia madre ha la tiroide, io no, crampo raro dopo la corsa", S),
    ("sono incinta, ogni tanto un crampo di notte, passa subito", S),
]

HAUSA: list[tuple[str, str]] = [
    ("kafafuna suna mutuwa akai-akai kuma jijiya na kama ni", D),
    ("ina jin kamar allura na soka min kafa, kuma murdewar tsoka kullum", D),
    ("watanni uku kenan tsokar cinyata na motsi a karkashin fata kuma tana kara siriri", D),
    ("hannuna na dama yana kara rauni tun makonni, tsoka tana raguwa, jijiya na kama ni", D),
    ("da dare kafafuna kamar tururuwa na yawo a ciki, dole in motsa su sai in ji sauki", D),
    ("kusan kowane dare jijiya na kama ni, bana iya barci", D),
    ("makonni ina mikewa amma jijiya tana kama ni kowane dare", D),
    ("tun da na fara maganin hawan jini jijiya take kama ni", D),
    ("tun da likita ya bani maganin cholesterol murdewar tsoka ta fara", D),
    ("ina fama da ciwon koda kuma jijiya na kama ni akai-akai", D),
    ("ina da ciwon thyroid kuma jijiya na kama ni da dare", D),
    ("ina da ciwon hanta, jijiya tana kama ni kullum", D),
    ("ina da ciwon suga, kafafuna na murdewa sau da yawa", D),
    ("ina da ciki, kusan kowane dare jijiya na kama ni a kafa", D),
    ("ina shan barasa sosai kullum, yanzu murdewar tsoka", D),
    (
        "babana yana shan maganin statin, ni bana shan komai, "
        "jijiya ta kama ni sau daya bayan kwallo",
        S,
    ),
    ("kakata tana da ciwon koda, ba ni ba, jijiya ta kama ni sau daya kawai", S),
    (
        "mahaifina yana shan maganin suga, ni bani da ciwon suga, jijiya ta kama ni jiya ta wuce",
        S,
    ),
    ("mijina yana dialysis, ni lafiya nake, jijiya ta kama ni dan kadan ta wuce", S),
    ("jijiya ta kama ni a kafa, babu tsikari, kafata bata mutu ba, na mike ta wuce", S),
    ("ruwan famfo zai iya samun mercury ya kawo murdewar tsoka? nawa ba kasafai ba", S),
    ("yayana yana shan giya sosai, ni bana sha, jijiya ta kama ni sau daya", S),
    ("mamana tana da ciwon thyroid, ni bani da shi, jijiya ta kama ni da dare sau daya", S),
    ("ina da ciki, jijiya ta kama ni sau daya a daren jiya ta wuce", S),
    ("matata tana shan maganin hawan jini, ni ban sha ba, jijiya ta kama ni bayan gudu", S),
]

HINDI_OR_URDU: list[tuple[str, str]] = [
    ("aksar cramp aate hain aur pairon mein jhunjhuni rehti hai", D),
    ("pair sunn ho jaate hain aur baar baar cramp aata hai", D),
    ("kai mahino se jaangh ki muscle skin ke neeche phadakti hai aur patli hoti ja rahi hai", D),
    ("haath hafton se kamzor hota ja raha hai, muscle sukh rahi hai aur cramp bhi", D),
    ("raat ko pairon mein cheetiyan rengti si lagti hain, hilana padta hai tab aaram", D),
    ("legs mein bechaini rehti hai, hilane ka mann karta hai, chalne se theek", D),
    ("lagbhag roz raat cramp aata hai, neend kharab ho gayi hai", D),
    ("hafton se stretching kar raha hoon par raat ke cramps band nahi ho rahe", D),
    ("jab se BP ki dawai shuru ki hai tab se cramps aa rahe hain", D),
    ("doctor ne peshab wali goli di thi, uske baad se cramps ho rahe", D),
    ("asthma ka inhaler lene laga hoon tab se cramp zyada aate hain", D),
    ("kidney ki bimari hai aur baar baar cramp aate hain", D),
    ("mujhe thyroid ki problem hai, raat ko pair mein cramp hota hai", D),
    ("doctor ne kaha liver kharab hai, aur roz cramps hote hain", D),
    ("diabetes hai mujhe, pairon mein aksar ainthan hoti hai", D),
    ("main roz kaafi daaru peeta hoon aur cramps rehte hain", D),
    ("main 7 mahine pregnant hoon, lagbhag har raat cramp aata hai", D),
    ("papa statin lete hain, main koi dawai nahi leta, bas kabhi kabhi gym ke baad cramp", S),
    ("dadi ko kidney ki bimari hai, mujhe nahi, ek baar cramp aaya tha", S),
    (
        "mere abbu diabetes ki dawa lete hain, mujhe sugar nahi hai, "
        "kal raat ek cramp aaya chala gaya",
        S,
    ),
    ("ammi ko thyroid hai, mujhe nahi, kabhi kabhar cramp aata hai bas", S),
    ("pair mein cramp aaya, sunnpan nahi, jhunjhuni nahi, stretch karke theek", S),
    (
        "kya nal ke paani mein mercury ho sakta hai jo cramps kare? mere to kabhi kabhar hote hain",
        S,
    ),
    ("bhai bahut sharab peeta hai, main nahi peeta, bas ek baar cramp aaya", S),
    ("biwi BP ki goli leti hai, main nahi leta, cricket ke baad ek cramp aaya", S),
    ("pregnant hoon, kal raat ek cramp aaya aur jaldi chala gaya", S),
]

SWAHILI: list[tuple[str, str]] = [
    ("mara kwa mara napata mkakamao wa misuli na miguu inakufa ganzi", D),
    ("nahisi kama sindano zinanichoma miguuni, na misuli inakaza mara nyingi", D),
    ("kwa miezi kadhaa misuli ya paja inacheza chini ya ngozi na paja linakonda", D),
    ("mkono wangu unazidi kuwa dhaifu wiki kadhaa sasa, misuli inapungua", D),
    ("usiku miguu inahisi kama siafu wanatembea ndani, lazima niisogeze ndio nafuu", D),
    ("miguu haitulii nikilala, hamu ya kuisogeza kila wakati, nikitembea inapoa", D),
    ("karibu kila usiku misuli ya mguu inakaza, siwezi kulala", D),
    ("nimenyoosha kwa wiki nyingi lakini bado nabanwa na misuli kila usiku", D),
    ("tangu nianze dawa ya kolesteroli nabanwa na misuli", D),
    ("tangu daktari anipe dawa ya presha misuli inakaza sana", D),
    ("tangu nianze kutumia inhaler ya pumu napata cramps mara kwa mara", D),
    ("nina ugonjwa wa figo na misuli inakaza mara kwa mara", D),
    ("nina tatizo la tezi ya thyroid, nabanwa na misuli usiku", D),
    ("nina ugonjwa wa ini na cramps kila siku", D),
    ("nina kisukari na miguu inakaza mara nyingi", D),
    ("nakunywa pombe nyingi kila siku na misuli inakaza", D),
    ("nina mimba ya miezi saba, karibu kila usiku misuli ya mguu inakaza", D),
    (
        "baba yangu anatumia statin, mimi situmii dawa yoyote, "
        "nilipata cramp mara moja baada ya gym",
        S,
    ),
    ("bibi yangu ana ugonjwa wa figo, mimi sina, misuli ilikaza mara moja tu", S),
    ("baba anatumia dawa za kisukari, mimi sina kisukari, cramp moja jana usiku ikapita", S),
    ("mume wangu yuko kwenye dialysis, mimi niko mzima, cramp ndogo ikapita", S),
    ("misuli ya mguu ilikaza, hakuna ganzi, hakuna kuchomachoma, nikanyoosha ikapita", S),
    ("maji ya bomba yanaweza kuwa na zebaki na kusababisha cramps? zangu ni nadra", S),
    ("kaka yangu anakunywa pombe sana, mimi sinywi, nilipata cramp mara moja tu", S),
    ("mama yangu ana thyroid, mimi sina, cramp mara moja moja baada ya kukimbia", S),
    ("nina mimba, cramp moja usiku wa jana ikapita haraka", S),
]

PORTUGUESE: list[tuple[str, str]] = [
    ("tenho caimbra com frequencia e formigamento nos pes", D),
    ("minhas pernas ficam dormentes e toda hora da caimbra", D),
    ("faz meses que o musculo da coxa fica tremendo debaixo da pele e ta afinando", D),
    ("meu braco ta cada vez mais fraco faz semanas, o musculo ta sumindo", D),
    ("de noite sinto como formigas andando nas pernas, preciso mexer pra melhorar", D),
    ("pernas inquietas, vontade de mexer o tempo todo, andando passa", D),
    ("quase toda noite tenho caimbra, nao consigo dormir direito", D),
    ("alongo faz semanas e as caimbras noturnas nao melhoram", D),
    ("desde que comecei o remedio do colesterol tenho caimbra", D),
    ("comecei a tomar diuretico e agora tenho caimbra direto", D),
    ("depois que o medico passou remedio de pressao comecei a ter caimbras", D),
    ("faco hemodialise e tenho caimbra sempre", D),
    ("tenho problema nos rins e caimbra varias vezes por semana", D),
    ("tenho hipotireoidismo e caimbra a noite", D),
    ("tenho cirrose e caimbras quase todo dia", D),
    ("sou diabetico e tenho caimbra no pe com frequencia", D),
    ("bebo muito, uma garrafa de cachaca por dia, e tenho caimbras", D),
    ("to gravida de 7 meses e tenho caimbra quase toda noite", D),
    (
        "meu pai toma estatina, eu nao tomo nada, so uma caimbra de vez em quando "
        "depois da academia",
        S,
    ),
    ("minha vo tem problema nos rins, eu nao, tive uma caimbra so", S),
    (
        "meu pai toma remedio pra diabetes, eu nao tenho diabetes, so uma caimbra ontem a noite",
        S,
    ),
    ("caimbra na panturrilha, sem formigamento, sem dormencia, passou alongando", S),
    ("agua da torneira pode ter mercurio e dar caimbra? as minhas sao raras", S),
    ("meu marido bebe muito, eu nao bebo, so tive uma caimbra", S),
    ("minha mae tem tireoide, eu nao, caimbra rara depois de correr", S),
    ("to gravida, de vez em quando uma caimbra de noite, passa rapido", S),
]

POLISH: list[tuple[str, str]] = [
    ("czesto mam skurcze i mrowienie w stopach", D),
    ("nogi mi dretwieja i co chwile lapia mnie skurcze", D),
    ("od paru miesiecy miesien na udzie drga pod skora i robi sie chudszy", D),
    ("reka slabnie od kilku tygodni, miesien zanika, do tego skurcze", D),
    ("wieczorem jakby mrowki chodzily mi po nogach, musze nimi ruszac, wtedy lepiej", D),
    ("chyba zespol niespokojnych nog, ciagle musze ruszac nogami, jak chodze to przechodzi", D),
    ("prawie co noc skurcze lydek, nie moge spac", D),
    ("rozciagam sie od tygodni a skurcze nocne nie przechodza", D),
    ("od kiedy biore statyny mam skurcze", D),
    ("odkad lekarz dal mi leki moczopedne mam skurcze", D),
    ("zaczalem brac tabletki na cisnienie i od tego czasu skurcze", D),
    ("jestem dializowany i czesto mam skurcze", D),
    ("mam chore nerki i skurcze kilka razy w tygodniu", D),
    ("mam niedoczynnosc tarczycy i skurcze w nocy", D),
    ("mam marskosc watroby i skurcze prawie codziennie", D),
    ("mam cukrzyce i czeste skurcze stop", D),
    ("pije duzo, codziennie piwo i wodka, mam skurcze", D),
    ("jestem w ciazy, 30 tydzien, skurcze lydek prawie co noc", D),
    ("tata bierze statyny, ja nic nie biore, tylko czasem skurcz po silowni", S),
    ("babcia ma chore nerki, ja nie, mialem jeden skurcz", S),
    ("moj tata bierze leki na cukrzyce, ja nie mam cukrzycy, tylko skurcz wczoraj w nocy", S),
    ("skurcz lydki, bez mrowienia, bez dretwienia, przeszedl po rozciaganiu", S),
    ("czy woda z kranu moze miec rtec i powodowac skurcze? u mnie rzadko", S),
    ("maz duzo pije, ja nie pije, mialam tylko jeden skurcz", S),
    ("mama ma tarczyce, ja nie, rzadki skurcz po bieganiu", S),
    ("jestem w ciazy, raz w nocy skurcz, szybko przeszedl", S),
]

TURKISH: list[tuple[str, str]] = [
    ("sik sik kramp giriyor ve ayaklarim karincalaniyor", D),
    ("bacaklarim uyusuyor, surekli de kramp giriyor", D),
    ("aylardir uylugumda kas seyiriyor deri altinda, kas da inceliyor", D),
    ("kolum haftalardir gucsuzlesiyor, kas eriyor, kramplar da var", D),
    ("aksamlari bacaklarimda karinca yuruyor gibi, oynatinca geciyor", D),
    ("huzursuz bacak var galiba, surekli bacaklarimi kipirdatmak istiyorum, yuruyunce geciyor", D),
    ("neredeyse her gece kramp giriyor, uyuyamiyorum", D),
    ("haftalardir esneme yapiyorum ama gece kramplari gecmiyor", D),
    ("statin kullanmaya basladigimdan beri kramp giriyor", D),
    ("tansiyon ilacina basladim, o zamandan beri kramplar var", D),
    ("astim spreyi kullanmaya basladigimdan beri sik kramp oluyor", D),
    ("bobrek hastasiyim, sik kramp oluyor", D),
    ("tiroidim var, geceleri kramp giriyor", D),
    ("siroz hastasiyim, neredeyse her gun kramp", D),
    ("seker hastasiyim, ayaklarima sik kramp giriyor", D),
    ("her gun cok raki iciyorum, kramplarim var", D),
    ("7 aylik hamileyim, neredeyse her gece baldirima kramp giriyor", D),
    (
        "babam statin kullaniyor, ben hic ilac kullanmiyorum, sadece arada bir spordan sonra kramp",
        S,
    ),
    ("babaannemin bobrek hastaligi var, benim yok, bir kere kramp girdi", S),
    ("babam seker ilaci kullaniyor, bende seker yok, dun gece bir kramp girdi gecti", S),
    ("baldirimda kramp, uyusma yok, karincalanma yok, esnetince gecti", S),
    ("musluk suyunda civa olabilir mi, kramp yapar mi? bende nadiren oluyor", S),
    ("abim cok iciyor, ben icmiyorum, bir kere kramp girdi", S),
    ("annemin tiroidi var, bende yok, kosudan sonra nadiren kramp", S),
    ("hamileyim, bazen gece bir kramp giriyor, hemen geciyor", S),
    ("esim tansiyon ilaci kullaniyor, ben kullanmiyorum, futboldan sonra bir kramp girdi", S),
]

SPANISH: list[tuple[str, str]] = [
    ("me dan calambres seguido y siento hormigueo en los pies", D),
    ("se me duermen las piernas y tengo calambres a cada rato", D),
    ("hace meses que el musculo del muslo me tiembla debajo de la piel y se esta adelgazando", D),
    ("el brazo lo tengo cada vez mas debil hace semanas, el musculo se esta consumiendo", D),
    ("en la noche siento como hormigas caminando en las piernas, tengo que moverlas", D),
    ("no puedo dejar las piernas quietas, ganas de moverlas todo el tiempo, caminando se pasa", D),
    ("casi todas las noches calambres, no puedo dormir", D),
    ("llevo semanas estirando y los calambres nocturnos no se me quitan", D),
    ("desde que tomo la pastilla del colesterol me dan calambres", D),
    ("desde que me dieron el diuretico tengo calambres", D),
    ("empece la pastilla de la presion y desde entonces calambres en las piernas", D),
    ("estoy en dialisis y me dan calambres seguido", D),
    ("tengo los rinones mal y calambres varias veces por semana", D),
    ("tengo hipotiroidismo y calambres en la noche", D),
    ("tengo cirrosis y calambres casi diario", D),
    ("soy diabetico y me dan calambres en los pies muy seguido", D),
    ("tomo mucho, casi una botella de tequila diaria, y tengo calambres", D),
    ("estoy embarazada de 7 meses y casi todas las noches me da calambre", D),
    (
        "mi papa toma estatinas, yo no tomo nada, solo un calambre de vez en cuando "
        "despues del gym",
        S,
    ),
    ("mi abuela tiene enfermedad de los rinones, yo no, tuve un calambre nomas", S),
    (
        "mi papa toma medicina para la diabetes, yo no tengo diabetes, solo un calambre anoche",
        S,
    ),
    ("calambre en la pantorrilla, sin hormigueo, sin adormecimiento, se quito estirando", S),
    ("el agua de la llave puede tener mercurio y dar calambres? los mios son raros", S),
    ("mi esposo toma mucho, yo no tomo, solo tuve un calambre", S),
    ("mi mama tiene tiroides, yo no, un calambre raro despues de correr", S),
    ("estoy embarazada, de vez en cuando un calambre en la noche, se pasa rapido", S),
]

FRENCH: list[tuple[str, str]] = [
    ("j'ai souvent des crampes et des fourmillements dans les pieds", D),
    ("mes jambes s'engourdissent et j'ai des crampes tout le temps", D),
    ("depuis des mois le muscle de ma cuisse tressaute sous la peau et il fond", D),
    ("mon bras s'affaiblit depuis des semaines, le muscle a maigri, et des crampes", D),
    ("le soir j'ai comme des fourmis qui marchent dans les jambes, je dois les bouger", D),
    ("impatiences dans les jambes, besoin de bouger tout le temps, en marchant ca passe", D),
    ("crampes presque toutes les nuits, je dors plus", D),
    ("je m'etire depuis des semaines mais les crampes nocturnes passent pas", D),
    ("depuis que je prends une statine j'ai des crampes", D),
    ("depuis le diuretique que le medecin m'a donne j'ai des crampes", D),
    ("j'ai commence le traitement pour la tension et depuis crampes dans les mollets", D),
    ("je suis dialyse et j'ai souvent des crampes", D),
    ("j'ai une maladie des reins et des crampes plusieurs fois par semaine", D),
    ("j'ai un probleme de thyroide et des crampes la nuit", D),
    ("j'ai une cirrhose et des crampes presque tous les jours", D),
    ("je suis diabetique et j'ai souvent des crampes aux pieds", D),
    ("je bois beaucoup, une bouteille de vin par jour, et j'ai des crampes", D),
    ("je suis enceinte de 7 mois et j'ai des crampes presque toutes les nuits", D),
    (
        "mon pere prend des statines, moi je prends rien, juste une crampe de temps en temps "
        "apres la salle",
        S,
    ),
    ("ma grand mere a une maladie des reins, pas moi, j'ai eu une crampe une fois", S),
    (
        "mon pere prend un traitement pour le diabete, moi j'ai pas de diabete, "
        "juste une crampe cette nuit",
        S,
    ),
    ("crampe au mollet, pas de fourmillement, pas d'engourdissement, passee en etirant", S),
    ("l'eau du robinet peut contenir du mercure et donner des crampes? les miennes sont rares", S),
    ("mon mari boit beaucoup, moi je bois pas, juste une crampe", S),
    ("ma mere a la thyroide, moi non, crampe rare apres le footing", S),
    ("je suis enceinte, de temps en temps une crampe la nuit, ca passe vite", S),
]

DUTCH: list[tuple[str, str]] = [
    ("ik heb vaak kramp en tintelingen in mijn voeten", D),
    ("mijn benen worden doof en ik heb steeds kramp", D),
    ("al maanden trilt de spier in mijn bovenbeen onder de huid en hij wordt dunner", D),
    ("mijn arm wordt al weken zwakker, de spier slinkt, en kramp", D),
    ("s avonds voelt het alsof er mieren in mijn benen lopen, ik moet ze bewegen", D),
    ("onrustige benen, steeds de drang om te bewegen, lopen helpt", D),
    ("bijna elke nacht kramp in mijn kuiten, ik slaap slecht", D),
    ("ik rek al weken elke dag maar de nachtelijke kramp gaat niet weg", D),
    ("sinds ik statines slik heb ik kramp", D),
    ("sinds ik plaspillen van de huisarts heb krijg ik kramp", D),
    ("ik ben begonnen met bloeddrukpillen en sindsdien kramp in mijn benen", D),
    ("ik zit aan de dialyse en heb vaak kramp", D),
    ("ik heb een nierziekte en meerdere keren per week kramp", D),
    ("ik heb een trage schildklier en kramp s nachts", D),
    ("ik heb levercirrose en bijna elke dag kramp", D),
    ("ik heb suikerziekte en vaak kramp in mijn voeten", D),
    ("ik drink veel, elke dag een fles wijn, en heb kramp", D),
    ("ik ben 30 weken zwanger en heb bijna elke nacht kramp", D),
    ("mijn vader slikt statines, ik slik niks, alleen af en toe kramp na de sportschool", S),
    ("oma heeft een nierziekte, ik niet, had een keer kramp", S),
    (
        "mijn vader gebruikt medicijnen voor diabetes, ik heb geen diabetes, "
        "alleen vannacht een kramp",
        S,
    ),
    ("kramp in mijn kuit, geen tintelingen, niet doof, ging weg met rekken", S),
    ("kan kraanwater kwik bevatten en kramp geven? bij mij zelden", S),
    ("mijn man drinkt veel, ik drink niet, had alleen een keer kramp", S),
    ("mijn moeder heeft iets met de schildklier, ik niet, soms kramp na het hardlopen", S),
    ("ik ben zwanger, af en toe s nachts een kramp, gaat snel over", S),
]

# More of the same classes in other words: a grandfather, a well or a bottle, a wife's
# water tablets, the same signs told another way.
TAGALOG += [
    ("lagi akong namamanhid sa paa at pinupulikat pa", D),
    ("may diabetes ako at madalas pulikatin sa gabi", D),
    ("si mama umiinom ng gamot sa high blood, ako hindi, pulikat lang minsan pag naglaro", S),
    ("ang lolo ko naka dialysis, ako wala namang sakit, minsan lang pinulikat", S),
    ("simula nung uminom ako ng water pill, gabi gabi na akong pinupulikat", D),
    ("walang manhid, walang tusok tusok, pulikat lang sa binti nawala agad", S),
]
GERMAN += [
    ("meine Fuesse sind taub und kribbeln, dazu oft Wadenkraempfe", D),
    ("seit ich den Cholesterinsenker nehme, krampft es staendig", D),
    ("mein Opa ist an der Dialyse, ich nicht, hatte nur einmal nen Krampf beim Laufen", S),
    ("mein Mann hat Diabetes, ich hab keinen Diabetes, hatte nur kurz nen Krampf", S),
    ("Muskel am Unterschenkel zuckt unter der Haut seit Wochen und das Bein wird schwaecher", D),
    ("kann Trinkwasser Blei haben und Kraempfe machen? bei mir nur selten", S),
]
ITALIAN += [
    ("sento formicolio e intorpidimento ai piedi e crampi spesso", D),
    ("mio nonno e in dialisi, io no, solo un crampo ieri sera", S),
    ("mia moglie prende il diuretico, io non prendo niente, crampo raro dopo il calcetto", S),
    ("da quando prendo le pastiglie per il colesterolo ho crampi tutte le notti", D),
    ("il muscolo del braccio salta sotto la pelle da settimane e si e ridotto", D),
    ("l acqua di casa puo contenere piombo e dare crampi? a me capitano raramente", S),
]
HAUSA += [
    ("kafata tana mutuwa kuma jijiya na kama ni kowane dare", D),
    ("mamana tana da ciwon suga, ni bani da shi, jijiya ta kama ni sau daya", S),
    ("mijina yana shan giya sosai, ni bana sha, jijiya ta kama ni sau daya kawai", S),
    ("ina da ciwon koda kuma ina dialysis, jijiya na kama ni", D),
    ("tun da na fara maganin hawan jini jijiya na kama ni kowane dare", D),
]
HINDI_OR_URDU += [
    ("nani ko kidney ki bimari hai, mujhe nahi, bas ek baar cramp aaya", S),
    ("mere pati sugar ki dawai lete hain, mujhe sugar nahi hai, ek cramp aaya chala gaya", S),
    ("jab se cholesterol ki goli shuru ki tab se roz raat cramp", D),
    ("haath ki muscle skin ke neeche phadakti hai aur kamzor ho rahi hai hafton se", D),
    ("kya bottle ke paani mein lead ho sakta hai? mujhe kabhi kabhar cramp aata hai", S),
]
SWAHILI += [
    ("miguu inakufa ganzi mara kwa mara na misuli inakaza", D),
    ("babu yangu yuko kwenye dialysis, mimi sina tatizo, cramp moja ikapita", S),
    ("mke wangu anatumia dawa ya presha, mimi situmii dawa yoyote, cramp mara moja tu", S),
    ("tangu nianze dawa ya kolesteroli misuli inakaza kila usiku", D),
    ("nina ugonjwa wa figo na misuli inakaza usiku", D),
]
PORTUGUESE += [
    ("sinto formigamento e dormencia nos pes e caimbra direto", D),
    ("meu avo faz hemodialise, eu nao, so tive uma caimbra ontem", S),
    ("minha esposa toma diuretico, eu nao tomo nada, caimbra rara depois do futebol", S),
    ("desde que comecei o remedio de pressao tenho caimbra toda noite", D),
    ("o musculo do braco ta pulando debaixo da pele faz semanas e ta sumindo", D),
    ("a agua do poco pode ter chumbo e dar caimbra? as minhas sao raras", S),
]
POLISH += [
    ("mam mrowienie i dretwienie stop, czesto skurcze", D),
    ("dziadek jest dializowany, ja nie, tylko raz skurcz", S),
    ("zona bierze leki moczopedne, ja nic nie biore, rzadko skurcz po pilce", S),
    ("od kiedy biore tabletki na cholesterol mam skurcze co noc", D),
    ("miesien na lydce drga pod skora od tygodni i zanika", D),
    ("czy woda ze studni moze miec olow i powodowac skurcze? u mnie rzadko", S),
]
TURKISH += [
    ("ayak parmaklarim uyusuyor, sik sik kramp oluyor", D),
    ("dedem diyalize giriyor, ben degil, sadece bir kere kramp girdi", S),
    ("esim idrar sokturucu kullaniyor, ben hic ilac kullanmiyorum, nadiren kramp", S),
    ("kolesterol ilacina basladim, o zamandan beri her gece kramp", D),
    ("kolumdaki kas deri altinda seyiriyor haftalardir ve eriyor", D),
    ("sise suyunda kursun olabilir mi? bende nadiren kramp oluyor", S),
]
SPANISH += [
    ("siento hormigueo y adormecimiento en los pies y calambres seguido", D),
    ("mi abuelo esta en dialisis, yo no, solo un calambre ayer", S),
    ("mi esposa toma diuretico, yo no tomo nada, calambre raro despues del futbol", S),
    ("desde que tomo la pastilla de la presion me dan calambres todas las noches", D),
    ("el musculo del brazo me brinca debajo de la piel hace semanas y se esta consumiendo", D),
    ("el agua del pozo puede tener plomo y dar calambres? los mios son raros", S),
]
FRENCH += [
    ("j'ai des fourmillements et les pieds engourdis, crampes souvent", D),
    ("mon grand pere est dialyse, pas moi, juste une crampe hier", S),
    ("ma femme prend un diuretique, moi je prends rien, crampe rare apres le foot", S),
    ("depuis que je prends le traitement pour le cholesterol j'ai des crampes toutes les nuits", D),
    ("le muscle du bras saute sous la peau depuis des semaines et il a fondu", D),
    ("l'eau du puits peut contenir du plomb et donner des crampes? les miennes sont rares", S),
]
DUTCH += [
    ("ik heb tintelingen en dove voeten en vaak kramp", D),
    ("mijn opa zit aan de dialyse, ik niet, alleen gisteren een kramp", S),
    ("mijn vrouw slikt plaspillen, ik slik niks, zelden kramp na het voetballen", S),
    ("sinds ik cholesterolpillen slik heb ik elke nacht kramp", D),
    ("de spier in mijn arm trilt al weken onder de huid en wordt dunner", D),
    ("kan putwater lood bevatten en kramp geven? bij mij zelden", S),
]

# A medicine taken once and stopped (an occasional cramp now: self-care), and cramps a
# number of times a week (frequent: the doctor).
TAGALOG += [
    ("dati umiinom ako ng statin pero tinigil ko na last year, ngayon minsan lang pulikat", S),
    ("ilang beses sa isang linggo akong pinupulikat sa binti", D),
]
GERMAN += [
    (
        "hab frueher Statine genommen, seit zwei Jahren nicht mehr, jetzt nur ab und zu ein Krampf",
        S,
    ),
    ("mehrmals die Woche Wadenkraempfe, seit Monaten", D),
]
ITALIAN += [
    ("prendevo le statine due anni fa, le ho smesse, ora solo un crampo ogni tanto", S),
    ("crampi ai polpacci piu volte a settimana da mesi", D),
]
HAUSA += [
    ("bara ina shan maganin statin, na daina, yanzu jijiya ta kama ni sau daya kawai", S),
    ("jijiya na kama ni sau uku a mako a kafa", D),
]
HINDI_OR_URDU += [
    ("pichle saal statin leta tha, band kar di, ab bas kabhi kabhi cramp", S),
    ("hafte mein teen chaar baar cramp aata hai pair mein", D),
]
SWAHILI += [
    ("mwaka jana nilitumia statin, nikaacha, sasa cramp mara moja moja tu", S),
    ("napata cramps mara tatu kwa wiki miguuni", D),
]
PORTUGUESE += [
    ("tomava estatina ano passado, parei, agora so uma caimbra de vez em quando", S),
    ("tenho caimbra na panturrilha tres vezes por semana faz meses", D),
]
POLISH += [
    ("brałem statyny rok temu, odstawiłem, teraz tylko czasem skurcz", S),
    ("skurcze lydek kilka razy w tygodniu od miesiecy", D),
]
TURKISH += [
    ("gecen yil statin kullaniyordum, biraktim, simdi sadece arada bir kramp", S),
    ("haftada uc dort kez baldirima kramp giriyor", D),
]
SPANISH += [
    ("tomaba estatinas el año pasado, las deje, ahora solo un calambre de vez en cuando", S),
    ("me dan calambres tres o cuatro veces por semana desde hace meses", D),
]
FRENCH += [
    (
        "je prenais des statines l'an dernier, j'ai arrete, maintenant juste une crampe "
        "de temps en temps",
        S,
    ),
    ("j'ai des crampes aux mollets trois fois par semaine depuis des mois", D),
]
DUTCH += [
    ("vorig jaar slikte ik statines, ben gestopt, nu alleen af en toe kramp", S),
    ("ik heb al maanden drie keer per week kramp in mijn kuiten", D),
]

SIGNS = [
    (text, level, name)
    for name, rows in (
        ("Tagalog", TAGALOG),
        ("German", GERMAN),
        ("Italian", ITALIAN),
        ("Hausa", HAUSA),
        ("Hindi or Urdu", HINDI_OR_URDU),
        ("Swahili", SWAHILI),
        ("Portuguese", PORTUGUESE),
        ("Polish", POLISH),
        ("Turkish", TURKISH),
        ("Spanish", SPANISH),
        ("French", FRENCH),
        ("Dutch", DUTCH),
    )
    for text, level in rows
]


@pytest.mark.parametrize(("text", "level", "name"), SIGNS)
def test_each_doctor_sign_and_each_look_alike_is_read_at_its_level(
    text: str, level: str, name: str
) -> None:
    assert level_in_language(text, name) == level
