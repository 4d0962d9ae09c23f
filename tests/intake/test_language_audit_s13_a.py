"""Every warning sign of triage.md, told as people type on a phone (accents, tones and
hooked letters dropped, English medical words mixed in), in the languages of round s13's
audit (A): Vietnamese typed without accents, Hausa, Yoruba without tone marks, Swahili,
Tagalog, Indonesian or Malay, Turkish, and Hindi or Urdu in Latin letters. Each sign is
read at its level; a sign denied, of the past, or of someone else ("my father takes
statins, I don't") keeps a cramp one level below. The sentences are the team's own."""

from __future__ import annotations

import pytest

from crampcare.wording import language
from tests.intake.reading import parsed_level_from_text


def _names(text: str) -> list[str]:
    return [f.language.name for f in language.find(text)]


E, U, D, S = "emergency", "urgent", "doctor", "self_care"


VIETNAMESE: list[tuple[str, str]] = [
    ("bo toi bi chuot rut roi tu nhien co giat toan than, goi khong tra loi", E),
    ("me toi bi chuot rut chan, gio lu lan khong biet minh o dau", E),
    ("bap chan toi sung may hom nay, gio dot nhien kho tho va dau nguc", E),
    ("toi bi chuot rut va ho ra mau tu sang", E),
    ("chan toi tu nhien lanh ngat, trang bech va khong cu dong duoc", E),
    ("con toi bi sot cao, cung co va chuot rut", E),
    ("toi sot, dau dau du doi va noi ban do khong mat khi an ly", E),
    ("bo toi lam ngoai nang bi chuot rut, gio khong ra mo hoi nua va lu lan", E),
    ("con toi 3 tuoi uong het vi thuoc cua ba noi, gio bi chuot rut", E),
    ("toi bi dam dinh ri tuan truoc, gio cung ham khong ha mieng duoc", E),
    ("sau khi chay marathon nuoc tieu toi mau nhu coca va co rat yeu", E),
    ("sau chuyen bay dai bap chan trai toi sung, do va nong", U),
    ("toi bi chuot rut 20 phut roi, keo gian khong do", U),
    ("toi lam o xuong tai che binh ac quy, gio hay bi chuot rut", U),
    ("toi bi chuot rut o bung va tay sau khi tieu chay", U),
    ("te quanh mieng va ngon tay bi co quap lai", U),
    ("dem nao toi cung bi chuot rut, thuc day luc nua dem, keo gian may tuan khong do", D),
    ("toi bi chuot rut tu khi bat dau uong thuoc statin", D),
    ("toi bi tieu duong va hay bi chuot rut o chan", D),
    ("di bo thi dau bap chan, nghi thi het", D),
    ("bo toi uong statin, toi thi khong uong thuoc gi, chi bi chuot rut mot chut roi het", S),
    ("toi bi chuot rut o chan, khong sot, khong sung, keo gian la het", S),
    ("nam ngoai toi bi co giat, bay gio chi bi chuot rut nhe, keo gian la het", S),
]

HAUSA: list[tuple[str, str]] = [
    ("babana jijiya ta kama shi a kafa sai jikinsa duka ya kame yana girgiza, baya amsawa", E),
    ("mamana tana da murdewar tsoka kuma yanzu ta rikice, bata san inda take ba", E),
    ("kafata ta kumbura kwana uku, yanzu kwatsam bana iya numfashi kuma kirjina yana ciwo", E),
    ("ina tari da jini kuma jijiya tana kama ni a kafa", E),
    ("kafata kwatsam ta yi sanyi kankara ta yi fari, bana iya motsa ta", E),
    ("dana yana da zazzabi mai zafi, wuyansa ya kame kuma jijiya na kama shi", E),
    ("babana yana aiki a rana sai jijiya ta kama shi, yanzu ya daina zufa kuma ya rikice", E),
    ("dana dan shekara 3 ya hadiye kwayoyin magani na kakarsa, yanzu jijiya na kama shi", E),
    ("na taka kusa mai tsatsa satin da ya wuce, yanzu mukamukina ya kame bana iya bude baki", E),
    ("bayan gudun marathon fitsarina baki kamar coca cola kuma tsokoki na ciwo sosai", E),
    ("bayan doguwar tafiya a jirgi kafata ta hagu ta kumbura, ja ce kuma tana da zafi", U),
    ("jijiya ta kama ni minti 20 kenan, mikewa bata taimaka ba", U),
    ("ina aiki a wurin gyaran batir, yanzu jijiya na kama ni", U),
    ("murdewar ciki da hannaye bayan gudawa", U),
    ("kowane dare jijiya na kama ni a kafa, tana tashe ni, makonni mikewa bata taimaka ba", D),
    ("tun da na fara shan maganin statin jijiya take kama ni", D),
    ("ina da ciwon suga kuma jijiya na kama ni a kafa sau da yawa", D),
    ("babana yana shan statin, ni ban sha ba, jijiya ta kama ni sau daya kawai ta wuce", S),
    ("jijiya ta kama ni a kafa, babu zazzabi, babu kumburi, na mike ta wuce", S),
    ("Kakata tana da ciwon kafa sosai kuma yanzu ba ta amsa komai", E),
]

