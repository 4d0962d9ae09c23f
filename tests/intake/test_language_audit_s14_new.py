"""Every warning sign of triage.md, told as people type on a phone, in the four languages
added in round s14 (D): Greek in Latin letters ("Greeklish", no accents, x or ch for χ),
isiZulu, Igbo without tone marks or subdots, and Amharic in Latin letters. Each sign is
read at its level; a sign denied, of the past, of someone else ("my father takes
statins, I don't") or asked about keeps a cramp a level below. The sentences are the
team's own."""

from __future__ import annotations

import pytest

from crampcare.wording import language
from tests.intake.reading import language_names, level_in_language

E, U, D, S = "emergency", "urgent", "doctor", "self_care"


GREEK_LATIN: list[tuple[str, str]] = [
    ("o mpampas mou eixe krampa sto podi kai meta tremei olos kai den apantaei", E),
    ("i mama mou exei krampes kai tora einai mperdemeni, den kserei pou einai", E),
    ("lipothymise o antras mou sti douleia meta apo mia krampa", E),
    (
        "exw krampa sti gampa edw kai meres kai ksafnika den mporw na anapnefso kai "
        "ponaei to stithos mou",
        E,
    ),
    ("vixw aima kai exw krampes sta podia", E),
    ("to podi mou egine krio kai xlomo ksafnika kai den mporw na to kouniso", E),
    ("to podi tis giagias moudiase kai einai mple", E),
    ("o gios mou exei ypsilo pyreto, o sverkos tou einai piasmenos kai exei krampes", E),
    ("exw pyreto, foveros ponokefalos kai eksanthima pou den fevgei me to potiri", E),
    (
        "o pateras mou doulevei ston ilio, eixe krampes kai tora den idrwnei kai einai mperdemenos",
        E,
    ),
    ("o pappous lipothymise sto kafsona, to derma tou einai kaftero kai ksero", E),
    ("i kori mou 3 xronwn katapie xapia tis giagias tis kai exei krampes", E),
    ("katapia epitides polla xapia kai tora exw krampes", E),
    ("to paidi ipie xlorini kai exei krampes", E),
    (
        "patisa skouriasmeno karfi prin mia evdomada kai tora to sagoni mou kleidwse, "
        "den mporw na anoixw to stoma",
        E,
    ),
    ("meta ton marathonio ta oura mou einai san coca cola kai oi mys mou ponane fovera", E),
    ("meta apo to taxidi me aeroplano i aristeri gampa mou einai prismeni, kokkini kai zesti", U),
    ("exw krampa edw kai 20 lepta kai to tentwma den voithaei", U),
    ("kopika me ena karfi kai exw spasmous, den exw kanei pote antitetaniko", U),
    ("doulevw se ergostasio mpatarion me molyvi kai exw krampes", U),
    ("exw krampes stin koilia kai sta xeria meta apo emeto kai diarroia", U),
    (
        "moudiasma gyro apo to stoma kai ta daxtyla mou kleinoun meta apo xeirourgeio thyreoeidous",
        U,
    ),
    ("akousa ena krak sti gampa kai den mporw na stathw stis mytes", U),
    ("exw krampes kathe vrady edw kai mines, me ksypnaei kai den kalyterevei", D),
    ("apo tote pou arxisa statines exw krampes", D),
    ("exw zaxaro kai krampes sta podia syxna", D),
    ("otan perpataw ponaei i gampa mou kai perna otan stamataw", D),
    ("ta podia mou einai adynama, oi mys liwnoun kai tremopaizoun kato apo to derma", D),
    ("pinw poly alkool kathe mera kai exw krampes", D),
    ("kanw aimokatharsi kai exw syxna krampes", D),
    ("exw anisyxa podia to vrady kai prepei na ta kounaw", D),
    ("o mpampas mou pairnei statines, ego oxi, eixa mia mikri krampa kai perase", S),
    ("exw krampa sti gampa, xwris pyreto, xwris prhksimo, me to tentwma perase", S),
    ("prin 2 xronia eixa krisi epilipsias, tora mono mia mikri krampa pou perase", S),
    ("an to podi mou ginei krio kai xlomo ti kanw? tora mono mia mikri krampa", S),
    ("o filos mou exei prismeni gampa meta apo ptisi, ego mono mia mikri krampa pou perase", S),
    ("krampa sti gampa, oxi pyretos, oxi ponokefalos, perase me tentwma", S),
]

