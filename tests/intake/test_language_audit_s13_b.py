"""Every warning sign of triage.md, told as people type on a phone (accents dropped,
English medical words mixed in), in the languages of round s13's second audit: Brazilian
Portuguese, Spanish, French, German (umlauts as ae/oe/ue), Dutch, Italian, and Russian
and Arabic (Levantine and Egyptian) typed in Latin letters. Each sign is read at its
level; its look-alikes (denied, in the past, someone else's, a question) one level or more
below. The sentences are the team's own."""

from __future__ import annotations

import pytest

from tests.intake.reading import level_in_language

E, U, D, S = "emergency", "urgent", "doctor", "self_care"

PORTUGUESE: list[tuple[str, str]] = [
    ("meu pai teve uma convulsao, ficou se debatendo todo e agora nao responde", E),
    ("minha vo ta muito confusa, nao sabe onde ta, e ta com caimbra nas pernas", E),
    ("to com falta de ar do nada e dor no peito, a panturrilha ta inchada", E),
    ("to tossindo sangue depois de uma caimbra forte na perna", E),
    ("meu pe ficou gelado e roxo de repente, nao consigo mexer", E),
    ("meu filho ta com febre alta, pescoco duro e manchas vermelhas que nao somem", E),
    ("minha mae desmaiou no sol, parou de suar e a pele ta quente e seca", E),
    ("meu filho de 2 anos bebeu agua sanitaria da garrafa", E),
    ("tomei uma cartela inteira de remedio pra dormir de proposito", E),
    ("bebi cachaca e tomei varios comprimidos, to com caimbra", E),
    (
        "me cortei numa lata semana passada e agora to com a mandibula travada "
        "e nao consigo engolir",
        E,
    ),
    ("depois do crossfit meu xixi ta cor de coca cola e os musculos doem demais", E),
    ("depois de uma viagem longa de onibus minha panturrilha ta inchada, vermelha e quente", U),
    ("a caimbra ja dura 20 minutos e alongar nao adianta nada", U),
    ("pisei num prego e agora to com espasmos, nunca tomei a vacina antitetanica", U),
    ("trabalho com reciclagem de bateria, com chumbo, e to com caimbras", U),
    ("to com caimbra na barriga e nos bracos", U),
    ("vomitei e tive diarreia o dia todo e agora caimbra nas pernas", U),
    ("formigamento em volta da boca e as maos ficam tortas em garra", U),
    ("jogando bola senti um estalo na panturrilha e nao consigo ficar na ponta do pe", U),
    ("tenho caimbra toda noite faz tres semanas, acordo de madrugada, alongar nao melhora", D),
    ("minhas pernas tao fracas, os musculos afinando e tremendo debaixo da pele", D),
    ("dor na panturrilha quando caminho que passa quando paro", D),
    ("comecei a tomar sinvastatina pro colesterol e depois vieram as caimbras", D),
    ("sou diabetico e faco hemodialise, tenho caimbras", D),
    ("bebo muito todo dia e tenho caimbras", D),
    ("sinto uma agonia nas pernas a noite, preciso mexer, quando ando passa", D),
    ("essas caimbras tao acabando com a minha vida", D),
    ("caimbra na panturrilha, sem febre, sem inchaco, passou em 2 minutos", S),
    ("meu pai toma estatina, eu nao tomo nada, so tive uma caimbra rapida que passou", S),
    ("e se meu filho tiver uma convulsao um dia? hoje ele so teve uma caimbra que passou", S),
    ("minha vo tem diabetes, eu nao tenho nada, so uma caimbra ontem que passou logo", S),
    ("ano passado tive uma trombose, hoje so uma caimbra de um minuto que passou alongando", S),
]

