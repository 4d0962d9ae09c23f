"""Every warning sign of triage.md, told in German, Italian, Polish, Turkish, Dutch,
Vietnamese and Indonesian/Malay (round s11's audit of their glossaries, and Indonesian's
first): each family of signs is read at its level, a denial keeps a self-care cramp
self-care, a word that only looks like a sign is not one, and an English message with an
Indonesian-looking word is still English. The sentences are the team's own."""

from __future__ import annotations

import pytest

from crampcare.intake import parse_text
from tests.intake.reading import language_names, level_in_language, parsed_level_from_text

E, U, D, S = "emergency", "urgent", "doctor", "self_care"

#: Per language, in the order of round s10's audit: fits and stiffening, confusion, fever
#: with a stiff neck, severe headache, a rash that does not fade, breathlessness, chest
#: pain, coughing blood, a cold pale or numb leg that cannot move, poisoning (a child and
#: pills, a child and a cleaning product, an overdose), tetanus (a wound and a stiff jaw; a
#: wound, spasms and a jab not known), heat illness, a swollen red warm calf, a cramp that
#: will not pass, fluid loss, low calcium, a calf tear; then the doctor's signs: weakness
#: and wasting, twitching, tingling, numbness, claudication, a diuretic, a statin,
#: diabetes, kidney disease, dialysis, liver and thyroid disease, restless legs, alcohol,
#: and work with lead, mercury or solvents.
GERMAN = [
    ("Mein Vater hatte einen Wadenkrampf, dann wurde der ganze Körper steif und er zuckte", E),
    ("Meine Mutter hat Krämpfe und ist jetzt ganz durcheinander, sie weiß nicht, wo sie ist", E),
    ("Mein Sohn hat hohes Fieber und einen steifen Nacken, dazu Krämpfe in den Beinen", E),
    ("Ich habe die schlimmsten Kopfschmerzen meines Lebens, Fieber und Wadenkrämpfe", E),
    ("Meine Tochter hat Fieber und rote Flecken, die beim Drücken nicht verschwinden", E),
    ("Die Wade war geschwollen und jetzt bekomme ich plötzlich kaum Luft", E),
    ("Ich habe einen Krampf im Bein und seit heute Morgen Schmerzen in der Brust", E),
    ("Die Wade tat eine Woche lang weh, heute huste ich Blut", E),
    ("Mein Fuß ist auf einmal eiskalt und ganz blass, die Schmerzen sind furchtbar", E),
    ("Mein Bein ist plötzlich taub und ich kann es nicht mehr bewegen", E),
    ("Mein Sohn, 3 Jahre, hat Omas Tabletten geschluckt und hat jetzt Krämpfe", E),
    ("Unser Kleiner hat Putzmittel getrunken und hat Krämpfe", E),
    ("Ich habe absichtlich zu viele Tabletten genommen und habe Krämpfe", E),
    (
        "Vor zehn Tagen habe ich mich an einem rostigen Nagel verletzt, jetzt ist der Kiefer "
        "steif und ich kann den Mund nicht öffnen",
        E,
    ),
    (
        "Ich habe mich vor 5 Tagen an der Harke im Garten geschnitten, jetzt habe ich "
        "Muskelkrämpfe und weiß nicht, wann ich zuletzt gegen Tetanus geimpft wurde",
        U,
    ),
    (
        "Mein Vater hat in der prallen Sonne gearbeitet, Krämpfe, jetzt schwitzt er nicht mehr "
        "und ist verwirrt",
        E,
    ),
    ("Nach der Operation letzte Woche ist meine linke Wade geschwollen, rot und warm", U),
    ("Der Krampf dauert schon 20 Minuten und Dehnen hilft nicht", U),
    ("Seit drei Tagen Erbrechen und Durchfall, jetzt Krämpfe in den Waden", U),
    ("Nach der Schilddrüsenoperation Kribbeln um den Mund und die Finger verkrampfen sich", U),
    ("Beim Tennis hat es in der Wade geknallt, jetzt kann ich nicht auf die Zehenspitzen", U),
    ("Meine Beine werden schwächer und die Muskeln bauen ab, dazu jede Nacht Krämpfe", D),
    ("Die Muskeln zucken unter der Haut, und seit 2 Monaten Krämpfe", D),
    ("Kribbeln in den Füßen und Krämpfe seit einigen Wochen", D),
    ("Taubheitsgefühl in den Füßen und Krämpfe seit einem Monat", D),
    ("Die Wade tut beim Gehen weh und es vergeht, wenn ich stehen bleibe", D),
    ("Seit ich die Entwässerungstabletten nehme, habe ich nachts Krämpfe", D),
    ("Ich nehme seit einem Monat ein Diuretikum und habe seitdem Krämpfe", D),
    ("Ich nehme Simvastatin gegen Cholesterin und habe seitdem Wadenkrämpfe", D),
    ("Ich habe Zucker und nachts Krämpfe in den Beinen", D),
    ("Ich habe eine Nierenerkrankung und oft Krämpfe", D),
    ("Ich gehe dreimal die Woche zur Dialyse und habe Krämpfe", D),
    ("Ich habe eine Leberzirrhose und Krämpfe in den Beinen", D),
    ("Ich habe eine Schilddrüsenunterfunktion und oft Krämpfe", D),
    ("Abends ein Kribbeln tief in den Beinen, ich muss sie ständig bewegen, Herumlaufen hilft", D),
    ("Ich trinke jeden Tag viel Alkohol und habe Krämpfe in den Beinen", D),
    ("Ich arbeite in einer Batteriefabrik mit Blei und habe seitdem Krämpfe", U),
    ("Ich arbeite als Lackierer mit Lösungsmitteln und habe Krämpfe", U),
]
ITALIAN = [
    ("Mio padre aveva un crampo alla gamba, poi tutto il corpo si è irrigidito e tremava", E),
    ("Mia madre ha i crampi e adesso è confusa, non sa dove si trova", E),
    ("Mio figlio ha la febbre alta e il collo rigido, e crampi alle gambe", E),
    ("Ho il peggior mal di testa della mia vita, febbre e crampi", E),
    ("Mia figlia ha la febbre e delle macchie che non scompaiono quando le premo", E),
    ("Il polpaccio era gonfio e adesso all'improvviso mi manca il respiro", E),
    ("Ho un crampo alla gamba e dolore al petto da stamattina", E),
    ("Il polpaccio mi faceva male da una settimana, oggi tossisco sangue", E),
    ("Il piede è diventato all'improvviso freddo e pallido, il dolore è fortissimo", E),
    ("La gamba è diventata insensibile all'improvviso e non riesco a muoverla", E),
    ("Mio figlio di 3 anni ha ingoiato le pastiglie della nonna e ha i crampi", E),
    ("Il bambino ha bevuto un detersivo per pavimenti e ha i crampi", E),
    ("Ho preso troppe pastiglie di proposito e ora ho i crampi", E),
    (
        "Dieci giorni fa mi sono ferito con un chiodo arrugginito, ora la mascella è bloccata "
        "e non riesco ad aprire la bocca",
        E,
    ),
    (
        "Mi sono tagliato con il rastrello in giardino, ora ho spasmi muscolari e non so "
        "quando ho fatto l'ultimo vaccino antitetanico",
        U,
    ),
    ("Mio padre lavorava sotto il sole, crampi, ora non suda più ed è confuso", E),
    ("Dopo l'operazione la settimana scorsa il polpaccio sinistro è gonfio, rosso e caldo", U),
    ("Il crampo dura da 20 minuti e lo stretching non aiuta", U),
    ("Da tre giorni vomito e ho la diarrea, ora crampi ai polpacci", U),
    ("Dopo l'intervento alla tiroide ho formicolio intorno alla bocca e le dita si contraggono", U),
    (
        "Giocavo a tennis, ho sentito uno schiocco al polpaccio e non riesco a stare in punta di "
        "piedi",
        U,
    ),
    ("Ho debolezza alle gambe e i muscoli si stanno assottigliando, e crampi ogni notte", D),
    ("I muscoli del polpaccio guizzano sotto la pelle e ho crampi da 2 mesi", D),
    ("Ho formicolio ai piedi e crampi da qualche settimana", D),
    ("Ho i piedi intorpiditi e crampi da un mese", D),
    ("Mi fa male il polpaccio quando cammino e passa quando mi fermo", D),
    ("Il mese scorso ho iniziato un diuretico e da allora ho crampi notturni", D),
    ("Prendo la simvastatina e da allora ho crampi alle gambe", D),
    ("Ho il diabete e crampi alle gambe di notte", D),
    ("Ho una malattia renale e crampi frequenti", D),
    ("Faccio la dialisi tre volte a settimana e ho crampi", D),
    ("Ho la cirrosi epatica e crampi alle gambe", D),
    ("Ho l'ipotiroidismo e crampi frequenti", D),
    ("La sera sento come formiche nelle gambe, devo muoverle, camminando passa", D),
    ("Bevo molto alcol ogni giorno e ho crampi alle gambe", D),
    ("Lavoro con il piombo in una fabbrica di batterie e ho crampi", U),
    ("Lavoro in una carrozzeria con i solventi e ho crampi", U),
]
POLISH = [
    ("Tata miał skurcz łydki, potem całe ciało mu zesztywniało i miał drgawki", E),
    ("Mama ma skurcze i jest teraz splątana, nie wie gdzie jest", E),
    ("Syn ma wysoką gorączkę i sztywny kark, do tego skurcze nóg", E),
    ("Mam najgorszy ból głowy w życiu, gorączkę i skurcze", E),
    ("Córka ma gorączkę i wysypkę, która nie znika pod szklanką", E),
    ("Łydka była spuchnięta, a teraz nagle brakuje mi tchu", E),
    ("Mam skurcz nogi i ból w klatce piersiowej od rana", E),
    ("Łydka bolała od tygodnia, dziś kaszlę krwią", E),
    ("Stopa nagle zrobiła się zimna i blada, strasznie boli", E),
    ("Noga nagle zdrętwiała i nie mogę nią ruszać", E),
    ("Mój syn, 3 lata, połknął tabletki babci i ma skurcze", E),
    ("Dziecko wypiło płyn do czyszczenia i ma skurcze", E),
    ("Celowo wziąłem za dużo tabletek i mam skurcze", E),
    (
        "Tydzień temu skaleczyłem się zardzewiałym gwoździem, teraz szczęka jest sztywna "
        "i nie mogę otworzyć ust",
        E,
    ),
    (
        "Skaleczyłem się grabiami w ogrodzie, teraz mam skurcze mięśni i nie wiem, "
        "kiedy byłem szczepiony przeciw tężcowi",
        U,
    ),
    ("Tata pracował w upale, skurcze, teraz przestał się pocić i jest splątany", E),
    ("Po operacji w zeszłym tygodniu lewa łydka jest spuchnięta, czerwona i ciepła", U),
    ("Skurcz trwa już 20 minut i rozciąganie nie pomaga", U),
    ("Od trzech dni wymioty i biegunka, teraz skurcze łydek", U),
    ("Po operacji tarczycy mam mrowienie wokół ust i skurcze dłoni", U),
    ("Grałem w tenisa, coś strzeliło w łydce, nie mogę stanąć na palcach", U),
    ("Mam osłabienie nóg, mięśnie zanikają, skurcze co noc", D),
    ("Mięśnie drgają pod skórą i mam skurcze od 2 miesięcy", D),
    ("Mrowienie w stopach i skurcze od kilku tygodni", D),
    ("Drętwienie stóp i skurcze od miesiąca", D),
    ("Łydka boli przy chodzeniu i przechodzi, kiedy się zatrzymam", D),
    ("Od kiedy biorę lek moczopędny, mam skurcze w nocy", D),
    ("Biorę atorwastatynę i od tego czasu mam skurcze nóg", D),
    ("Mam cukrzycę i nocne skurcze nóg", D),
    ("Mam chorobę nerek i częste skurcze", D),
    ("Jestem dializowany i mam skurcze co noc", D),
    ("Mam marskość wątroby i skurcze", D),
    ("Mam niedoczynność tarczycy i częste skurcze", D),
    ("Wieczorem czuję jakby mrówki chodziły mi po nogach, muszę nimi ruszać, chodzenie pomaga", D),
    ("Codziennie piję dużo alkoholu i mam skurcze nóg", D),
    ("Pracuję przy ołowiu w fabryce akumulatorów i mam skurcze", U),
    ("Pracuję w lakierni przy rozpuszczalnikach i mam skurcze", U),
]
TURKISH = [
    ("Babamın baldırına kramp girdi, sonra bütün vücudu kasıldı ve titredi", E),
    ("Annemin krampları var ve şimdi kafası karışık, nerede olduğunu bilmiyor", E),
    ("Oğlumun yüksek ateşi var, boynu tutuldu ve bacaklarında kramp var", E),
    ("Hayatımın en şiddetli baş ağrısı var, ateşim var ve kramp giriyor", E),
    ("Kızımın ateşi var ve bastırınca geçmeyen döküntüleri var", E),
    ("Baldırım şişmişti, şimdi birden nefes alamıyorum", E),
    ("Bacağımda kramp var ve sabahtan beri göğüs ağrısı var", E),
    ("Baldırım bir haftadır ağrıyordu, bugün öksürükle kan geldi", E),
    ("Ayağım birden buz gibi oldu ve bembeyaz, dayanılmaz ağrı var", E),
    ("Bacağım aniden uyuştu ve kıpırdatamıyorum", E),
    ("3 yaşındaki oğlum babaannesinin haplarını yuttu, kramp var", E),
    ("Çocuk çamaşır suyu içti ve kramp var", E),
    ("Bilerek çok fazla hap içtim ve kramp var", E),
    ("On gün önce paslı çiviye bastım, şimdi çenem kilitlendi ve ağzımı açamıyorum", E),
    (
        "Bahçede tırmıkla elimi kestim, şimdi kas spazmları var, tetanoz aşısının "
        "ne zaman yapıldığını bilmiyorum",
        U,
    ),
    ("Babam güneşte çalışıyordu, kramp girdi, şimdi terlemiyor ve kafası karışık", E),
    ("Geçen hafta ameliyattan sonra sol baldırım şişti, kırmızı ve sıcak", U),
    ("Kramp 20 dakikadır geçmiyor, germe işe yaramıyor", U),
    ("Üç gündür kusuyorum ve ishalim var, şimdi baldırlarda kramp", U),
    ("Tiroid ameliyatından sonra ağzımın etrafı karıncalanıyor ve parmaklarım kasılıyor", U),
    ("Tenis oynarken baldırımda pat diye bir ses geldi, parmak ucuma basamıyorum", U),
    ("Bacaklarımda güçsüzlük var, kaslarım eriyor, her gece kramp", D),
    ("Baldırımdaki kaslar derinin altında seğiriyor, 2 aydır kramp var", D),
    ("Ayaklarımda karıncalanma var ve birkaç haftadır kramp", D),
    ("Ayaklarımda uyuşukluk var ve bir aydır kramp", D),
    ("Yürürken baldırım ağrıyor, durunca geçiyor", D),
    ("İdrar söktürücü ilaca başladığımdan beri geceleri kramp giriyor", D),
    ("Atorvastatin kullanıyorum ve o zamandan beri bacaklarımda kramp var", D),
    ("Şeker hastasıyım ve geceleri bacaklarıma kramp giriyor", D),
    ("Böbrek hastalığım var ve sık kramp giriyor", D),
    ("Haftada üç gün diyalize giriyorum ve kramp oluyor", D),
    ("Siroz hastasıyım ve bacaklarıma kramp giriyor", D),
    ("Tiroid hastasıyım ve sık sık kramp giriyor", D),
    (
        "Akşamları bacaklarımda karınca yürüyormuş gibi bir his var, oynatmak zorundayım, "
        "yürüyünce geçiyor",
        D,
    ),
    ("Her gün çok içki içiyorum ve bacaklarıma kramp giriyor", D),
    ("Akü fabrikasında kurşunla çalışıyorum ve kramp var", U),
    ("Boyahanede tiner ve solventlerle çalışıyorum, kramp var", U),
]
DUTCH = [
    ("Mijn vader had kramp in zijn kuit, daarna werd zijn hele lichaam stijf en schokte hij", E),
    ("Mijn moeder heeft krampen en is nu verward, ze weet niet waar ze is", E),
    ("Mijn zoon heeft hoge koorts en een stijve nek, en krampen in zijn benen", E),
    ("Ik heb de ergste hoofdpijn van mijn leven, koorts en krampen", E),
    ("Mijn dochter heeft koorts en vlekjes die niet wegdrukbaar zijn", E),
    ("Mijn kuit was gezwollen en nu ben ik ineens heel kortademig", E),
    ("Ik heb kramp in mijn been en sinds vanochtend pijn op de borst", E),
    ("Mijn kuit deed een week pijn, vandaag hoest ik bloed op", E),
    ("Mijn voet is ineens ijskoud en lijkbleek geworden, vreselijke pijn", E),
    ("Mijn been is plotseling gevoelloos en ik kan het niet bewegen", E),
    ("Mijn zoon van 3 heeft de pillen van oma ingeslikt en heeft krampen", E),
    ("Mijn kind heeft schoonmaakmiddel gedronken en heeft krampen", E),
    ("Ik heb expres te veel pillen genomen en heb nu krampen", E),
    (
        "Tien dagen geleden heb ik me aan een roestige spijker gesneden, nu zit mijn kaak "
        "op slot en kan ik mijn mond niet openen",
        E,
    ),
    (
        "Ik heb me in de tuin aan een hark gesneden, nu spierkrampen en ik weet niet "
        "wanneer mijn laatste tetanusprik was",
        U,
    ),
    ("Mijn vader werkte in de hitte, krampen, nu zweet hij niet meer en is hij verward", E),
    ("Na de operatie vorige week is mijn linkerkuit gezwollen, rood en warm", U),
    ("De kramp duurt al 20 minuten en rekken helpt niet", U),
    ("Al drie dagen overgeven en diarree, nu krampen in mijn kuiten", U),
    ("Na de schildklieroperatie tintelingen rond mijn mond en krampen in mijn handen", U),
    ("Tijdens het tennissen voelde ik een knal in mijn kuit, ik kan niet op mijn tenen staan", U),
    ("Mijn benen worden zwakker en de spieren slinken, krampen elke nacht", D),
    ("De spieren trillen onder de huid en ik heb al 2 maanden krampen", D),
    ("Tintelingen in mijn voeten en krampen sinds een paar weken", D),
    ("Een doof gevoel in mijn voeten en krampen sinds een maand", D),
    ("Mijn kuit doet pijn bij het lopen en het gaat over als ik stilsta", D),
    ("Sinds ik plaspillen slik heb ik 's nachts krampen", D),
    ("Ik gebruik simvastatine en sindsdien krampen in mijn benen", D),
    ("Ik heb suikerziekte en 's nachts krampen in mijn benen", D),
    ("Ik heb een nierziekte en vaak krampen", D),
    ("Ik zit aan de dialyse en heb elke nacht krampen", D),
    ("Ik heb levercirrose en krampen in mijn benen", D),
    ("Ik heb een trage schildklier en vaak krampen", D),
    ("'s Avonds kriebels in mijn benen, ik moet ze steeds bewegen, rondlopen helpt", D),
    ("Ik drink elke dag veel alcohol en heb krampen in mijn benen", D),
    ("Ik werk met lood in een accufabriek en heb krampen", U),
    ("Ik werk als schilder met oplosmiddelen en heb krampen", U),
]
VIETNAMESE = [
    ("Bố tôi bị chuột rút ở chân, sau đó toàn thân co cứng và giật liên hồi", E),
    ("Mẹ tôi bị chuột rút và bây giờ lú lẫn, không biết mình ở đâu", E),
    ("Con trai tôi sốt cao, cứng cổ và bị chuột rút ở chân", E),
    ("Tôi đau đầu dữ dội nhất từ trước tới giờ, sốt và chuột rút", E),
    ("Con gái tôi bị sốt và phát ban ấn vào không mất", E),
    ("Bắp chân tôi bị sưng, bây giờ đột nhiên khó thở", E),
    ("Tôi bị chuột rút ở chân và đau ngực từ sáng", E),
    ("Bắp chân đau cả tuần, hôm nay tôi ho ra máu", E),
    ("Bàn chân tôi đột nhiên lạnh ngắt và tái nhợt, đau dữ dội", E),
    ("Chân tôi đột nhiên tê và không cử động được", E),
    ("Con trai 3 tuổi của tôi nuốt thuốc của bà, bị chuột rút", E),
    ("Đứa bé uống nhầm nước lau sàn và bị chuột rút", E),
    ("Tôi cố ý uống quá nhiều thuốc và bị chuột rút", E),
    ("Mười ngày trước tôi dẫm phải đinh gỉ, bây giờ cứng hàm và không há miệng được", E),
    (
        "Tôi bị cuốc cứa vào tay khi làm vườn, bây giờ co thắt cơ, không nhớ đã tiêm "
        "phòng uốn ván chưa",
        U,
    ),
    ("Bố tôi làm việc ngoài nắng, chuột rút, bây giờ không ra mồ hôi và lú lẫn", E),
    ("Sau phẫu thuật tuần trước, bắp chân trái sưng, đỏ và nóng", U),
    ("Chuột rút kéo dài 20 phút, kéo giãn không đỡ", U),
    ("Ba ngày nay tôi nôn và tiêu chảy, bây giờ bị chuột rút ở bắp chân", U),
    ("Sau mổ tuyến giáp, tôi bị tê quanh miệng và ngón tay co quắp", U),
    ("Đang chơi tennis thì nghe tiếng bụp ở bắp chân, không kiễng chân được", U),
    ("Chân tôi yếu dần và cơ bị teo, chuột rút mỗi đêm", D),
    ("Cơ bắp chân cứ máy giật dưới da, chuột rút đã 2 tháng", D),
    ("Bàn chân tôi bị châm chích như kim đâm và chuột rút mấy tuần nay", D),
    ("Bàn chân tôi tê bì và chuột rút một tháng nay", D),
    ("Bắp chân đau khi đi bộ, nghỉ thì hết", D),
    ("Từ khi uống thuốc lợi tiểu tôi hay bị chuột rút ban đêm", D),
    ("Tôi uống simvastatin và từ đó bị chuột rút ở chân", D),
    ("Tôi bị tiểu đường và chuột rút ban đêm", D),
    ("Tôi bị bệnh thận và hay chuột rút", D),
    ("Tôi chạy thận mỗi tuần ba lần và bị chuột rút", D),
    ("Tôi bị xơ gan và chuột rút ở chân", D),
    ("Tôi bị suy giáp và hay bị chuột rút", D),
    ("Buổi tối chân có cảm giác như kiến bò, phải cử động chân liên tục, đi lại thì đỡ", D),
    ("Tôi uống rượu nhiều mỗi ngày và bị chuột rút ở chân", D),
    ("Tôi làm việc với chì ở xưởng ắc quy và bị chuột rút", U),
    ("Tôi làm thợ sơn, tiếp xúc dung môi hằng ngày và bị chuột rút", U),
]
INDONESIAN = [
    ("Ayah saya kram di betis, lalu seluruh badannya kaku dan kejang-kejang", E),
    ("Ibu saya kram dan sekarang bingung, tidak tahu dia ada di mana", E),
    ("Nenek saya kram kaki dan sekarang tidak menjawab sama sekali", E),
    ("Anak saya demam tinggi dan lehernya kaku, juga kram di kaki", E),
    ("Saya sakit kepala yang sangat hebat, paling parah seumur hidup, dengan demam dan kram", E),
    ("Anak perempuan saya demam dan ada ruam yang tidak hilang kalau ditekan", E),
    ("Betis saya bengkak dan sekarang tiba-tiba sesak napas", E),
    ("Saya kram di kaki dan nyeri dada sejak pagi", E),
    ("Betis saya sakit seminggu, hari ini batuk darah", E),
    ("Telapak kaki saya tiba-tiba dingin dan pucat, sakitnya luar biasa", E),
    ("Kaki saya tiba-tiba mati rasa dan tidak bisa digerakkan", E),
    ("Anak saya umur 3 tahun menelan obat neneknya dan sekarang kram", E),
    ("Anak saya minum cairan pembersih lantai dan kram", E),
    ("Saya sengaja minum terlalu banyak obat dan sekarang kram", E),
    (
        "Sepuluh hari lalu saya tertusuk paku berkarat, sekarang rahang kaku dan tidak bisa "
        "membuka mulut",
        E,
    ),
    (
        "Tangan saya luka kena cangkul di kebun, sekarang otot kejang, saya tidak tahu "
        "kapan terakhir suntik tetanus",
        U,
    ),
    ("Ayah saya bekerja di bawah terik matahari, kram, sekarang tidak berkeringat dan bingung", E),
    ("Setelah operasi minggu lalu betis kiri saya bengkak, merah dan hangat", U),
    ("Kramnya sudah 20 menit dan peregangan tidak membantu", U),
    ("Sudah tiga hari muntah dan diare, sekarang kram di betis", U),
    ("Setelah operasi tiroid, sekitar mulut saya kesemutan dan jari-jari tangan kaku tertekuk", U),
    ("Waktu main tenis ada bunyi letupan di betis, sekarang tidak bisa berjinjit", U),
    ("Kaki saya makin lemah dan ototnya mengecil, kram setiap malam", D),
    ("Otot betis saya berkedut di bawah kulit, kram sudah 2 bulan", D),
    ("Kaki saya kesemutan dan kram sejak beberapa minggu", D),
    ("Telapak kaki saya kebas dan kram sejak sebulan", D),
    ("Betis sakit kalau jalan dan hilang kalau berhenti", D),
    ("Sejak minum obat diuretik saya sering kram malam hari", D),
    ("Saya minum simvastatin dan sejak itu kram di kaki", D),
    ("Saya ada kencing manis dan kram malam hari", D),
    ("Saya ada penyakit ginjal dan sering kram", D),
    ("Saya cuci darah dua kali seminggu dan kram setiap malam", D),
    ("Saya ada sirosis hati dan kaki sering kram", D),
    ("Saya ada masalah tiroid dan sering kram", D),
    (
        "Malam hari kaki saya terasa seperti ada semut merayap, harus digerakkan, kalau jalan "
        "hilang",
        D,
    ),
    ("Saya minum alkohol banyak setiap hari dan kaki sering kram", D),
    ("Saya bekerja dengan timbal di pabrik aki dan sering kram", U),
    ("Suami saya mendulang emas dengan air raksa dan sekarang sering kram", U),
    ("Saya kerja di bengkel cat, setiap hari pakai thinner dan pelarut, sekarang kram", U),
]