ISIZULU: list[tuple[str, str]] = [
    (
        "ubaba ubephethwe yikhwela emlenzeni manje umzimba wonke uyaqhaqhazela futhi akaphenduli",
        E,
    ),
    ("umama uphethwe amakhwela manje udidekile, akazi ukuthi ukuphi", E),
    ("umyeni wami uqulekile emsebenzini ngemva kokuba ephethwe yikhwela", E),
    (
        "ithole lami livuvukele izinsuku ezintathu manje angikwazi ukuphefumula futhi "
        "isifuba sibuhlungu",
        E,
    ),
    ("ngikhwehlela igazi futhi nginekhwela emlenzeni", E),
    (
        "umlenze wami ubanda njengeqhwa kungazelele, umhlophe futhi angikwazi ukuwunyakazisa",
        E,
    ),
    ("unyawo lukagogo lufile ndikindiki futhi luluhlaza", E),
    ("indodana yami inemfiva ephezulu, intamo yakhe iqinile futhi inamakhwela", E),
    (
        "nginemfiva, ikhanda libuhlungu kakhulu futhi kukhona amabala abomvu angapheli "
        "uma ngicindezela ngengilazi",
        E,
    ),
    ("ubaba usebenza elangeni, ubenekhwela manje akasajuluki futhi udidekile", E),
    ("umkhulu uwile elangeni, isikhumba sakhe sishisa futhi somile", E),
    ("ingane yami eneminyaka emi-3 igwinye amaphilisi kagogo, manje inekhwela", E),
    ("ngiphuze amaphilisi amaningi ngamabomu, manje nginekhwela", E),
    ("ingane iphuze ijik, manje inekhwela", E),
    (
        "ngigxobe isipikili esigqwalile ngesonto eledlule manje umhlathi wami uvalekile, "
        "angikwazi ukuvula umlomo",
        E,
    ),
    (
        "ngemva kwemarathon umchamo wami umnyama njenge-coke futhi imisipha ibuhlungu kakhulu",
        E,
    ),
    (
        "ngemva kohambo olude ngendiza ithole lami lesokunxele livuvukele, libomvu futhi liyashisa",
        U,
    ),
    ("nginekhwela imizuzu engu-20 manje, ukwelula akusizi", U),
    (
        "ngizisikile ngesipikili manje imisipha iyadonseka, angikaze ngithole umjovo we-tetanus",
        U,
    ),
    ("ngisebenza efekthri yamabhethri nomthofu, nginamakhwela", U),
    ("nginamakhwela esiswini nasezingalweni ngemva kokuhlanza nohudo", U),
    ("kuyangihlabahlaba emlonyeni futhi iminwe yami iyagoqeka", U),
    ("ngizwe kuqhuma ethole, angikwazi ukuma ngezinzwane", U),
    ("nginamakhwela njalo ebusuku izinyanga, kuyangivusa futhi akuthuthuki", D),
    ("kusukela ngaqala ama-statin nginamakhwela", D),
    ("nginoshukela futhi ngiba namakhwela emilenzeni kaningi", D),
    ("uma ngihamba ithole liyaqaqamba, uma ngiphumula kuyaphela", D),
    (
        "imilenze yami ibuthakathaka, imisipha iyancipha futhi iyagxuma ngaphansi kwesikhumba",
        D,
    ),
    ("ngiphuza utshwala kakhulu nsuku zonke futhi nginamakhwela", D),
    ("ngenza i-dialysis futhi nginamakhwela kaningi", D),
    ("imilenze yami ayiphumuli ebusuku, kufanele ngiyinyakazise", D),
    ("ubaba uthatha ama-statin, mina angiwathathi, nginekhwela elincane laphela", S),
    ("nginekhwela emlenzeni, ayikho imfiva, akukho ukuvuvuka, ngelulile laphela", S),
    (
        "eminyakeni emibili edlule ngaba nesithuthwane, manje nginekhwela elincane kuphela",
        S,
    ),
    ("kuthiwani uma umlenze ubanda futhi umhlophe? manje nginekhwela elincane kuphela", S),
    (
        "umngane wami unethole elivuvukele ngemva kwendiza, mina nginekhwela elincane laphela",
        S,
    ),
    ("nginekhwela, akukho mfiva, ikhanda alibuhlungu, ngelulile kwadlula", S),
]

