"""Round s15's audit of the glossaries (langE): every emergency and urgent sign of
triage.md told by its signs, not its clinical names, in twelve languages as people type
them to a cramp app (Spanish, Brazilian Portuguese, French, Italian, German, Polish,
Romanian, Turkish, Hindi or Urdu and Arabic in Latin letters, Tagalog, Vietnamese without
accents), a few mixed with English; and beside each sign a look-alike that must stay
lower: the sign denied, over, someone else's, or only asked about. The sentences are the
team's own, written before the reader was run on them.

Read before round s15 changed a word (signs read at their level; look-alikes kept lower;
of 36 each): Spanish 32, 30; Portuguese 29, 33; French 32, 27; Italian 30, 28; German 25,
30; Polish 26, 29; Romanian 28, 28; Turkish 25, 26; Hindi or Urdu 26, 31; Arabic 22, 32;
Tagalog 22, 32; Vietnamese 28, 31 (325 and 357 of 432), and 404 of the 432 signs named
their language."""

from __future__ import annotations

import pytest

from tests.intake.reading import language_names, parsed_level_from_text

E, U = "emergency", "urgent"
# Signs triage.md gives a range: rhabdomyolysis and low calcium "emergency or urgent",
# a calf tear "urgent or doctor". A look-alike must stay below the lowest of the range.
EU, UD = "emergency|urgent", "urgent|doctor"
RANK = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}

# Each row: (a sign told in the language, the level(s) triage.md gives it, a look-alike that
# must stay below the lowest of those levels: the sign denied, over, someone else's or asked
# about). E emergency, U urgent, EU emergency or urgent, UD urgent or doctor.

SPANISH: list[tuple[str, str, str]] = [
    (
        "mi hijo empezo a convulsionar, temblaba todo el cuerpo y no respondia",
        E,
        "mi vecino tuvo convulsiones hace años, yo solo tengo un calambre en la pierna",
    ),
    (
        "mi papa tiene calambres y de repente no responde, no reacciona cuando le hablo",
        E,
        "mi papa tuvo un calambre anoche pero responde bien y esta normal",
    ),
    (
        "mi abuela tiene calambres y esta confundida, no sabe donde esta",
        E,
        "mi abuela tiene calambres pero no esta confundida, habla normal",
    ),
    (
        "de repente me falta el aire y me duele la pantorrilla",
        E,
        "no me falta el aire, solo un calambre en la pantorrilla que se quito estirando",
    ),
    (
        "tengo dolor en el pecho y calambres en la pierna",
        E,
        "hace dos años tuve dolor de pecho, ya estoy bien, ahora solo un calambre",
    ),
    (
        "estoy tosiendo sangre y tengo la pantorrilla hinchada",
        E,
        "y si toso sangre algun dia? por ahora solo calambres de noche",
    ),
    (
        "se me puso la pierna fria y palida de repente, me duele muchisimo",
        E,
        "la pierna no esta fria ni palida, solo un calambre normal",
    ),
    (
        "el pie se me puso morado y frio de golpe",
        E,
        "a mi tia se le puso el pie morado una vez, yo solo tengo calambres",
    ),
    (
        "de repente no siento la pierna y no la puedo mover",
        E,
        "puedo mover la pierna bien y la siento normal, fue solo un calambre",
    ),
    (
        "tengo fiebre, calambres y el cuello muy rigido, no puedo doblarlo",
        E,
        "sin fiebre, sin rigidez de cuello, solo calambres despues de correr",
    ),
    (
        "fiebre alta con un dolor de cabeza terrible y calambres",
        E,
        "el año pasado tuve fiebre y dolor de cabeza, ya paso, hoy solo un calambre",
    ),
    (
        "mi hija tiene fiebre y unas manchas en la piel que no desaparecen al apretar el vaso",
        E,
        "mi hija no tiene fiebre ni manchas, solo un calambre en el pie",
    ),
    (
        "estuve trabajando al sol y ahora estoy confundido y con calambres",
        E,
        "trabaje al sol y tuve calambres, pero no estoy confundido, tome agua y se me paso",
    ),
    (
        "con este calor me desmaye despues de los calambres",
        E,
        "que pasa si me desmayo por el calor? hoy solo tuve un calambre leve",
    ),
    (
        "corriendo con mucho calor deje de sudar, tengo la piel caliente y seca",
        E,
        "sudo normal, la piel no esta seca, solo calambres por el calor que se quitaron a la "
        "sombra",
    ),
    (
        "mi niño se trago unas pastillas de mi mama y tiene calambres",
        E,
        "mi niño no se trago nada, solo tiene un calambre en la pierna",
    ),
    (
        "el niño bebio lejia y esta con calambres",
        E,
        "el niño de mi vecina bebio lejia hace años, el mio solo tiene un calambre",
    ),
    (
        "me tome todas las pastillas a proposito",
        E,
        "nunca he tomado pastillas de mas, solo tengo calambres",
    ),
    (
        "me corte con un clavo la semana pasada y ahora tengo la mandibula rigida, no puedo abrir "
        "la boca",
        E,
        "me corte hace años con un clavo, todo bien, ahora solo un calambre en el pie",
    ),
    (
        "despues de un maraton tengo la orina oscura como coca cola y dolor muscular muy fuerte",
        EU,
        "mi orina es clara, normal, solo calambres despues del maraton",
    ),
    (
        "tengo una pantorrilla hinchada, roja y caliente despues de un vuelo largo",
        U,
        "la pantorrilla no esta hinchada ni roja, solo calambre despues del vuelo",
    ),
    (
        "me operaron de la rodilla hace una semana y ahora la pantorrilla esta hinchada y caliente",
        U,
        "a mi hermano lo operaron y se le hincho la pierna, yo solo tengo calambres",
    ),
    (
        "estoy embarazada y una pantorrilla se me hincho, esta roja y me duele",
        U,
        "estoy embarazada, tengo calambres de noche, sin hinchazon ni enrojecimiento",
    ),
    (
        "tengo un calambre que dura mas de 10 minutos y no se quita aunque estire",
        U,
        "tuve un calambre que se quito en un minuto estirando",
    ),
    (
        "me corte con un alambre oxidado, ahora tengo espasmos y no tengo la vacuna del tetanos "
        "al dia",
        U,
        "me corte pero tengo la vacuna del tetanos al dia y no tengo espasmos, solo un calambre",
    ),
    (
        "trabajo con plomo en una fabrica de baterias y tengo calambres",
        U,
        "mi abuelo trabajaba con plomo hace años, yo solo tengo calambres",
    ),
    (
        "trabajo en una mina de oro con mercurio y me dan calambres",
        U,
        "y si hay mercurio en el pescado? solo tengo un calambre de vez en cuando",
    ),
    (
        "tengo calambres muy fuertes en la barriga",
        U,
        "no tengo calambres en la barriga, solo en la pierna despues de correr",
    ),
    (
        "me dan calambres en los brazos",
        U,
        "mi esposo tiene calambres en los brazos, yo solo en la pierna a veces",
    ),
    (
        "despues de vomitar mucho todo el dia tengo calambres",
        U,
        "no he vomitado ni tengo diarrea, solo un calambre",
    ),
    (
        "tengo diarrea fuerte desde ayer y ahora calambres en las piernas",
        U,
        "tuve diarrea el mes pasado, ya estoy bien, hoy un calambre al nadar",
    ),
    (
        "siento hormigueo alrededor de la boca y las manos se me encogen con espasmos",
        EU,
        "no tengo hormigueo en la boca, solo un calambre en la mano al escribir",
    ),
    (
        "jugando futbol senti un pop en la pantorrilla y no puedo ponerme de puntillas",
        UD,
        "hace tres años senti un chasquido en la pantorrilla, ya estoy bien, solo un calambre",
    ),
    # mixed with English
    (
        "tengo cramps en la pierna y my leg is cold and pale de repente",
        E,
        "tengo cramps en la pierna, pero no esta cold ni pale, todo normal",
    ),
    (
        "mi calf esta swollen y roja despues del flight",
        U,
        "mi calf no esta swollen, solo un cramp despues del flight",
    ),
    (
        "my son se trago pills de la abuela, tiene calambres",
        E,
        "what if my son se traga pills? hoy solo tiene un calambre",
    ),
]

PORTUGUESE: list[tuple[str, str, str]] = [
    (
        "meu filho teve uma convulsao, o corpo todo tremendo e ele nao respondia",
        E,
        "meu vizinho teve convulsao anos atras, eu so tenho caimbra na perna",
    ),
    (
        "minha mae ta com caimbra e de repente parou de responder, nao reage",
        E,
        "minha mae teve caimbra ontem mas ta respondendo normal, ta bem",
    ),
    (
        "meu avo ta com caimbras e ficou confuso, nao sabe onde ta",
        E,
        "meu avo tem caimbra mas nao ta confuso, conversa normal",
    ),
    (
        "do nada fiquei sem ar e a panturrilha ta doendo",
        E,
        "nao tenho falta de ar, so uma caimbra na panturrilha que passou alongando",
    ),
    (
        "to com dor no peito e caimbra na perna",
        E,
        "tive dor no peito ano passado, ja to bem, agora so caimbra",
    ),
    (
        "to tossindo sangue e a batata da perna ta inchada",
        E,
        "e se eu tossir sangue um dia? por enquanto so caimbra de noite",
    ),
    (
        "minha perna ficou gelada e palida de repente, doi muito",
        E,
        "a perna nao ta gelada nem palida, so uma caimbra normal",
    ),
    (
        "o pe ficou roxo e frio de uma hora pra outra",
        E,
        "o pe da minha tia ficou roxo uma vez, eu so tenho caimbra",
    ),
    (
        "de repente nao sinto a perna e nao consigo mexer",
        E,
        "consigo mexer a perna e sinto normal, foi so uma caimbra",
    ),
    (
        "to com febre, caimbra e o pescoco duro, nao consigo abaixar a cabeca",
        E,
        "sem febre, sem pescoco duro, so caimbra depois da corrida",
    ),
    (
        "febre alta com uma dor de cabeca horrivel e caimbras",
        E,
        "ano passado tive febre e dor de cabeca, ja passou, hoje so uma caimbra",
    ),
    (
        "minha filha ta com febre e umas manchas na pele que nao somem quando aperto o copo",
        E,
        "minha filha nao tem febre nem manchas, so caimbra no pe",
    ),
    (
        "trabalhei no sol o dia todo e agora to confuso e com caimbra",
        E,
        "trabalhei no sol e tive caimbra, mas nao to confuso, bebi agua e passou",
    ),
    (
        "com esse calor eu desmaiei depois das caimbras",
        E,
        "e se eu desmaiar no calor? hoje so tive uma caimbra leve",
    ),
    (
        "correndo no calorao parei de suar, a pele ta quente e seca",
        E,
        "to suando normal, pele nao ta seca, so caimbra do calor que passou na sombra",
    ),
    (
        "meu filho engoliu uns comprimidos da avo e ta com caimbra",
        E,
        "meu filho nao engoliu nada, so ta com caimbra na perna",
    ),
    (
        "a crianca bebeu agua sanitaria e ta com caimbra",
        E,
        "o filho da vizinha bebeu agua sanitaria anos atras, o meu so tem caimbra",
    ),
    (
        "tomei todos os remedios da caixa de proposito",
        E,
        "nunca tomei remedio a mais, so tenho caimbra",
    ),
    (
        "pisei num prego semana passada e agora to com a mandibula travada, nao consigo abrir a "
        "boca",
        E,
        "pisei num prego anos atras, tudo certo, agora so caimbra no pe",
    ),
    (
        "depois da maratona meu xixi ta escuro cor de coca cola e dor muscular muito forte",
        EU,
        "meu xixi ta claro, normal, so caimbra depois da maratona",
    ),
    (
        "uma panturrilha ta inchada, vermelha e quente depois de um voo longo",
        U,
        "a panturrilha nao ta inchada nem vermelha, so caimbra depois do voo",
    ),
    (
        "fiz cirurgia no joelho semana passada e agora a panturrilha ta inchada e quente",
        U,
        "meu irmao fez cirurgia e a perna inchou, eu so tenho caimbra",
    ),
    (
        "to gravida e uma panturrilha inchou, ta vermelha e doendo",
        U,
        "to gravida, tenho caimbra de noite, sem inchaco nem vermelhidao",
    ),
    (
        "to com uma caimbra faz mais de 10 minutos e nao passa nem alongando",
        U,
        "tive uma caimbra que passou em um minuto alongando",
    ),
    (
        "me cortei num arame enferrujado, agora to com espasmos e a vacina do tetano ta atrasada",
        U,
        "me cortei mas a vacina antitetanica ta em dia e nao tenho espasmo, so caimbra",
    ),
    (
        "trabalho com chumbo numa fabrica de bateria e tenho caimbras",
        U,
        "meu avo trabalhava com chumbo anos atras, eu so tenho caimbra",
    ),
    (
        "trabalho no garimpo com mercurio e to tendo caimbra",
        U,
        "sera que tem mercurio no peixe? so tenho caimbra de vez em quando",
    ),
    (
        "to com caimbra muito forte na barriga",
        U,
        "nao tenho caimbra na barriga, so na perna depois de correr",
    ),
    (
        "to tendo caimbra nos bracos",
        U,
        "meu marido tem caimbra nos bracos, eu so na perna as vezes",
    ),
    (
        "depois de vomitar muito o dia todo fiquei com caimbra",
        U,
        "nao vomitei nem tive diarreia, so uma caimbra",
    ),
    (
        "to com diarreia forte desde ontem e agora caimbra nas pernas",
        U,
        "tive diarreia mes passado, ja to bem, hoje uma caimbra nadando",
    ),
    (
        "formigamento em volta da boca e as maos ficam travadas com espasmos",
        EU,
        "nao tenho formigamento na boca, so caimbra na mao escrevendo",
    ),
    (
        "jogando bola senti um estalo na panturrilha e nao consigo ficar na ponta do pe",
        UD,
        "tres anos atras senti um estalo na panturrilha, ja to bem, so caimbra",
    ),
    (
        "to com cramp na perna e minha leg ficou cold e roxa do nada",
        E,
        "to com cramp na perna, mas nao ta cold nem roxa, tudo normal",
    ),
    (
        "minha calf ta swollen e vermelha depois do flight",
        U,
        "minha calf nao ta swollen, so um cramp depois do flight",
    ),
    (
        "meu filho swallowed uns comprimidos, ta com caimbra",
        E,
        "what if meu filho engolir comprimido? hoje so ta com caimbra",
    ),
]