SPANISH: list[tuple[str, str]] = [
    ("a mi mama le dio una convulsion, se sacudia toda y no reaccionaba", E),
    ("de repente me falta el aire y tengo dolor en el pecho, la pierna hinchada", E),
    ("el pie se me puso helado y azul, no lo puedo mover", E),
    ("mi hijo tiene fiebre, le duele mucho la cabeza y tiene el cuello tieso", E),
    ("mi tio se desmayo trabajando al sol, dejo de sudar y tiene la piel caliente y seca", E),
    ("mi nene tomo cloro de una botella", E),
    ("mi esposo tomo alcohol con pastillas para dormir, una tira entera", E),
    ("me corte con una lata hace una semana, ahora la mandibula trabada y espasmos", E),
    ("despues del gym la orina color coca cola, dolor muscular fuerte y debilidad", E),
    ("despues de la cesarea tengo la pantorrilla derecha hinchada, roja y caliente", U),
    ("el calambre lleva 15 minutos y no se quita estirando", U),
    ("trabajo con solventes y mercurio en una mina y tengo calambres", U),
    ("calambres en la barriga despues de vomitar toda la noche", U),
    ("senti un pop en el gemelo y no puedo pararme en puntas", U),
    ("calambres varias veces por semana, me despiertan de noche, me arruinan la vida", D),
    ("me tiemblan los musculos bajo la piel y siento debilidad en las piernas", D),
    ("empece con diureticos y ahora tengo calambres", D),
    ("tengo problemas de tiroides y calambres", D),
    ("tengo las piernas inquietas por la noche, tengo que moverlas", D),
    ("mi padre toma estatinas, yo no tomo nada, solo un calambre que se paso", S),
    ("que pasa si mi hijo alguna vez tiene una convulsion? hoy solo un calambre corto", S),
    ("hace años tuve una trombosis, hoy solo un calambre que se fue estirando", S),
    ("calambre en la pierna sin fiebre, sin hinchazon, se fue al estirar", S),
]

FRENCH: list[tuple[str, str]] = [
    ("mon pere a fait une crise convulsive, il tremblait de partout et il repond plus", E),
    ("j'ai du mal a respirer d'un coup et mal a la poitrine, mon mollet est gonfle", E),
    ("je crache du sang depuis ce matin et j'ai une crampe au mollet", E),
    ("mon pied est devenu froid et bleu d'un coup, je peux plus le bouger", E),
    ("ma fille a de la fievre, la nuque raide et des taches qui partent pas", E),
    ("mon grand-pere s'est evanoui en plein soleil, il transpire plus et il est confus", E),
    ("mon fils de 3 ans a bu du produit menager dans une bouteille", E),
    ("j'ai avale une plaquette entiere de somniferes expres", E),
    (
        "je me suis coupe sur un clou rouille, maintenant la machoire bloquee "
        "et j'arrive pas a avaler",
        E,
    ),
    ("apres le marathon mes urines sont couleur coca et j'ai super mal aux muscles", E),
    ("apres un long voyage en avion mon mollet gauche est gonfle, rouge et chaud", U),
    ("la crampe dure depuis 20 minutes et les etirements servent a rien", U),
    ("je bosse dans le recyclage de batteries au plomb et j'ai des crampes", U),
    ("j'ai des crampes dans le ventre et les bras apres avoir vomi", U),
    ("fourmillements autour de la bouche et les mains qui se crispent en griffe", U),
    ("j'ai senti un claquement dans le mollet, je peux pas me mettre sur la pointe des pieds", U),
    ("j'ai des crampes tous les soirs depuis trois semaines, ca me reveille la nuit", D),
    ("mes muscles fondent et ca tremble sous la peau, je suis faible", D),
    ("j'ai mal au mollet quand je marche, ca passe au repos", D),
    ("depuis que je prends une statine pour le cholesterol j'ai des crampes", D),
    ("je suis dialyse et j'ai des crampes", D),
    ("impatiences dans les jambes le soir, besoin de bouger tout le temps", D),
    ("mon pere prend des statines, moi je prends rien, juste une crampe qui est passee", S),
    ("et si mon fils fait une crise un jour? la il a juste eu une crampe", S),
    ("crampe au mollet, pas de fievre, pas de gonflement, passee en 2 minutes", S),
]