IGBO: list[tuple[str, str]] = [
    (
        "nna m nwere akwara gbakoro n ukwu ya, ugbu a ahu ya niile na-ama jijiji, o naghi aza",
        E,
    ),
    ("nne m nwere cramp ma ugbu a isi ya agbagwojuru, o maghi ebe o no", E),
    ("di m dara mba n ebe oru mgbe akwara gbakoro ya", E),
    (
        "ukwu m zara aza kemgbe ubochi ato, ugbu a enweghi m ike iku ume, obi m na-egbu m mgbu",
        E,
    ),
    ("a na m akpo ukwara obara, akwara m na-agbako", E),
    ("ukwu m juru oyi na mberede, o chachara ocha, enweghi m ike ikpali ya", E),
    ("ukwu nne nne m nwuru anwu, o na-acha anunu", E),
    ("nwa m nwoke nwere ahu oku di ukwuu, olu ya siri ike, akwara na-agbako ya", E),
    (
        "enwere m ahu oku, isi owuwa di njo, na ntupo uhie na-adighi apu ma m pia ya iko",
        E,
    ),
    (
        "nna m na-aru oru n anwu, akwara gbakoro ya, ugbu a osuso anaghi agba ya, isi ya "
        "agbagwojuru",
        E,
    ),
    ("nna nna m dara mba n anwu, akpukpo ahu ya na-ekpo oku ma kporo nku", E),
    ("nwa m di afo 3 loro ogwu nne nne ya, ugbu a akwara na-agbako ya", E),
    ("m nuru otutu ogwu n ebumnuche, ugbu a akwara na-agbako m", E),
    ("nwa m nuru bleach, ugbu a akwara na-agbako ya", E),
    (
        "ntu nwere nchara gbara m n izu gara aga, ugbu a agba m kpochiri, enweghi m ike "
        "imeghe onu m",
        E,
    ),
    (
        "mgbe m gbasiri oso marathon mamiri m na-acha oji dika coke, akwara m na-egbu m "
        "mgbu nke ukwuu",
        E,
    ),
    (
        "mgbe m siri njem ugboelu ogologo, ukwu m aka ekpe zara aza, o na-acha uhie "
        "uhie, o na-ekpo oku",
        U,
    ),
    ("akwara gbakoro m ruo nkeji 20, igbati enyeghi aka", U),
    ("ntu gbara m, ugbu a akwara m na-agbako, agbabeghi m ogwu tetanus", U),
    ("ana m aru oru n ulo oru batiri, e nwere lead, akwara na-agbako m", U),
    ("akwara na-agbako m n afo na aka mgbe m gbochara agbo na afo osisa", U),
    ("ihe na-agba ntutu n onu m, mkpisi aka m na-agbakota", U),
    ("a nuru m ka ihe gbawara n ukwu m, enweghi m ike iguzo na mkpisi ukwu m", U),
    (
        "akwara na-agbako m kwa abali kemgbe onwa ato, o na-akpote m n ura, o naghi aka mma",
        D,
    ),
    ("kemgbe m malitere ogwu cholesterol akwara na-agbako m", D),
    ("enwere m oria shuga, akwara na-agbako m ugboro ugboro", D),
    ("mgbe m na-aga ije ukwu m na-egbu m mgbu, mgbe m zuru ike o na-ala", D),
    ("ike gwuru m n ukwu, akwara m na-ebelata, o na-ama jijiji n okpuru akpukpo", D),
    ("m na-anu mmanya nke ukwuu kwa ubochi, akwara na-agbako m", D),
    ("a na m eme dialysis, akwara na-agbako m ugboro ugboro", D),
    ("ukwu m anaghi ezu ike n abali, achoro m imeghari ukwu m", D),
    ("nna m na-anu statin, mu onwe m anaghi anu, akwara gbakoro m otu ugboro o lara", S),
    (
        "akwara gbakoro m n ukwu, enweghi m ahu oku, ukwu m azaghi aza, agbatiri m ya o lara",
        S,
    ),
    ("afo abuo gara aga akwukwu dara m, ugbu a naani obere akwara gbakoro m o lara", S),
    (
        "o buru na ukwu m juru oyi ma chachaa ocha, gini ka m ga-eme? ugbu a naani obere "
        "akwara gbakoro m o lara",
        S,
    ),
    (
        "enyi m nwere ukwu zara aza mgbe o siri ugboelu, mu onwe m naani obere akwara "
        "gbakoro m o lara",
        S,
    ),
    ("akwara gbakoro m, ahu oku adighi, isi owuwa adighi, agbatiri m ya o lara", S),
]