SIGNS = [
    (text, level, name)
    for name, rows in (
        ("German", GERMAN),
        ("Italian", ITALIAN),
        ("Polish", POLISH),
        ("Turkish", TURKISH),
        ("Dutch", DUTCH),
        ("Vietnamese", VIETNAMESE),
        ("Indonesian or Malay", INDONESIAN),
    )
    for text, level in rows
]


@pytest.mark.parametrize(("text", "level", "name"), SIGNS)
def test_each_warning_sign_is_read_in_each_language(text: str, level: str, name: str) -> None:
    assert level_in_language(text, name) == level


#: The same signs told another way: a grandparent who falls and shakes, a child and a
#: grandparent's pills, a long flight, dark urine after a marathon, a medicine by its
#: name, a cramp that will not go, an ordinary cramp while swimming; and the families
#: the blind sets showed falling through (a cold pale foot, a cleaning product, daily
#: drinking, twitching under the skin, a Tagalog wound with a jab not known); a fit, chest
#: pain, talking nonsense, bleach, fever with a stiff neck and a hard red calf once more;
#: a wound told as 'I have hurt myself on ...', a jab years ago, mercury at work, and an
#: operation on the thyroid named in Polish order (operation, then thyroid).
RETOLD = [
    ("Opa ist umgefallen, krampft am ganzen Körper und reagiert nicht", E, "German"),
    ("Meine Frau hat plötzlich ein kaltes, weißes Bein und kann es nicht bewegen", E, "German"),
    ("Mein Kind hat Tabletten aus meiner Handtasche geschluckt und hat Krämpfe", E, "German"),
    ("Wadenkrampf seit einer halben Stunde, geht einfach nicht weg", U, "German"),
    ("Nach dem Marathon ist mein Urin dunkelbraun und die Muskeln tun extrem weh", E, "German"),
    ("Nach einem langen Flug ist meine Wade dick, rot und heiß", U, "German"),
    ("Ich bin Diabetikerin und habe oft Wadenkrämpfe", D, "German"),
    ("Seit ich Furosemid nehme, habe ich nachts Krämpfe", D, "German"),
    (
        "Kein Fieber, keine Schwellung, nur ein kurzer Krampf beim Schwimmen, nach einer Minute "
        "weg",
        S,
        "German",
    ),
    ("Mio nonno è caduto, trema tutto e non risponde", E, "Italian"),
    ("Mia figlia ha ingerito delle pillole della nonna", E, "Italian"),
    ("Dopo un lungo volo il polpaccio è gonfio, rosso e caldo", U, "Italian"),
    ("Da quando prendo la furosemide ho crampi la notte", D, "Italian"),
    ("Sono diabetico e ho spesso crampi ai polpacci", D, "Italian"),
    ("Ho sudato tantissimo durante la maratona e ora ho crampi dappertutto", U, "Italian"),
    (
        "Nessun gonfiore, niente febbre, solo un crampo breve mentre nuotavo, passato subito",
        S,
        "Italian",
    ),
    ("Dziadek upadł, trzęsie się cały i nie odpowiada", E, "Polish"),
    ("Córka połknęła tabletki babci", E, "Polish"),
    ("Po długim locie łydka jest spuchnięta, czerwona i gorąca", U, "Polish"),
    ("Po maratonie mam mocz koloru coli i bardzo słabe nogi", E, "Polish"),
    ("Od kiedy biorę furosemid, mam skurcze w nocy", D, "Polish"),
    ("Jestem cukrzykiem i często mam skurcze łydek", D, "Polish"),
    ("Nie mam gorączki ani obrzęku, krótki skurcz podczas pływania, minął od razu", S, "Polish"),
    ("Dedem düştü, bütün vücudu titriyor ve cevap vermiyor", E, "Turkish"),
    ("Kızım babaannesinin ilaçlarını yuttu", E, "Turkish"),
    ("Uzun uçak yolculuğundan sonra baldırım şiş, kırmızı ve sıcak", U, "Turkish"),
    ("Maratondan sonra idrarım kola renginde ve bacaklarım çok güçsüz", E, "Turkish"),
    ("Furosemid kullanmaya başladığımdan beri kramp giriyor", D, "Turkish"),
    ("Ateşim yok, şişlik yok, yüzerken kısa bir kramp oldu, hemen geçti", S, "Turkish"),
    ("Opa is gevallen, schokt over zijn hele lichaam en reageert niet", E, "Dutch"),
    ("Mijn dochter heeft de pillen van oma doorgeslikt", E, "Dutch"),
    ("Na een lange vlucht is mijn kuit dik, rood en warm", U, "Dutch"),
    ("Na de marathon is mijn urine colabruin en zijn mijn benen heel zwak", E, "Dutch"),
    ("Sinds ik furosemide gebruik heb ik 's nachts krampen", D, "Dutch"),
    ("Geen koorts, geen zwelling, korte kramp tijdens het zwemmen, meteen over", S, "Dutch"),
    ("Ông tôi bị ngã, co giật toàn thân và không phản ứng", E, "Vietnamese"),
    ("Con gái tôi nuốt thuốc của bà", E, "Vietnamese"),
    ("Sau chuyến bay dài bắp chân tôi sưng đỏ và nóng", U, "Vietnamese"),
    ("Sau khi chạy marathon nước tiểu tôi màu như coca và chân rất yếu", E, "Vietnamese"),
    ("Từ khi uống furosemide tôi bị chuột rút ban đêm", D, "Vietnamese"),
    ("Không sốt, không sưng, chuột rút ngắn khi bơi, hết ngay", S, "Vietnamese"),
    ("Kakek saya jatuh, badannya kejang-kejang dan tidak sadar", E, "Indonesian or Malay"),
    ("Anak saya menelan pil neneknya", E, "Indonesian or Malay"),
    ("Setelah penerbangan panjang betis saya bengkak, merah dan panas", U, "Indonesian or Malay"),
    (
        "Setelah maraton air kencing saya warna seperti kopi dan kaki sangat lemah",
        E,
        "Indonesian or Malay",
    ),
    ("Sejak minum furosemide saya sering kram malam hari", D, "Indonesian or Malay"),
    ("Saya kencing manis dan betis sering keram", D, "Indonesian or Malay"),
    (
        "Tidak demam, tidak bengkak, kram sebentar waktu berenang, langsung hilang",
        S,
        "Indonesian or Malay",
    ),
    (
        "Kaki saya kejang malam tadi, lepas seminit sudah okay, tak bengkak",
        S,
        "Indonesian or Malay",
    ),
    (
        "Mein linker Fuß ist seit einer Stunde kalt und bleich, und es tut furchtbar weh",
        E,
        "German",
    ),
    ("Die Zehen sind plötzlich blau und der Fuß ist eiskalt", E, "German"),
    ("Ich trinke jeden Abend eine Flasche Wein und habe Krämpfe", D, "German"),
    ("Meu filho de 2 anos bebeu produto de limpeza e está com câimbras", E, "Portuguese"),
    ("A menina engoliu desinfetante, agora está com câimbras", E, "Portuguese"),
    ("Codziennie wypijam pół litra wódki i mam skurcze", D, "Polish"),
    ("Piję dużo piwa co dzień i łapią mnie skurcze", D, "Polish"),
    ("Cơ bắp chân tôi co giật nhẹ dưới da cả tháng nay", D, "Vietnamese"),
    (
        "Nasugatan ako ng kalaykay sa bakuran, ngayon naninigas ang mga kalamnan ko, hindi ko "
        "alam kung kailan ako huling nabakunahan laban sa tetano",
        U,
        "Tagalog",
    ),
    (
        "Natusok ako ng kalawanging pako noong isang linggo, ngayon naninigas ang panga ko at "
        "hindi ko maibuka ang bibig",
        E,
        "Tagalog",
    ),
    ("Mein Mann hatte einen Krampfanfall und ist nicht ansprechbar", E, "German"),
    ("Ich kriege schlecht Luft und habe Stiche in der Brust", E, "German"),
    ("Mein Kind hat Medikamente von Oma verschluckt", E, "German"),
    ("Meine Tochter hat Fieber, einen steifen Hals und Krämpfe", E, "German"),
    ("Opa hat Krämpfe und redet wirres Zeug", E, "German"),
    ("Beim Joggen in der Hitze umgekippt, jetzt heiße, trockene Haut und verwirrt", E, "German"),
    ("Nach einer langen Busfahrt ist meine Wade hart, rot und heiß", U, "German"),
    ("Mio marito ha avuto una crisi epilettica e non risponde", E, "Italian"),
    ("Ho fitte al petto e faccio fatica a respirare", E, "Italian"),
    ("Mia nonna ha i crampi e dice cose senza senso", E, "Italian"),
    ("La bambina ha bevuto la candeggina", E, "Italian"),
    ("Mio figlio ha il collo duro e la febbre a 39", E, "Italian"),
    ("Il polpaccio è gonfio, rosso e duro da quando sono tornata in aereo", U, "Italian"),
    ("Mąż ma atak padaczki i nie odpowiada", E, "Polish"),
    ("Kłuje mnie w klatce piersiowej i ciężko mi oddychać", E, "Polish"),
    ("Babcia ma skurcze i mówi od rzeczy", E, "Polish"),
    ("Syn wypił wybielacz", E, "Polish"),
    ("Córka ma gorączkę 39 i sztywną szyję", E, "Polish"),
    ("Łydka jest twarda, czerwona i gorąca po długiej podróży autobusem", U, "Polish"),
    ("Eşim sara krizi geçirdi ve tepki vermiyor", E, "Turkish"),
    ("Göğsüm sıkışıyor ve nefes almakta zorlanıyorum", E, "Turkish"),
    ("Ninem kramp giriyor ve saçmalıyor", E, "Turkish"),
    ("Oğlum çamaşır suyu içmiş", E, "Turkish"),
    ("Kızımın 39 ateşi var ve ensesi sert", E, "Turkish"),
    ("Uzun otobüs yolculuğundan sonra baldırım sert, kırmızı ve sıcak", U, "Turkish"),
    ("Mijn man heeft een epileptische aanval gehad en reageert niet", E, "Dutch"),
    ("Ik heb steken op mijn borst en krijg moeilijk adem", E, "Dutch"),
    ("Oma heeft krampen en praat verward", E, "Dutch"),
    ("Mijn zoontje heeft bleekwater gedronken", E, "Dutch"),
    ("Mijn dochter heeft 39 graden koorts en een stijve nek", E, "Dutch"),
    ("Na een lange busreis is mijn kuit hard, rood en warm", U, "Dutch"),
    ("Chồng tôi lên cơn động kinh và không tỉnh", E, "Vietnamese"),
    ("Tôi bị tức ngực và thở không nổi", E, "Vietnamese"),
    ("Bà tôi bị chuột rút và nói lảm nhảm", E, "Vietnamese"),
    ("Con trai tôi uống phải thuốc tẩy", E, "Vietnamese"),
    ("Con gái tôi sốt 39 độ và cổ bị cứng", E, "Vietnamese"),
    ("Sau chuyến xe khách dài bắp chân tôi cứng, đỏ và nóng", U, "Vietnamese"),
    ("Suami saya kena serangan epilepsi dan tidak sadar", E, "Indonesian or Malay"),
    ("Dada saya sakit seperti ditusuk dan susah bernapas", E, "Indonesian or Malay"),
    ("Nenek saya kram dan bicaranya ngelantur", E, "Indonesian or Malay"),
    ("Anak saya minum pemutih pakaian", E, "Indonesian or Malay"),
    ("Anak perempuan saya demam 39 derajat dan lehernya kaku", E, "Indonesian or Malay"),
    (
        "Setelah perjalanan bus yang lama betis saya keras, merah dan panas",
        U,
        "Indonesian or Malay",
    ),
    ("Ayah saya kejang dan tak sedarkan diri", E, "Indonesian or Malay"),
    ("Saya sesak nafas dan sakit dada", E, "Indonesian or Malay"),
    ("Anak saya tertelan ubat neneknya", E, "Indonesian or Malay"),
    ("Kaki saya tiba-tiba kebas dan sejuk, tak boleh gerak langsung", E, "Indonesian or Malay"),
    (
        "Mein Sohn hat sich vor einer Woche am Stacheldraht verletzt, jetzt Muskelkrämpfe im Arm, "
        "die letzte Tetanusimpfung ist sicher über zehn Jahre her",
        U,
        "German",
    ),
    (
        "Ich habe mich gestern an einem Nagel verletzt und jetzt zuckt der Arm, Tetanus weiß ich "
        "nicht",
        U,
        "German",
    ),
    (
        "Hij heeft zich vorige week aan prikkeldraad verwond, nu spierkrampen, tetanusprik weet "
        "hij niet",
        U,
        "Dutch",
    ),
    ("Meu pai trabalha num garimpo com mercúrio e agora tem tremores e câimbras", U, "Portuguese"),
    (
        "Nasugatan ng itak si tatay sa bukid, ngayon nagkakaroon siya ng pulikat sa braso, "
        "hindi niya alam kung kailan ang huling bakuna niya laban sa tetano",
        U,
        "Tagalog",
    ),
    (
        "Mama miała w poniedziałek operację tarczycy, teraz mrowienie wokół ust i sztywnieją "
        "jej palce",
        U,
        "Polish",
    ),
    ("Trabalho na mineração com mercúrio e agora tenho câimbras", U, "Portuguese"),
    (
        "Meu marido trabalha num garimpo e mexe com mercúrio, está com tremores e câimbras",
        U,
        "Portuguese",
    ),
]