FRENCH: list[tuple[str, str, str]] = [
    (
        "mon fils fait une crise, il tremble de tout son corps et ne repond plus",
        E,
        "mon voisin a fait des convulsions il y a des annees, moi j'ai juste une crampe",
    ),
    (
        "ma mere a des crampes et d'un coup elle ne reagit plus quand je lui parle",
        E,
        "ma mere a eu une crampe hier soir mais elle repond bien, elle va bien",
    ),
    (
        "mon grand pere a des crampes et il est confus, il sait plus ou il est",
        E,
        "mon grand pere a des crampes mais il n'est pas confus, il parle normalement",
    ),
    (
        "d'un coup j'arrive plus a respirer et j'ai mal au mollet",
        E,
        "je suis pas essouffle, juste une crampe au mollet qui est partie en etirant",
    ),
    (
        "j'ai mal a la poitrine et des crampes dans la jambe",
        E,
        "j'ai eu mal a la poitrine il y a deux ans, ca va maintenant, juste une crampe",
    ),
    (
        "je crache du sang en toussant et mon mollet est gonfle",
        E,
        "et si je crache du sang un jour? pour l'instant juste des crampes la nuit",
    ),
    (
        "ma jambe est devenue froide et toute pale d'un coup, j'ai tres mal",
        E,
        "la jambe n'est ni froide ni pale, juste une crampe normale",
    ),
    (
        "mon pied est devenu bleu et glace tout d'un coup",
        E,
        "le pied de ma tante est devenu bleu une fois, moi j'ai juste des crampes",
    ),
    (
        "d'un coup je sens plus ma jambe et je peux plus la bouger",
        E,
        "je bouge bien ma jambe et je la sens normalement, c'etait juste une crampe",
    ),
    (
        "j'ai de la fievre, des crampes et la nuque raide, je peux pas baisser la tete",
        E,
        "pas de fievre, pas de nuque raide, juste des crampes apres le footing",
    ),
    (
        "forte fievre avec un mal de tete terrible et des crampes",
        E,
        "l'an dernier j'ai eu de la fievre et mal a la tete, c'est passe, aujourd'hui juste une "
        "crampe",
    ),
    (
        "ma fille a de la fievre et des taches sur la peau qui s'effacent pas sous le verre",
        E,
        "ma fille n'a ni fievre ni taches, juste une crampe au pied",
    ),
    (
        "j'ai bosse en plein soleil et maintenant je suis confus avec des crampes",
        E,
        "j'ai bosse au soleil et j'ai eu des crampes mais je suis pas confus, j'ai bu et ca passe",
    ),
    (
        "avec cette chaleur je me suis evanoui apres les crampes",
        E,
        "et si je m'evanouis avec la chaleur? aujourd'hui juste une petite crampe",
    ),
    (
        "en courant sous la canicule j'ai arrete de transpirer, la peau est chaude et seche",
        E,
        "je transpire normalement, la peau est pas seche, juste des crampes de chaleur passees a "
        "l'ombre",
    ),
    (
        "mon petit a avale des comprimes de sa grand mere et il a des crampes",
        E,
        "mon petit n'a rien avale, il a juste une crampe a la jambe",
    ),
    (
        "l'enfant a bu de l'eau de javel et il a des crampes",
        E,
        "le fils de la voisine a bu de la javel il y a des annees, le mien a juste une crampe",
    ),
    (
        "j'ai pris toute la boite de cachets expres",
        E,
        "j'ai jamais pris trop de cachets, j'ai juste des crampes",
    ),
    (
        "je me suis coupe avec un clou la semaine derniere et maintenant j'ai la machoire "
        "bloquee, j'arrive pas a ouvrir la bouche",
        E,
        "je me suis coupe avec un clou il y a des annees, tout va bien, juste une crampe au pied",
    ),
    (
        "apres le marathon mes urines sont foncees couleur coca et j'ai des douleurs musculaires "
        "tres fortes",
        EU,
        "mes urines sont claires, normales, juste des crampes apres le marathon",
    ),
    (
        "j'ai un mollet gonfle, rouge et chaud apres un long vol",
        U,
        "le mollet n'est ni gonfle ni rouge, juste une crampe apres le vol",
    ),
    (
        "on m'a opere du genou il y a une semaine et maintenant le mollet est gonfle et chaud",
        U,
        "mon frere a ete opere et sa jambe a gonfle, moi j'ai juste des crampes",
    ),
    (
        "je suis enceinte et un de mes mollets a gonfle, il est rouge et douloureux",
        U,
        "je suis enceinte, j'ai des crampes la nuit, sans gonflement ni rougeur",
    ),
    (
        "j'ai une crampe qui dure depuis plus de 10 minutes et qui passe pas meme en etirant",
        U,
        "j'ai eu une crampe qui est partie en une minute en etirant",
    ),
    (
        "je me suis coupe sur un fil de fer rouille, maintenant j'ai des spasmes et mon vaccin du "
        "tetanos n'est pas a jour",
        U,
        "je me suis coupe mais mon vaccin antitetanique est a jour et pas de spasmes, juste une "
        "crampe",
    ),
    (
        "je travaille avec du plomb dans une usine de batteries et j'ai des crampes",
        U,
        "mon grand pere travaillait le plomb il y a longtemps, moi j'ai juste des crampes",
    ),
    (
        "je travaille dans une mine d'or avec du mercure et j'ai des crampes",
        U,
        "est ce qu'il y a du mercure dans le poisson? j'ai juste une crampe de temps en temps",
    ),
    (
        "j'ai des crampes tres fortes au ventre",
        U,
        "pas de crampes au ventre, juste au mollet apres la course",
    ),
    (
        "j'ai des crampes dans les bras",
        U,
        "mon mari a des crampes dans les bras, moi juste au mollet parfois",
    ),
    (
        "apres avoir vomi toute la journee j'ai des crampes",
        U,
        "j'ai pas vomi, pas de diarrhee, juste une crampe",
    ),
    (
        "j'ai une grosse diarrhee depuis hier et maintenant des crampes aux jambes",
        U,
        "j'ai eu la diarrhee le mois dernier, ca va maintenant, aujourd'hui une crampe a la "
        "piscine",
    ),
    (
        "j'ai des fourmillements autour de la bouche et les mains qui se crispent en spasmes",
        EU,
        "pas de fourmillements autour de la bouche, juste une crampe a la main en ecrivant",
    ),
    (
        "au foot j'ai senti un claquement dans le mollet et je peux plus me mettre sur la pointe "
        "des pieds",
        UD,
        "il y a trois ans j'ai senti un claquement au mollet, c'est gueri, juste une crampe",
    ),
    (
        "j'ai une cramp dans la jambe et ma leg est devenue cold et pale d'un coup",
        E,
        "j'ai une cramp dans la jambe mais elle est pas cold ni pale, tout va bien",
    ),
    (
        "mon calf est swollen et rouge apres le flight",
        U,
        "mon calf est pas swollen, juste une cramp apres le flight",
    ),
    (
        "my son a avale des pills de mamie, il a des crampes",
        E,
        "what if mon fils avale des pills? aujourd'hui juste une crampe",
    ),
]

