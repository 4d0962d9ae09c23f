"""Every warning sign of triage.md, told as people type on a phone (accents or none,
the French "ne" dropped), in the languages of round s12's audit: Spanish, French,
Romanian, Somali, Chinese (characters and pinyin), Japanese, Korean, and Arabic, Bengali,
Persian and Russian typed in Latin letters. Each family of signs is read at its level; denials,
look-alikes, signs of the past or of a friend keep a cramp one level below (French "je
suis confuse" is an apology, Spanish "se tomó un vaso de agua" no poisoning, "me corté
el pelo" no wound, Arabic "el jaw bared" the weather, Bengali "gaye tan" a suntan). The
sentences are the team's own."""

from __future__ import annotations

import pytest

from crampcare.wording import language
from tests.intake.reading import level_in_language

E, U, D, S = "emergency", "urgent", "doctor", "self_care"

SPANISH: list[tuple[str, str]] = []
SPANISH += [
    (
        "A mi papá le dio un calambre en la pierna y luego se puso "
        "todo rígido y empezó a sacudirse",
        E,
    ),
    (
        "mi abuela tiene calambres y ahora esta muy confundida, no sabe donde esta",
        E,
    ),
    (
        "mi esposo se cayo con un calambre y no responde, tiene los ojos abiertos",
        E,
    ),
    (
        "Mi hijo tiene fiebre alta y el cuello rigido, y calambres en las piernas",
        E,
    ),
    ("tengo el peor dolor de cabeza de mi vida, fiebre y calambres", E),
    (
        "mi hija tiene fiebre y unas manchitas rojas que no se quitan al apretar con un vaso",
        E,
    ),
    (
        "la pantorrilla se me hincho hace dias y ahora de repente me falta el aire",
        E,
    ),
    ("tengo un calambre en la pierna y dolor en el pecho desde la mañana", E),
    ("me dolia la pantorrilla toda la semana y hoy estoy tosiendo sangre", E),
    ("el pie se me puso frio y blanco de golpe, me duele horrible", E),
    ("de repente no siento la pierna y no la puedo mover", E),
    ("mi niño de 3 años se tomo las pastillas de su abuela y tiene calambres", E),
    ("mi hija se bebio un limpiador de pisos y tiene calambres", E),
    ("me tome muchas pastillas a proposito y ahora tengo calambres", E),
    (
        "hace diez dias me clave un clavo oxidado, ahora tengo la "
        "mandibula trabada y no puedo abrir la boca",
        E,
    ),
    (
        "mi papa estaba trabajando bajo el sol, le dieron calambres y ya no suda y esta confundido",
        E,
    ),
    (
        "despues del maraton la orina me sale como coca cola y me duelen muchisimo los musculos",
        E,
    ),
    ("estoy embarazada de 34 semanas, tuve una convulsion y veo borroso", E),
    (
        "me corte con una lata en el jardin, ahora tengo espasmos "
        "musculares y no se cuando me pusieron la antitetanica",
        U,
    ),
    (
        "despues de la operacion la semana pasada tengo la "
        "pantorrilla izquierda hinchada, roja y caliente",
        U,
    ),
    (
        "despues de un vuelo largo la pantorrilla esta hinchada, roja y me duele al tocarla",
        U,
    ),
    ("el calambre ya lleva 20 minutos y estirar no sirve de nada", U),
    ("llevo tres dias con vomitos y diarrea y ahora calambres en las piernas", U),
    (
        "despues de la operacion de tiroides tengo hormigueo "
        "alrededor de la boca y se me tuercen los dedos de las manos",
        U,
    ),
    (
        "jugando al padel senti un chasquido en la pantorrilla y no puedo ponerme de puntillas",
        U,
    ),
    ("trabajo en una fabrica de baterias con plomo y tengo calambres", U),
    ("tengo calambres en el pecho y en los brazos", U),
    (
        "tengo las piernas cada vez mas debiles y los musculos se me "
        "estan adelgazando, calambres cada noche",
        D,
    ),
    (
        "los musculos de la pantorrilla me tiemblan debajo de la piel "
        "y tengo calambres desde hace 2 meses",
        D,
    ),
    ("tengo hormigueo en los pies y calambres desde hace unas semanas", D),
    ("se me duermen los pies y tengo calambres desde hace un mes", D),
    ("me duele la pantorrilla al caminar y se me pasa cuando me paro", D),
    ("desde que tomo las pastillas para orinar tengo calambres por la noche", D),
    ("tomo atorvastatina para el colesterol y desde entonces tengo calambres", D),
    ("soy diabetica y tengo calambres en las piernas por la noche", D),
    ("tengo insuficiencia renal y calambres frecuentes", D),
    ("voy a hemodialisis tres veces por semana y tengo calambres", D),
    ("tengo cirrosis y calambres en las piernas", D),
    ("tengo hipotiroidismo y calambres a menudo", D),
    (
        "por la noche siento como hormigas en las piernas, tengo que "
        "moverlas, caminando se me pasa",
        D,
    ),
    ("tomo mucho alcohol todos los dias y tengo calambres", D),
    ("tengo calambres casi todas las noches y no me dejan dormir", D),
    (
        "anoche me dio un calambre en la pantorrilla, se paso en 2 "
        "minutos, sin hinchazon ni fiebre",
        S,
    ),
    (
        "calambre despues de correr, estire y se fue, no tengo dolor "
        "en el pecho ni me falta el aire",
        S,
    ),
    (
        "estoy embarazada de 30 semanas y a veces me da un calambre de noche, se pasa rapido",
        S,
    ),
    ("mi hija se tomo un vaso de agua y se le paso el calambre enseguida", S),
    ("tome magnesio y el calambre se fue en un minuto", S),
    (
        "me dio un ataque de risa y luego un calambre en el pie, se me paso al estirar",
        S,
    ),
    (
        "hacia mucho calor en la cola del super y me dio un calambre "
        "en el gemelo, se fue al minuto",
        S,
    ),
    (
        "hace años tuve una convulsion por fiebre de niño, hoy solo "
        "un calambre en la pierna que se fue rapido",
        S,
    ),
    (
        "mi amiga tuvo un coagulo en la pierna el año pasado, a mi "
        "solo me dio un calambre de un minuto",
        S,
    ),
    (
        "no tengo fiebre, no esta hinchada ni roja, solo un calambre "
        "en el gemelo jugando futbol que se me quito",
        S,
    ),
    (
        "me corte el pelo y despues me dio un calambre en el pie, se fue en seguida",
        S,
    ),
    (
        "hace frio hoy y me dio un calambre en el pie en la cama, se me paso estirando",
        S,
    ),
]
FRENCH: list[tuple[str, str]] = []
FRENCH += [
    (
        "Mon père a eu une crampe au mollet puis tout son corps s'est raidi et il tremblait",
        E,
    ),
    (
        "ma mère a des crampes et elle est toute confuse, elle sait plus où elle est",
        E,
    ),
    (
        "mon mari est tombé avec une crampe et il répond plus, il a les yeux ouverts",
        E,
    ),
    (
        "mon fils a beaucoup de fièvre et la nuque raide, et des crampes aux jambes",
        E,
    ),
    ("j'ai le pire mal de tête de ma vie, de la fièvre et des crampes", E),
    (
        "ma fille a de la fièvre et des petites taches rouges qui "
        "disparaissent pas quand j'appuie avec un verre",
        E,
    ),
    ("mon mollet était gonflé et là d'un coup j'arrive plus à respirer", E),
    ("j'ai une crampe à la jambe et mal à la poitrine depuis ce matin", E),
    (
        "mon mollet me faisait mal depuis une semaine, aujourd'hui je crache du sang",
        E,
    ),
    (
        "mon pied est devenu d'un coup tout froid et tout blanc, la douleur est atroce",
        E,
    ),
    ("d'un coup je sens plus ma jambe et j'arrive pas à la bouger", E),
    (
        "mon fils de 3 ans a avalé les cachets de sa grand-mère et il a des crampes",
        E,
    ),
    ("ma petite a bu du produit pour le sol et elle a des crampes", E),
    ("j'ai pris trop de cachets exprès et maintenant j'ai des crampes", E),
    (
        "il y a dix jours je me suis blessé avec un clou rouillé, "
        "maintenant la mâchoire est bloquée et j'arrive pas à ouvrir "
        "la bouche",
        E,
    ),
    (
        "mon père travaillait en plein soleil, crampes, maintenant il "
        "transpire plus et il est confus",
        E,
    ),
    (
        "après le marathon mon pipi est couleur coca et j'ai super mal aux muscles",
        E,
    ),
    (
        "je suis enceinte de 35 semaines, j'ai fait une convulsion et je vois flou",
        E,
    ),
    (
        "je me suis coupé avec un râteau au jardin, maintenant j'ai "
        "des spasmes musculaires et je sais pas quand j'ai eu mon "
        "dernier vaccin contre le tétanos",
        U,
    ),
    (
        "après l'opération la semaine dernière mon mollet gauche est gonflé, rouge et chaud",
        U,
    ),
    (
        "après un long vol mon mollet est gonflé, rouge et douloureux quand je le touche",
        U,
    ),
    (
        "la crampe dure depuis plus de 20 minutes et les étirements ne font rien",
        U,
    ),
    (
        "ça fait trois jours que je vomis et que j'ai la diarrhée, et "
        "maintenant des crampes aux mollets",
        U,
    ),
    (
        "après l'opération de la thyroïde j'ai des fourmillements "
        "autour de la bouche et mes doigts se crispent",
        U,
    ),
    (
        "en jouant au tennis j'ai senti un claquement dans le mollet "
        "et je peux plus me mettre sur la pointe des pieds",
        U,
    ),
    (
        "je travaille dans une usine de batteries avec du plomb et j'ai des crampes",
        U,
    ),
    ("j'ai des crampes dans la poitrine et dans les bras", U),
    (
        "mes jambes sont de plus en plus faibles et mes muscles fondent, crampes toutes les nuits",
        D,
    ),
    (
        "les muscles du mollet tressautent sous la peau et j'ai des crampes depuis 2 mois",
        D,
    ),
    (
        "j'ai des picotements dans les pieds et des crampes depuis quelques semaines",
        D,
    ),
    ("j'ai les pieds engourdis et des crampes depuis un mois", D),
    ("j'ai mal au mollet quand je marche et ça passe quand je m'arrête", D),
    ("depuis que je prends un diurétique j'ai des crampes la nuit", D),
    (
        "je prends de la simvastatine pour le cholestérol et depuis j'ai des crampes",
        D,
    ),
    ("je suis diabétique et j'ai des crampes aux jambes la nuit", D),
    ("j'ai une insuffisance rénale et des crampes souvent", D),
    ("je suis dialysé trois fois par semaine et j'ai des crampes", D),
    ("j'ai une cirrhose du foie et des crampes aux jambes", D),
    ("j'ai de l'hypothyroïdie et des crampes souvent", D),
    (
        "le soir j'ai comme des fourmis dans les jambes, je dois les bouger, ça passe en marchant",
        D,
    ),
    ("je bois beaucoup d'alcool tous les jours et j'ai des crampes", D),
    (
        "j'ai des crampes presque toutes les nuits et elles m'empêchent de dormir",
        D,
    ),
    (
        "cette nuit une crampe au mollet, passée en 2 minutes, pas de gonflement, pas de fièvre",
        S,
    ),
    (
        "crampe après la course, j'ai étiré et c'est parti, pas de douleur à la poitrine",
        S,
    ),
    (
        "je suis enceinte de 30 semaines, parfois une crampe la nuit, ça passe vite",
        S,
    ),
    (
        "désolée je suis confuse de vous déranger, j'ai eu une crampe "
        "au pied cette nuit, passée en une minute",
        S,
    ),
    (
        "j'ai pris un coup de soleil à la plage et une petite crampe "
        "au mollet en nageant, passée tout de suite",
        S,
    ),
    ("ma fille a pris du magnésium et sa crampe est passée en une minute", S),
    ("il fait froid ce soir, crampe au pied dans le lit, passée en étirant", S),
    (
        "il y a des années j'ai fait une crise d'épilepsie, "
        "aujourd'hui juste une crampe au mollet qui est vite passée",
        S,
    ),
    (
        "mon amie a eu une phlébite l'an dernier, moi juste une crampe d'une minute au mollet",
        S,
    ),
    (
        "pas de fièvre, le mollet n'est ni gonflé ni rouge, juste une "
        "crampe au foot qui est passée",
        S,
    ),
    ("fou rire au dîner puis une crampe au pied, étirée et passée", S),
    ("crampe au mollet ce matin, ça a duré une minute, plus rien depuis", S),
]
SPANISH += [
    ("mi abuelo se desmayo y esta convulsionando, no reacciona", E),
    ("mi mama esta hablando incoherencias y tiene calambres, no me reconoce", E),
    ("mi bebe tiene calentura y el cuello tieso, no quiere que lo toquen", E),
    ("me duele la cabeza como nunca, tengo fiebre y la luz me molesta", E),
    (
        "de repente me ahogo y me duele el pecho al respirar, la pierna la tengo hinchada",
        E,
    ),
    (
        "tengo la pierna helada y morada desde hace una hora y me duele muchisimo",
        E,
    ),
    ("mi hijo de 2 años se trago unas pastillas de la presion de mi mama", E),
    ("la niña se tomo cloro", E),
    ("mi hermano se tomo una caja entera de pastillas", E),
    (
        "me pinche con un alambre oxidado la semana pasada y ahora no "
        "puedo abrir bien la boca y me cuesta tragar",
        E,
    ),
    (
        "estuvimos en la playa todo el dia, mi papa dejo de sudar, "
        "tiene la piel caliente y seca y esta como perdido",
        E,
    ),
    (
        "me aplasto una maquina la pierna y ahora hago pipi negro y tengo los musculos muy debiles",
        E,
    ),
    (
        "tengo la pantorrilla derecha hinchada y caliente desde que "
        "volvi de un viaje en bus de 12 horas",
        U,
    ),
    ("estoy embarazada y tengo una pantorrilla roja, hinchada y dura", U),
    (
        "un calambre en el gemelo que no se me quita hace media hora aunque estiro",
        U,
    ),
    ("sude muchisimo en la obra y ahora tengo calambres en todo el cuerpo", U),
    (
        "me operaron de la tiroides el lunes y ahora se me duermen "
        "los labios y las manos se me agarrotan",
        U,
    ),
    (
        "mi papa se corto con una chapa oxidada y ahora tiene "
        "espasmos, no se acuerda de la vacuna del tetanos",
        U,
    ),
    ("desde que el medico me dio furosemida me dan calambres en la noche", D),
    ("me dan calambres desde que empece con la simvastatina", D),
    ("tengo azucar alta y calambres en las noches", D),
    ("me dan calambres 3 o 4 veces por semana", D),
    ("camino dos cuadras y me duele la pantorrilla, me paro y se me quita", D),
    ("bebo cerveza todos los dias y me dan calambres", D),
    (
        "se me durmio el pie por estar sentado en el sillon, luego un "
        "calambre que se fue al estirar",
        S,
    ),
    (
        "ayer me dio un calambre en la pantorrilla, hoy me duele un "
        "poco al tocar pero no esta hinchada ni roja",
        S,
    ),
    (
        "a mi amigo le dio una convulsion el mes pasado, yo solo "
        "tengo un calambre de vez en cuando",
        S,
    ),
    ("tomé una coca cola y se me quito el calambre", S),
    ("mi hijo se tomo el suero y se le paso el calambre del futbol", S),
    (
        "la red del arco me pego en la pierna y me dio un calambre, se fue al toque",
        S,
    ),
    (
        "tuve un calambre nadando, me sali del agua, estire y ya estoy bien, no tengo fiebre",
        S,
    ),
]
FRENCH += [
    ("mon grand-père est tombé, il convulse et il réagit pas", E),
    ("maman dit n'importe quoi depuis ce matin et a des crampes", E),
    ("mon bébé a de la fièvre et la nuque toute raide", E),
    ("j'ai un mal de tête atroce, de la fièvre et je supporte pas la lumière", E),
    (
        "d'un coup j'ai du mal à respirer et mal à la poitrine, mon mollet est gonflé",
        E,
    ),
    (
        "ma jambe est glacée et violette depuis une heure, j'ai horriblement mal",
        E,
    ),
    ("mon petit de 2 ans a avalé des médicaments de sa mamie", E),
    ("la petite a bu de la javel", E),
    ("mon frère a pris une boîte entière de doliprane", E),
    (
        "je me suis piqué avec un fil de fer rouillé la semaine "
        "dernière, maintenant j'arrive plus à ouvrir la bouche et "
        "j'ai du mal à avaler",
        E,
    ),
    (
        "on était à la plage toute la journée, mon père transpire "
        "plus, il a la peau brûlante et sèche et il est perdu",
        E,
    ),
    (
        "j'ai eu la jambe écrasée par une machine et maintenant mon "
        "urine est noire et mes muscles sont très faibles",
        E,
    ),
    (
        "mon mollet droit est gonflé et chaud depuis que je suis "
        "rentré d'un trajet en bus de 12 heures",
        U,
    ),
    ("je suis enceinte et j'ai un mollet rouge, gonflé et dur", U),
    (
        "une crampe au mollet qui passe pas depuis une demi-heure malgré les étirements",
        U,
    ),
    (
        "j'ai énormément transpiré sur le chantier et maintenant j'ai des crampes partout",
        U,
    ),
    (
        "on m'a opéré de la thyroïde lundi et maintenant mes lèvres "
        "fourmillent et mes mains se crispent",
        U,
    ),
    (
        "mon père s'est coupé avec une tôle rouillée et maintenant il "
        "a des spasmes, il sait plus quand il a fait son vaccin "
        "contre le tétanos",
        U,
    ),
    ("depuis que le médecin m'a donné du furosémide j'ai des crampes la nuit", D),
    ("j'ai des crampes depuis que j'ai commencé l'atorvastatine", D),
    ("j'ai du diabète et des crampes les nuits", D),
    ("j'ai des crampes 3 ou 4 fois par semaine", D),
    ("je marche 200 mètres et j'ai mal au mollet, je m'arrête et ça passe", D),
    ("je bois de la bière tous les jours et j'ai des crampes", D),
    (
        "j'avais le pied endormi parce que j'étais assise en "
        "tailleur, puis une crampe qui est passée en étirant",
        S,
    ),
    (
        "hier une crampe au mollet, aujourd'hui c'est un peu sensible mais pas gonflé ni rouge",
        S,
    ),
    (
        "mon ami a fait une crise d'épilepsie le mois dernier, moi "
        "j'ai juste une crampe de temps en temps",
        S,
    ),
    ("crise de fou rire puis crampe au pied, passée en une minute", S),
    ("j'ai bu un coca et la crampe est passée", S),
    (
        "crampe en nageant, je suis sortie de l'eau, j'ai étiré et ça va, pas de fièvre",
        S,
    ),
    (
        "désolé je suis confus, je voulais dire une crampe au mollet hier soir, passée toute seule",
        S,
    ),
]
ARABIC: list[tuple[str, str]] = []
ARABIC += [
    (
        "baba 3ando shad 3adali b rijlo w ba3den kel jesmo sar yentefed w msha22at",
        E,
    ),
    (
        "ummi 3anda tashannoj w hala2 mish 3arfe hiya wein, 3am te7ki kalam mish mafhoum",
        E,
    ),
    ("jozi wo2e3 3al ard w ma 3am yrod 3alayi, 3youno maftou7a", E),
    ("ibni 3ando sa5neh 3alye w ra2bto mashdoude, w shad b ejrayh", E),
    ("3ndi waja3 ras ma 3omri 7asset fi, w s5ouneh w shad 3adali", E),
    (
        "binti 3anda 7arara w 7boob 7amra 3a jelda ma btrou7 lamma edghat 3alayha",
        E,
    ),
    ("rijli kanet manfou5a w hala2 faj2a mish 2ader et naffas", E),
    ("3ndi shad b rijli w waja3 b sadri min el sob7", E),
    ("battet rijli kanet tewja3ni jem3a w el yom 3am bis3al dam", E),
    ("ijri sarat barde ktir w bayda faj2a w el waja3 ma byen7amal", E),
    ("fajatan ma 3am 7es b rijli w ma b2dar 7arrekha", E),
    ("ibni 3omro 3 snin bala3 7boob teta w 3ando shad", E),
    ("binti sherbet klor w 3anda tashannoj", E),
    ("5adt 7boob ktir 3an 2asd w hala2 3ndi shad", E),
    (
        "min 3ashr iyyam nja7t b mesmar msaddi, hala2 fakki msakkar w ma b2dar efta7 temmi",
        E,
    ),
    ("baba kan ysh8al ta7t el shams, ja2o shad, hala2 wa2af 3ara2 w m5arbat", E),
    ("ba3d el marathon bawli lawno zay el cola w 3adalati btewja3ni ktir", E),
    (
        "mrati 7amel bel sha8r el tamen, ja2etha nawbet tashannoj w kanet tshouf m8abbash",
        E,
    ),
    (
        "njara7t b 2ezaze bel jnene, hala2 3ndi tashannojat bel 3adal "
        "w mish 3aref emta a5adt ebret el kozaz",
        U,
    ),
    (
        "ba3d el 3amaliyye el jem3a el madye battet rijli el shmal manfou5a w 7amra w s5ne",
        U,
    ),
    (
        "ba3d safra tawile bel tayyara battet rijli manfou5a w 7amra w btewja3ni lamma el2osha",
        U,
    ),
    ("el shad sarlo 20 d2i2a w el mat ma 3am yfid", U),
    ("sarli 3 iyyam 3am raje3 w 3ndi es-hal, w hala2 shad b ejrayi", U),
    (
        "ba3d 3amaliyyet el ghodde, 3ndi tanmeel 7awl temmi w asabe3 iidayi 3am yetla2wo",
        U,
    ),
    (
        "kent 3am el3ab tennis w sme3et tak b battet rijli w ma b2dar o2af 3a ross asabe3i",
        U,
    ),
    ("bsh8al b ma3mal batariyat ma3 el rasas w 3ndi shad", U),
    ("3ndi shad b sadri w b iidayi", U),
    ("ejrayi 3am ydi3fo w 3adalati 3am tedbal, w shad kel lele", D),
    ("3adalet battet rijli 3am trajef ta7t el jeld w 3ndi shad min shahrayn", D),
    ("3ndi tanmeel b ejrayi w shad min kam jem3a", D),
    ("ejrayi m5adra w 3ndi shad min shahr", D),
    ("battet rijli btewja3ni lamma emshi w btrou7 lamma o2af", D),
    ("min wa2t ma balasht 7boob el mudirr 3ndi shad bel lel", D),
    ("ba5od atorvastatin lal kolesterol w min wa2ta 3ndi shad", D),
    ("3ndi sukkari w shad b ejrayi bel lel", D),
    ("3ndi 2osour kelawi w shad ktir", D),
    ("ba3mel ghaseel kelawi 3 marrat bel jem3a w 3ndi shad", D),
    ("3ndi tlayyof bel kebde w shad b ejrayi", D),
    ("3ndi kasal bel ghodde w shad ktir", D),
    (
        "bel lel b7es ka2enno naml 3am yemshi 3a ejrayi, lazem 7arrekon, bas emshi btrou7",
        D,
    ),
    ("bishrab 5amr ktir kel yom w 3ndi shad", D),
    ("3ndi shad kel lele ta2riban w ma 3am 5alliini nam", D),
    (
        "mbare7 bel lel ja2ni shad b battet rijli, ra7 ba3d d2i2tayn, ma fi nafe5 w ma fi s5oune",
        S,
    ),
    ("shad ba3d el rkod, 3meltlo mat w ra7, ma fi waja3 b sadri", S),
    (
        "ana 7amel bel sha8r el sabe3, aw2at bijini shad bel lel w byrou7 bsor3a",
        S,
    ),
    ("ba3d el match 3meltlo mat w ra7 el shad, ma fi shi tani", S),
    (
        "sa7bi ja2to nawbet tashannoj el sene el madye, ana bas shad b rijli ra7 bsor3a",
        S,
    ),
    (
        "min zaman ken 3ndi tashannojat w ana zghir, el yom bas shad b rijli ra7 b d2i2a",
        S,
    ),
    ("5adt magnesium w ra7 el shad ba3d d2i2a", S),
    ("binti sherbet may w ra7 el shad", S),
    ("fitt 3al beit ba3d el match w ja2ni shad b rijli, ra7 lamma mattayta", S),
    ("el jaw bared ktir el yom w ja2ni shad b ejri bel ta5t, ra7 b d2i2a", S),
]
ARABIC += [
    ("gedo we2e3 w gesmo kollo beytentef w mesh beyrod 3alena", E),
    (
        "mama bet2ool kalam mesh mafhoum w mesh 3arfa ana meen, 3andaha shad fi reglaha",
        E,
    ),
    ("ebni 3ando sokhneya gamda w ra2abto nashfa, mesh 2ader ynazel rasso", E),
    (
        "ana 3andi so2al, fag2a mesh 2ader atnaffes w sedri beywga3ni, w reglly warma",
        E,
    ),
    ("regli ba2et sa23a w zar2a fag2a w el waga3 fazi3", E),
    ("binti bal3et 7boob el daght beta3et geddaha", E),
    ("el walad shereb klor men el 7ammam", E),
    ("2akhadt 3elbet el brufen kolaha 3an 2asd", E),
    (
        "etgara7t men mosmar sade2 men usbu3, w delwa2ti mesh 2ader aftah bo2i w fakki mashdoud",
        E,
    ),
    ("kan beyshtaghal fel shams, w2ef 3ara2 w beykhareff", E),
    (
        "ba3d el crossfit bawli lono zay el shay el ghame2 w 3adalati btewga3ni awi awi",
        E,
    ),
    ("ba3d safar tawil bel tayyara semmanet regli warma w sa5na w 7amra", U),
    ("el shad sarlo noss sa3a w mesh bey-ro7 ma3 el stretching", U),
    ("sarli yomen biraga3 w 3andi es-hal w delwa2ti shad fi regly", U),
    (
        "3malt 3amaliyet el ghodda mn yomen w 3andi tanmeel 7awalen bo2i w sawab3i bettla2wa",
        U,
    ),
    ("bashtaghal fe masna3 batariyat ma3 el rasas w 3andi shad", U),
    ("3andi da3f fe reglaya w 3adalati bted2a2, w shad kol leila", D),
    ("3andi shad 3 marrat fel esbo3 w by5allini ma anamsh", D),
    ("bakhod 7oboob modirra lel bol w 3andi shad bel leil", D),
    ("3andi sokkar w shad fi regli bel leil", D),
    ("bashrab bira kteer kol yom w 3andi shad", D),
    ("lamma bamshi semmanet regli btewga3ni w lamma a2af btro7", D),
    ("seedo mat min 5 snin, bas ana 3ndi shad b rijli ra7 b d2i2a", S),
    ("3melt ghaseel el yom bel beit w ja2ni shad b rijli, ra7 lamma mattayto", S),
    ("fit 3al gym ba3d el shoghl w ja2ni shad, ra7 lamma mattayto", S),
    (
        "7abibi ma fi sa5neh w ma fi nafe5, bas shad b battet rijli ra7 b d2i2tayn",
        S,
    ),
    (
        "ana 7amel bel sha8r el tamen w bijini shad bel lel aw2at, byrou7 bsor3a",
        S,
    ),
]
BENGALI: list[tuple[str, str]] = []
BENGALI += [
    (
        "amar babar paye tan dhorechilo, tarpor pura shorir shokto hoye gelo ar kapte laglo",
        E,
    ),
    (
        "amar ma er khil dhoreche ar ekhon kichu bujhte parche na, kothay ache chinte parche na",
        E,
    ),
    ("amar swami pore gechen, daklei sara dicchen na, chokh khola", E),
    ("amar cheler khub jor, ghar shokto hoye geche, paye tan", E),
    ("jibone eto matha byatha hoyni, sathe jor ar paye khil", E),
    ("amar meyer jor ar gaye lal lal dag, glass diye chaplew jacche na", E),
    ("payer dim fule chilo, ekhon hotat shash nite parchi na", E),
    ("paye tan ar sokal theke buke byatha", E),
    ("payer dim e ek soptaho byatha chilo, aj kashir sathe rokto ashche", E),
    (
        "hotat amar pa ta borof er moto thanda ar fakashe hoye geche, sanghatik byatha",
        E,
    ),
    ("hotat pa ta obosh hoye geche, ekdom nadate parchi na", E),
    ("amar 3 bochorer chele dadir oshudh giley feleche, ekhon khichuni", E),
    ("baccha harpic kheye feleche ar paye tan", E),
    ("ami icche kore onek gulo ghumer oshudh kheyechi, ekhon khil dhorche", E),
    (
        "dosh din age morcha dhora perek dhukechilo paye, ekhon "
        "chowal atke geche, mukh khulte parchi na",
        E,
    ),
    (
        "baba rode kaj korchilo, tan dhorlo, ekhon ghaam hocche na ar abol tabol bokche",
        E,
    ),
    (
        "marathon er por prosrab coca colar moto kalo ar mangshopeshi te prochondo byatha",
        E,
    ),
    (
        "bagane kaj korte giye hat kete gechilo, ekhon mangshopeshi "
        "te khich, TT kobe diyechi mone nei",
        U,
    ),
    ("operation er por gotho soptahe bam payer dim fule geche, lal ar gorom", U),
    ("lomba flight er por payer dim fola, lal ar chuley byatha", U),
    ("20 minute dhore tan dhore ache, tene o kono kaj hocche na", U),
    ("tin din dhore bomi ar patla paykhana, ekhon payer dim e tan", U),
    (
        "thyroid operation er por mukher charpashe jhinjhin korche ar hater angul benke jacche",
        U,
    ),
    (
        "football khelar somoy payer dim e tus kore awaj holo, ekhon "
        "agul er upor bhor dite parchi na",
        U,
    ),
    ("ami battery karkhanay sisa niye kaj kori ar khil dhore", U),
    ("buke ar hate tan dhorche", U),
    ("paye jor kome jacche ar mangsho shukiye jacche, protidin raate tan", D),
    ("payer dim er mangsho chamrar niche lafacche, 2 mash dhore khil", D),
    ("paye jhinjhin kore ar koyek soptaho dhore tan", D),
    ("paer pata obosh lage ar ek mash dhore khil", D),
    ("hatle payer dim e byatha hoy, thamle kome jay", D),
    ("proshab er oshudh khawa shuru korar por theke raate tan dhore", D),
    ("ami atorvastatin khai cholesterol er jonno, tarpor theke paye tan", D),
    ("amar sugar ache ar raate paye tan dhore", D),
    ("amar kidney er osukh ar prai tan dhore", D),
    ("soptahe tin bar dialysis kori ar tan dhore", D),
    ("amar liver cirrhosis ache ar paye khil", D),
    ("amar thyroid er problem ar prai tan", D),
    ("raate paye pipre hatche moto lage, pa nara te hoy, hatle kome", D),
    ("ami roj onek mod khai ar paye tan dhore", D),
    ("prottek raate tan dhore, ghumote pari na", D),
    (
        "kal raate payer dim e tan dhorechilo, 2 minute e chere geche, fola nei, jor nei",
        S,
    ),
    ("douranor por tan, tene dilam ar chere gelo, buke byatha nei", S),
    (
        "ami 30 soptaher gorbhoboti, majhe majhe raate tan dhore, taratari chere jay",
        S,
    ),
    (
        "amar bondhur gelo bochor khichuni hoyechilo, amar shudhu ekbar paye tan, chere geche",
        S,
    ),
    (
        "choto belay ekbar jor e khichuni hoyechilo, aj shudhu payer tan, ek minute e gelo",
        S,
    ),
    ("magnesium kheyechi ar tan ek minute e chere geche", S),
    ("meye pani kheye nilo ar tan chere gelo", S),
    (
        "beach e giye gaye tan hoye geche, sathe sathe payer dim e "
        "ektu khil, stretch korte chere gelo",
        S,
    ),
    ("ekhon ami fit achi, kal raate ekbar paye khil dhorechilo, chere geche", S),
]
PERSIAN: list[tuple[str, str]] = []
PERSIAN += [
    ("pedaram saghe pash gereft, baad kole badanesh seft shod va milarzid", E),
    ("madaram gereftegi dare va alan gij e, nemidune kojast", E),
    ("shoharam oftad zamin va javab nemide, cheshmash baze", E),
    (
        "pesaram tabe shadid dare va gardanesh seft shode, pahash ham gereftegi dare",
        E,
    ),
    ("badtarin sardarde omram ro daram, tab daram va gereftegi", E),
    (
        "dokhtaram tab dare va lakke haye ghermez dare ke ba feshare livan az bein nemiran",
        E,
    ),
    ("saghe pam varam karde bud, alan yehoo nafasam bala nemiad", E),
    ("pam gereftegi dare va az sobh sine dard daram", E),
    ("ye hafte saghe pam dard mikard, emruz sorfe mikonam khun miad", E),
    ("pam yehoo yakh karde va rangesh parid, dardesh vahshatnak e", E),
    ("pam yehoo bi hes shod, aslan nemitunam tekunesh bedam", E),
    ("pesare 3 salam ghorsaye madarbozorgesho khorde va gereftegi dare", E),
    ("bachcham vaytex khorde va gereftegi dare", E),
    ("amdan ye basteh ghors khordam, alan gereftegi daram", E),
    (
        "dah rooz pish mikhe zang zade raft tu pam, alan fakam ghofl "
        "shode, nemitunam dahanamo baz konam",
        E,
    ),
    (
        "pedaram zire aftab kar mikard, gereftegi gereft, alan dige aragh nemikone va hazyan mige",
        E,
    ),
    (
        "baad az maraton edraram rangesh mesle noushabe siah shode va azolaatam bad dard mikone",
        E,
    ),
    (
        "dastam ba bil boride, alan azolaatam gereftegi dare, yadam "
        "nist vaksane kozaz ro kei zadam",
        U,
    ),
    (
        "baad az amal hafteye gozashte saghe pame chapam varam karde, ghermez o dagh e",
        U,
    ),
    (
        "baad az parvaze tulani saghe pam varam karde, ghermeze va dast mizanam dard mikone",
        U,
    ),
    ("20 daghighe ast gereftegi khub nemishe, keshesh dadam fayde nadasht", U),
    ("se rooz e estefragh va eshal daram, alan saghe pam gereftegi dare", U),
    (
        "baad az amale tiroid dore dahanam moor moor mishe va angushtaye dastam jam mishe",
        U,
    ),
    (
        "vaghti tennis bazi mikardam sedaye tagh az saghe pam shenidam, nemitunam ru panje vaysam",
        U,
    ),
    ("tu karkhane batri ba sorb kar mikonam va gereftegi daram", U),
    ("tu sine va dastam gereftegi daram", U),
    ("pahaam zaif shodan va azolaatam ab shodan, har shab gereftegi", D),
    ("azolaye saghe pam zire poost mipare, 2 mah e gereftegi daram", D),
    ("kafe pam moor moor mishe va chand hafte ast gereftegi daram", D),
    ("kafe pam bi hes e va ye mah e gereftegi daram", D),
    ("vaghti rah miram saghe pam dard mikone, vaymisam khub mishe", D),
    ("az vaghti ghorse edrar avar mikhoram shabha gereftegi daram", D),
    ("atorvastatin baraye cholesterol mikhoram, az oon moghe gereftegi daram", D),
    ("diabet daram va shabha pam gereftegi dare", D),
    ("narasaie kolie daram va ziad gereftegi daram", D),
    ("hafte-i se bar dializ mikonam va gereftegi daram", D),
    ("siroz e kabed daram va pahaam gereftegi dare", D),
    ("kam kari tiroid daram va ziad gereftegi daram", D),
    (
        "shabha hes mikonam murche ru pahaam rah mire, bayad tekunesh "
        "bedam, rah beram behtar mishe",
        D,
    ),
    ("har rooz ziad mashroob mikhoram va gereftegi daram", D),
    ("taghriban har shab gereftegi daram, khabamo kharab mikone", D),
    (
        "dishab saghe pam gereft, 2 daghighe khub shod, varam nadare, tab nadaram",
        S,
    ),
    ("baad az david gereftegi, keshesh dadam khub shod, sine dard nadaram", S),
    ("30 hafte bardaram, gahi shabha gereftegi daram, zud khub mishe", S),
    (
        "dustam sale pish tashannoj kard, man faghat ye gereftegi daram ke zud raft",
        S,
    ),
    (
        "tu bachegi ye bar ba tab tashannoj kardam, emruz faghat saghe pam gereft, zud khub shod",
        S,
    ),
    ("magnesium khordam va gereftegi ye daghighe-i khub shod", S),
    ("dokhtaram ab khord va gereftegish khub shod", S),
    ("hava kheili sard e, tu rakhtekhab pam gereft, keshesh dadam khub shod", S),
    ("dishab tu arusi ye kam aragh khordam, saghe pam gereft, zud khub shod", S),
]
ROMANIAN: list[tuple[str, str]] = []
ROMANIAN += [
    (
        "tata a avut un carcel la picior si dupa aia s-a intepenit tot si tremura tot corpul",
        E,
    ),
    ("mama are crampe si acum e confuza, nu mai stie unde se afla", E),
    ("sotul meu a cazut jos cu un carcel si nu raspunde, are ochii deschisi", E),
    ("baiatul meu are febra mare si ceafa tare, si crampe la picioare", E),
    ("am cea mai groaznica durere de cap din viata mea, febra si crampe", E),
    (
        "fetita are febra si niste pete rosii care nu dispar cand apas cu paharul",
        E,
    ),
    ("gamba mi s-a umflat si acum dintr-o data nu pot sa respir", E),
    ("am carcel la picior si ma doare in piept de azi dimineata", E),
    ("ma durea pulpa de o saptamana, azi tusesc cu sange", E),
    ("piciorul mi s-a facut brusc rece si alb, ma doare ingrozitor", E),
    ("brusc nu-mi mai simt piciorul si nu-l pot misca", E),
    ("baietelul de 3 ani a inghitit pastilele bunicii si are crampe", E),
    ("copilul a baut solutie de curatat pe jos si are crampe", E),
    ("am luat intentionat prea multe pastile si acum am crampe", E),
    (
        "acum zece zile m-am intepat intr-un cui ruginit, acum am "
        "falca inclestata si nu pot deschide gura",
        E,
    ),
    (
        "tata lucra la soare, a facut crampe, acum nu mai transpira si vorbeste aiurea",
        E,
    ),
    ("dupa maraton am urina ca coca cola si ma dor muschii ingrozitor", E),
    (
        "m-am taiat cu grebla in gradina, acum am spasme musculare si "
        "nu stiu cand am facut ultimul vaccin antitetanic",
        U,
    ),
    (
        "dupa operatie saptamana trecuta mi s-a umflat gamba stanga, e rosie si calda",
        U,
    ),
    ("dupa un zbor lung gamba e umflata, rosie si ma doare cand o ating", U),
    ("crampa tine de 20 de minute si intinderile nu ajuta deloc", U),
    ("de trei zile vomit si am diaree, acum crampe la gambe", U),
    (
        "dupa operatia de tiroida am furnicaturi in jurul gurii si mi se strang degetele",
        U,
    ),
    (
        "jucand tenis am simtit o pocnitura in gamba si nu ma pot ridica pe varfuri",
        U,
    ),
    ("lucrez intr-o fabrica de baterii cu plumb si am crampe", U),
    ("am crampe in piept si in brate", U),
    (
        "picioarele imi slabesc si muschii mi se topesc, crampe in fiecare noapte",
        D,
    ),
    ("muschii de la gamba imi zvacnesc sub piele si am crampe de 2 luni", D),
    ("am furnicaturi in talpi si crampe de cateva saptamani", D),
    ("imi amortesc talpile si am crampe de o luna", D),
    ("ma doare gamba cand merg si trece cand ma opresc", D),
    ("de cand iau pastile de apa am crampe noaptea", D),
    ("iau atorvastatina pentru colesterol si de atunci am crampe", D),
    ("am diabet si crampe la picioare noaptea", D),
    ("am insuficienta renala si crampe dese", D),
    ("fac dializa de trei ori pe saptamana si am crampe", D),
    ("am ciroza si crampe la picioare", D),
    ("am hipotiroidism si crampe des", D),
    (
        "seara simt ca niste furnici pe picioare, trebuie sa le misc, daca merg imi trece",
        D,
    ),
    ("beau mult alcool in fiecare zi si am crampe", D),
    ("am carcei aproape in fiecare noapte si nu ma lasa sa dorm", D),
    (
        "azi noapte un carcel la gamba, a trecut in 2 minute, nu e umflata, n-am febra",
        S,
    ),
    ("carcel dupa alergat, m-am intins si a trecut, nu ma doare in piept", S),
    (
        "sunt insarcinata in 30 de saptamani, uneori am carcei noaptea, trec repede",
        S,
    ),
    (
        "prietena mea a avut anul trecut un cheag la picior, eu am doar un carcel de un minut",
        S,
    ),
    (
        "acum multi ani am avut o convulsie cand eram mic, azi doar un carcel care a trecut repede",
        S,
    ),
    ("am luat magneziu si carcelul a trecut intr-un minut", S),
    ("fata mea a baut apa si i-a trecut carcelul", S),
    ("e frig afara si am avut un carcel in pat, a trecut cand l-am intins", S),
    ("mi-am taiat unghiile si dupa aia un carcel la deget, a trecut imediat", S),
    (
        "nu am febra, piciorul nu e nici umflat nici rosu, doar un carcel la fotbal care a trecut",
        S,
    ),
]
SOMALI: list[tuple[str, str]] = []
SOMALI += [
    (
        "aabbahay lugta ayaa murqo qabad ku dhacay, kadib jidhkiisa "
        "oo dhan wuu qallalay oo gariiray",
        E,
    ),
    (
        "hooyaday murqo qabad ayey qabtaa hadda wey wareersan tahay, ma garanayso meesha ay joogto",
        E,
    ),
    ("ninkayga wuu dhacay mana jawaabayo, indhaha wuu kala qaadayaa", E),
    (
        "wiilkayga qandho kulul ayuu qabaa qoortuna wey adag tahay, lugahana murqo qabad",
        E,
    ),
    (
        "madax xanuun aad u daran oo aanan weligay arag ayaan qabaa, qandho iyo murqo qabad",
        E,
    ),
    (
        "gabadhayda qandho ayey qabtaa iyo finan cas oo aan ba'ayn markaan koob ku cadaadiyo",
        E,
    ),
    ("kubka ayaa bararay, hadda si lama filaan ah ma neefsan karo", E),
    ("murqo qabad lugta ah iyo laab xanuun ayaan qabaa subaxdii ilaa hadda", E),
    ("kubka ayaa i xanuunayay usbuuc, maanta dhiig ayaan qufacayaa", E),
    (
        "cagtayda si lama filaan ah ayey u qabowday oo u caddaatay, xanuun aad u daran",
        E,
    ),
    (
        "wiilkayga 3 jir ah wuxuu liqay kiniinada ayeeyadiis, murqo qabad ayuu qabaa",
        E,
    ),
    ("ilmaha wuxuu cabay biliij murqo qabadna wuu qabaa", E),
    ("ula kac ayaan u liqay kiniin badan hadda murqo qabad ayaan qabaa", E),
    (
        "toban maalmood ka hor musmaar daxalay ayaa i muday, hadda "
        "daanka ayaa adag afkana ma furi karo",
        E,
    ),
    (
        "aabbahay qorraxda ayuu ka shaqaynayay, murqo qabad, hadda ma "
        "dhididayo wuuna wareersan yahay",
        E,
    ),
    ("qalliinka kadib kubka bidix ayaa bararay, cas oo kulul", U),
    ("duulimaad dheer kadib kubka ayaa bararay oo cas", U),
    ("murqo qabadku 20 daqiiqo ayuu socdaa kala jiidna ma caawinayo", U),
    ("saddex maalmood ayaan matagayay shubanna qabaa, hadda murqo qabad", U),
    (
        "qalliinka qanjirka tayroodhka kadib hareeraha afka ayaa "
        "jirriqad igu haya faraha ayaa isku laabmaya",
        U,
    ),
    ("murqaha ayaa daciifay oo yaraaday, habeen kasta murqo qabad", D),
    ("marka aan socdo kubka ayaa i xanuuna, marka aan nasto wuu tagaa", D),
    ("sonkorow ayaan qabaa habeenkiina murqo qabad", D),
    ("kelyaha ayaa iga xanuunsan oo murqo qabad badan ayaan qabaa", D),
    (
        "toddobaadkii saddex jeer ayaan kelyaha sifeeyaa (dialysis) murqo qabadna waan qabaa",
        D,
    ),
    ("maalin kasta khamri badan ayaan cabbaa murqo qabadna waan qabaa", D),
    (
        "xalay murqo qabad kubka ah, 2 daqiiqo ayuu tagay, barar ma jiro, qandho ma jirto",
        S,
    ),
    (
        "saaxiibkay sanadkii hore ayuu qallal qabay, aniga murqo qabad yar oo degdeg u tagay",
        S,
    ),
    (
        "uur 30 toddobaad ah ayaan leeyahay, mararka qaar habeenkii "
        "murqo qabad, si dhakhso ah ayuu u tagaa",
        S,
    ),
    ("magnesium ayaan qaatay murqo qabadkiina daqiiqo ayuu ku tagay", S),
]
CHINESE: list[tuple[str, str]] = []
CHINESE += [
    ("我爸腿抽筋，然后全身僵硬、一直抽搐", E),
    ("我妈抽筋，现在糊里糊涂的，不知道自己在哪", E),
    ("我老公倒在地上叫不醒，眼睛睁着", E),
    ("儿子发高烧，脖子僵硬，腿也抽筋", E),
    ("这辈子最厉害的头痛，还发烧抽筋", E),
    ("女儿发烧，身上有红点，用杯子压也不褪色", E),
    ("小腿之前肿了，现在突然喘不上气", E),
    ("腿抽筋，从早上开始胸口疼", E),
    ("小腿疼了一个星期，今天咳血了", E),
    ("脚突然变得冰凉发白，疼得受不了", E),
    ("腿突然麻了，完全动不了", E),
    ("三岁的儿子吞了奶奶的药，现在抽筋", E),
    ("孩子喝了消毒液，在抽筋", E),
    ("我故意吃了一大把安眠药，现在抽筋", E),
    ("十天前踩到生锈的钉子，现在牙关紧闭，嘴张不开", E),
    ("我爸在大太阳下干活，抽筋，现在不出汗了，说胡话", E),
    ("跑完马拉松尿像可乐一样，肌肉疼得厉害", E),
    ("手被耙子划破了，现在肌肉痉挛，不记得什么时候打的破伤风针", U),
    ("上周做完手术，左边小腿肿、红、发热", U),
    ("坐了很久的飞机，小腿又肿又红，一按就疼", U),
    ("抽筋已经20分钟了，拉伸也没用", U),
    ("拉肚子吐了三天，现在小腿抽筋", U),
    ("甲状腺手术后嘴巴周围发麻，手指抽在一起", U),
    ("打球时小腿啪的一声，现在踮不起脚尖", U),
    ("我在电池厂接触铅，经常抽筋", U),
    ("腿越来越没力气，肌肉萎缩了，每晚抽筋", D),
    ("小腿的肌肉在皮下跳，抽筋两个月了", D),
    ("脚发麻，抽筋好几个星期了", D),
    ("走路小腿就疼，停下来歇一会就好", D),
    ("吃了利尿药以后晚上抽筋", D),
    ("我有糖尿病，晚上腿抽筋", D),
    ("我在做透析，一周三次，经常抽筋", D),
    ("我有肝硬化，腿常抽筋", D),
    ("晚上腿里像有蚂蚁在爬，总想动，走走就好", D),
    ("我每天喝很多酒，腿抽筋", D),
    ("昨晚小腿抽筋，两分钟就好了，不肿，没发烧", S),
    ("跑步后抽筋，拉伸一下就好了，胸口不疼", S),
    ("怀孕30周，晚上偶尔抽筋，很快就好", S),
    ("我朋友去年得过血栓，我只是抽筋了一分钟", S),
    ("小时候发烧抽过一次风，今天只是腿抽筋，一会就好了", S),
    ("吃了镁片，抽筋一分钟就好了", S),
    ("女儿喝了水，抽筋就好了", S),
]
CHINESE += [
    ("wo baba tui choujin, ranhou quanshen jiangying yizhi chouchu", E),
    ("wo mama choujin, xianzai hulihutu de, bu zhidao ziji zai nali", E),
    ("wo laogong dao zai dishang jiao bu xing", E),
    ("erzi fa gaoshao, bozi jiangying, tui ye choujin", E),
    ("xiao tui zhongle, xianzai turan chuan bu shang qi", E),
    ("tui choujin, cong zaoshang kaishi xiongkou teng", E),
    ("jiao turan bingliang fabai, teng de shou bu liao", E),
    ("san sui de erzi tunle nainai de yao, xianzai choujin", E),
    ("shoushu hou xiao tui zhong, hong, fare", U),
    ("choujin yijing 20 fenzhong le, lashen ye meiyong", U),
    ("wo you tangniaobing, wanshang tui choujin", D),
    ("wo zai zuo touxi, jingchang choujin", D),
    (
        "zuotian wanshang xiao tui choujin, liang fenzhong jiu hao le, bu zhong, mei fashao",
        S,
    ),
    ("wo pengyou qunian de guo xueshuan, wo zhishi choujin le yi fenzhong", S),
]
JAPANESE: list[tuple[str, str]] = []
JAPANESE += [
    ("父がふくらはぎをつって、そのあと全身が硬直してけいれんしています", E),
    ("母が足をつって、今は意識がもうろうとしていて、どこにいるか分かっていません", E),
    ("夫が倒れて、呼びかけても反応がありません", E),
    ("息子が高熱で首が硬くて曲げられない、足もつっています", E),
    ("ふくらはぎが腫れていて、急に息が苦しくなりました", E),
    ("足をつって、朝から胸が痛いです", E),
    ("足が急に冷たく真っ白になって、激痛です", E),
    ("3歳の息子がおばあちゃんの薬を飲んでしまって、けいれんしています", E),
    ("先週手術をしてから左のふくらはぎが腫れて赤く熱を持っています", U),
    ("こむら返りが20分続いていて、ストレッチしても治りません", U),
    ("糖尿病があって、夜に足がつります", D),
    ("透析をしていて、よく足がつります", D),
    ("歩くとふくらはぎが痛くなり、休むと治ります", D),
    ("昨夜ふくらはぎがつったけど、2分で治った、腫れも熱もない", S),
    ("友達が去年血栓になったけど、私は1分くらい足がつっただけです", S),
]
KOREAN: list[tuple[str, str]] = []
KOREAN += [
    ("아빠가 다리에 쥐가 나더니 온몸이 굳고 경련을 해요", E),
    ("엄마가 쥐가 나고 지금 정신이 없어요, 여기가 어딘지 몰라요", E),
    ("남편이 쓰러져서 불러도 반응이 없어요", E),
    ("아들이 고열이 나고 목이 뻣뻣해요, 다리에 쥐도 나요", E),
    ("종아리가 부었는데 지금 갑자기 숨을 못 쉬겠어요", E),
    ("다리에 쥐가 나고 아침부터 가슴이 아파요", E),
    ("발이 갑자기 차갑고 하얗게 변했어요, 너무 아파요", E),
    ("세 살 아들이 할머니 약을 삼켰어요, 지금 경련해요", E),
    ("수술하고 나서 왼쪽 종아리가 붓고 빨갛고 뜨거워요", U),
    ("쥐가 20분째 안 풀려요, 스트레칭해도 소용없어요", U),
    ("당뇨가 있고 밤에 다리에 쥐가 나요", D),
    ("투석을 하고 있고 자주 쥐가 나요", D),
    ("걸으면 종아리가 아프고 쉬면 괜찮아져요", D),
    ("어젯밤 종아리에 쥐가 났는데 2분 만에 풀렸어요, 붓지도 않고 열도 없어요", S),
    ("친구가 작년에 혈전이 있었는데 저는 1분 정도 쥐가 났을 뿐이에요", S),
]
RUSSIAN_OR_UKRAINIAN: list[tuple[str, str]] = []
RUSSIAN_OR_UKRAINIAN += [
    ("u papy svelo nogu, potom vse telo napryaglos i ego tryaslo", E),
    ("u mamy sudorogi i ona ne ponimaet gde ona, putaetsya", E),
    ("muzh upal i ne otvechaet, glaza otkryty", E),
    ("u syna vysokaya temperatura i sheya ne gnetsya, i sudorogi v nogah", E),
    ("ikra opukhla, a seichas vdrug ne mogu dyshat", E),
    ("sudoroga v noge i s utra bolit v grudi", E),
    ("ikra bolela nedelyu, segodnya kashlyayu krovyu", E),
    ("noga vdrug stala kholodnaya i blednaya, ochen silno bolit", E),
    ("syn 3 goda vypil tabletki babushki i u nego sudorogi", E),
    ("rebenok vypil otbelivatel", E),
    ("posle operatsii ikra opukhla, krasnaya i goryachaya", U),
    ("sudoroga ne prokhodit uzhe polchasa, rastyagivayu ne pomogaet", U),
    ("u menya diabet i nochyu svodit nogi", D),
    ("ya na dialize i chasto sudorogi", D),
    ("kogda idu bolit ikra, ostanovlyus i prokhodit", D),
    (
        "vchera nochyu svelo ikru, cherez 2 minuty proshlo, otyoka net, temperatury net",
        S,
    ),
    (
        "u menya sudorogi v noge, I had to stop walking, bolit ikra "
        "kogda idu, ostanovlyus i prokhodit",
        D,
    ),
    ("ya na dialize i chasto sudorogi v nogah, a pot ne idet", D),
    (
        "drug proshlym godom imel tromb, u menya prosto sudoroga na minutu, uzhe proshlo",
        S,
    ),
]

SIGNS = [
    (text, level, name)
    for name, rows in (
        ("Spanish", SPANISH),
        ("French", FRENCH),
        ("Arabic", ARABIC),
        ("Bengali", BENGALI),
        ("Persian", PERSIAN),
        ("Romanian", ROMANIAN),
        ("Somali", SOMALI),
        ("Chinese", CHINESE),
        ("Japanese", JAPANESE),
        ("Korean", KOREAN),
        ("Russian or Ukrainian", RUSSIAN_OR_UKRAINIAN),
    )
    for text, level in rows
]


@pytest.mark.parametrize(("text", "level", "name"), SIGNS)
def test_each_sign_and_each_trap_is_read_at_its_level(text: str, level: str, name: str) -> None:
    assert level_in_language(text, name) == level


def test_russian_typed_in_latin_letters_leaves_a_clause_in_english_alone() -> None:
    text = "u menya sudorogi v noge, I had to stop walking, bolit ikra kogda idu"
    english = language.into_english(text, language.find(text))
    assert "I had to stop walking" in english
    assert "calf" in english