AMHARIC: list[tuple[str, str]] = [
    ("abate egru yizewal neber ahun gelaw hulu yinqeteqetal, aymelsim", E),
    ("enate egrua qurtet alebat ahun gra gebtotal, yet endalech atawqm", E),
    ("bale qurtet yizewal neber ena rasun sato wedeqe", E),
    ("bate le sost ken abtwal, ahun metenfes alchilm, derete yamegnal", E),
    ("dem yasalegnal ena egre yizegnal", E),
    ("egre bedingat qezqaza ena nech hone, mantesaqes alchilm", E),
    ("ayate egrua dendezual ena semayawi honual", E),
    ("wend lije kefitegna tekusat alebet, angetu dereq bilual, egru yizewal", E),
    (
        "tekusat alebign, ras hmem betam kebad new, be birchiqo sichan yemayetefa shifta alebign",
        E,
    ),
    ("abate betsehay yiseral, qurtet yizewal, ahun lab akome ena gra gebtotal", E),
    ("akoyate betsehay rasuan sata, qodawa yimuqal ena deraq new", E),
    ("ye 3 amet lije ye ayate kinin wate, ahun yizewal", E),
    ("hon blo bizu kinin wateku, ahun egre yizegnal", E),
    ("lije berekina teta, ahun qurtet yizewal", E),
    (
        "yezage mismar wegagn yalefew samint, ahun mengagaye teqolfual, afen mekfet alchilm",
        E,
    ),
    ("ke marathon behuala shinte ende coca cola tiqur new, tunchaye betam yamegnal", E),
    ("ke rejim berera behuala gra bate abtwal, qey new ena yimuqal", U),
    ("qurtet le 20 dekika yizegnal, mezergat aytewm", U),
    ("mismar qoretegn, ahun tunchaye yizegnal, ye tetanus merfe altewegahum", U),
    ("ye batri fabrika wust ersas gar eseralehu, qurtet yizegnal", U),
    ("ke mastawek ena teqmat behuala hode ena ejoche yizegnal", U),
    ("afe zuriya yiwregregal ena tatoche yitetamemal", U),
    ("bate wist dimts semahu, be tat mekom alchilm", U),
    ("hulum mata qurtet yizegnal le weroch, enqilfe yikelklegnal, aysheshalm", D),
    ("ye cholesterol medhanit mewsed kejemerku jemro qurtet yizegnal", D),
    ("sukuar alebign ena bizu gize egre yizegnal", D),
    ("sihed bate yamegnal, siarf yitewal", D),
    ("egroche dekmewal, tunchaye eyekesese new, ke qoda sir yinqetaqetal", D),
    ("betam alkol etetalehu yeqen, qurtet yizegnal", D),
    ("dialysis ewesdalehu ena bizu gize qurtet yizegnal", D),
    ("mata egroche ayarefm, mantesaqes yasfelgegnal", D),
    ("abate statin yiwesdal, ene gin aywesdm, and gize qurtet yazegn alefe", S),
    ("egre qurtet yizegnal, tekusat yelem, ebtet yelem, bezergaw alefe", S),
    ("ke hulet amet befit ye mitil beshita neberebign, ahun tenesh qurtet bicha", S),
    ("egre qezqaza ena nech kehone min madreg alebign? ahun tenesh qurtet bicha neber alefe", S),
    ("guadegnaye ke berera behuala batu abtwal, ene gin tenesh qurtet bicha neber alefe", S),
    ("qurtet neber, tekusat yelem, ras hmem yelem, bezergaw alefe", S),
]