ITALIAN: list[tuple[str, str, str]] = [
    (
        "mio figlio ha le convulsioni, trema tutto il corpo e non risponde",
        E,
        "il mio vicino ha avuto le convulsioni anni fa, io ho solo un crampo alla gamba",
    ),
    (
        "mia madre ha i crampi e all'improvviso non risponde piu, non reagisce",
        E,
        "mia madre ha avuto un crampo ieri sera ma risponde bene, sta bene",
    ),
    (
        "il nonno ha i crampi ed e confuso, non sa dove si trova",
        E,
        "il nonno ha i crampi ma non e confuso, parla normale",
    ),
    (
        "all'improvviso mi manca il fiato e mi fa male il polpaccio",
        E,
        "non mi manca il fiato, solo un crampo al polpaccio passato con lo stretching",
    ),
    (
        "ho dolore al petto e crampi alla gamba",
        E,
        "due anni fa avevo dolore al petto, ora sto bene, solo un crampo",
    ),
    (
        "tossisco sangue e ho il polpaccio gonfio",
        E,
        "e se un giorno tossisco sangue? per ora solo crampi di notte",
    ),
    (
        "la gamba e diventata fredda e pallida all'improvviso, fa malissimo",
        E,
        "la gamba non e fredda ne pallida, solo un crampo normale",
    ),
    (
        "il piede e diventato viola e gelato di colpo",
        E,
        "a mia zia una volta e diventato viola il piede, io ho solo crampi",
    ),
    (
        "all'improvviso non sento piu la gamba e non riesco a muoverla",
        E,
        "muovo bene la gamba e la sento normale, era solo un crampo",
    ),
    (
        "ho la febbre, i crampi e il collo rigido, non riesco a piegarlo",
        E,
        "niente febbre, niente collo rigido, solo crampi dopo la corsa",
    ),
    (
        "febbre alta con un mal di testa fortissimo e crampi",
        E,
        "l'anno scorso ho avuto febbre e mal di testa, e passato, oggi solo un crampo",
    ),
    (
        "mia figlia ha la febbre e delle macchie sulla pelle che non spariscono premendo il "
        "bicchiere",
        E,
        "mia figlia non ha febbre ne macchie, solo un crampo al piede",
    ),
    (
        "ho lavorato sotto il sole e adesso sono confuso e ho i crampi",
        E,
        "ho lavorato al sole e ho avuto crampi ma non sono confuso, ho bevuto ed e passato",
    ),
    (
        "con questo caldo sono svenuto dopo i crampi",
        E,
        "e se svengo per il caldo? oggi solo un crampo leggero",
    ),
    (
        "correndo col caldo ho smesso di sudare, la pelle e calda e secca",
        E,
        "sudo normalmente, la pelle non e secca, solo crampi da caldo passati all'ombra",
    ),
    (
        "il bambino ha ingoiato delle pastiglie della nonna e ha i crampi",
        E,
        "il bambino non ha ingoiato niente, ha solo un crampo alla gamba",
    ),
    (
        "il bambino ha bevuto la candeggina e ha i crampi",
        E,
        "il figlio della vicina ha bevuto candeggina anni fa, il mio ha solo un crampo",
    ),
    (
        "ho preso tutte le pastiglie apposta",
        E,
        "non ho mai preso pastiglie in piu, ho solo crampi",
    ),
    (
        "mi sono tagliato con un chiodo la settimana scorsa e ora ho la mascella bloccata, non "
        "riesco ad aprire la bocca",
        E,
        "mi sono tagliato con un chiodo anni fa, tutto bene, ora solo un crampo al piede",
    ),
    (
        "dopo la maratona ho la pipi scura color coca cola e dolori muscolari fortissimi",
        EU,
        "la pipi e chiara, normale, solo crampi dopo la maratona",
    ),
    (
        "ho un polpaccio gonfio, rosso e caldo dopo un volo lungo",
        U,
        "il polpaccio non e gonfio ne rosso, solo un crampo dopo il volo",
    ),
    (
        "mi hanno operato al ginocchio una settimana fa e ora il polpaccio e gonfio e caldo",
        U,
        "mio fratello e stato operato e gli si e gonfiata la gamba, io ho solo crampi",
    ),
    (
        "sono incinta e un polpaccio si e gonfiato, e rosso e fa male",
        U,
        "sono incinta, ho crampi di notte, senza gonfiore ne rossore",
    ),
    (
        "ho un crampo che dura da piu di 10 minuti e non passa nemmeno con lo stretching",
        U,
        "ho avuto un crampo che e passato in un minuto allungando",
    ),
    (
        "mi sono tagliato con un filo arrugginito, ora ho spasmi e l'antitetanica non e aggiornata",
        U,
        "mi sono tagliato ma l'antitetanica e in regola e non ho spasmi, solo un crampo",
    ),
    (
        "lavoro col piombo in una fabbrica di batterie e ho i crampi",
        U,
        "mio nonno lavorava col piombo tanti anni fa, io ho solo crampi",
    ),
    (
        "lavoro in miniera con il mercurio e mi vengono i crampi",
        U,
        "c'e mercurio nel pesce? ho solo un crampo ogni tanto",
    ),
    (
        "ho crampi fortissimi alla pancia",
        U,
        "niente crampi alla pancia, solo al polpaccio dopo la corsa",
    ),
    (
        "mi vengono i crampi alle braccia",
        U,
        "mio marito ha crampi alle braccia, io solo al polpaccio a volte",
    ),
    (
        "dopo aver vomitato tutto il giorno ho i crampi",
        U,
        "non ho vomitato e non ho diarrea, solo un crampo",
    ),
    (
        "ho una diarrea forte da ieri e adesso crampi alle gambe",
        U,
        "ho avuto la diarrea il mese scorso, ora sto bene, oggi un crampo in piscina",
    ),
    (
        "ho formicolio intorno alla bocca e le mani si contraggono con spasmi",
        EU,
        "nessun formicolio intorno alla bocca, solo un crampo alla mano scrivendo",
    ),
    (
        "a calcetto ho sentito uno schiocco nel polpaccio e non riesco a stare in punta di piedi",
        UD,
        "tre anni fa ho sentito uno schiocco al polpaccio, e guarito, solo un crampo",
    ),
    (
        "ho un cramp alla gamba e la leg e diventata cold e pallida all'improvviso",
        E,
        "ho un cramp alla gamba ma non e cold ne pallida, tutto ok",
    ),
    (
        "il mio calf e swollen e rosso dopo il flight",
        U,
        "il mio calf non e swollen, solo un cramp dopo il flight",
    ),
    (
        "my son ha ingoiato delle pills della nonna, ha i crampi",
        E,
        "what if mio figlio ingoia delle pills? oggi solo un crampo",
    ),
]

GERMAN: list[tuple[str, str, str]] = [
    (
        "mein Sohn hat einen Krampfanfall, zuckt am ganzen Koerper und reagiert nicht",
        E,
        "mein Nachbar hatte vor Jahren einen Anfall, ich hab nur nen Wadenkrampf",
    ),
    (
        "meine Mutter hat Kraempfe und reagiert ploetzlich nicht mehr wenn ich sie anspreche",
        E,
        "meine Mutter hatte gestern nen Krampf aber sie reagiert ganz normal, alles gut",
    ),
    (
        "Opa hat Kraempfe und ist verwirrt, weiss nicht wo er ist",
        E,
        "Opa hat Kraempfe aber ist nicht verwirrt, redet ganz normal",
    ),
    (
        "ploetzlich krieg ich keine Luft mehr und die Wade tut weh",
        E,
        "keine Atemnot, nur ein Wadenkrampf der beim Dehnen weg war",
    ),
    (
        "ich hab Brustschmerzen und Kraempfe im Bein",
        E,
        "vor zwei Jahren hatte ich Schmerzen in der Brust, jetzt gehts mir gut, nur ein Krampf",
    ),
    (
        "ich huste Blut und meine Wade ist geschwollen",
        E,
        "was wenn ich mal Blut huste? im Moment nur nachts Kraempfe",
    ),
    (
        "mein Bein ist ploetzlich kalt und ganz blass geworden, tut hoellisch weh",
        E,
        "das Bein ist weder kalt noch blass, nur ein normaler Krampf",
    ),
    (
        "der Fuss ist auf einmal blau und eiskalt",
        E,
        "bei meiner Tante war der Fuss mal blau, ich hab nur Kraempfe",
    ),
    (
        "auf einmal spuer ich mein Bein nicht mehr und kann es nicht bewegen",
        E,
        "ich kann das Bein gut bewegen und spuer es normal, war nur ein Krampf",
    ),
    (
        "ich hab Fieber, Kraempfe und einen steifen Nacken, kann den Kopf nicht beugen",
        E,
        "kein Fieber, kein steifer Nacken, nur Kraempfe nach dem Joggen",
    ),
    (
        "hohes Fieber mit furchtbaren Kopfschmerzen und Kraempfen",
        E,
        "letztes Jahr hatte ich Fieber und Kopfweh, ist vorbei, heute nur ein Krampf",
    ),
    (
        "meine Tochter hat Fieber und Flecken auf der Haut die beim Glastest nicht verschwinden",
        E,
        "meine Tochter hat kein Fieber und keine Flecken, nur nen Krampf im Fuss",
    ),
    (
        "hab den ganzen Tag in der prallen Sonne gearbeitet und bin jetzt verwirrt und hab "
        "Kraempfe",
        E,
        "hab in der Sonne gearbeitet und Kraempfe gehabt, bin aber nicht verwirrt, hab getrunken "
        "und es ging weg",
    ),
    (
        "bei der Hitze bin ich nach den Kraempfen ohnmaechtig geworden",
        E,
        "was ist wenn ich bei der Hitze umkippe? heute nur ein leichter Krampf",
    ),
    (
        "beim Laufen in der Hitze hab ich aufgehoert zu schwitzen, die Haut ist heiss und trocken",
        E,
        "ich schwitze normal, Haut ist nicht trocken, nur Hitzekraempfe die im Schatten weg waren",
    ),
    (
        "mein Kleiner hat Tabletten von Oma geschluckt und hat Kraempfe",
        E,
        "mein Kleiner hat nichts geschluckt, er hat nur nen Krampf im Bein",
    ),
    (
        "das Kind hat Putzmittel getrunken und hat Kraempfe",
        E,
        "das Kind der Nachbarin hat vor Jahren Putzmittel getrunken, meins hat nur nen Krampf",
    ),
    (
        "ich hab absichtlich die ganze Packung Tabletten genommen",
        E,
        "ich hab nie zu viele Tabletten genommen, hab nur Kraempfe",
    ),
    (
        "hab mich letzte Woche an einem Nagel verletzt und jetzt ist mein Kiefer steif, ich krieg "
        "den Mund nicht auf",
        E,
        "hab mich vor Jahren an einem Nagel verletzt, alles gut, jetzt nur ein Krampf im Fuss",
    ),
    (
        "nach dem Marathon ist mein Urin dunkel wie Cola und ich hab extreme Muskelschmerzen",
        EU,
        "mein Urin ist hell, ganz normal, nur Kraempfe nach dem Marathon",
    ),
    (
        "eine Wade ist geschwollen, rot und warm nach einem langen Flug",
        U,
        "die Wade ist weder geschwollen noch rot, nur ein Krampf nach dem Flug",
    ),
    (
        "wurde vor einer Woche am Knie operiert und jetzt ist die Wade dick und warm",
        U,
        "mein Bruder wurde operiert und sein Bein ist angeschwollen, ich hab nur Kraempfe",
    ),
    (
        "ich bin schwanger und eine Wade ist angeschwollen, rot und tut weh",
        U,
        "ich bin schwanger, nachts Wadenkraempfe, keine Schwellung, keine Roetung",
    ),
    (
        "ich hab einen Krampf der seit ueber 10 Minuten anhaelt und trotz Dehnen nicht weggeht",
        U,
        "hatte einen Krampf der nach einer Minute Dehnen weg war",
    ),
    (
        "hab mich an rostigem Draht geschnitten, jetzt hab ich Muskelkraempfe und meine "
        "Tetanusimpfung ist nicht aktuell",
        U,
        "hab mich geschnitten aber die Tetanusimpfung ist aktuell und keine Kraempfe ausser nem "
        "normalen Wadenkrampf",
    ),
    (
        "ich arbeite mit Blei in einer Batteriefabrik und hab Kraempfe",
        U,
        "mein Opa hat frueher mit Blei gearbeitet, ich hab nur Kraempfe",
    ),
    (
        "ich arbeite mit Quecksilber und krieg dauernd Kraempfe",
        U,
        "ist Quecksilber im Fisch gefaehrlich? hab nur ab und zu nen Krampf",
    ),
    (
        "ich hab ganz starke Kraempfe im Bauch",
        U,
        "keine Bauchkraempfe, nur die Wade nach dem Laufen",
    ),
    (
        "ich krieg Kraempfe in den Armen",
        U,
        "mein Mann hat Kraempfe in den Armen, ich nur manchmal in der Wade",
    ),
    (
        "nachdem ich den ganzen Tag erbrochen hab hab ich Kraempfe",
        U,
        "hab nicht erbrochen und keinen Durchfall, nur ein Krampf",
    ),
    (
        "hab seit gestern starken Durchfall und jetzt Kraempfe in den Beinen",
        U,
        "hatte letzten Monat Durchfall, jetzt gehts wieder, heute ein Krampf beim Schwimmen",
    ),
    (
        "Kribbeln um den Mund und die Haende verkrampfen sich",
        EU,
        "kein Kribbeln um den Mund, nur ein Krampf in der Hand beim Schreiben",
    ),
    (
        "beim Fussball hat es in der Wade geknallt und ich komm nicht mehr auf die Zehenspitzen",
        UD,
        "vor drei Jahren hats mal in der Wade geknallt, ist verheilt, nur ein Krampf",
    ),
    (
        "hab nen cramp im Bein und my leg ist ploetzlich cold und blass",
        E,
        "hab nen cramp im Bein aber es ist nicht cold oder blass, alles ok",
    ),
    (
        "meine calf ist swollen und rot nach dem flight",
        U,
        "meine calf ist nicht swollen, nur ein cramp nach dem flight",
    ),
    (
        "my son hat pills von Oma geschluckt, er hat Kraempfe",
        E,
        "what if mein Sohn pills schluckt? heute nur ein Krampf",
    ),
]

