"""Round s19's audit of the glossaries (langs): the languages new to the lists (Danish or
Norwegian, Bokmål and Nynorsk's common forms; Irish; Punjabi in Latin letters), Finnish and
Welsh filled out to Swedish's depth, and the named gaps of Czech, Hungarian, Russian or
Ukrainian in Latin letters, Arabic in Latin letters (Levantine and Egyptian), Brazilian
Portuguese and French. Each sign of triage.md told in them at its level (claudication,
restless legs, a calf tear, frequent cramps that stretching does not help, IV iron and new
medicines, cramps in the belly or arms, tetanus, metals and chemicals, a child who drank
screenwash or antifreeze, a clot after a flight, meningitis, a cold blue foot, dark urine
after an ultramarathon or a new cholesterol medicine, low calcium after thyroid surgery, a
fit, heat stroke), beside look-alikes that stay lower (denied, over, someone else's, asked
about, an ordinary cramp). The sentences are the team's own, written before the reader was
run on them.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import language_names, read_at

E, U, D, S = "emergency", "urgent", "doctor", "self_care"

#: Danish or Norwegian: the signs at their level, and look-alikes (S) kept below.
DANISH_NORWEGIAN: list[tuple[str, str]] = [
    (
        "når jeg går 200 meter får jeg ondt i læggen og må stoppe, det går over når jeg "
        "står stille",
        D,
    ),
    (
        "naar jeg gaar 300 meter faar jeg vondt i leggen og maa stoppe, det gaar over "
        "etter et minutt, jeg røyker",
        D,
    ),
    ("jeg har uro i benene om natten, det kryber som myrer og jeg må bevæge dem", D),
    ("det sa smell i leggen og nå kan jeg ikke stå på tærne", U),
    ("jeg har kramper flere ganger i uka, tøying hjelper ikke og magnesium hjelper ikke", D),
    ("efter jerndrop har jeg fået kramper i læggene", D),
    ("jeg har kramper i maven og i armene", U),
    ("jeg tråkket på en rusten spiker, ikke vaksinert mot stivkrampe på 15 år, kjeven er fin", U),
    ("min søn trådte på et rustent søm og nu kan han ikke åbne munden", E),
    ("jeg arbejder med kviksølv og har kramper", U),
    ("sønnen min på to år drakk spylervæske", E),
    ("min datter drak frostvæske og har kramper", E),
    (
        "etter en lang flytur er leggen hoven, og plutselig får jeg ikke puste og har "
        "vondt i brystet",
        E,
    ),
    ("min datter har feber, stiv nakke, voldsom hovedpine og udslæt", E),
    ("foten ble plutselig kald og blå, jeg kjenner ikke tærne og kan ikke bevege dem", E),
    ("etter et ultraløp er tisset mørkt som cola og jeg er veldig svak", E),
    ("siden den nye kolesterolmedicin er urinen mørk som te og jeg er meget svag", E),
    ("efter operation i skjoldbruskkirtlen prikker det omkring munden og fingrene kramper", U),
    ("min far ryster over hele kroppen og svarer ikke", E),
    ("bestemor har kramper i varmen, snakker tull, huden er varm og tørr og hun svetter ikke", E),
    (
        "i nat fik jeg krampe i læggen, det gik over da jeg strakte ud, ingen hævelse og "
        "ingen feber",
        S,
    ),
    ("eg fekk krampe i leggen i natt, det gjekk over etter to minutt", S),
    ("min mand arbejder med bly, men jeg har kun krampe i læggen efter fodbold", S),
    ("ingen feber, ingen stiv nakke, bare krampe i leggen etter trening", S),
    ("hva hvis jeg en dag hoster blod? nå har jeg bare krampe i leggen av og til", S),
]

#: Irish: the signs at their level, and look-alikes (S) kept below.
IRISH: list[tuple[str, str]] = [
    (
        "nuair a shiúlaim 200 méadar bíonn pian i mo cholpa agus caithfidh mé stopadh, "
        "imíonn sé nuair a stopaim",
        D,
    ),
    ("tá cosa corracha agam san oíche, mar sheangáin, caithfidh mé mo chosa a bhogadh", D),
    ("chuala mé plab i mo cholpa agus ní féidir liom seasamh ar mo ladhracha", U),
    ("tá crampaí agam cúpla uair sa tseachtain agus ní chabhraíonn síneadh", D),
    ("tá crampaí i mo bholg agus i mo lámha", U),
    (
        "sheas mé ar thairne meirgeach, níl vacsaín teiteanais agam le 15 bliana, tá mo "
        "ghiall ceart go leor",
        U,
    ),
    ("d'ól mo mhac frithreo agus tá crampaí air", E),
    ("tá mo chos ata tar éis eitilte fada agus go tobann giorra anála agus pian i mo chliabh", E),
    ("tá fiabhras ar m'iníon, muineál righin agus tinneas cinn uafásach", E),
    ("tá mo chos fuar agus gorm go tobann, ní féidir liom mo mhéara coise a mhothú", E),
    ("tar éis ultramaratóin tá mo fhual dorcha mar chóla agus tá mé an-lag", E),
    ("tar éis obráid thíoróide tá griofadach timpeall an bhéil agus crampaí i mo mhéara", U),
    ("tá m'athair ag creathadh ar fud a choirp agus níl sé ag freagairt", E),
    ("tá crampa i mo cholpa aréir, d'imigh sé tar éis síneadh, níl fiabhras orm", S),
    ("níl fiabhras agus níl muineál righin, crampa beag i mo chos anois", S),
]

#: Punjabi: the signs at their level, and look-alikes (S) kept below.
PUNJABI: list[tuple[str, str]] = [
    ("200 meter turan te pindli vich dard hunda, rukna painda, ruk ke theek ho janda", D),
    ("mainu raat nu lattan vich kiriyan turdiyan, lattan hilauniyan paindiyan", D),
    ("pindli vich pataak di awaaz aayi te hun panjeyan te khada nahi ho sakda", U),
    ("mainu hafte vich kayi vaari cramp aunda, stretching naal koi farak nahi", D),
    ("iron di drip ton baad mainu cramp pai rahe", D),
    ("mainu dhidd vich te baahan vich cramp aunde ne", U),
    ("zang wala kill vajja, tetnus da teeka 10 saal ton nahi lagya, jabda theek aa", U),
    ("mera munda antifreeze pee gaya", E),
    ("bebe ji di pindli suji hoyi aa, laal te garam, operation hoyi si pichhle hafte", U),
    ("lammi flight ton baad pindli suji, achanak saah nahi aa reha te chhati vich dard", E),
    ("kudi nu tez bukhar, dhaun akad gayi te sir vich bahut zyada dard", E),
    ("pair achanak thanda te neela ho gaya, ungliyan mehsoos nahi hundiyan, hila vi nahi sakda", E),
    ("marathon ton baad pishab kala cola warga te bahut kamzori", E),
    ("thyroid da operation hoya si, hun muh de aale dwale jhunjhuni te ungliyan mur jandiyan", U),
    ("bapu ji da saara sareer kamb reha te jawab nahi de rahe", E),
    ("garmi vich bapu ji uttan puttan gallan karde, pasina aauna band ho gaya", E),
    ("kal raat pindli vich nas chadh gayi si, stretching naal theek ho gayi, bukhar koi nahi", S),
    ("mainu bukhar nahi, dhaun vi theek aa, bas pindli vich cramp", S),
]

#: Finnish: the signs at their level, and look-alikes (S) kept below.
FINNISH: list[tuple[str, str]] = [
    (
        "kun kävelen 200 metriä, pohkeeseen sattuu ja minun täytyy pysähtyä, kipu menee "
        "ohi kun pysähdyn",
        D,
    ),
    ("minulla on levottomat jalat, tuntuu kuin muurahaisia ja on pakko liikuttaa jalkoja", D),
    ("pohkeessa kuului poksahdus enkä pysty seisomaan varpaillani", U),
    ("minulla on suonenvetoja monta kertaa viikossa, venyttely ei auta eikä magnesium", D),
    ("rautainfuusion jälkeen minulla on suonenvetoja", D),
    ("minulla on kramppeja vatsassa ja käsivarsissa", U),
    (
        "astuin ruosteiseen naulaan, jäykkäkouristusrokotetta ei ole 15 vuoteen, leuka on kunnossa",
        U,
    ),
    ("taapero joi lasinpesunestettä", E),
    ("pitkän lennon jälkeen pohje on turvonnut ja yhtäkkiä hengenahdistus ja rintakipu", E),
    ("tyttärelläni on kuumetta, niska jäykkä ja kova päänsärky", E),
    ("jalka muuttui yhtäkkiä kylmäksi ja siniseksi, en tunne varpaitani", E),
    ("ultramaratonin jälkeen virtsa on tumma kuin kola ja olen todella heikko", E),
    ("kilpirauhasleikkauksen jälkeen suun ympärillä pistelee ja sormet krampaavat", U),
    ("isäni nykii koko kehosta eikä vastaa", E),
    ("mummo on helteellä sekava, iho on kuuma ja kuiva ja hän lakkasi hikoilemasta", E),
    ("työskentelen elohopean kanssa ja minulla on kramppeja", U),
    ("minulla oli suonenveto pohkeessa yöllä, meni ohi venyttelemällä, ei kuumetta", S),
    ("ei kuumetta eikä jäykkää niskaa, vain suonenveto pohkeessa", S),
    ("Isoäidilläni on kova kramppi jalassa eikä hän vastaa enää mitään", E),
]

#: Welsh: the signs at their level, and look-alikes (S) kept below.
WELSH: list[tuple[str, str]] = [
    (
        "pan dw i'n cerdded 200 metr mae poen yn fy nghroth ac mae rhaid i mi stopio, "
        "mae'n mynd pan dw i'n stopio",
        D,
    ),
    ("mae gen i goesau aflonydd yn y nos, fel morgrug, rhaid i mi symud fy nghoesau", D),
    ("clywais glec yn fy nghroth a dw i'n methu sefyll ar flaenau fy nhraed", U),
    ("mae gen i grampiau sawl gwaith yr wythnos a dyw ymestyn ddim yn helpu", D),
    ("ers i mi ddechrau tabledi newydd mae gen i grampiau", D),
    ("mae gen i grampiau yn fy mol ac yn fy mreichiau", U),
    ("camais ar hoelen rydlyd, dim brechlyn tetanws ers 15 mlynedd, mae fy ngên yn iawn", U),
    ("yfodd fy mab hylif golchi ffenest ac mae ganddo grampiau", E),
    (
        "ar ôl taith awyren hir mae fy nghroth wedi chwyddo ac yn sydyn dw i'n methu "
        "anadlu a poen yn y frest",
        E,
    ),
    ("mae gan fy merch dwymyn, gwddf anystwyth a cur pen ofnadwy", E),
    ("mae fy nhroed yn sydyn yn oer ac yn las, dw i'n methu teimlo bysedd fy nhraed", E),
    ("ar ôl ultramarathon mae fy wrin yn dywyll fel cola a dw i'n wan iawn", E),
    ("ar ôl llawdriniaeth thyroid mae pinnau bach o gwmpas fy ngheg a'r bysedd yn cyffio", U),
    ("mae fy nhad yn ysgwyd drwy'r corff i gyd a ddim yn ateb", E),
    (
        "mae mam-gu yn y gwres yn siarad lol, mae wedi stopio chwysu ac mae ei chroen yn "
        "boeth a sych",
        E,
    ),
    ("dw i'n gweithio gyda plwm ac mae gen i grampiau", U),
    ("cefais gramp yn fy nghroth neithiwr, aeth e i ffwrdd ar ôl ymestyn, dim twymyn", S),
    ("dim twymyn a dim gwddf anystwyth, dim ond cramp yn fy nghoes", S),
]

#: Czech: the signs at their level, and look-alikes (S) kept below.
CZECH: list[tuple[str, str]] = [
    ("když ujdu 200 metrů, bolí mě lýtko a musím se zastavit, po odpočinku to přejde", D),
    ("po železe v infuzi mám křeče v lýtkách", D),
    ("syn vypil nemrznoucí směs a má křeče", E),
    ("dcera má horečku, ztuhlý krk a strašně ji bolí hlava", E),
    ("noha je najednou studená a modrá, necítím prsty", E),
    ("po ultramaratonu mám moč tmavou jako kola a jsem strašně slabý", E),
    ("po protažení křeč v lýtku přešla za minutu, nemám horečku", S),
]

#: Hungarian: the signs at their level, and look-alikes (S) kept below.
HUNGARIAN: list[tuple[str, str]] = [
    ("ha 200 métert gyalogolok, fáj a vádlim és meg kell állnom, pihenésre elmúlik", D),
    ("a fiam megivott egy kis fagyállót és görcsöl", E),
    ("a lábam hirtelen hideg és kék lett, nem érzem a lábujjaimat", E),
    ("a maraton után a vizeletem sötét, mint a kóla, és nagyon gyenge vagyok", E),
    ("pajzsmirigyműtét után bizsereg a szám körül és a kezem görcsöl", U),
    ("tegnap éjjel görcsölt a vádlim, nyújtásra elmúlt, nincs lázam", S),
]

#: Russian or Ukrainian: the signs at their level, and look-alikes (S) kept below.
RUSSIAN_UKRAINIAN: list[tuple[str, str]] = [
    ("kogda prohozhu 200 metrov, bolit ikra i prihoditsya ostanavlivatsya, potom prohodit", D),
    ("posle kapelnitsy s zhelezom u menya sudorogi v ikrah", D),
    ("u menya anemiya, posle zheleza vnutrivenno svodit nogi", D),
    ("rebenok vypil omyvayku i u nego sudorogi", E),
    ("posle dolgogo pereleta ikra opukhla i vnezapno ne mogu dyshat", E),
    ("vchera noch'yu svelo ikru, proshlo za minutu, temperatury net", S),
]

#: Arabic: the signs at their level, and look-alikes (S) kept below.
ARABIC: list[tuple[str, str]] = [
    ("halla2 ma 3am 2e2dar etnaffas w sa2i manfou5 ba3d el tayyara", E),
    ("lamma bemshi 200 metr bywaja3ni sa2i w lazem o2af, ba3den byrou7", D),
    ("ibni shireb antifreeze w 3ando tashannoj", E),
    ("el bol 3ando ghame2 zay el coca cola ba3d el marathon w da3f shedid", E),
    ("shadd bi rijli mbare7, ra7 ba3d d2i2a, ma fi sa5ane", S),
]

#: Portuguese: the signs at their level, and look-alikes (S) kept below.
PORTUGUESE: list[tuple[str, str]] = [
    ("meu pai ta falando coisa com coisa nao, parou de suar e a pele ta quente e seca no calor", E),
    ("meu avo comecou a falar besteira no sol, a pele seca e quente, nao sua mais", E),
    ("quando ando 200 metros a panturrilha doi e tenho que parar, passa depois de um minuto", D),
    ("tive uma caimbra na panturrilha ontem a noite, passou alongando, sem febre", S),
]

#: French: the signs at their level, and look-alikes (S) kept below.
FRENCH: list[tuple[str, str]] = [
    (
        "quand je marche 200 mètres j'ai mal au mollet et je dois m'arrêter, ça passe "
        "après une minute, je fume",
        D,
    ),
    (
        "au bout de 300 metres de marche douleur au mollet, obligé de m'arreter, ca passe au repos",
        D,
    ),
    ("mon fils a bu du lave-glace et il a des crampes", E),
    ("crampe au mollet cette nuit, passée en une minute en étirant, pas de fièvre", S),
]


@pytest.mark.parametrize(
    ("text", "level", "name"),
    [(t, lv, "Danish or Norwegian") for t, lv in DANISH_NORWEGIAN]
    + [(t, lv, "Irish") for t, lv in IRISH]
    + [(t, lv, "Punjabi") for t, lv in PUNJABI]
    + [(t, lv, "Finnish") for t, lv in FINNISH]
    + [(t, lv, "Welsh") for t, lv in WELSH]
    + [(t, lv, "Czech") for t, lv in CZECH]
    + [(t, lv, "Hungarian") for t, lv in HUNGARIAN]
    + [(t, lv, "Russian or Ukrainian") for t, lv in RUSSIAN_UKRAINIAN]
    + [(t, lv, "Arabic") for t, lv in ARABIC]
    + [(t, lv, "Portuguese") for t, lv in PORTUGUESE]
    + [(t, lv, "French") for t, lv in FRENCH],
)
def test_each_sign_is_named_and_read_at_its_level(text: str, level: str, name: str) -> None:
    assert name in language_names(text), text
    read_at(text, level)