GERMAN: list[tuple[str, str]] = [
    ("mein Vater hatte einen Krampfanfall, hat am ganzen Koerper gezuckt und reagiert nicht", E),
    ("ploetzlich Atemnot und Brustschmerzen, die Wade ist geschwollen", E),
    ("ich huste Blut und habe seit gestern Wadenkraempfe", E),
    ("mein Fuss ist ploetzlich kalt und blass, ich kann ihn nicht bewegen", E),
    ("meine Tochter hat Fieber, einen steifen Nacken und starke Kopfschmerzen", E),
    ("Opa ist in der Hitze umgekippt, schwitzt nicht mehr und ist verwirrt", E),
    ("mein Sohn hat Putzmittel aus einer Flasche getrunken", E),
    ("ich habe absichtlich eine ganze Packung Schlaftabletten genommen", E),
    ("habe Alkohol getrunken und Tabletten geschluckt, jetzt Kraempfe", E),
    (
        "hab mich an einem rostigen Nagel verletzt, jetzt ist der Kiefer steif "
        "und ich kann nicht schlucken",
        E,
    ),
    ("nach dem Marathon ist mein Urin wie Cola und die Muskeln tun extrem weh", E),
    ("nach der OP ist meine Wade geschwollen, rot und warm", U),
    ("der Krampf dauert schon 20 Minuten und dehnen hilft nicht", U),
    ("ich arbeite mit Blei und Loesungsmitteln und habe Kraempfe", U),
    ("Kraempfe im Bauch und in den Armen nach Durchfall und Erbrechen", U),
    ("Kribbeln um den Mund und die Haende verkrampfen sich wie Pfoten", U),
    ("beim Tennis hat es in der Wade geknallt, ich kann nicht auf Zehenspitzen stehen", U),
    ("ich habe jeden Abend Wadenkraempfe seit drei Wochen, wache nachts auf", D),
    ("Muskelschwaeche, Muskelschwund und Zuckungen unter der Haut", D),
    ("Wadenschmerzen beim Gehen, die in Ruhe weggehen", D),
    ("seit ich Statine nehme habe ich Kraempfe", D),
    ("ich bin Dialysepatient und habe Kraempfe", D),
    ("unruhige Beine abends, ich muss sie bewegen", D),
    ("mein Vater nimmt Statine, ich nehme nichts, nur ein kurzer Krampf der weg ist", S),
    ("kein Fieber, keine Schwellung, nur ein Wadenkrampf der nach 2 Minuten weg war", S),
    ("vor Jahren hatte ich eine Thrombose, heute nur ein kurzer Krampf, beim Dehnen weg", S),
]

DUTCH: list[tuple[str, str]] = [
    ("mijn vader had een aanval, schokte over zijn hele lichaam en reageert niet meer", E),
    ("ik ben ineens heel kortademig en heb pijn op de borst", E),
    ("ik hoest bloed op en heb kramp in mijn kuit", E),
    ("mijn voet is ineens koud en wit, ik kan hem niet bewegen", E),
    ("mijn dochter heeft koorts, een stijve nek en vlekjes die niet weggaan", E),
    ("opa is flauwgevallen in de hitte, hij zweet niet meer en is verward", E),
    ("mijn zoontje heeft schoonmaakmiddel uit een fles gedronken", E),
    ("ik heb expres een hele strip slaappillen genomen", E),
    (
        "ik heb me gesneden aan een roestige spijker, nu zit mijn kaak op slot "
        "en kan ik niet slikken",
        E,
    ),
    ("na de marathon is mijn plas zo donker als cola en mijn spieren doen vreselijk pijn", E),
    ("na een lange vlucht is mijn kuit dik, rood en warm", U),
    ("de kramp duurt al 20 minuten en rekken helpt niet", U),
    ("ik werk met lood en oplosmiddelen en heb krampen", U),
    ("krampen in mijn buik en armen na overgeven en diarree", U),
    ("tintelingen rond de mond en mijn handen trekken krom", U),
    ("ik voelde een knal in mijn kuit en kan niet op mijn tenen staan", U),
    ("elke avond kramp al drie weken, ik word 's nachts wakker", D),
    ("mijn spieren worden zwakker en dunner en trillen onder de huid", D),
    ("pijn in mijn kuit bij het lopen die overgaat als ik stilsta", D),
    ("sinds ik plaspillen slik heb ik krampen", D),
    ("ik heb suikerziekte en krampen in mijn benen", D),
    ("rusteloze benen 's avonds, ik moet ze bewegen", D),
    ("mijn vader slikt statines, ik slik niks, alleen een korte kramp die over is", S),
    ("geen koorts, niet gezwollen, kramp in mijn kuit die na 2 minuten weg was", S),
    ("wat als mijn zoon ooit een aanval krijgt? nu alleen een korte kramp", S),
]