POLISH: list[tuple[str, str, str]] = [
    (
        "moj syn ma drgawki, trzesie sie cale cialo i nie reaguje",
        E,
        "sasiad mial drgawki lata temu, ja mam tylko skurcz w nodze",
    ),
    (
        "mama ma skurcze i nagle przestala reagowac, nie odpowiada",
        E,
        "mama miala wczoraj skurcz ale odpowiada normalnie, wszystko dobrze",
    ),
    (
        "dziadek ma skurcze i jest splatany, nie wie gdzie jest",
        E,
        "dziadek ma skurcze ale nie jest splatany, rozmawia normalnie",
    ),
    (
        "nagle nie moge zlapac oddechu i boli mnie lydka",
        E,
        "nie mam dusznosci, tylko skurcz lydki ktory minal po rozciaganiu",
    ),
    (
        "mam bol w klatce piersiowej i skurcze w nodze",
        E,
        "dwa lata temu bolala mnie klatka piersiowa, teraz jest dobrze, tylko skurcz",
    ),
    (
        "kaszle krwia i mam spuchnieta lydke",
        E,
        "a co jesli kiedys bede kaszlec krwia? na razie tylko skurcze w nocy",
    ),
    (
        "noga nagle zrobila sie zimna i blada, strasznie boli",
        E,
        "noga nie jest zimna ani blada, zwykly skurcz",
    ),
    (
        "stopa nagle zrobila sie sina i lodowata",
        E,
        "cioci kiedys zsiniala stopa, ja mam tylko skurcze",
    ),
    (
        "nagle nie czuje nogi i nie moge nia ruszyc",
        E,
        "ruszam noga normalnie i ja czuje, to byl tylko skurcz",
    ),
    (
        "mam goraczke, skurcze i sztywny kark, nie moge zgiac szyi",
        E,
        "bez goraczki, bez sztywnego karku, tylko skurcze po bieganiu",
    ),
    (
        "wysoka goraczka i okropny bol glowy, do tego skurcze",
        E,
        "w zeszlym roku mialam goraczke i bol glowy, minelo, dzis tylko skurcz",
    ),
    (
        "corka ma goraczke i wysypke ktora nie znika pod szklanka",
        E,
        "corka nie ma goraczki ani wysypki, tylko skurcz stopy",
    ),
    (
        "caly dzien pracowalem w upale na sloncu i teraz jestem splatany i mam skurcze",
        E,
        "pracowalem na sloncu i mialem skurcze, ale nie jestem splatany, napilem sie i przeszlo",
    ),
    (
        "w tym upale zemdlalam po skurczach",
        E,
        "a co jesli zemdleje w upale? dzis tylko lekki skurcz",
    ),
    (
        "biegalem w upale i przestalem sie pocic, skora goraca i sucha",
        E,
        "poce sie normalnie, skora nie jest sucha, tylko skurcze z goraca ktore minely w cieniu",
    ),
    (
        "moj maly polknal tabletki babci i ma skurcze",
        E,
        "moj maly niczego nie polknal, ma tylko skurcz w nodze",
    ),
    (
        "dziecko napilo sie wybielacza i ma skurcze",
        E,
        "dziecko sasiadki wypilo wybielacz lata temu, moje ma tylko skurcz",
    ),
    (
        "celowo wzialem cale opakowanie tabletek",
        E,
        "nigdy nie bralem za duzo tabletek, mam tylko skurcze",
    ),
    (
        "tydzien temu skaleczylem sie gwozdziem i teraz mam sztywna szczeke, nie moge otworzyc ust",
        E,
        "lata temu skaleczylem sie gwozdziem, wszystko ok, teraz tylko skurcz stopy",
    ),
    (
        "po maratonie mam ciemny mocz jak cola i bardzo silny bol miesni",
        EU,
        "mocz jasny, normalny, tylko skurcze po maratonie",
    ),
    (
        "jedna lydka spuchnieta, czerwona i ciepla po dlugim locie",
        U,
        "lydka nie jest spuchnieta ani czerwona, tylko skurcz po locie",
    ),
    (
        "tydzien temu mialem operacje kolana a teraz lydka jest spuchnieta i ciepla",
        U,
        "brat mial operacje i spuchla mu noga, ja mam tylko skurcze",
    ),
    (
        "jestem w ciazy i jedna lydka spuchla, jest czerwona i boli",
        U,
        "jestem w ciazy, mam skurcze w nocy, bez obrzeku i zaczerwienienia",
    ),
    (
        "mam skurcz ktory trwa ponad 10 minut i nie puszcza mimo rozciagania",
        U,
        "mialem skurcz ktory puscil po minucie rozciagania",
    ),
    (
        "skaleczylem sie zardzewialym drutem, teraz mam skurcze miesni a szczepienie na tezec "
        "nieaktualne",
        U,
        "skaleczylem sie ale szczepienie na tezec mam aktualne i zadnych skurczow poza zwyklym",
    ),
    (
        "pracuje z olowiem w fabryce akumulatorow i mam skurcze",
        U,
        "dziadek pracowal z olowiem dawno temu, ja mam tylko skurcze",
    ),
    (
        "pracuje z rtecia i ciagle mam skurcze",
        U,
        "czy w rybach jest rtec? mam tylko czasem skurcz",
    ),
    (
        "mam bardzo silne skurcze brzucha",
        U,
        "nie mam skurczow brzucha, tylko lydki po bieganiu",
    ),
    (
        "lapia mnie skurcze w rekach",
        U,
        "maz ma skurcze w rekach, ja tylko czasem w lydce",
    ),
    (
        "po calym dniu wymiotowania mam skurcze",
        U,
        "nie wymiotowalem i nie mam biegunki, tylko skurcz",
    ),
    (
        "od wczoraj mam silna biegunke i teraz skurcze w nogach",
        U,
        "mialem biegunke w zeszlym miesiacu, juz dobrze, dzis skurcz na basenie",
    ),
    (
        "mrowienie wokol ust i dlonie mi sie kurcza",
        EU,
        "zadnego mrowienia wokol ust, tylko skurcz dloni przy pisaniu",
    ),
    (
        "na pilce cos strzelilo mi w lydce i nie moge stanac na palcach",
        UD,
        "trzy lata temu cos mi strzelilo w lydce, wyleczone, teraz tylko skurcz",
    ),
    (
        "mam cramp w nodze i my leg zrobila sie cold i blada nagle",
        E,
        "mam cramp w nodze ale nie jest cold ani blada, wszystko ok",
    ),
    (
        "moja calf jest swollen i czerwona po flight",
        U,
        "moja calf nie jest swollen, tylko cramp po flight",
    ),
    (
        "my son polknal pills babci, ma skurcze",
        E,
        "what if moj syn polknie pills? dzis tylko skurcz",
    ),
]

ROMANIAN: list[tuple[str, str, str]] = [
    (
        "baiatul meu are convulsii, tremura tot corpul si nu raspunde",
        E,
        "vecinul a avut convulsii acum cativa ani, eu am doar o crampa la picior",
    ),
    (
        "mama are crampe si brusc nu mai raspunde, nu reactioneaza",
        E,
        "mama a avut o crampa aseara dar raspunde normal, e bine",
    ),
    (
        "bunicul are crampe si e confuz, nu stie unde se afla",
        E,
        "bunicul are crampe dar nu e confuz, vorbeste normal",
    ),
    (
        "brusc nu mai pot respira si ma doare gamba",
        E,
        "nu am dificultati de respiratie, doar o crampa la gamba care a trecut cu intindere",
    ),
    (
        "am durere in piept si crampe la picior",
        E,
        "acum doi ani am avut dureri in piept, acum sunt bine, doar o crampa",
    ),
    (
        "tusesc cu sange si am gamba umflata",
        E,
        "si daca o sa tusesc sange intr-o zi? deocamdata doar crampe noaptea",
    ),
    (
        "piciorul s-a facut brusc rece si palid, ma doare foarte tare",
        E,
        "piciorul nu e rece si nici palid, doar o crampa obisnuita",
    ),
    (
        "laba piciorului s-a facut vanata si rece dintr-o data",
        E,
        "matusii mele i s-a invinetit piciorul o data, eu am doar crampe",
    ),
    (
        "dintr-o data nu-mi mai simt piciorul si nu-l pot misca",
        E,
        "pot misca piciorul si il simt normal, a fost doar o crampa",
    ),
    (
        "am febra, crampe si ceafa intepenita, nu pot sa aplec capul",
        E,
        "fara febra, fara ceafa intepenita, doar crampe dupa alergat",
    ),
    (
        "febra mare cu o durere de cap groaznica si crampe",
        E,
        "anul trecut am avut febra si durere de cap, a trecut, azi doar o crampa",
    ),
    (
        "fetita are febra si niste pete pe piele care nu dispar cand apas cu paharul",
        E,
        "fetita nu are febra si nici pete, doar o crampa la picior",
    ),
    (
        "am lucrat toata ziua in soare si acum sunt confuz si am crampe",
        E,
        "am lucrat in soare si am avut crampe, dar nu sunt confuz, am baut apa si a trecut",
    ),
    (
        "pe caldura asta am lesinat dupa crampe",
        E,
        "ce se intampla daca lesin de caldura? azi doar o crampa usoara",
    ),
    (
        "alergand pe canicula am incetat sa transpir, pielea e fierbinte si uscata",
        E,
        "transpir normal, pielea nu e uscata, doar crampe de la caldura care au trecut la umbra",
    ),
    (
        "copilul a inghitit niste pastile de la bunica si are crampe",
        E,
        "copilul nu a inghitit nimic, are doar o crampa la picior",
    ),
    (
        "copilul a baut inalbitor si are crampe",
        E,
        "copilul vecinei a baut inalbitor acum cativa ani, al meu are doar o crampa",
    ),
    (
        "am luat intentionat toata cutia de pastile",
        E,
        "n-am luat niciodata prea multe pastile, am doar crampe",
    ),
    (
        "m-am taiat intr-un cui saptamana trecuta si acum am falca intepenita, nu pot deschide "
        "gura",
        E,
        "m-am taiat intr-un cui acum multi ani, totul bine, acum doar o crampa la picior",
    ),
    (
        "dupa maraton urina e inchisa la culoare ca o cola si am dureri musculare foarte mari",
        EU,
        "urina e deschisa, normala, doar crampe dupa maraton",
    ),
    (
        "o gamba e umflata, rosie si calda dupa un zbor lung",
        U,
        "gamba nu e umflata si nici rosie, doar o crampa dupa zbor",
    ),
    (
        "am fost operat la genunchi acum o saptamana si acum gamba e umflata si calda",
        U,
        "fratele meu a fost operat si i s-a umflat piciorul, eu am doar crampe",
    ),
    (
        "sunt insarcinata si o gamba s-a umflat, e rosie si ma doare",
        U,
        "sunt insarcinata, am crampe noaptea, fara umflatura sau roseata",
    ),
    (
        "am o crampa care tine de peste 10 minute si nu trece nici cu intinderi",
        U,
        "am avut o crampa care a trecut intr-un minut cu intindere",
    ),
    (
        "m-am taiat intr-o sarma ruginita, acum am spasme si nu am vaccinul antitetanic la zi",
        U,
        "m-am taiat dar vaccinul antitetanic e la zi si nu am spasme, doar o crampa",
    ),
    (
        "lucrez cu plumb intr-o fabrica de baterii si am crampe",
        U,
        "bunicul lucra cu plumb acum multi ani, eu am doar crampe",
    ),
    (
        "lucrez cu mercur la mina si fac crampe des",
        U,
        "oare e mercur in peste? am doar o crampa din cand in cand",
    ),
    (
        "am crampe foarte puternice la burta",
        U,
        "nu am crampe la burta, doar la gamba dupa alergat",
    ),
    (
        "fac crampe la brate",
        U,
        "sotul meu are crampe la brate, eu doar la gamba uneori",
    ),
    (
        "dupa ce am vomitat toata ziua am crampe",
        U,
        "n-am vomitat si n-am diaree, doar o crampa",
    ),
    (
        "am diaree puternica de ieri si acum crampe la picioare",
        U,
        "am avut diaree luna trecuta, acum sunt bine, azi o crampa la piscina",
    ),
    (
        "am furnicaturi in jurul gurii si mainile mi se contracta in spasme",
        EU,
        "nu am furnicaturi in jurul gurii, doar o crampa la mana cand scriu",
    ),
    (
        "la fotbal am simtit un pocnet in gamba si nu ma pot ridica pe varfuri",
        UD,
        "acum trei ani am simtit un pocnet in gamba, s-a vindecat, acum doar o crampa",
    ),
    (
        "am un cramp la picior si my leg e cold si palid brusc",
        E,
        "am un cramp la picior dar nu e cold si nici palid, totul ok",
    ),
    (
        "gamba mea e swollen si rosie dupa flight",
        U,
        "gamba mea nu e swollen, doar un cramp dupa flight",
    ),
    (
        "my son a inghitit pills de la bunica, are crampe",
        E,
        "what if fiul meu inghite pills? azi doar o crampa",
    ),
]