# The signs told another way: other spellings (ch, h or w for Greek letters), other
# forms of a word (a past, a contracted "my"), pregnancy in weeks, a question.
OTHER_WAYS: list[tuple[str, str, str]] = [
    ("o babas m epese kato kai trantazetai olos, den milaei", E, "Greek"),
    ("h giagia mou einai zalismenh kai leei asxeta meta tis krampes", E, "Greek"),
    ("echo krampa kai den mporo na anapneuso kala", E, "Greek"),
    ("o adelfos mou exase tis aisthiseis tou sto gipedo meta apo krampes", E, "Greek"),
    ("to pedi exei 39 pireto kai den mporei na skipsei to kefali", E, "Greek"),
    ("i kori mou katapie ta xapia tis giagias", E, "Greek"),
    ("ipie fotistiko to mikro kai exei krampes", E, "Greek"),
    (
        "eimai egkyos 34 evdomadwn kai exw krampes, thampi orasi kai poly dynato ponokefalo",
        E,
        "Greek",
    ),
    ("i gampa mou einai prismeni kai kokkini meta apo xeirourgeio sto gonato", U, "Greek"),
    ("krampes stin kilia, ksernaw apo to prwi", U, "Greek"),
    ("i krampa sti gampa krataei misi wra kai den fevgei me tentwma", U, "Greek"),
    ("exw xronies krampes kai ta podia mou mudiazoun", D, "Greek"),
    ("o giatros mou edwse diouritiko kai apo tote exw krampes", D, "Greek"),
    ("exw ypothyreoeidismo kai krampes sta podia", D, "Greek"),
    ("nomizw oti einai mia apli krampa, perase se 2 lepta", S, "Greek"),
    ("den exw pyreto oute ponokefalo, mono krampes to vrady kamia fora", S, "Greek"),
    ("umntanami ugwinye amaphilisi kamama, manje unekhwela", E, "isiZulu"),
    ("ugogo uwile phansi akasakhulumi futhi akasaphenduli", E, "isiZulu"),
    ("ubaba uyadlikiza umzimba wonke", E, "isiZulu"),
    ("ngiphelelwa umoya futhi isifuba siyangiqaqamba", E, "isiZulu"),
    ("ingane inemfiva futhi intamo iqinile, inamakhwela", E, "isiZulu"),
    ("umama uphuze ushevu wamagundane, manje unamakhwela", E, "isiZulu"),
    (
        "ngikhulelwe amasonto angu-34, ikhanda libuhlungu kakhulu futhi angiboni kahle",
        E,
        "isiZulu",
    ),
    ("ithole lami livuvukele futhi libomvu emva kokuhlinzwa", U, "isiZulu"),
    ("ngihlanza kakhulu futhi nginamakhwela esiswini", U, "isiZulu"),
    ("nginamakhwela amasonto amaningi njalo ebusuku", D, "isiZulu"),
    ("nginesifo sezinso futhi nginamakhwela", D, "isiZulu"),
    ("imilenze yami iba ndikindiki futhi nginamakhwela", D, "isiZulu"),
    ("nginekhwela elincane, kwadlula ngemizuzu emibili", S, "isiZulu"),
    ("umama wayenesithuthwane esemncane, manje unekhwela elincane kuphela", S, "isiZulu"),
    (
        "kuthiwani uma ingane igwinya amaphilisi? manje nginekhwela elincane kuphela",
        S,
        "isiZulu",
    ),
    ("nne m dara n ala, o naghi eteta", E, "Igbo"),
    ("nwa m na-ama jijiji ahu ya niile, akwara na-agbako ya", E, "Igbo"),
    ("o siri m ike iku ume, obi m na-afu m ufu", E, "Igbo"),
    ("nwa m nwanyi nuru ogwu ahuhu, akwara na-agbako ya", E, "Igbo"),
    ("nwa m nwoke nwere ahu oku na olu siri ike, akwara na-agbako ya", E, "Igbo"),
    (
        "a di m ime izu 34, isi na-awa m nke ukwuu, anya m adighi ahu uzo nke oma",
        E,
        "Igbo",
    ),
    (
        "ukwu m aka nri zara aza, o na-acha uhie uhie mgbe e wachara m ahu",
        U,
        "Igbo",
    ),
    ("m na-agbo agbo ma afo na-asa m, akwara na-agbako m n afo", U, "Igbo"),
    ("akwara na-agbako m ugboro ugboro kemgbe izu abuo", D, "Igbo"),
    ("enwere m oria akuru ma akwara na-agbako m", D, "Igbo"),
    ("ukwu m na-anwu anwu, akwara na-agbako m", D, "Igbo"),
    ("obere akwara gbakoro m, o lara n ime nkeji abuo", S, "Igbo"),
    ("mgbe m bu nwata, m nwere akwukwu, ugbu a naani obere akwara gbakoro m", S, "Igbo"),
    ("enweghi m ahu oku, enweghi m isi owuwa, naani akwara n abali", S, "Igbo"),
    ("abate wedeqe ena ayneqam, qurtet neberebet", E, "Amharic"),
    ("enate yemitil beshita yazat, gelawa hulu yinketeketal", E, "Amharic"),
    ("metenfes akategn ena derete yamegnal, egre yizegnal", E, "Amharic"),
    ("hitsanu berekina teta, ahun qurtet yizewal", E, "Amharic"),
    (
        "ertguz negn 34 samint, ras hmem betam kebad new ena aynie bizu ayayim",
        E,
        "Amharic",
    ),
    ("ke qedo tegena behuala gra batie abtwal ena qey new", U, "Amharic"),
    ("betam ewekalehu ena hode yizegnal", U, "Amharic"),
    ("le bizu samint hulum mata egre yizegnal", D, "Amharic"),
    ("ye kulalit hmem alebign ena qurtet yizegnal", D, "Amharic"),
    ("egre dendezo yikoyal, qurtet yizegnal", D, "Amharic"),
    ("tenesh qurtet neber, be hulet dekika alefe", S, "Amharic"),
    ("lij eyalehu yemitil beshita neberebign, ahun tenesh qurtet bicha new", S, "Amharic"),
    ("tekusat yelem, ras hmem yelem, mata bicha tenesh qurtet", S, "Amharic"),
]