ITALIAN: list[tuple[str, str]] = [
    ("mio padre ha avuto una crisi epilettica, tremava tutto e non risponde", E),
    ("all'improvviso non riesco a respirare e ho dolore al petto", E),
    ("tossisco sangue e ho crampi al polpaccio", E),
    ("il piede e diventato freddo e bianco all'improvviso, non riesco a muoverlo", E),
    ("mia figlia ha la febbre, il collo rigido e macchie che non vanno via", E),
    ("mio nonno e svenuto al sole, non suda piu ed e confuso", E),
    ("mio figlio di 2 anni ha bevuto detersivo da una bottiglia", E),
    ("ho preso apposta un blister intero di sonniferi", E),
    (
        "mi sono tagliato con un chiodo arrugginito, ora ho la mascella bloccata "
        "e non riesco a deglutire",
        E,
    ),
    ("dopo la maratona la pipi e color coca cola e i muscoli mi fanno malissimo", E),
    ("dopo un lungo viaggio in aereo il polpaccio e gonfio, rosso e caldo", U),
    ("il crampo dura da 20 minuti e lo stretching non aiuta", U),
    ("lavoro con il piombo e i solventi e ho crampi", U),
    ("crampi alla pancia e alle braccia dopo vomito e diarrea", U),
    ("formicolio intorno alla bocca e le mani si chiudono ad artiglio", U),
    ("ho sentito uno schiocco nel polpaccio e non riesco a stare in punta di piedi", U),
    ("ho crampi ogni sera da tre settimane, mi svegliano di notte", D),
    ("i muscoli si stanno assottigliando e mi tremano sotto la pelle", D),
    ("dolore al polpaccio quando cammino che passa a riposo", D),
    ("da quando prendo la statina per il colesterolo ho crampi", D),
    ("sono diabetico e ho crampi alle gambe", D),
    ("gambe senza riposo la sera, devo muoverle", D),
    ("mio padre prende le statine, io niente, solo un crampo passato subito", S),
    ("niente febbre, niente gonfiore, crampo al polpaccio passato in 2 minuti", S),
    ("anni fa ho avuto una trombosi, oggi solo un crampo passato stirando", S),
]

RUSSIAN: list[tuple[str, str]] = [
    ("u papy byl pristup, ego tryaslo vsego i on ne otvechaet", E),
    ("vnezapno ne mogu dyshat i bolit v grudi", E),
    ("kashlyayu krovyu i sudorogi v noge", E),
    ("noga stala holodnaya i blednaya, ne mogu poshevelit", E),
    ("u rebenka temperatura, sheya ne gnetsya i sypi na kozhe", E),
    ("ded poteryal soznanie na zhare, ne poteet i kozha suhaya i goryachaya", E),
    ("syn vypil himiyu iz butylki", E),
    ("ya vypila celuyu pachku snotvornogo special'no", E),
    ("poranilsya rzhavym gvozdem, teper chelyust svelo i ne mogu glotat", E),
    ("posle marafona mocha cveta koly i myshcy ochen silno bolyat", E),
    ("posle dolgogo pereleta ikra opukhla, krasnaya i goryachaya", U),
    ("sudoroga uzhe 20 minut i rastyazhka ne pomogaet", U),
    ("rabotayu so svincom i rastvoritelyami, sudorogi v nogah", U),
    ("sudorogi v zhivote i rukah posle rvoty i ponosa", U),
    ("pokalyvanie vokrug rta i ruki skryuchivaet", U),
    ("pochuvstvoval shchelchok v ikre i ne mogu vstat na noski", U),
    ("sudorogi kazhdyj vecher uzhe tri nedeli, prosypayus nochyu", D),
    ("slabost v nogah, myshcy hudeyut i dergayutsya pod kozhej", D),
    ("pri hodbe bolit ikra, posle otdyha prohodit", D),
    ("nachal pit statiny ot holesterina i poyavilis sudorogi", D),
    ("u menya diabet i sudorogi v nogah", D),
    ("nogi ne nahodyat mesta vecherom, nado dvigat", D),
    ("papa pyet statiny, ya nichego ne pyu, prosto sudoroga na minutu, proshla", S),
    ("temperatury net, otyoka net, sudoroga v ikre proshla za 2 minuty", S),
]