TURKISH: list[tuple[str, str, str]] = [
    (
        "oglum nobet geciriyor, tum vucudu titriyor ve tepki vermiyor",
        E,
        "komsumuz yillar once nobet gecirmisti, bende sadece bacakta kramp var",
    ),
    (
        "annemin kramplari var ve birden cevap vermiyor, tepki yok",
        E,
        "annem dun gece kramp girdi ama normal cevap veriyor, iyi",
    ),
    (
        "dedemin kramplari var ve kafasi karisik, nerede oldugunu bilmiyor",
        E,
        "dedemin kramplari var ama kafasi karisik degil, normal konusuyor",
    ),
    (
        "birden nefes alamiyorum ve baldirim agriyor",
        E,
        "nefes darligim yok, sadece germeyle gecen bir baldir krampi",
    ),
    (
        "gogsumde agri var ve bacagimda kramp",
        E,
        "iki yil once gogus agrim olmustu, simdi iyiyim, sadece kramp",
    ),
    (
        "kan tukuruyorum ve baldirim sismis",
        E,
        "ya bir gun kan tukurursem? simdilik sadece gece kramplari",
    ),
    (
        "bacagim birden buz gibi soguk ve bembeyaz oldu, cok agriyor",
        E,
        "bacagim soguk ya da solgun degil, normal bir kramp",
    ),
    (
        "ayagim birden morardi ve buz gibi oldu",
        E,
        "teyzemin ayagi bir kere morarmisti, bende sadece kramp var",
    ),
    (
        "birden bacagimi hissetmiyorum ve oynatamiyorum",
        E,
        "bacagimi rahat oynatiyorum ve hissediyorum, sadece kramptı",
    ),
    (
        "atesim var, kramp var ve ensem tutuldu, basimi egemiyorum",
        E,
        "ates yok, ense sertligi yok, sadece kosudan sonra kramp",
    ),
    (
        "yuksek ates, korkunc bas agrisi ve kramplar",
        E,
        "gecen yil ates ve bas agrim olmustu, gecti, bugun sadece bir kramp",
    ),
    (
        "kizimin atesi var ve bardakla bastirinca gecmeyen dokuntuler var",
        E,
        "kizimin atesi de dokuntusu de yok, sadece ayaginda kramp",
    ),
    (
        "butun gun gunes altinda calistim, simdi kafam karisik ve kramplarim var",
        E,
        "gunes altinda calistim kramp girdi ama kafam karisik degil, su ictim gecti",
    ),
    (
        "bu sicakta kramplardan sonra bayildim",
        E,
        "ya sicaktan bayilirsam? bugun sadece hafif bir kramp",
    ),
    (
        "sicakta kosarken terlemem durdu, cildim sicak ve kuru",
        E,
        "normal terliyorum, cildim kuru degil, sadece golgede gecen sicak kramplari",
    ),
    (
        "cocugum babaannesinin haplarini yutmus ve kramp giriyor",
        E,
        "cocugum hicbir sey yutmadi, sadece bacaginda kramp var",
    ),
    (
        "cocuk camasir suyu icti ve kramplari var",
        E,
        "komsunun cocugu yillar once camasir suyu icmisti, benimkinin sadece krampi var",
    ),
    (
        "bilerek butun kutu ilaci ictim",
        E,
        "hic fazla ilac icmedim, sadece kramplarim var",
    ),
    (
        "gecen hafta civiyle yaralandim ve simdi cenem kilitlendi, agzimi acamiyorum",
        E,
        "yillar once civiyle yaralanmistim, sorun yok, simdi sadece ayakta kramp",
    ),
    (
        "maratondan sonra idrarim kola gibi koyu ve cok siddetli kas agrim var",
        EU,
        "idrarim acik renk, normal, sadece maratondan sonra kramp",
    ),
    (
        "uzun bir ucustan sonra bir baldirim sisti, kizardi ve sicak",
        U,
        "baldirim sismis ya da kizarmis degil, sadece ucustan sonra kramp",
    ),
    (
        "bir hafta once dizimden ameliyat oldum, simdi baldirim sis ve sicak",
        U,
        "abim ameliyat oldu ve bacagi sisti, bende sadece kramp var",
    ),
    (
        "hamileyim ve bir baldirim sisti, kirmizi ve agriyor",
        U,
        "hamileyim, geceleri kramp giriyor, sislik ya da kizariklik yok",
    ),
    (
        "10 dakikadan fazla suren bir kramp var, germeme ragmen gecmiyor",
        U,
        "germeyle bir dakikada gecen bir kramp oldu",
    ),
    (
        "paslı telle kestim, simdi kas spazmlarim var ve tetanoz asim guncel degil",
        U,
        "kestim ama tetanoz asim guncel ve spazm yok, sadece bir kramp",
    ),
    (
        "aku fabrikasinda kursunla calisiyorum ve kramplarim var",
        U,
        "dedem yillar once kursunla calisirmis, bende sadece kramp var",
    ),
    (
        "madende civa ile calisiyorum ve surekli kramp giriyor",
        U,
        "balikta civa var mi? sadece arada bir kramp giriyor",
    ),
    (
        "karnimda cok siddetli kramplar var",
        U,
        "karnimda kramp yok, sadece kosudan sonra baldirimda",
    ),
    (
        "kollarima kramp giriyor",
        U,
        "esimin kollarina kramp giriyor, bende sadece bazen baldirda",
    ),
    (
        "butun gun kustuktan sonra kramplarim basladi",
        U,
        "kusmadim, ishalim de yok, sadece bir kramp",
    ),
    (
        "dunden beri siddetli ishalim var ve simdi bacaklarima kramp giriyor",
        U,
        "gecen ay ishal olmustum, simdi iyiyim, bugun havuzda bir kramp",
    ),
    (
        "agzimin etrafinda karincalanma var ve ellerim kasiliyor",
        EU,
        "agzimin etrafinda karincalanma yok, sadece yazarken elimde kramp",
    ),
    (
        "futbolda baldirimda bir pat sesi geldi ve parmak uclarima kalkamiyorum",
        UD,
        "uc yil once baldirimda bir sey koptu gibi olmustu, iyilesti, simdi sadece kramp",
    ),
    (
        "bacagimda cramp var ve my leg birden cold ve bembeyaz oldu",
        E,
        "bacagimda cramp var ama cold ya da bembeyaz degil, her sey normal",
    ),
    (
        "calf im swollen ve kirmizi flight tan sonra",
        U,
        "calf im swollen degil, sadece flight tan sonra cramp",
    ),
    (
        "my son babaannesinin pills lerini yutmus, kramp giriyor",
        E,
        "what if oglum pills yutarsa? bugun sadece bir kramp",
    ),
]