# As typed with English words mixed in ("cramp", "pills", "gym"), a prefix on an English
# word ("une-cramp", "ama-pills"), a digit for a Greek letter ("8ermokrasia").
MIXED: list[tuple[str, str, str]] = [
    ("O mpampas mou exei cramp sto podi kai tora den apantaei, voitheia!!", E, "Greek"),
    ("h mama mou exei krampes k einai poly berdemenh", E, "Greek"),
    ("to paidi mou 2 xronwn ipie xlwrinh, ti na kanw", E, "Greek"),
    ("exw 8ermokrasia 39 kai o svergos mou einai sklhros, exw kai krampes", E, "Greek"),
    ("pono sto stithos kai dyspnoia meta apo krampa sti gampa", E, "Greek"),
    ("ta oura mou einai mavra meta to gym, ponane oloi oi mues", E, "Greek"),
    ("krampes kathe nyxta, 4-5 fores tin evdomada, ti na kanw?", D, "Greek"),
    ("mia krampa sti gampa xthes to vrady, perase amesws", S, "Greek"),
    ("ubaba une-cramp manje akaphenduli, siza!", E, "isiZulu"),
    ("umama unama-cramp futhi udidekile kakhulu", E, "isiZulu"),
    ("ingane yami iphuze ama-pills kagogo", E, "isiZulu"),
    ("nginemfiva, intamo yami iqinile, ngine-cramp", E, "isiZulu"),
    ("isifuba sibuhlungu futhi angikwazi ukuphefumula kahle", E, "isiZulu"),
    ("ngine-cramp njalo ebusuku, kuyangivusa", D, "isiZulu"),
    ("ngine-cramp emlenzeni izolo, kwadlula ngokushesha", S, "isiZulu"),
    ("my papa nwere cramp, ugbu a o naghi aza", E, "Igbo"),
    ("nne m nwere cramp, isi ya agbagwojuru", E, "Igbo"),
    ("nwa m loro ogwu, biko nyere m aka", E, "Igbo"),
    ("enwere m ahu oku na olu m siri ike", E, "Igbo"),
    ("cramp na-agbako m kwa abali, o na-akpote m n ura", D, "Igbo"),
    ("enwere m obere cramp unyaahu, o lara ngwa ngwa", S, "Igbo"),
    ("abate cramp yizewal ena ahun aymelsim", E, "Amharic"),
    ("enate betam gra gebtotal, qurtet alebat", E, "Amharic"),
    ("lije kinin wate, ebakachu erdugn", E, "Amharic"),
    ("tekusat alebign ena angete dereq new", E, "Amharic"),
    ("hulum mata cramp yizegnal, enqilf aytegnm", D, "Amharic"),
    ("tilant mata tenesh qurtet neber, alefe", S, "Amharic"),
]