ARABIC: list[tuple[str, str]] = [
    ("abui ja2to nawba, kan yenfod kollo w ma 3am yrodd", E),
    ("fag2a ma 3am 2der etnaffas w 3andi waja3 b sadri", E),
    ("3am b2a77 damm w 3andi shad b rijli", E),
    ("rijli sarit barde w zar2a fag2a, ma 3am 2der 7arrekha", E),
    ("ibni 3ando sa5neh w ra2bto mshadde w rasso 3am yewja3o ktir", E),
    ("sitti ghmi 3aleha bel shams, wa2fet t3ara2 w jelda sa5en w nashef", E),
    ("binti shirbet klor men 2anneine", E),
    ("5adt shreet kamel 7boob nom 3an 2asd", E),
    ("shrebt kohol w 5adt 7boob ktir, w halla2 3andi shad", E),
    ("ja7ashet 3ala mesmar mseddi, halla2 fakki msaker w ma 3am 2der bala3", E),
    ("ba3d el maraton bawli lono metl el cola w 3adalati btewja3ni ktir", E),
    ("ba3d safra tawile battet rijli manfou5a w 7amra w sa5ne", U),
    ("el shad sarlo 20 d2i2a w ma 3am yrou7 ma3 el stretching", U),
    ("bsh8al b tadweer battariyat, rasas, w 3andi shad", U),
    ("3andi shad b bat6ni w idayi ba3d ma stafra8t", U),
    ("tanmeel 7awl temmi w asabi3i 3am yetla2wo", U),
    ("7asset b ta2a b battet rijli w ma 2der o2af 3ala asabi3i", U),
    ("3andi shad kol leile sarlo 3 asabi3, bfee2 bel lel", D),
    ("3andi da3f w 3adalati 3am trajef ta7t el jeld", D),
    ("bdeet 5od dawa el kolesterol w ba3da ja2ni shad", D),
    ("3andi el ghodda w shad fi regli", D),
    ("rijlayi ma btertah bel lel, lazem 7arrekhon", D),
    ("abui byeshrab dawa kolesterol, ana ma ba5od shi, bas shad d2i2a w ra7", S),
    ("law ibni ja2ato nawba shou ba3mel? halla2 bas shad zghir w ra7", S),
]

PORTUGUESE += [
    ("tenho formigamento nos pes e caimbras faz um mes", D),
    ("tenho problema de tireoide e caimbras", D),
    ("tenho cirrose e caimbra nas pernas", D),
    ("to gravida de 30 semanas e a panturrilha esquerda ta inchada e vermelha", U),
    ("caimbra na perna, sem falta de ar, sem dor no peito, ja passou", S),
    ("tive uma caimbra no treino, alonguei e passou em um minuto", S),
]

SPANISH += [
    ("mi abuelo no reacciona y esta confundido despues de un calambre", E),
    ("me clave un clavo hace 5 dias y tengo espasmos, nunca me puse la vacuna del tetanos", U),
    ("se me duermen las manos y los pies y tengo calambres", D),
    ("cuando camino me duele la pantorrilla y al parar se me quita", D),
    ("tomo mucha cerveza todos los dias y tengo calambres", D),
    ("calambre en el gemelo sin fiebre ni cuello rigido, se me quito solo", S),
    ("mi hermano tuvo convulsiones de chico, yo solo tuve un calambre y se fue", S),
]

FRENCH += [
    ("ma mere repond plus et elle est confuse apres une crampe", E),
    (
        "je me suis coupe avec une boite de conserve, maintenant des spasmes "
        "et mon vaccin antitetanique date de plus de 10 ans",
        U,
    ),
    ("j'ai des fourmis dans les pieds et des crampes depuis un mois", D),
    ("je bois beaucoup d'alcool tous les jours et j'ai des crampes", D),
    ("j'ai des problemes de thyroide et des crampes", D),
    ("ces crampes me gachent la vie, plusieurs fois par semaine", D),
    ("crampe au mollet, pas essouffle, pas mal a la poitrine, c'est passe", S),
]

GERMAN += [
    ("meine Oma ist verwirrt und reagiert kaum nach einem Krampf", E),
    (
        "hab mich an einer Dose geschnitten, jetzt Muskelkraempfe, "
        "die Tetanusimpfung ist ueber 10 Jahre her",
        U,
    ),
    ("ich habe Kribbeln und Taubheit in den Fuessen und Kraempfe", D),
    ("ich trinke jeden Tag viel Bier und habe Kraempfe", D),
    ("ich habe eine Schilddruesenunterfunktion und Wadenkraempfe", D),
    ("seit ich Wassertabletten nehme habe ich oft Kraempfe", D),
    ("die Kraempfe ruinieren mein Leben, mehrmals pro Woche", D),
    ("kein Fieber, kein steifer Nacken, nur ein Krampf beim Sport der weg ist", S),
]