HINDI_OR_URDU: list[tuple[str, str, str]] = [
    (
        "mere bete ko daura pada hai, poora sharir kaanp raha hai aur wo jawab nahi de raha",
        E,
        "padosi ko saalon pehle daure padte the, mujhe bas pair mein cramp hai",
    ),
    (
        "ammi ko cramp ho rahe the aur achanak wo hosh mein nahi hain, kuch jawab nahi de rahi",
        E,
        "ammi ko kal raat cramp hua tha par wo theek se baat kar rahi hain, sab theek hai",
    ),
    (
        "dadaji ko cramp hai aur wo confuse hain, unhe pata nahi wo kahan hain",
        E,
        "dadaji ko cramp hai par wo confuse nahi hain, normal baat kar rahe hain",
    ),
    (
        "achanak saans nahi aa rahi aur pindli mein dard hai",
        E,
        "saans lene mein koi dikkat nahi, bas pindli mein cramp tha jo stretch se chala gaya",
    ),
    (
        "seene mein dard hai aur pair mein cramp",
        E,
        "do saal pehle seene mein dard hua tha, ab theek hoon, bas cramp hai",
    ),
    (
        "khansi mein khoon aa raha hai aur pindli suji hui hai",
        E,
        "agar kabhi khansi mein khoon aaye to? abhi bas raat ko cramp hote hain",
    ),
    (
        "pair achanak thanda aur safed pad gaya hai, bahut dard hai",
        E,
        "pair na thanda hai na safed, bas normal cramp hai",
    ),
    (
        "pair achanak neela pad gaya aur barf jaisa thanda hai",
        E,
        "meri mausi ka pair ek baar neela pad gaya tha, mujhe bas cramp hai",
    ),
    (
        "achanak pair mehsoos nahi ho raha aur hila nahi pa raha",
        E,
        "pair theek se hil raha hai aur mehsoos ho raha hai, bas cramp tha",
    ),
    (
        "bukhar hai, cramp hai aur gardan akad gayi hai, sar neeche nahi kar pa raha",
        E,
        "na bukhar hai na gardan akdi hai, bas daudne ke baad cramp",
    ),
    (
        "tez bukhar ke saath bahut tez sar dard aur cramp",
        E,
        "pichle saal bukhar aur sar dard hua tha, theek ho gaya, aaj bas ek cramp",
    ),
    (
        "beti ko bukhar hai aur skin pe daane hain jo glass se dabane par nahi jaate",
        E,
        "beti ko na bukhar hai na daane, bas pair mein cramp",
    ),
    (
        "poora din dhoop mein kaam kiya, ab dimag kaam nahi kar raha, confuse hoon aur cramp hai",
        E,
        "dhoop mein kaam kiya aur cramp hue, par confuse nahi hoon, paani piya aur theek ho gaya",
    ),
    (
        "is garmi mein cramp ke baad main behosh ho gaya",
        E,
        "agar garmi mein behosh ho gaya to? aaj bas halka sa cramp tha",
    ),
    (
        "garmi mein daudte hue paseena aana band ho gaya, skin garam aur sookhi hai",
        E,
        "paseena normal aa raha hai, skin sookhi nahi, bas garmi wale cramp jo chhaon mein chale "
        "gaye",
    ),
    (
        "mere bachche ne dadi ki goliyan kha li hain aur use cramp ho rahe hain",
        E,
        "mere bachche ne kuch nahi khaya, bas pair mein cramp hai",
    ),
    (
        "bachche ne phenyl pi liya hai aur use cramp ho rahe hain",
        E,
        "padosan ke bachche ne saalon pehle phenyl piya tha, mere bachche ko bas cramp hai",
    ),
    (
        "maine jaan boojh kar saari goliyan kha li",
        E,
        "maine kabhi zyada goliyan nahi khayi, bas cramp hote hain",
    ),
    (
        "pichle hafte keel se chot lagi thi aur ab jabda akad gaya hai, munh nahi khul raha",
        E,
        "saalon pehle keel se chot lagi thi, sab theek hai, ab bas pair mein cramp",
    ),
    (
        "marathon ke baad peshab cola jaisa kaala hai aur muscles mein bahut tez dard hai",
        EU,
        "peshab saaf hai, normal, bas marathon ke baad cramp",
    ),
    (
        "lambi flight ke baad ek pindli suj gayi hai, laal aur garam hai",
        U,
        "pindli na suji hai na laal, bas flight ke baad cramp",
    ),
    (
        "ek hafte pehle ghutne ka operation hua aur ab pindli suji hui aur garam hai",
        U,
        "bhai ka operation hua tha aur uska pair suj gaya tha, mujhe bas cramp hai",
    ),
    (
        "main pregnant hoon aur ek pindli suj gayi hai, laal hai aur dard hai",
        U,
        "main pregnant hoon, raat ko cramp hote hain, koi sujan ya laali nahi",
    ),
    (
        "cramp 10 minute se zyada se hai aur stretch karne se bhi nahi ja raha",
        U,
        "ek cramp hua jo stretch karne se ek minute mein chala gaya",
    ),
    (
        "zang lage taar se kat gaya, ab akdan ho rahi hai aur tetanus ka injection nahi laga",
        U,
        "kat gaya tha par tetanus ka injection laga hua hai aur koi akdan nahi, bas ek cramp",
    ),
    (
        "main battery factory mein seese ke saath kaam karta hoon aur cramp hote hain",
        U,
        "dada ji saalon pehle seese ka kaam karte the, mujhe bas cramp hai",
    ),
    (
        "main paare ke saath kaam karta hoon aur baar baar cramp aate hain",
        U,
        "kya machhli mein paara hota hai? mujhe bas kabhi kabhi cramp aata hai",
    ),
    (
        "pet mein bahut tez cramp ho rahe hain",
        U,
        "pet mein koi cramp nahi, bas daudne ke baad pindli mein",
    ),
    (
        "baazuon mein cramp aa rahe hain",
        U,
        "mere pati ki baazuon mein cramp aate hain, mujhe bas kabhi kabhi pindli mein",
    ),
    (
        "poora din ulti karne ke baad cramp ho rahe hain",
        U,
        "na ulti hui na dast, bas ek cramp",
    ),
    (
        "kal se bahut dast ho rahe hain aur ab pairon mein cramp",
        U,
        "pichle mahine dast hue the, ab theek hoon, aaj swimming mein ek cramp",
    ),
    (
        "munh ke aas paas jhunjhuni ho rahi hai aur haath akad rahe hain",
        EU,
        "munh ke aas paas koi jhunjhuni nahi, bas likhte hue haath mein cramp",
    ),
    (
        "football khelte hue pindli mein tak se awaaz aayi aur panjon par khada nahi ho pa raha",
        UD,
        "teen saal pehle pindli mein tak se hua tha, theek ho gaya, ab bas cramp",
    ),
    (
        "pair mein cramp hai aur my leg achanak cold aur pale ho gayi",
        E,
        "pair mein cramp hai par leg cold ya pale nahi hai, sab normal",
    ),
    (
        "meri calf swollen aur laal hai flight ke baad",
        U,
        "meri calf swollen nahi hai, bas flight ke baad cramp",
    ),
    (
        "my son ne dadi ki pills kha li, use cramp ho rahe hain",
        E,
        "what if mera beta pills kha le? aaj bas ek cramp",
    ),
]

ARABIC: list[tuple[str, str, str]] = [
    (
        "ibni jatlo nobet tashannoj, kol jismo byirtajef w ma 3am yrod",
        E,
        "jarna ken 3ando tashannojat min snin, ana bas 3andi shadd 3adali bi ejri",
    ),
    (
        "mama 3andha shadd 3adali w fag2a ma 3am trod, ma fi ay reaction",
        E,
        "mama jaha shadd 3adali mbere7 bs 3am trod 3adi w mnee7a",
    ),
    (
        "jiddo 3ando shadd w m5arbat, mish 3aref wein howe",
        E,
        "jiddo 3ando shadd bs mish m5arbat, 3am yi7ki 3adi",
    ),
    (
        "fag2a mish 2ader etnaffas w ba6 ejri byooja3ni",
        E,
        "ma 3andi da2 nafas, bas shadd bi ba6 ejri ra7 bil ta6weel",
    ),
    (
        "3andi waja3 fi sadri w shadd fi rigli",
        E,
        "min sintein kan 3andi waja3 bi sadri, halla2 mnee7, bas shadd 3adali",
    ),
    (
        "3am ben2a7 damm w ba6 ejri manfou5",
        E,
        "w iza yom ma 2a77ait damm? halla2 bas shadd bil leil",
    ),
    (
        "rigli fag2a ba2et sa2a w safra, bt2ooja3ni ktir",
        E,
        "rigli mish sa2a w mish safra, bas shadd 3adi",
    ),
    (
        "2ijri fag2a sarat zar2a w berde kteer",
        E,
        "khalti marra ijra sarat zar2a, ana bas 3andi shadd",
    ),
    (
        "fag2a ma 3am 7es b ejri w ma ba2der 7arrekha",
        E,
        "ba2der 7arrek ejri w 7assa fiha 3adi, kan bas shadd",
    ),
    (
        "3andi sa5ane w shadd w ra2bti m5ashabe, ma ba2der 7ani rasi",
        E,
        "ma fi sa5ane w ra2bti mish m5ashabe, bas shadd ba3d el rkad",
    ),
    (
        "sa5ane 3alye w waja3 ras fazi3 w shadd",
        E,
        "sant elli fatet kan 3andi sa5ane w waja3 ras, ra7, el yom bas shadd",
    ),
    (
        "binti 3andha sa5ane w 7boob 3al jild ma bter7al lamma edghat 3aleya bil kebbaye",
        E,
        "binti ma 3andha sa5ane w la 7boob, bas shadd bi ijra",
    ),
    (
        "shteghelt kol el nhar ta7t el shams w halla2 m5arbat w 3andi shadd",
        E,
        "shteghelt bil shams w jani shadd bs mish m5arbat, shrebt mai w ra7",
    ),
    (
        "bi hal shob ghmi 3alaya ba3d el shadd",
        E,
        "shu bisir iza ghmi 3alaya min el shob? el yom bas shadd 5afif",
    ),
    (
        "w ana 3am erkod bil 7ar wa2af el 3ara2, jildi s5en w nashef",
        E,
        "3am 23ra2 3adi, jildi mish nashef, bas shadd min el 7ar ra7 bil fay",
    ),
    (
        "ibni bala3 7boob tab3in sitto w 3ando shadd",
        E,
        "ibni ma bala3 shi, bas 3ando shadd bi ijro",
    ),
    (
        "el walad shereb klor w 3ando shadd",
        E,
        "ibn jaretna shereb klor min snin, ibni bas 3ando shadd",
    ),
    (
        "5adt kol 3elbet el 7boob 3an 2asd",
        E,
        "3omri ma 5adt 7boob zyade, bas 3andi shadd",
    ),
    (
        "enjara7t min mesmar el jom3a el madye w halla2 fakki m2affal, ma ba2der efta7 temmi",
        E,
        "enjara7t min mesmar min snin, kello tamem, halla2 bas shadd bi ijri",
    ),
    (
        "ba3d el marathon bauli ghame2 mitl el cola w 3andi waja3 3adalat fazi3",
        EU,
        "bauli fati7 w 3adi, bas shadd ba3d el marathon",
    ),
    (
        "ba6 ejri manfou5 w a7mar w s5en ba3d safra tawile bil tayyara",
        U,
        "ba6 ejri mish manfou5 w mish a7mar, bas shadd ba3d el safra",
    ),
    (
        "3melt 3amaliye bi rekbti min jom3a w halla2 ba6 ejri manfou5 w s5en",
        U,
        "a5i 3emel 3amaliye w nafa5et ijro, ana bas 3andi shadd",
    ),
    (
        "ana 7amle w ba6 ejri nafa5, a7mar w byooja3",
        U,
        "ana 7amle, 3andi shadd bil leil, bala nafa5 w bala 7mar",
    ),
    (
        "3andi shadd sarlo aktar min 10 d2ay2 w ma 3am yrou7 7atta bil ta6weel",
        U,
        "jani shadd ra7 ba3d d2i2a bil ta6weel",
    ),
    (
        "enjara7t min shreet msaddi, halla2 3andi tashannojat w ma 5adt ebret el kezez",
        U,
        "enjara7t bs ebret el kezez ma3i w ma fi tashannoj, bas shadd 3adi",
    ),
    (
        "bshteghel bil rasas bi masna3 batariyet w 3andi shadd",
        U,
        "jiddi kan yishteghel bil rasas min zaman, ana bas 3andi shadd",
    ),
    (
        "bshteghel bil ze2ba2 w 3andi shadd 3al tool",
        U,
        "fi ze2ba2 bil samak? bas 3andi shadd kel fatra",
    ),
    (
        "3andi maghas w shadd 2awi ktir bi batni",
        U,
        "ma 3andi shadd bi batni, bas bi ba6 ejri ba3d el rkad",
    ),
    (
        "3am yijini shadd bi idayyi",
        U,
        "jozi byijih shadd bi idei, ana bas a7yanan bi ejri",
    ),
    (
        "ba3d ma tarraje3t kol el nhar jani shadd",
        U,
        "ma tarraje3t w ma 3andi es-hal, bas shadd",
    ),
    (
        "3andi es-hal 2awi min mbere7 w halla2 shadd bi ejreyye",
        U,
        "kan 3andi es-hal el shahr el madi, halla2 mnee7, el yom shadd bil masba7",
    ),
    (
        "3andi tanmeel 7awl temmi w idayyi 3am yitshannajo",
        EU,
        "ma 3andi tanmeel 7awl temmi, bas shadd bi idi w ana 3am ekteb",
    ),
    (
        "w ana 3am el3ab football sme3t ta2a bi ba6 ejri w ma ba2der o2af 3ala asabe3 ejri",
        UD,
        "min tlet snin sme3t ta2a bi ba6 ejri, ra7, halla2 bas shadd",
    ),
    (
        "3andi cramp bi ejri w my leg fag2a sarat cold w safra",
        E,
        "3andi cramp bi ejri bs mish cold w mish safra, kello tamem",
    ),
    (
        "el calf taba3i swollen w a7mar ba3d el flight",
        U,
        "el calf taba3i mish swollen, bas cramp ba3d el flight",
    ),
    (
        "my son bala3 pills tab3in sitto, 3ando shadd",
        E,
        "what if ibni bala3 pills? el yom bas shadd",
    ),
]