# Look-alikes: a sign of a neighbour or a father and not mine, a sign denied by its verb
# ("alivuvukele", "azaghi aza", "alabtem"), a medicine taken for months, cramps in the belly.
LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("o geitonas mou katapie xapia persi, to paidi mou exei mono mia mikri krampa", S, "Greek"),
    ("i gampa mou den einai prismeni oute kokkini, mono krampa pou perase", S, "Greek"),
    ("pairnw statines edw kai 2 mines kai exw krampes", D, "Greek"),
    ("o babas mou exei zaxaro, ego oxi, eixa mia mikri krampa", S, "Greek"),
    ("den exw pyreto kai o sverkos mou einai kala, mono krampa", S, "Greek"),
    ("exw krampes meta apo polles wres sto ilio kai den idrwnw pleon", E, "Greek"),
    ("ubaba akanayo imfiva, unekhwela elincane kuphela", S, "isiZulu"),
    ("umakhelwane wami unesithuthwane, mina nginekhwela elincane kuphela", S, "isiZulu"),
    ("ngithatha ama-statin izinyanga ezimbili manje nginamakhwela", D, "isiZulu"),
    ("ithole lami alivuvukele futhi alibomvu, ikhwela nje elincane", S, "isiZulu"),
    ("ubaba unoshukela, mina anginawo, nginekhwela elincane", S, "isiZulu"),
    ("nginamakhwela esiswini nasezingalweni", U, "isiZulu"),
    ("nna m enweghi ahu oku, o nwere obere akwara gbakoro ya", S, "Igbo"),
    # (a neighbour's tablets swallowed, a child named in the same sentence: fail safe, the
    # child-and-medicines concern raises it; told as last year, as in the Greek row, it
    # stays the neighbour's)
    ("onye agbata obi m loro ogwu, nwa m nwere naani obere akwara", E, "Igbo"),
    ("ana m anu ogwu statin kemgbe onwa abuo, akwara na-agbako m", D, "Igbo"),
    ("ukwu m azaghi aza, o dighi uhie, naani obere akwara", S, "Igbo"),
    ("nna m nwere oria shuga, mu onwe m enweghi, naani obere akwara", S, "Igbo"),
    ("akwara na-agbako m n afo na n aka", U, "Igbo"),
    ("abate tekusat yelebetim, tenesh qurtet bicha new", S, "Amharic"),
    # (a neighbour's tablets swallowed, a child named in the same sentence: fail safe, the
    # child-and-medicines concern raises it; told as last year, as in the Greek row, it
    # stays the neighbour's)
    ("gorebete kinin wate, lije tenesh qurtet bicha alebet", E, "Amharic"),
    ("statin le hulet wer ewesdalehu, qurtet yizegnal", D, "Amharic"),
    ("bate alabtem, qey aydelem, tenesh qurtet bicha", S, "Amharic"),
    ("abate sukuar alebet, ene yelebignim, tenesh qurtet bicha", S, "Amharic"),
    ("hode ena ejoche qurtet yizegnal", U, "Amharic"),
]

