"""Classes of wording found unread in round s16's blind batch of other languages, of
messages that switch language midway and of English written by people whose first
language is another (dev BJ), one test per class; and the languages new to the lists,
each sign of triage.md told in them at its level beside look-alikes that stay lower.

The sentences are the team's own, each class told at its level beside a look-alike that
must stay lower (denied, over, someone else's, asked about, or milder): Italian coughing
blood in the past tense; a sign told in a Spanish clause of an English message; a Spanish
cramp lasting more than so many minutes; Russian and Ukrainian in Latin letters (muscle
breakdown, a child who fainted, whose a sign is); Czech heat stroke and chest cramps;
Somali's long journey; Greek in Latin letters' lead pipes; Hindi or Urdu's "rukta hoon to
theek" and someone's "ko diabetes hai"; English hedges, "not going since", "off the
statin", a hot summer day; German weeks of pregnancy, once or twice a week, walking
distance; Dutch "diabeet"; Polish drinking by its amount; Bengali and Yoruba relatives;
the diuretics' Romance names. New languages: Swedish, Hungarian, Croatian/Serbian/Bosnian,
Albanian and (a short list) Tamil in Latin letters.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import language_names, read_at, read_beside

E, U, D, S = "emergency", "urgent", "doctor", "self_care"


# (the sign at its level, a look-alike that must stay below that level)
CLASSES: list[tuple[str, str, str]] = [
    # Italian: coughing blood told in the past tense ("ho tossito sangue")
    (
        "mio padre ha tossito sangue e ha il polpaccio gonfio",
        E,
        "mio padre ha tossito sangue anni fa, adesso io ho solo un crampo al polpaccio",
    ),
    (
        "stanotte ho tossito del sangue e mi manca il fiato",
        E,
        "e se un giorno tossisco sangue? per ora solo crampi al polpaccio la notte",
    ),
    # Spanish after English: a sign told in a Spanish clause of an English message
    (
        "my leg was swollen after the bus trip y ahora no puedo respirar",
        E,
        "my leg cramped after the bus trip pero ahora puedo respirar bien, todo normal",
    ),
    (
        "after the half marathon everything hurts y la orina salió como coca cola",
        E,
        "after the half marathon my legs hurt, la orina salió normal, clarita",
    ),
    # Spanish: a cramp lasting more than so many minutes that does not go; one that did, ago
    (
        "tengo un calambre en el gemelo hace más de 20 minutos y no se quita con nada",
        U,
        "tuve un calambre hace más de 20 minutos, se me pasó estirando",
    ),
    (
        "calambre en el muslo desde hace más de 15 minutos, no se me quita estirando",
        U,
        "me dio un calambre hace 15 minutos y ya se fue",
    ),
    # Russian in Latin letters: muscle pain, dark urine; whose it is ("u muzha"), a year ago
    (
        "posle marafona sil'naya bol' v myshtsakh i mocha tyomnaya kak kola",
        E,
        "u muzha posle marafona byla tyomnaya mocha god nazad, a u menya prosto sudoroga",
    ),
    (
        "u mamy sakharnyi diabet, i ikry ey svodit po nocham",
        D,
        "u mamy sakharnyi diabet, a u menya prosto sudoroga posle bega",
    ),
    (
        "u papy bol'ezn' pochek, i nogi emu svodit kazhduyu noch",
        D,
        "u papy bol'ezn' pochek, a u menya prosto sudoroga posle bega",
    ),
    # Ukrainian in Latin letters: a child who fainted and does not answer (є typed "ie")
    (
        "syn zneprytomniv pislia sudom i ne vidpovidaie",
        E,
        "syn mav sudomu v nozi, vin vidpovidaie normalno, vse dobre",
    ),
    # Czech: heat stroke told by its signs; cramps in the chest
    (
        "pracoval jsem celý den na slunci, přestal jsem se potit a mám křeče",
        E,
        "pracoval jsem na slunci, hodně se potím, mám křeč v lýtku, napil jsem se a přešlo to",
    ),
    (
        "děda má křeče, kůže je horká a suchá a je zmatený",
        E,
        "táta měl loni úpal, já mám jen křeč v lýtku po běhu",
    ),
    (
        "mám křeče na hrudi už od rána",
        U,
        "manžel měl křeče v hrudníku loni, já mám jen křeč v lýtku",
    ),
    # Somali: a leg swollen and red after a long journey one came back from
    (
        "lugtayda waa bararsan oo guduud markaan safar dheer ka imid",
        U,
        "lugtayda ma bararsan, qabad yar oo habeenkii ah markaan safar dheer ka imid",
    ),
    # Greek in Latin letters: working with lead pipes (someone else's work stays theirs)
    (
        "doulevo me solines molyvdou kai exo krampes sta podia",
        U,
        "o adelfos mou doulevei me molyvdo, ego exo mono krampa sti gampa",
    ),
    (
        "eimai ydravlikos kai doulevo me palies solines molyvdou, exo ponokoilo",
        U,
        "o adelfos mou doulevei me molyvdo, ego exo mono krampa sti gampa",
    ),
    # Hindi or Urdu: calf pain on walking that is fine when one stops; someone's diabetes
    (
        "Walking to the shop, after 3 minutes pindli mein dard, rukta hoon to theek ho jata hai",
        D,
        "pindli mein cramp aaya football ke baad, stretch kiya to theek ho gaya",
    ),
    (
        "jab chalta hoon to pair mein dard, rukta hoon to thik ho jata hai",
        D,
        "mere papa ko chalne par dard hota hai, mujhe bas kabhi kabhi cramp aata hai",
    ),
    (
        "mujhe sugar hai aur raat ko pair mein cramp aata hai",
        D,
        "meri nani ko sugar hai, but mujhe bas kabhi kabhi gym ke baad cramp aata hai",
    ),
    (
        "mujhe sugar hai aur raat ko pair mein cramp aata hai",
        D,
        "mere papa ko diabetes hai, I get a cramp sometimes after cricket",
    ),
    # English: a hedge ("I think") is no clause of the writer's: the overdose is the relative's
    (
        "my mother swallowed all her sleeping pills I think, now cramps and she is vomiting",
        E,
        "my mother overdosed many years ago I think, now I only get a calf cramp at night",
    ),
    (
        "my brother drank a whole bottle of vodka I guess, now shaking and cramps",
        E,
        "my mother overdosed many years ago I think, now I only get a calf cramp at night",
    ),
    # English: a cramp "not going since 20 minutes" has lasted that long
    (
        "my calf cramp is not going since 15 minutes, stretching does not help",
        U,
        "my calf cramp went after 2 minutes, not going to training for 20 minutes today",
    ),
    (
        "the cramp isn't going since 25 minutes, still hard as rock",
        U,
        "the cramp is not going to stop me, it lasted 1 minute and went",
    ),
    # English: a medicine one is now off is over
    (
        "I am on the statin since two months and I get cramps every night",
        D,
        "years ago I had cramps from the statin, now I'm off the statin, only a rare cramp",
    ),
    (
        "I am on the statin since two months and I get cramps every night",
        D,
        "he's off his water tablets since last year, just an odd cramp now after gardening",
    ),
    # English: a hot summer day is the weather, not a hot leg
    (
        "my calf is hot and swollen since the long flight",
        U,
        "my legs cramped on a hot summer day at the beach, I rested and drank water, gone",
    ),
    (
        "my calf is hot and swollen since the long flight",
        U,
        "cramp in calf on hot afternoon hike, rested in shade and drank, passed",
    ),
    # German: a pregnancy's week "in der 36. Woche"; once or twice a week is not several
    (
        "ich bin in der 36. Woche schwanger und habe jede Nacht Wadenkrämpfe, sie wecken mich auf",
        D,
        "ich bin in der 36. Woche schwanger, ein- oder zweimal pro Woche nachts ein "
        "Wadenkrampf, geht in einer Minute weg",
    ),
    (
        "ich bin in der 36. Woche schwanger und habe jede Nacht Wadenkrämpfe, sie wecken mich auf",
        D,
        "Wadenkrampf so einmal oder zweimal pro Woche nach dem Training, geht's gleich wieder weg",
    ),
    # German: the calf cramps after so many metres of walking and it goes away on stopping
    (
        "nach 300 Metern Gehen krampft die Wade, wenn ich stehen bleibe, geht's wieder weg",
        D,
        "nach dem Fußball krampft die Wade, ich dehne, dann geht's wieder weg",
    ),
    (
        "beim Spazierengehen nach 100 Metern krampfen die Waden, ich muss stehen "
        "bleiben, dann geht es wieder weg",
        D,
        "nach dem Fußball krampft die Wade, ich dehne, dann geht's wieder weg",
    ),
    # Dutch: diabetic said "diabeet"; the writer set apart ("ik heb alleen soms")
    (
        "mijn moeder is diabeet en ik ben ook diabeet en heb vaak kramp",
        D,
        "mijn vader is diabeet, ik heb alleen soms kramp na het voetballen",
    ),
    (
        "ik ben diabetisch en heb elke nacht kramp in mijn kuiten",
        D,
        "mijn vader is diabeet, ik heb alleen soms kramp na het voetballen",
    ),
    # Polish: drinking told by its amount; water is not alcohol; "a ja" sets the writer apart
    (
        "piję dużo, z litr piwa dziennie, i mam skurcze w nocy",
        D,
        "piję dużo wody, z dwa litry dziennie, a skurcz łydki miałem raz po bieganiu",
    ),
    (
        "pijemy sporo, codziennie wódka, i łapią mnie skurcze łydek",
        D,
        "piję dużo wody, z dwa litry dziennie, a skurcz łydki miałem raz po bieganiu",
    ),
    (
        "mam cukrzycę i często skurcze w nocy",
        D,
        "moja mama ma cukrzycę, a ja czasem mam skurcz łydki po treningu",
    ),
    # Bengali in Latin letters: a relative's kidney illness told with "-r"; "amar shudhu"
    (
        "amar baba-r kidney-r oshukh, raat-e baba-r pa-e khub khil dhore",
        D,
        "amar mama-r kidney-r oshukh, ekhon amar shudhu khela-r pore ektu khil dhore",
    ),
    (
        "ami sugar er rogi, raat-e pa-e khil dhore prai",
        D,
        "amar mama-r kidney-r oshukh, ekhon amar shudhu khela-r pore ektu khil dhore",
    ),
    # Yoruba: diabetes told "ito suga", legs that go hard every night; "emi" sets apart
    (
        "baba mi ni ito suga, ese re maa n le ni ale gbogbo",
        D,
        "baba mi ni ito suga, emi ese mi le leekan leyin ere boolu",
    ),
    (
        "mo ni ito suga, ese mi maa n le",
        D,
        "baba mi ni ito suga, emi ese mi le leekan leyin ere boolu",
    ),
    # Portuguese and Spanish: a diuretic by its Romance name
    (
        "começou com hidroclorotiazida mês passado e agora tenho cãibras todas as noites",
        D,
        "minha mãe toma hidroclorotiazida, eu só tenho cãibra de vez em quando depois do futebol",
    ),
    (
        "desde que empecé la furosemida tengo calambres casi todas las noches",
        D,
        "minha mãe toma hidroclorotiazida, eu só tenho cãibra de vez em quando depois do futebol",
    ),
]


@pytest.mark.parametrize(("text", "level", "lookalike"), CLASSES)
def test_a_sign_is_read_at_its_level_and_its_lookalike_stays_below(
    text: str, level: str, lookalike: str
) -> None:
    read_beside(text, level, lookalike)


#: Swedish, new to the lists: the warning signs of triage.md at their
#: level, and the look-alikes (denied, over, someone else's, asked about) kept below.
SWEDISH: list[tuple[str, str]] = [
    ("pappa har kramper och svarar inte när jag pratar med honom", E),
    ("min son har kramper i hela kroppen och är förvirrad", E),
    ("jag är gravid i vecka 36, har svår huvudvärk, ser suddigt och fick ett krampanfall", E),
    ("vaden har varit svullen i tre dagar och nu har jag svårt att andas och ont i bröstet", E),
    ("jag hostar blod och har kramp i vaden", E),
    ("foten är plötsligt kall och blek, jag känner inte tårna och det gör fruktansvärt ont", E),
    (
        "barnet har feber, stel nacke och utslag som inte försvinner när jag "
        "trycker ett glas mot dem",
        E,
    ),
    ("morfar jobbade i solen, har kramper, har slutat svettas och huden är het och torr", E),
    ("min dotter svalde mormors tabletter och har kramper", E),
    (
        "jag trampade på en rostig spik förra veckan och nu kan jag inte öppna "
        "munnen och har svårt att svälja",
        E,
    ),
    ("efter ett maraton har jag fruktansvärt ont i musklerna och urinen är mörk som cola", E),
    ("efter operationen är vaden svullen, röd och varm", U),
    ("vadkrampen har hållit i mer än 20 minuter och stretching hjälper inte", U),
    ("jag har kräkts sedan igår och har diarré, nu kramper i båda benen", U),
    ("jag jobbar med bly och får kramper", U),
    ("opererade sköldkörteln i förra veckan, nu sticker det runt munnen och händerna krampar", U),
    ("jag har kramper i bröstet sedan i morse", U),
    ("jag har kramper varje natt och de väcker mig", D),
    ("sedan jag började med statiner har jag kramper i benen", D),
    ("jag har diabetes och ofta kramp i vaderna", D),
    ("när jag går 200 meter får jag ont i vaden och måste stanna, det går över när jag vilar", D),
    (
        "jag hade kramp i vaden i natt, den gick över efter en minut, ingen "
        "svullnad och ingen feber",
        S,
    ),
    ("pappa har diabetes, men jag har bara kramp ibland efter löpning", S),
    ("min man jobbar med bly, men jag har bara en kramp i vaden efter träning", S),
    ("ingen feber och ingen stel nacke, bara en kramp i vaden efter fotboll", S),
    ("tänk om jag hostar blod någon gång? nu har jag bara kramp i vaden ibland", S),
    ("jag är gravid i vecka 34, ibland kramp i vaden på natten, inget annat, ingen huvudvärk", S),
]

#: Hungarian, new to the lists: the warning signs of triage.md at their
#: level, and the look-alikes (denied, over, someone else's, asked about) kept below.
HUNGARIAN: list[tuple[str, str]] = [
    ("apám görcsöl és most nem válaszol, amikor szólok hozzá", E),
    ("a fiam egész teste rángatózik és zavart", E),
    ("36 hetes terhes vagyok, erős fejfájás, homályosan látok és görcsroham volt", E),
    ("három napja dagadt a vádlim és most nehezen kapok levegőt és fáj a mellkasom", E),
    ("vért köhögök és görcsöl a vádlim", E),
    ("a lábam hirtelen hideg és sápadt, nem érzem a lábujjaimat és nagyon fáj", E),
    ("a gyereknek láza van, merev a nyaka és kiütése, ami nem tűnik el, ha üveggel megnyomom", E),
    ("nagyapám a napon dolgozott, görcsöl, már nem izzad és a bőre forró és száraz", E),
    ("a lányom lenyelte a nagymamája gyógyszereit és görcsöl", E),
    ("a maraton után nagyon fájnak az izmaim és a vizeletem sötét, mint a kóla", E),
    ("a műtét után a vádlim dagadt, piros és meleg", U),
    ("a vádligörcs több mint 20 perce tart és a nyújtás nem segít", U),
    ("tegnap óta hányok és hasmenésem van, most görcsöl mindkét lábam", U),
    ("ólommal dolgozom és görcsöl a lábam", U),
    ("pajzsmirigyműtét után bizsereg a szám körül és a kezem görcsöl", U),
    ("minden éjjel görcsöl a lábam és felébreszt", D),
    ("sztatint szedek és azóta görcsöl a lábam", D),
    ("cukorbeteg vagyok és gyakran görcsöl a vádlim", D),
    ("tegnap éjjel görcsölt a vádlim, egy perc alatt elmúlt, nincs láz és nincs duzzanat", S),
    ("apám cukorbeteg, de én csak néha görcsölök futás után", S),
    ("nincs lázam és a nyakam sem merev, csak a vádlim görcsölt edzés után", S),
    ("mi van, ha egyszer vért köhögök? most csak néha görcsöl a vádlim", S),
]

#: Croatian, Serbian or Bosnian, new to the lists: the warning signs of triage.md at their
#: level, and the look-alikes (denied, over, someone else's, asked about) kept below.
CROATIAN_SERBIAN: list[tuple[str, str]] = [
    ("tata ima grčeve i sada ne reagira kad mu se obraćam", E),
    ("sinu se cijelo tijelo trese i zbunjen je", E),
    ("trudna sam u 36. tjednu, imam jaku glavobolju, vidim mutno i imala sam napad epilepsije", E),
    ("list mi je otečen tri dana i sada ne mogu disati i boli me u prsima", E),
    ("kašljem krv i imam grč u listu", E),
    ("stopalo je odjednom hladno i blijedo, ne osjećam prste i strašno boli", E),
    ("dijete ima temperaturu, ukočen vrat i osip koji ne nestaje kad pritisnem čašom", E),
    ("djed je radio na suncu, ima grčeve, prestao se znojiti i koža mu je vruća i suha", E),
    ("kći je progutala bakine tablete i ima grčeve", E),
    ("stao sam na hrđavi čavao prošli tjedan i sada ne mogu otvoriti usta i teško mi je gutati", E),
    ("nakon maratona jaki bolovi u mišićima i mokraća mi je tamna kao coca cola", E),
    ("nakon operacije list mi je otečen, crven i topao", U),
    ("grč u listu traje više od 20 minuta i istezanje ne pomaže", U),
    ("od jučer povraćam i imam proljev, sada grčevi u obje noge", U),
    ("radim s olovom i imam grčeve", U),
    ("nakon operacije štitnjače trne mi oko usta i ruke mi se grče", U),
    ("imam grčeve svake noći i bude me", D),
    ("otkad pijem statine imam grčeve u nogama", D),
    ("imam dijabetes i često grčeve u listovima", D),
    ("kad hodam 200 metara boli me list i moram stati, prođe kad se odmorim", D),
    ("sinoć sam imao grč u listu, prošao je za minutu, nema otoka ni temperature", S),
    ("tata ima dijabetes, a ja samo ponekad imam grč nakon trčanja", S),
    ("nemam temperaturu ni ukočen vrat, samo grč u listu nakon nogometa", S),
    ("šta ako jednom kašljem krv? sada samo ponekad grč u listu", S),
]

#: Albanian, new to the lists: the warning signs of triage.md at their
#: level, and the look-alikes (denied, over, someone else's, asked about) kept below.
ALBANIAN: list[tuple[str, str]] = [
    ("babai ka ngërçe dhe tani nuk përgjigjet", E),
    ("djalit po i dridhet i gjithë trupi dhe është i hutuar", E),
    ("jam shtatzënë 36 javë, kam dhimbje koke të fortë, shoh turbull dhe pata konvulsione", E),
    ("pulpa më është fryrë prej tre ditësh dhe tani nuk marr frymë dhe kam dhimbje në gjoks", E),
    ("kollis gjak dhe kam ngërç në pulpë", E),
    ("fëmija ka ethe, qafë të ngurtë dhe skuqje që nuk zhduken kur i shtyp me gotë", E),
    (
        "gjyshi punonte në diell, ka ngërçe, nuk djersitet më dhe lëkura është e "
        "nxehtë dhe e thatë",
        E,
    ),
    ("vajza piu tabletat e gjyshes dhe ka ngërçe", E),
    ("pas maratonës kam dhimbje të forta në muskuj dhe urina është si koka-kola", E),
    ("pas operacionit pulpa është e fryrë, e kuqe dhe e nxehtë", U),
    ("ngërçi në pulpë zgjat më shumë se 20 minuta", U),
    ("punoj me plumb dhe kam ngërçe", U),
    ("kam ngërçe çdo natë", D),
    ("kam diabet dhe shpesh ngërçe në pulpë", D),
    ("dje në mbrëmje pata një ngërç në pulpë, kaloi pas një minute, nuk kam ethe", S),
    ("babai ka diabet, por unë kam vetëm një ngërç nganjëherë pas vrapimit", S),
    ("nuk kam ethe dhe qafa nuk është e ngurtë, vetëm ngërç në pulpë pas futbollit", S),
    ("po sikur të kollis gjak një ditë? tani vetëm ngërç në pulpë nganjëherë", S),
]

#: Tamil in Latin letters (a short list), new to the lists: the warning signs of triage.md at their
#: level, and the look-alikes (denied, over, someone else's, asked about) kept below.
TAMIL: list[tuple[str, str]] = [
    ("en paiyan ku valippu vandhudhu, ippo romba kaichal", E),
    ("appa ku nenju vali, moochu vida mudiyala", E),
    ("enakku irumalil ratham varudhu, kaal veekkam irukku", E),
    ("enakku sugar irukku, raathiri kaal pidippu adikadi varudhu", D),
    ("enakku kaal pidippu, kaichal illa, nenju vali illa", S),
    ("football aadina apram kaal pidippu vandhudhu, ippo illa", S),
]


@pytest.mark.parametrize(
    ("text", "level", "name"),
    [(t, lv, "Swedish") for t, lv in SWEDISH]
    + [(t, lv, "Hungarian") for t, lv in HUNGARIAN]
    + [(t, lv, "Croatian, Serbian or Bosnian") for t, lv in CROATIAN_SERBIAN]
    + [(t, lv, "Albanian") for t, lv in ALBANIAN]
    + [(t, lv, "Tamil") for t, lv in TAMIL],
)
def test_a_new_language_is_named_and_each_sign_read_at_its_level(
    text: str, level: str, name: str
) -> None:
    assert name in language_names(text), text
    read_at(text, level)