TAGALOG: list[tuple[str, str, str]] = [
    (
        "nangingisay yung anak ko, nanginginig buong katawan at hindi sumasagot",
        E,
        "yung kapitbahay namin nangisay dati ilang taon na, ako pulikat lang sa binti",
    ),
    (
        "si mama may pulikat tapos bigla hindi na sumasagot, walang malay",
        E,
        "si mama pinulikat kagabi pero sumasagot naman ng maayos, okay siya",
    ),
    (
        "si lolo may pulikat at nalilito, hindi niya alam kung nasaan siya",
        E,
        "si lolo may pulikat pero hindi naman nalilito, normal siyang nakikipag usap",
    ),
    (
        "biglang hindi ako makahinga at masakit yung binti ko",
        E,
        "hindi naman ako hinihingal, pulikat lang sa binti na nawala nung na stretch",
    ),
    (
        "masakit ang dibdib ko at may pulikat ako sa binti",
        E,
        "dalawang taon na ang nakaraan sumakit dibdib ko, okay na ako ngayon, pulikat lang",
    ),
    (
        "umuubo ako ng dugo at namamaga yung binti ko",
        E,
        "paano kung umubo ako ng dugo balang araw? sa ngayon pulikat lang sa gabi",
    ),
    (
        "biglang lumamig at namutla yung binti ko, sobrang sakit",
        E,
        "hindi naman malamig o maputla yung binti ko, normal na pulikat lang",
    ),
    (
        "biglang nangitim at nanlamig yung paa ko",
        E,
        "yung tita ko nangitim ang paa minsan, ako pulikat lang",
    ),
    (
        "biglang hindi ko maramdaman yung binti ko at hindi ko maigalaw",
        E,
        "naigagalaw ko naman yung binti ko at nararamdaman ko, pulikat lang yun",
    ),
    (
        "may lagnat ako, pulikat at naninigas yung batok ko, hindi ko mayuko ulo ko",
        E,
        "walang lagnat, hindi matigas ang leeg, pulikat lang pagkatapos tumakbo",
    ),
    (
        "mataas ang lagnat at sobrang sakit ng ulo ko tapos may pulikat",
        E,
        "nung isang taon nilagnat ako at sumakit ulo, wala na, ngayon pulikat lang",
    ),
    (
        "may lagnat yung anak kong babae at may pantal na hindi nawawala kahit idiin ang baso",
        E,
        "walang lagnat o pantal yung anak ko, pulikat lang sa paa",
    ),
    (
        "buong araw akong nagtrabaho sa init ng araw at ngayon nalilito ako at may pulikat",
        E,
        "nagtrabaho ako sa initan at pinulikat pero hindi ako nalilito, uminom ako ng tubig at "
        "nawala",
    ),
    (
        "sa sobrang init nahimatay ako pagkatapos ng pulikat",
        E,
        "paano kung mahimatay ako sa init? ngayon mahinang pulikat lang",
    ),
    (
        "tumatakbo ako sa init tapos tumigil ang pawis ko, mainit at tuyo ang balat ko",
        E,
        "pinagpapawisan naman ako, hindi tuyo ang balat, pulikat lang sa init na nawala sa lilim",
    ),
    (
        "nakalunok yung anak ko ng mga gamot ni lola at pinupulikat siya",
        E,
        "wala namang nalunok yung anak ko, pulikat lang sa binti",
    ),
    (
        "nakainom ng zonrox yung bata at may pulikat",
        E,
        "yung anak ng kapitbahay nakainom ng zonrox dati, yung akin pulikat lang",
    ),
    (
        "sinadya kong inumin lahat ng tableta",
        E,
        "hindi ako uminom ng sobrang gamot kahit kailan, pulikat lang ako",
    ),
    (
        "natusok ako ng pako noong isang linggo at ngayon naninigas ang panga ko, hindi ko "
        "maibuka ang bibig ko",
        E,
        "natusok ako ng pako ilang taon na, okay naman, ngayon pulikat lang sa paa",
    ),
    (
        "pagkatapos ng marathon kulay coke ang ihi ko at sobrang sakit ng mga muscle ko",
        EU,
        "malinaw ang ihi ko, normal, pulikat lang pagkatapos ng marathon",
    ),
    (
        "namamaga, namumula at mainit ang isang binti ko pagkatapos ng mahabang biyahe sa eroplano",
        U,
        "hindi namamaga o namumula ang binti ko, pulikat lang pagkatapos ng biyahe",
    ),
    (
        "inoperahan ako sa tuhod isang linggo na at ngayon namamaga at mainit ang binti ko",
        U,
        "yung kuya ko inoperahan at namaga ang binti niya, ako pulikat lang",
    ),
    (
        "buntis ako at namamaga ang isang binti ko, pula at masakit",
        U,
        "buntis ako, pinupulikat sa gabi, walang pamamaga o pamumula",
    ),
    (
        "mahigit 10 minuto na ang pulikat ko at hindi nawawala kahit i stretch",
        U,
        "pinulikat ako tapos nawala agad sa isang minuto nung na stretch",
    ),
    (
        "nasugatan ako ng kalawanging alambre, ngayon naninigas mga muscle ko at hindi ako "
        "updated sa anti tetanus",
        U,
        "nasugatan ako pero may anti tetanus ako at walang paninigas, pulikat lang",
    ),
    (
        "nagtatrabaho ako sa pagawaan ng baterya na may tingga at pinupulikat ako",
        U,
        "yung lolo ko nagtrabaho sa tingga noon, ako pulikat lang",
    ),
    (
        "nagtatrabaho ako sa minahan na may asoge at lagi akong pinupulikat",
        U,
        "may mercury ba sa isda? pulikat lang paminsan minsan",
    ),
    (
        "sobrang sakit ng pulikat sa tiyan ko",
        U,
        "wala akong pulikat sa tiyan, sa binti lang pagkatapos tumakbo",
    ),
    (
        "pinupulikat ako sa mga braso",
        U,
        "yung asawa ko pinupulikat sa braso, ako sa binti lang minsan",
    ),
    (
        "buong araw akong nagsusuka at ngayon may pulikat ako",
        U,
        "hindi ako nagsuka at hindi nagtatae, pulikat lang",
    ),
    (
        "nagtatae ako mula kahapon at ngayon pinupulikat ang mga binti ko",
        U,
        "nagtae ako noong isang buwan, okay na ako, ngayon pulikat lang sa swimming",
    ),
    (
        "namamanhid ang paligid ng bibig ko at naninigas ang mga kamay ko",
        EU,
        "hindi namamanhid ang bibig ko, pulikat lang sa kamay habang nagsusulat",
    ),
    (
        "naglalaro ako ng basketball may pumitik sa binti ko at hindi ako makatingkayad",
        UD,
        "tatlong taon na may pumitik sa binti ko, gumaling na, pulikat lang ngayon",
    ),
    (
        "may cramp ako sa binti at biglang naging cold at pale ang leg ko",
        E,
        "may cramp ako sa binti pero hindi cold o pale, okay lang",
    ),
    (
        "yung calf ko swollen at namumula after ng flight",
        U,
        "hindi swollen yung calf ko, cramp lang after ng flight",
    ),
    (
        "my son nakalunok ng pills ni lola, pinupulikat siya",
        E,
        "what if makalunok ng pills yung anak ko? ngayon pulikat lang",
    ),
]

VIETNAMESE: list[tuple[str, str, str]] = [
    (
        "con trai toi bi co giat, run ca nguoi va khong phan ung gi",
        E,
        "hang xom nha toi bi co giat may nam truoc, toi chi bi chuot rut o chan",
    ),
    (
        "me toi bi chuot rut roi tu nhien khong tra loi, goi khong phan ung",
        E,
        "me toi bi chuot rut toi qua nhung van tra loi binh thuong, khoe",
    ),
    (
        "ong toi bi chuot rut va lu lan, khong biet minh dang o dau",
        E,
        "ong toi bi chuot rut nhung khong lu lan, noi chuyen binh thuong",
    ),
    (
        "tu nhien toi kho tho va dau bap chan",
        E,
        "toi khong kho tho, chi chuot rut bap chan keo gian la het",
    ),
    (
        "toi bi dau nguc va chuot rut o chan",
        E,
        "hai nam truoc toi bi dau nguc, gio khoe roi, chi bi chuot rut",
    ),
    (
        "toi ho ra mau va bap chan bi sung",
        E,
        "lo mai toi ho ra mau thi sao? gio chi chuot rut ban dem",
    ),
    (
        "chan toi tu nhien lanh ngat va trang bech, dau lam",
        E,
        "chan khong lanh cung khong nhot nhat, chi chuot rut binh thuong",
    ),
    (
        "ban chan tu nhien tim tai va lanh buot",
        E,
        "co toi co lan bi tim ban chan, toi chi bi chuot rut",
    ),
    (
        "tu nhien toi khong cam thay chan va khong cu dong duoc",
        E,
        "toi cu dong chan binh thuong va van cam giac duoc, chi la chuot rut",
    ),
    (
        "toi bi sot, chuot rut va cung co, khong cui dau duoc",
        E,
        "khong sot, khong cung co, chi chuot rut sau khi chay bo",
    ),
    (
        "sot cao, dau dau du doi va chuot rut",
        E,
        "nam ngoai toi bi sot va dau dau, khoi roi, hom nay chi chuot rut",
    ),
    (
        "con gai toi bi sot va noi ban do tren da an coc vao khong mat",
        E,
        "con gai toi khong sot khong noi ban, chi bi chuot rut o ban chan",
    ),
    (
        "toi lam ngoai nang ca ngay, gio thay lu lan va bi chuot rut",
        E,
        "toi lam ngoai nang bi chuot rut nhung khong lu lan, uong nuoc la het",
    ),
    (
        "troi nong qua toi bi ngat xiu sau khi chuot rut",
        E,
        "neu toi ngat vi nong thi sao? hom nay chi chuot rut nhe",
    ),
    (
        "chay bo ngoai troi nong toi het ra mo hoi, da nong va kho",
        E,
        "toi van ra mo hoi binh thuong, da khong kho, chi chuot rut vi nong nghi trong bong mat "
        "la het",
    ),
    (
        "con toi nuot thuoc cua ba noi va bi chuot rut",
        E,
        "con toi khong nuot gi ca, chi bi chuot rut o chan",
    ),
    (
        "dua be uong nuoc tay va bi chuot rut",
        E,
        "con nha hang xom uong nuoc tay may nam truoc, con toi chi bi chuot rut",
    ),
    (
        "toi co y uong het ca vi thuoc",
        E,
        "toi chua bao gio uong qua lieu thuoc, chi bi chuot rut",
    ),
    (
        "tuan truoc toi dam phai dinh va gio bi cung ham, khong ha mieng duoc",
        E,
        "may nam truoc toi dam phai dinh, khong sao, gio chi chuot rut o ban chan",
    ),
    (
        "sau marathon nuoc tieu toi sam mau nhu coca va dau co du doi",
        EU,
        "nuoc tieu trong, binh thuong, chi chuot rut sau marathon",
    ),
    (
        "mot ben bap chan sung, do va nong sau chuyen bay dai",
        U,
        "bap chan khong sung khong do, chi chuot rut sau chuyen bay",
    ),
    (
        "tuan truoc toi mo dau goi va gio bap chan sung va nong",
        U,
        "anh toi mo xong bi sung chan, toi chi bi chuot rut",
    ),
    (
        "toi dang mang thai va mot ben bap chan bi sung, do va dau",
        U,
        "toi dang mang thai, hay bi chuot rut ban dem, khong sung khong do",
    ),
    (
        "toi bi chuot rut hon 10 phut roi, keo gian cung khong het",
        U,
        "toi bi chuot rut keo gian mot phut la het",
    ),
    (
        "toi bi dut tay vi day thep gi, gio bi co cung co va chua tiem phong uon van",
        U,
        "toi bi dut tay nhung da tiem uon van day du va khong bi co cung, chi chuot rut",
    ),
    (
        "toi lam voi chi o xuong ac quy va hay bi chuot rut",
        U,
        "ong toi ngay xua lam voi chi, toi chi bi chuot rut",
    ),
    (
        "toi lam viec voi thuy ngan va bi chuot rut lien tuc",
        U,
        "ca co thuy ngan khong? toi chi thinh thoang bi chuot rut",
    ),
    (
        "toi bi chuot rut o bung rat du doi",
        U,
        "toi khong bi chuot rut o bung, chi o bap chan sau khi chay",
    ),
    (
        "toi bi chuot rut o hai canh tay",
        U,
        "chong toi bi chuot rut o tay, toi chi thinh thoang o bap chan",
    ),
    (
        "sau khi non ca ngay toi bi chuot rut",
        U,
        "toi khong non va khong tieu chay, chi bi chuot rut",
    ),
    (
        "toi bi tieu chay nang tu hom qua va gio chuot rut o chan",
        U,
        "thang truoc toi bi tieu chay, gio khoe roi, hom nay chuot rut khi boi",
    ),
    (
        "toi bi te quanh mieng va hai ban tay bi co quap",
        EU,
        "khong te quanh mieng, chi chuot rut o tay khi viet",
    ),
    (
        "dang da bong toi nghe tieng bup o bap chan va khong kieng chan duoc",
        UD,
        "ba nam truoc toi nghe tieng bup o bap chan, khoi roi, gio chi chuot rut",
    ),
    (
        "toi bi cramp o chan va leg tu nhien cold va trang bech",
        E,
        "toi bi cramp o chan nhung khong cold cung khong trang bech, on",
    ),
    (
        "calf cua toi bi swollen va do sau flight",
        U,
        "calf cua toi khong swollen, chi cramp sau flight",
    ),
    (
        "my son nuot pills cua ba noi, bi chuot rut",
        E,
        "what if con toi nuot pills? hom nay chi chuot rut",
    ),
]