@pytest.mark.parametrize(("text", "level", "name"), RETOLD)
def test_the_signs_told_another_way_are_read_too(text: str, level: str, name: str) -> None:
    assert level_in_language(text, name) == level


#: An ordinary cramp told with its denials, and words that only look like a sign.
CALM = [
    (
        "Gestern Nacht ein Wadenkrampf, nach 2 Minuten vorbei, keine Schwellung, kein Fieber",
        "German",
    ),
    ("Krampf nach dem Joggen, gedehnt und weg, keine Brustschmerzen, keine Atemnot", "German"),
    ("Ich bin in der 30. Woche schwanger, nachts ab und zu ein Krampf, geht schnell weg", "German"),
    (
        "Ich trinke viel Wasser und hatte nach dem Fußball einen Krampf, nach einer Minute weg",
        "German",
    ),
    (
        "Ieri notte un crampo al polpaccio, passato in 2 minuti, niente gonfiore, niente febbre",
        "Italian",
    ),
    ("Crampo dopo la corsa, ho allungato ed è passato, nessun dolore al petto", "Italian"),
    ("Sono incinta di 30 settimane, ogni tanto un crampo di notte, passa subito", "Italian"),
    ("Bevo molta acqua e ho avuto un crampo dopo la partita, passato in un minuto", "Italian"),
    ("Wczoraj w nocy skurcz łydki, minął po 2 minutach, bez obrzęku, bez gorączki", "Polish"),
    ("Skurcz po bieganiu, rozciągnąłem i przeszło, nie ma bólu w klatce", "Polish"),
    ("Jestem w 30 tygodniu ciąży, czasem w nocy skurcz, szybko mija", "Polish"),
    ("Piję dużo wody i po meczu złapał mnie skurcz, minął po minucie", "Polish"),
    ("Dün gece baldırıma kramp girdi, 2 dakikada geçti, şişlik yok, ateş yok", "Turkish"),
    ("Koşudan sonra kramp, esnettim ve geçti, göğüs ağrısı yok", "Turkish"),
    ("30 haftalık hamileyim, geceleri bazen kramp giriyor, çabuk geçiyor", "Turkish"),
    ("Çok su içiyorum, maçtan sonra kramp girdi, bir dakikada geçti", "Turkish"),
    ("Vannacht kramp in mijn kuit, na 2 minuten over, geen zwelling, geen koorts", "Dutch"),
    ("Kramp na het hardlopen, gerekt en het ging over, geen pijn op de borst", "Dutch"),
    ("Ik ben 30 weken zwanger, 's nachts soms kramp, gaat snel over", "Dutch"),
    ("Ik drink veel water en had na het voetballen kramp, na een minuut over", "Dutch"),
    ("Đêm qua tôi bị chuột rút bắp chân, 2 phút là hết, không sưng, không sốt", "Vietnamese"),
    ("Chuột rút sau khi chạy bộ, kéo giãn là hết, không đau ngực", "Vietnamese"),
    ("Tôi có thai 30 tuần, thỉnh thoảng bị chuột rút ban đêm, hết nhanh", "Vietnamese"),
    ("Tôi uống nhiều nước, sau trận bóng bị chuột rút, một phút là hết", "Vietnamese"),
    (
        "Tadi malam betis saya kram, hilang setelah 2 menit, tidak bengkak, tidak demam",
        "Indonesian or Malay",
    ),
    ("Kram setelah lari, saya regangkan dan hilang, tidak ada nyeri dada", "Indonesian or Malay"),
    ("Saya hamil 30 minggu, kadang kram di malam hari, cepat hilang", "Indonesian or Malay"),
    (
        "Saya minum banyak air dan kram setelah main bola, hilang dalam semenit",
        "Indonesian or Malay",
    ),
]