DUTCH += [
    ("mijn oma is verward en reageert niet goed na een kramp", E),
    (
        "ik heb me gesneden aan een blikje, nu spierkrampen en mijn tetanusprik "
        "is meer dan 10 jaar geleden",
        U,
    ),
    ("ik heb tintelingen en een doof gevoel in mijn voeten en krampen", D),
    ("ik drink elke dag veel bier en heb krampen", D),
    ("ik heb een schildklierprobleem en krampen", D),
    ("de krampen verpesten mijn leven, meerdere keren per week", D),
    ("geen koorts, geen stijve nek, alleen een kramp bij het sporten die over is", S),
]

ITALIAN += [
    ("mia nonna e confusa e non risponde dopo un crampo", E),
    (
        "mi sono tagliato con una lattina, ora spasmi ai muscoli e l'antitetanica "
        "non l'ho mai fatta",
        U,
    ),
    ("ho formicolii e intorpidimento ai piedi e crampi", D),
    ("bevo molto alcol tutti i giorni e ho crampi", D),
    ("ho problemi alla tiroide e crampi frequenti", D),
    ("da quando prendo il diuretico ho crampi la notte", D),
    ("questi crampi mi rovinano la vita, varie volte a settimana", D),
    ("niente febbre, niente collo rigido, solo un crampo in palestra passato subito", S),
    ("e se mio figlio un giorno ha una crisi? oggi solo un crampo passato", S),
]

RUSSIAN += [
    ("babushka zaputalas, ne ponimaet gde ona, i sudorogi", E),
    ("porezalsya o banku, teper spazmy v myshcah, privivku ot stolbnyaka ne delal", U),
    ("pokalyvanie i onemenie v stopah i sudorogi", D),
    ("pyu mnogo kazhdyj den i sudorogi v nogah", D),
    ("u menya shchitovidka i chasto sudorogi", D),
    ("s teh por kak pyu mochegonnye, sudorogi po nocham", D),
    ("temperatury net, grud ne bolit, sudoroga v noge proshla", S),
    ("a chto esli u syna budet pristup? seichas prosto sudoroga proshla", S),
]

ARABIC += [
    ("sitti mkharbata w mish 3arfa hiya wein, w 3andha shad", E),
    (
        "jara7t 7ali b 3elbet tanake, w halla2 3andi tashannoj bel 3adal w ma a5adt ebret el kozaz",
        U,
    ),
    ("3andi tanmeel w 5adar b ejrayi w shad", D),
    ("3andi mashakel bel kelawi w shad kteer", D),
    ("3andi sokkari w shad bel lel", D),
    ("el shad 3am y5arreb 7ayati, kaza marra bel jom3a", D),
    ("ma fi sa5neh w ra2bti mish mashdoude, bas shad w ra7", S),
    ("sa7bi kan 3ando jalta bel rijl, ana bas shad d2i2a w ra7", S),
]