YORUBA: list[tuple[str, str]] = [
    ("isan baba mi fa lese lojiji ni gbogbo ara re le, o n gbon giri, ko dahun", E),
    ("isan mama mi n fa bayii o ti daru, ko mo ibi ti o wa", E),
    ("ese mi ti wu fun ojo meta, bayii lojiji mi o le mi daadaa, aya mi n dun mi", E),
    ("isan mi n fa mo si n iko eje", E),
    ("ese mi lojiji tutu bi yinyin o si funfun, mi o le gbe ese mi", E),
    ("omo mi ni iba gidi, orun re le, isan re n fa", E),
    ("baba mi n sise ninu oorun isan re fa, bayii ko lagun mo o si ti daru", E),
    ("omo mi omo odun 3 gbe oogun iya agba re mi, isan re n fa bayii", E),
    ("mo te isoo to ti dipata lose to koja, bayii agbon mi le mi o le la enu", E),
    ("leyin ere marathon ito mi dudu bi coca cola, isan mi n dun mi gan", E),
    ("leyin irin ajo gigun ninu baalu ese mi osi wu, o pupa o si gbona", U),
    ("isan mi n fa fun iseju 20, nina ko ran mi lowo", U),
    ("mo n sise nibi ti won ti n tun batiri se, isan mi ti n fa", U),
    ("isan inu mi ati apa mi n fa leyin igbe gbuuru", U),
    ("ni gbogbo oru isan mi n fa, o n ji mi, fun ose meloo kan nina ko ran mi lowo", D),
    ("lati igba ti mo ti bere oogun statin isan mi n fa", D),
    ("mo ni itogbe, isan ese mi si maa n fa nigbagbogbo", D),
    ("baba mi n lo statin, emi ko lo, isan mi fa leekan o si lo", S),
    ("isan ese mi fa, ko si iba, ko si wiwu, mo na o si lo", S),
]

SWAHILI: list[tuple[str, str]] = [
    ("baba yangu alipata mkakamao mguuni kisha mwili wote ukakakamaa na kutetemeka, haitikii", E),
    ("mama yangu ana mkakamao na sasa amechanganyikiwa, hajui yuko wapi", E),
    ("shavu la mguu limevimba siku kadhaa, sasa ghafla siwezi kupumua na kifua kinauma", E),
    ("nina mkakamao na nakohoa damu", E),
    ("mguu wangu ghafla umekuwa baridi sana na mweupe, siwezi kuusogeza", E),
    ("mtoto wangu ana homa kali, shingo ngumu na mkakamao", E),
    (
        "baba alikuwa anafanya kazi juani, akapata mkakamao, sasa hatoki jasho na amechanganyikiwa",
        E,
    ),
    ("mtoto wangu wa miaka 3 amemeza vidonge vya bibi yake na ana mkakamao", E),
    ("nilichomwa na msumari wenye kutu, sasa taya imekaza siwezi kufungua mdomo", E),
    ("baada ya marathon mkojo wangu ni kama coca cola na misuli inauma sana", E),
    ("baada ya safari ndefu ya ndege shavu la kushoto limevimba, jekundu na moto", U),
    ("mkakamao umekuwa dakika 20, kunyoosha hakusaidii", U),
    ("nafanya kazi ya kurejesha betri, nimeanza kupata mkakamao", U),
    ("nina mkakamao tumboni na mikononi baada ya kuhara", U),
    ("kila usiku napata mkakamao, unaniamsha, wiki kadhaa kunyoosha hakusaidii", D),
    ("tangu nianze dawa ya statin napata mkakamao", D),
    ("nina kisukari na napata mkakamao miguuni mara kwa mara", D),
    ("baba yangu anatumia statin, mimi situmii, nilipata mkakamao mara moja tu ukapita", S),
    ("nina mkakamao mguuni, hakuna homa, hakuna uvimbe, nikinyoosha unapita", S),
]