# Foaming at the mouth, not waking, a leg gone white, a cramp for an hour.
AN_HOUR_AND_MORE: list[tuple[str, str, str]] = [
    ("o pateras mou den antapokrinetai kai exei krampes", E, "Greek"),
    ("o gios mou sfadazei kai vgazei afrous, eixe krampes prin", E, "Greek"),
    ("i giagia mou epese kato anaisthiti meta apo krampa", E, "Greek"),
    ("to podi mou einai pagwmeno kai aspro, den niwthw tipota", E, "Greek"),
    ("exw krampa edw kai mia wra kai den fevgei me tipota", U, "Greek"),
    ("ubaba uyabhekuza futhi ukhihliza amagwebu", E, "isiZulu"),
    ("umama uwile wangaphinde wavuka, ubenamakhwela", E, "isiZulu"),
    ("umlenze wami ubandile futhi uphaphathekile, angiwuzwa", E, "isiZulu"),
    ("nginekhwela ihora lonke, ukwelula akusizi", U, "isiZulu"),
    ("nna m na-ama jijiji, ufufu na-aputa n onu ya", E, "Igbo"),
    ("nne m dara mba, o maghi onwe ya", E, "Igbo"),
    ("ukwu m juru oyi, o na-acha ocha, enweghi m mmetuta", E, "Igbo"),
    ("akwara gbakoro m otu awa, igbati enyeghi aka", U, "Igbo"),
    ("abate yinqeteqetal ena arefa yaweTal", E, "Amharic"),
    ("enate wedeqech ena rasuan satech", E, "Amharic"),
    ("egre qezqaza ena nech new, mantesaqes alchilm", E, "Amharic"),
    ("qurtet le and seat yizegnal, mezergat aytewm", U, "Amharic"),
]

SIGNS = (
    [
        (text, level, name)
        for name, rows in (
            ("Greek", GREEK_LATIN),
            ("isiZulu", ISIZULU),
            ("Igbo", IGBO),
            ("Amharic", AMHARIC),
        )
        for text, level in rows
    ]
    + OTHER_WAYS
    + MIXED
    + LOOK_ALIKES
    + AN_HOUR_AND_MORE
)


@pytest.mark.parametrize(("text", "level", "name"), SIGNS)
def test_each_sign_and_each_look_alike_is_read_at_its_level(
    text: str, level: str, name: str
) -> None:
    assert level_in_language(text, name) == level


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("o mpampas mou exei krampa sto podi", "Greek"),
        ("ubaba wami uphethwe yikhwela emlenzeni", "isiZulu"),
        ("nna m nwere akwara na ukwu ya", "Igbo"),
        ("abate egru yizewal, betam yamewal", "Amharic"),
    ],
)
def test_each_new_language_is_found_by_name(text: str, name: str) -> None:
    assert language_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Ike from work said my calf cramp was nothing, naw it is fine",
        "Kai my son had a cramp in his calf after football",
        "bate my breath, the cramp in my calf was bad last night and this morning",
        "my wife Ene had calf cramps at night, they pass with stretching",
        "Gini took the dog for a walk and got a cramp",
        "my husband Obi says the cramp came back at night, Ike too",
    ],
)
def test_english_with_a_name_or_word_of_theirs_gains_no_language(text: str) -> None:
    assert language.find(text) == []