PORTUGUESE += [
    ("tomei um copo de agua e a caimbra passou", S),
    ("meu filho bebeu suco da garrafa e teve uma caimbra que passou logo", S),
    ("trabalho num garimpo com mercurio e tenho caimbras", U),
    ("faco dialise tres vezes por semana e tenho caimbra", D),
    ("cortei o dedo cozinhando mes passado, ta tudo bem, so uma caimbra na perna que passou", S),
]
SPANISH += [
    ("mi hija se tomo un jugo de la botella y le dio un calambre, ya se le paso", S),
    ("trabajo reciclando baterias de plomo y me dan calambres", U),
    ("estoy embarazada y tengo la pantorrilla izquierda hinchada, caliente y roja", U),
    ("tengo diabetes y me dan calambres en los pies", D),
    ("mi tia tiene piernas inquietas, yo solo tuve un calambre que se paso", S),
]
FRENCH += [
    ("j'ai bu un verre d'eau et la crampe est passee", S),
    ("je travaille avec des solvants et du mercure, j'ai des crampes", U),
    ("je suis enceinte et mon mollet droit est gonfle, rouge et chaud", U),
    ("j'ai une maladie du foie et des crampes", D),
    ("je prends des diuretiques depuis un mois et j'ai des crampes", D),
]
GERMAN += [
    ("nach der Geburt ist meine Wade dick, rot und heiss", U),
    ("ich bin Diabetiker und habe nachts Wadenkraempfe", D),
    ("ich habe eine Lebererkrankung und Muskelkraempfe", D),
    ("mein Sohn hat Saft aus der Flasche getrunken und hatte kurz einen Krampf, schon weg", S),
    ("was wenn mein Sohn mal einen Krampfanfall hat? heute nur ein kurzer Wadenkrampf", S),
]
DUTCH += [
    ("ik ben zwanger en mijn kuit is dik, rood en warm", U),
    ("ik werk met kwik en heb krampen", U),
    ("ik heb een leverziekte en krampen in mijn benen", D),
    ("ik zit aan de dialyse en heb krampen", D),
    ("mijn zoon heeft sap uit een fles gedronken en had even kramp, nu weer over", S),
    ("vroeger had ik een trombose, nu alleen een korte kramp die over is", S),
]
ITALIAN += [
    ("sono incinta e il polpaccio sinistro e gonfio, rosso e caldo", U),
    ("lavoro con il mercurio e ho crampi", U),
    ("faccio la dialisi e ho crampi", D),
    ("ho la cirrosi e crampi alle gambe", D),
    ("mio figlio ha bevuto un succo dalla bottiglia e ha avuto un crampo, gia passato", S),
    ("anni fa ho avuto una convulsione, oggi solo un crampo al polpaccio passato subito", S),
]
RUSSIAN += [
    ("ya beremenna i ikra opukhla, krasnaya i goryachaya", U),
    ("rabotayu s rtutyu, sudorogi v nogah", U),
    ("u menya cirroz pecheni i sudorogi", D),
    ("ya na gemodialize, sudorogi v nogah", D),
    ("syn vypil sok iz butylki i byla sudoroga, uzhe proshla", S),
    ("ran'she byl tromb, seichas prosto sudoroga na minutu, proshla", S),
]
ARABIC += [
    ("ana 7amel w battet rijli manfou5a w 7amra w sa5ne", U),
    ("bsh8al ma3 el zeeba2 w 3andi shad", U),
    ("3andi mashakel bel kabed w shad", D),
    ("ba3mel ghaseel kelawi w 3andi shad", D),
    ("ibni shereb 3aseer men el 2anneine w ja2o shad w ra7", S),
    ("min zaman kan 3andi jalta, halla2 bas shad d2i2a w ra7", S),
]

PORTUGUESE += [
    ("tenho caimbra e a pele ficou amarela, tenho problema no figado", D),
    ("fiz uma cirurgia de tireoide e agora formigamento na boca e dedos travados", U),
    ("minha perna ficou fria e dormente de repente e doi muito", E),
    ("sem febre, sem pescoco duro, so caimbra no pe que passou", S),
]
SPANISH += [
    ("toso con sangre desde anoche y me duele la pantorrilla", E),
    ("hormigueo en los labios y las manos se me ponen en garra", U),
    ("tengo insuficiencia renal y calambres seguido", D),
    ("sin dolor de pecho y sin falta de aire, solo un calambre al nadar que se paso", S),
]
FRENCH += [
    ("j'ai des crampes et ca saute sous la peau du mollet depuis deux mois", D),
    ("au tennis j'ai entendu un clac dans le mollet et je tiens plus sur la pointe des pieds", U),
    ("ma jambe est devenue toute blanche et glacee, je la sens plus", E),
    ("pas de sang quand je tousse, pas essouffle, juste une crampe la nuit passee", S),
]
GERMAN += [
    ("mein Bein ist ploetzlich eiskalt und taub, tut hoellisch weh", E),
    ("ich habe Nierenprobleme und Kraempfe", D),
    ("meine Fuesse sind taub und kribbeln, dazu Kraempfe", D),
    ("kein Blut beim Husten, keine Atemnot, nur ein Wadenkrampf beim Joggen, weg", S),
]
DUTCH += [
    ("mijn been is ineens ijskoud en gevoelloos", E),
    ("na een operatie aan mijn schildklier tintelingen rond de mond en krampen in mijn handen", U),
    ("mijn spieren trillen onder de huid en worden dunner", D),
    ("geen bloed opgehoest, niet kortademig, alleen een kramp bij het zwemmen, over", S),
]
ITALIAN += [
    ("ho la gamba gelata e non la sento piu all'improvviso", E),
    ("ho problemi ai reni e crampi frequenti", D),
    ("bevo tanta birra ogni sera e ho crampi", D),
    ("niente sangue con la tosse, respiro bene, solo un crampo mentre nuotavo, passato", S),
]
RUSSIAN += [
    ("noga vnezapno stala ledyanaya i onemela, ochen bolit", E),
    ("u menya bolezn pochek i sudorogi", D),
    ("posle operacii na shchitovidke pokalyvanie vokrug rta i pal'cy svodit", U),
    ("krovi pri kashle net, dyshu normalno, prosto sudoroga v ikre, proshla", S),
]
ARABIC += [
    ("ibni ja2to nawbet tashannojat w ma 3am yrodd 3alayi", E),
    ("ba3d 3amaliyet el ghodde 3andi tanmeel 7awl temmi w asabi3i btetla2wa", U),
    ("3am ishrab kohol kteer kol yom w 3andi shad", D),
    ("ma fi damm bel so3al w ma fi dee2 nafas, bas shad b battet rijli w ra7", S),
]