TAGALOG: list[tuple[str, str]] = [
    ("pinulikat si tatay tapos naninigas buong katawan at nangingisay, hindi sumasagot", E),
    ("pinupulikat si nanay at ngayon nalilito siya, hindi alam kung nasaan siya", E),
    ("namamaga binti ko ilang araw na, ngayon biglang hirap huminga at masakit dibdib ko", E),
    ("pinupulikat ako at umuubo ng dugo", E),
    ("biglang lumamig at namutla ang paa ko, hindi ko maigalaw ang paa ko", E),
    ("may mataas na lagnat anak ko, matigas leeg at pinupulikat", E),
    ("nagtatrabaho si tatay sa init, pinulikat, ngayon hindi na pinapawisan at nalilito", E),
    ("ang anak kong 3 taon nakalunok ng gamot ng lola niya, pinupulikat", E),
    ("natusok ako ng kalawanging pako, ngayon naninigas ang panga ko hindi maibuka ang bibig", E),
    ("pagkatapos ng marathon kulay coke ang ihi ko at sobrang sakit ng muscles", E),
    ("pagkatapos ng mahabang byahe namamaga ang kaliwang binti ko, pula at mainit", U),
    ("20 minutes na ang pulikat ko, hindi nawawala kahit i-stretch", U),
    ("nagtatrabaho ako sa pag-recycle ng baterya, pinupulikat ako", U),
    ("pinupulikat ang tiyan at braso ko pagkatapos magtae", U),
    (
        "gabi-gabi ako pinupulikat, nagigising ako, ilang linggo na hindi gumagaling sa stretching",
        D,
    ),
    ("mula nang uminom ako ng statin pinupulikat na ako", D),
    ("may diabetes ako at madalas pulikat sa binti", D),
    ("umiinom ng statin tatay ko, ako hindi, pinulikat lang ako minsan at nawala", S),
    ("pulikat sa binti, walang lagnat, walang maga, nawala sa stretch", S),
]

INDONESIAN_OR_MALAY: list[tuple[str, str]] = [
    ("ayah saya kram kaki lalu seluruh badannya kaku dan kejang-kejang, tidak merespon", E),
    ("ibu saya kram dan sekarang bingung, tidak tahu dia di mana", E),
    ("betis saya bengkak beberapa hari, sekarang tiba-tiba sesak napas dan nyeri dada", E),
    ("saya kram kaki dan batuk darah dari pagi", E),
    ("kaki saya tiba-tiba dingin, pucat dan tidak bisa digerakkan", E),
    ("anak saya demam tinggi, leher kaku dan kram", E),
    ("ayah kerja di bawah terik matahari, kram, sekarang tidak berkeringat lagi dan bingung", E),
    ("anak saya umur 3 tahun menelan obat neneknya dan sekarang kram", E),
    ("kena paku berkarat minggu lalu, sekarang rahang kaku tidak bisa buka mulut", E),
    ("habis lari maraton kencing saya warna coca cola dan otot sakit sekali", E),
    ("setelah perjalanan jauh naik pesawat betis kiri bengkak, merah dan panas", U),
    ("kram sudah 20 menit, diregangkan tidak membantu", U),
    ("saya kerja daur ulang aki, sekarang sering kram", U),
    ("kram di perut dan tangan setelah diare", U),
    ("tiap malam kram sampai terbangun, sudah berminggu-minggu peregangan tidak membantu", D),
    ("sejak mulai minum obat statin saya sering kram", D),
    ("saya punya diabetes dan sering kram kaki", D),
    ("ayah saya minum statin, saya tidak, cuma kram sekali lalu hilang", S),
    ("kram kaki, tidak demam, tidak bengkak, hilang setelah diregangkan", S),
]