@pytest.mark.parametrize(("text", "name"), CALM)
def test_a_denial_or_a_look_alike_keeps_a_self_care_cramp_self_care(text: str, name: str) -> None:
    assert name in language_names(text)
    assert parsed_level_from_text(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "Back from Bali, cramp in my calf after surfing, gone in a minute, no swelling",
        "Dan and I ran a 10k, I got a calf cramp at the end, stretched it, fine now",
        "Cramp in my foot while making nasi goreng with my mum, passed quickly",
        "Had a cramp at the dojo after karate, sensei said stretch it and it went away",
        "My calf cramped up at the satay stall in Jakarta, gone in two minutes, no fever",
    ],
)
def test_english_with_an_indonesian_looking_word_is_not_indonesian(text: str) -> None:
    assert language_names(text) == []
    assert parsed_level_from_text(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Da quando prendo un diuretico ho crampi alle gambe", "diuretic"),
        ("Ich nehme ein Diuretikum und habe Wadenkrämpfe", "diuretic"),
        ("Biorę diuretyk i mam skurcze łydek", "diuretic"),
        ("Diüretik kullanıyorum ve kramp giriyor", "diuretic"),
        ("Biorę atorwastatynę i mam skurcze nóg", "statin"),
        ("Ik slik een statine en heb krampen in mijn kuiten", "statin"),
        ("Tomo estatinas y tengo calambres", "statin"),
    ],
)
def test_a_diuretic_or_statin_stem_is_read_as_its_class_in_any_language(
    text: str, cls: str
) -> None:
    assert cls in {m.cls for m in parse_text(text).medicines}
    assert parsed_level_from_text(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "Using nystatin cream for thrush, had a calf cramp after my run, stretched it off",
        "Reinstating my gym routine, one calf cramp, passed quickly",
    ],
)
def test_a_word_that_only_holds_the_stem_names_no_medicine(text: str) -> None:
    assert not parse_text(text).medicines
    assert parsed_level_from_text(text) == "self_care"


#: A medicine taken that is no poisoning (magnesium), and Malay words that only look like
#: a sign: "kejang" is a cramp of the calf too, "kacau" (restless) sleep is no confusion.
@pytest.mark.parametrize(
    ("text", "level", "name"),
    [
        (
            "Ich habe Magnesium genommen und der Krampf ging nach einer Minute weg",
            "self_care",
            "German",
        ),
        ("Ho preso il magnesio e il crampo è passato subito", "self_care", "Italian"),
        ("Wziąłem magnez i skurcz minął po minucie", "self_care", "Polish"),
        ("Magnezyum içtim, kramp bir dakikada geçti", "self_care", "Turkish"),
        ("Ik heb magnesium genomen en de kramp was na een minuut over", "self_care", "Dutch"),
        ("Tôi uống magie và chuột rút hết sau một phút", "self_care", "Vietnamese"),
        (
            "Betis saya kejang waktu main badminton, saya regangkan dan hilang",
            "self_care",
            "Indonesian or Malay",
        ),
        ("Tidur saya kacau karena kram betis setiap malam", "doctor", "Indonesian or Malay"),
    ],
)
def test_a_look_alike_is_read_at_its_own_level(text: str, level: str, name: str) -> None:
    assert level_in_language(text, name) == level