PORTUGUESE += [
    ("meu pai teve um seizure e ta confuso agora", E),
    ("acho que e DVT, panturrilha inchada e vermelha depois do voo", U),
    ("comecei statin mes passado e agora caimbra toda noite", D),
    ("e normal ter caimbra na gravidez? tive uma essa noite e passou rapido", S),
]
SPANISH += [
    ("mi mama tuvo un seizure y no responde", E),
    ("empece con estatinas hace un mes y ahora tengo calambres cada noche", D),
    ("es normal tener calambres en el embarazo? me da uno de vez en cuando y se pasa", S),
]
FRENCH += [
    ("je fais du crossfit et mes urines sont noires, douleur musculaire enorme", E),
    ("j'ai commence une statine le mois dernier et depuis j'ai des crampes", D),
    ("c'est normal les crampes pendant la grossesse? j'en ai eu une cette nuit, vite passee", S),
]
GERMAN += [
    ("nach dem Leg Day ist mein Urin dunkelbraun und ich habe extreme Muskelschmerzen", E),
    ("ich glaube es ist eine Thrombose, Wade dick und rot nach dem Flug", U),
    (
        "ist es normal, in der Schwangerschaft Wadenkraempfe zu haben? "
        "hatte heute nacht einen, ging schnell weg",
        S,
    ),
]
DUTCH += [
    ("na de crossfit is mijn plas bruin en ik heb enorme spierpijn", E),
    ("ik denk aan trombose, kuit dik en rood na de vlucht", U),
    ("is het normaal om kramp te hebben in de zwangerschap? had er vannacht een, snel over", S),
]
ITALIAN += [
    ("dopo il crossfit la pipi e marrone scuro e ho un dolore muscolare fortissimo", E),
    ("penso sia una trombosi, polpaccio gonfio e rosso dopo il volo", U),
    ("e normale avere crampi in gravidanza? ne ho avuto uno stanotte, passato subito", S),
]
RUSSIAN += [
    ("posle krossfita mocha temnaya kak kola, myshcy adski bolyat", E),
    ("dumayu tromboz, ikra opukhla i pokrasnela posle pereleta", U),
    ("normalno li sudorogi pri beremennosti? byla odna nochyu, bystro proshla", S),
]
ARABIC += [
    ("ba3d el gym bawli 2aswad w 3adalati btewja3ni ktir ktir", E),
    ("ba3d el flight battet rijli manfou5a w 7amra, 5ayfe tkoun jalta", U),
    ("tabi3i el shad bel 7aml? ja2ni wa7ad bel lel w ra7 bsor3a", S),
]

SIGNS = [
    (text, level, name)
    for name, rows in (
        ("Portuguese", PORTUGUESE),
        ("Spanish", SPANISH),
        ("French", FRENCH),
        ("German", GERMAN),
        ("Dutch", DUTCH),
        ("Italian", ITALIAN),
        ("Russian or Ukrainian", RUSSIAN),
        ("Arabic", ARABIC),
    )
    for text, level in rows
]


@pytest.mark.parametrize(("text", "level", "name"), SIGNS)
def test_each_sign_and_each_trap_is_read_at_its_level(text: str, level: str, name: str) -> None:
    assert level_in_language(text, name) == level