TURKISH: list[tuple[str, str]] = [
    ("babam kramp girdi sonra butun vucudu kasildi ve titremeye basladi, cevap vermiyor", E),
    ("annem kramp oldu simdi cok bilincsiz, nerede oldugunu bilmiyor", E),
    ("baldirim birkac gundur sislikti, simdi aniden nefes alamiyorum ve gogsum agriyor", E),
    ("bacagim birden buz gibi soguk ve bembeyaz oldu, hareket ettiremiyorum", E),
    ("oglumun atesi var, ensesi kaskati ve kramplari var", E),
    ("babam gunes altinda calisirken kramp girdi, terlemiyor artik ve bilinci bulanik", E),
    ("3 yasindaki oglum babaannesinin ilaclarini yuttu, kramp giriyor", E),
    ("paslı civiye bastim, simdi cenem kilitlendi agzimi acamiyorum", E),
    ("maratondan sonra idrarim kola renginde ve kaslarim cok agriyor", E),
    ("uzun ucak yolculugundan sonra sol baldirim sisti, kirmizi ve sicak", U),
    ("20 dakikadir kramp var, esnetmek ise yaramiyor", U),
    ("aku geri donusumde calisiyorum, kramplarim basladi", U),
    ("ishalden sonra karnimda ve kollarimda kramp var", U),
    ("her gece kramp giriyor, uykudan uyaniyorum, haftalardir gecmiyor", D),
    ("statin ilacina basladigimdan beri kramp oluyor", D),
    ("seker hastasiyim ve bacaklarimda sik kramp oluyor", D),
    ("babam statin kullaniyor, ben kullanmiyorum, sadece bir kez kramp girdi gecti", S),
    ("bacagimda kramp var, ates yok, sislik yok, esnetince geciyor", S),
]

HINDI_OR_URDU: list[tuple[str, str]] = [
    ("papa ko cramp aaya phir pura sharir akad gaya aur jhatke aane lage, jawab nahi de rahe", E),
    ("meri mummy ko cramp hai aur ab bahut confused hai, pehchan nahi rahi", E),
    ("pindli kuch din se suji thi, ab achanak saans nahi aa rahi aur seene mein dard hai", E),
    ("mujhe cramp hai aur khansi mein khoon aa raha hai", E),
    ("pair achanak thanda aur safed ho gaya, hila nahi pa raha", E),
    ("bete ko tez bukhar hai, gardan akad gayi hai aur cramps hain", E),
    (
        "papa dhoop mein kaam kar rahe the, cramp aaye, ab pasina nahi aa raha aur "
        "behki behki baatein kar rahe",
        E,
    ),
    ("mere 3 saal ke bete ne dadi ki goliyan kha li, cramp ho rahe hain", E),
    ("jang lagi keel chubh gayi thi, ab jabda akad gaya muh nahi khul raha", E),
    ("marathon ke baad peshab cola jaisa aur muscles mein bahut dard", E),
    ("lambe safar ke baad left pindli suj gayi, laal aur garam hai", U),
    ("20 minute se cramp hai, stretch karne se theek nahi ho raha", U),
    ("battery recycling mein kaam karta hoon, cramps shuru ho gaye", U),
    ("dast ke baad pet aur haathon mein cramp aa rahe hain", U),
    ("munh ke aas paas jhunjhunahat aur ungliyan mud rahi hain", U),
    ("har raat cramp aata hai, neend khul jaati hai, hafton se stretch se fark nahi", D),
    ("statin shuru karne ke baad se cramps ho rahe hain", D),
    ("mujhe sugar hai aur pairon mein aksar cramp hota hai", D),
    ("papa statin lete hain, main nahi leta, bas ek baar cramp aaya aur chala gaya", S),
    ("pair mein cramp hai, bukhar nahi, sujan nahi, stretch se theek ho gaya", S),
]

SIGNS = [
    (text, level, name)
    for name, rows in (
        ("Vietnamese", VIETNAMESE),
        ("Hausa", HAUSA),
        ("Yoruba", YORUBA),
        ("Swahili", SWAHILI),
        ("Tagalog", TAGALOG),
        ("Indonesian or Malay", INDONESIAN_OR_MALAY),
        ("Turkish", TURKISH),
        ("Hindi or Urdu", HINDI_OR_URDU),
    )
    for text, level in rows
]


@pytest.mark.parametrize(("text", "level", "name"), SIGNS)
def test_each_sign_and_each_look_alike_is_read_at_its_level(
    text: str, level: str, name: str
) -> None:
    assert name in _names(text)
    assert parsed_level_from_text(text) == level