LANGUAGES = (
    ("Spanish", SPANISH),
    ("Portuguese", PORTUGUESE),
    ("French", FRENCH),
    ("Italian", ITALIAN),
    ("German", GERMAN),
    ("Polish", POLISH),
    ("Romanian", ROMANIAN),
    ("Turkish", TURKISH),
    ("Hindi or Urdu", HINDI_OR_URDU),
    ("Arabic", ARABIC),
    ("Tagalog", TAGALOG),
    ("Vietnamese", VIETNAMESE),
)

# Look-alikes the English reader itself still raises: an illness over "last month" and "fine
# now" is read as fluid loss today ("I had diarrhoea last month, now I am fine, today a cramp
# while swimming" is urgent in English too), so no glossary can mend it. Kept, strict, for
# the reader's owner; one per language.
ENGLISH_GAP = {
    "tuve diarrea el mes pasado, ya estoy bien, hoy un calambre al nadar",
    "tive diarreia mes passado, ja to bem, hoje uma caimbra nadando",
    "j'ai eu la diarrhee le mois dernier, ca va maintenant, aujourd'hui une crampe a la piscine",
    "ho avuto la diarrea il mese scorso, ora sto bene, oggi un crampo in piscina",
    "hatte letzten Monat Durchfall, jetzt gehts wieder, heute ein Krampf beim Schwimmen",
    "mialem biegunke w zeszlym miesiacu, juz dobrze, dzis skurcz na basenie",
    "am avut diaree luna trecuta, acum sunt bine, azi o crampa la piscina",
    "gecen ay ishal olmustum, simdi iyiyim, bugun havuzda bir kramp",
    "pichle mahine dast hue the, ab theek hoon, aaj swimming mein ek cramp",
    "kan 3andi es-hal el shahr el madi, halla2 mnee7, el yom shadd bil masba7",
    "thang truoc toi bi tieu chay, gio khoe roi, hom nay chuot rut khi boi",
}
_GAP = pytest.mark.xfail(strict=True, reason="the English reader: an illness over last month")

SIGNS = [(text, level, name) for name, rows in LANGUAGES for text, level, _ in rows]
LOOK_ALIKES = [
    pytest.param(other, level, name, marks=[_GAP] if other in ENGLISH_GAP else [])
    for name, rows in LANGUAGES
    for _, level, other in rows
]


@pytest.mark.parametrize(("text", "levels", "name"), SIGNS)
def test_each_sign_is_read_at_its_level(text: str, levels: str, name: str) -> None:
    assert parsed_level_from_text(text) in levels.split("|")


@pytest.mark.parametrize(("text", "levels", "name"), LOOK_ALIKES)
def test_each_look_alike_stays_below_the_sign(text: str, levels: str, name: str) -> None:
    lowest = min(RANK[level] for level in levels.split("|"))
    assert RANK[parsed_level_from_text(text)] < lowest


@pytest.mark.parametrize(("text", "levels", "name"), SIGNS)
def test_each_sign_names_its_language(text: str, levels: str, name: str) -> None:
    assert name in language_names(text)


# Written after the first changes, to try them in other words (other people, other forms,
# other numbers) and their look-alikes; LOWER is self-care or doctor.
LOWER = "self_care|doctor"
SECOND = [
    ("mi hija tiene fiebre y la nuca tiesa, le duele al bajar la cabeza", E, "Spanish"),
    ("a mi papa le dio un dolor de cabeza horrible con fiebre y calambres", E, "Spanish"),
    ("el calambre me lleva ya mas de quince minutos y no se me quita aunque estire", U, "Spanish"),
    ("mi mama ya no suda con este calor y tiene la piel seca y caliente", E, "Spanish"),
    ("meu pai desmaiou no calor depois das caimbras", E, "Portuguese"),
    ("nao sinto meu pe e nao consigo mexer, ficou gelado do nada", E, "Portuguese"),
    ("ta com caimbra ha mais de 15 minutos e nao passa", U, "Portuguese"),
    ("mon pere ne transpire plus et il a la peau brulante et seche", E, "French"),
    ("elle a de la fievre, la nuque raide et des crampes", E, "French"),
    ("ma crampe dure depuis plus de 15 minutes, les etirements ne font rien", U, "French"),
    ("mia figlia ha la febbre alta e il collo rigido", E, "Italian"),
    ("non sento piu il piede e non riesco a muoverlo, e freddo", E, "Italian"),
    ("il crampo dura da piu di 15 minuti e non passa", U, "Italian"),
    ("mein Vater ist bei der Hitze ohnmaechtig geworden und hat Kraempfe", E, "German"),
    ("ich spuere meinen Fuss nicht mehr und er ist eiskalt", E, "German"),
    ("der Krampf haelt seit mehr als 15 Minuten an und Dehnen hilft nicht", U, "German"),
    ("tata zemdlal w upale po skurczach", E, "Polish"),
    ("nie czuje stopy i jest lodowata", E, "Polish"),
    ("skurcz trwa ponad 15 minut i nie puszcza", U, "Polish"),
    ("tata a lesinat de caldura dupa crampe", E, "Romanian"),
    ("copilul are febra si gatul intepenit", E, "Romanian"),
    ("crampa tine de peste 15 minute si nu trece", U, "Romanian"),
    ("babam sicakta bayildi ve kramplari var", E, "Turkish"),
    ("cocugumun atesi var ve ensesi tutuldu", E, "Turkish"),
    ("kramp 15 dakikadan fazla suruyor ve gecmiyor", U, "Turkish"),
    ("papa garmi mein behosh ho gaye aur cramp hai", E, "Hindi or Urdu"),
    ("bete ko tez bukhar hai aur gardan akad gayi", E, "Hindi or Urdu"),
    ("cramp 15 minute se zyada ho gaya aur ja nahi raha", U, "Hindi or Urdu"),
    ("baba ghmi 3alei bil shob ba3d el shadd", E, "Arabic"),
    ("ibni 3ando sa5ane w ra2bto m5ashabe", E, "Arabic"),
    ("el shadd sarlo aktar min 15 d2i2a w ma 3am yrou7", U, "Arabic"),
    ("nahimatay si papa sa init pagkatapos ng pulikat", E, "Tagalog"),
    ("may lagnat ang anak ko at naninigas ang leeg niya", E, "Tagalog"),
    ("mahigit 15 minuto na ang pulikat at hindi nawawala", U, "Tagalog"),
    ("bo toi ngat xiu vi troi nong sau khi chuot rut", E, "Vietnamese"),
    ("con toi sot cao va cung co", E, "Vietnamese"),
    ("chuot rut hon 15 phut roi ma khong het", U, "Vietnamese"),
    (
        "el calambre me duro un minuto y se quito al estirar, sin fiebre ni cuello rigido",
        LOWER,
        "Spanish",
    ),
    ("mi abuela tuvo la nuca tiesa hace años, yo solo un calambre", LOWER, "Spanish"),
    ("nao desmaiei, so tive uma caimbra no calor e passou na sombra", LOWER, "Portuguese"),
    ("je transpire normalement, pas de nuque raide, juste une crampe ce matin", LOWER, "French"),
    ("non ho la febbre e il collo non e rigido, solo un crampo", LOWER, "Italian"),
    ("ich spuere meinen Fuss ganz normal, nur ein kurzer Krampf", LOWER, "German"),
    ("nie zemdlalam, tylko skurcz w upale, minal w cieniu", LOWER, "Polish"),
    ("nu am febra si gatul nu e intepenit, doar o crampa", LOWER, "Romanian"),
    ("bayilmadim, sadece sicakta kramp girdi, golgede gecti", LOWER, "Turkish"),
    ("bukhar nahi hai, gardan bhi nahi akdi, bas cramp", LOWER, "Hindi or Urdu"),
    ("ma ghmi 3alaya, bas shadd bil shob w ra7 bil fay", LOWER, "Arabic"),
    ("hindi ako nahimatay, pulikat lang sa init tapos nawala", LOWER, "Tagalog"),
    ("toi khong sot, khong cung co, chi chuot rut", LOWER, "Vietnamese"),
]


@pytest.mark.parametrize(("text", "levels", "name"), SECOND)
def test_the_changes_hold_in_other_words(text: str, levels: str, name: str) -> None:
    assert name in language_names(text)
    assert parsed_level_from_text(text) in levels.split("|")
