"""Classes of wording found unread in round s21's blind batches of other languages, one
table row per class and language; and the languages new to the lists (Maltese, Latvian),
each sign read at its level beside look-alikes that stay lower.

The sentences are the team's own, each class told at its level beside a look-alike that
must stay lower (someone else's, denied, over, asked about, or milder): calf pain after
walking a distance that makes one stop and goes with rest (German, French, Italian, Dutch,
Polish, Swedish, Danish, Indonesian); restless legs (Swedish, Portuguese); drinking told
by its amount (French, Dutch, Spanish, Portuguese); an underactive thyroid or diabetes
with numbness (Hungarian, Portuguese); a wound then a jaw that will not open or is stiff
(Romanian, German, Portuguese, Hindi or Urdu); a cold blue foot whose toes are not felt
(Hungarian); a leg swollen, red and warm after an operation or a long drive (Yoruba,
German); a fit in late pregnancy with headache and blurred sight (German, Dutch); old
paint sanded off (German, Dutch); cola-dark urine after extreme exercise with legs that
will not carry (Italian, French, Portuguese); a cramp lasting a quarter of an hour or so
many minutes that stretching does not ease (Polish, Tagalog, French, German, Dutch,
Portuguese, Spanish), beside one that was so long ago; twitching under the skin and a
thigh thinner than the other (Italian); cramps on several nights a week that break the
sleep (Turkish).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import language_names, read_at, read_beside

E, U, D, S = "emergency", "urgent", "doctor", "self_care"


# (the sign at its level, a look-alike that must stay below that level)
CLASSES: list[tuple[str, str, str]] = [
    # Claudication: a distance walked, the calf that hurts, a stop, rest that ends it
    (
        "Wenn ich ungefähr 250 Meter gehe, tut mir die Wade weh und ich muss stehen "
        "bleiben, nach einer kurzen Pause ist es wieder weg",
        D,
        "Ich gehe gern lange spazieren, ganz ohne Schmerzen; gestern nach dem Fußball ein "
        "kurzer Wadenkrampf, der gleich weg war",
    ),
    (
        "Après 150 mètres de marche j'ai mal au mollet, ça m'oblige à m'arrêter, ça passe "
        "après deux minutes de repos",
        D,
        "Je marche des kilomètres sans aucune douleur, j'ai juste eu une crampe au mollet "
        "cette nuit, passée en une minute",
    ),
    (
        "Quando cammino per 300 metri mi fa male il polpaccio e devo fermarmi, dopo un "
        "paio di minuti di riposo passa",
        D,
        "Ho avuto un crampo al polpaccio dopo la corsa, è passato subito",
    ),
    (
        "Als ik 300 meter loop krijg ik pijn in mijn kuit en moet ik stoppen, na een paar "
        "minuten rust gaat het weer over",
        D,
        "Ik wandel graag lange stukken zonder pijn, gisteren één keer kramp in mijn kuit "
        "na het zwemmen, meteen weg",
    ),
    (
        "Kiedy przejdę około 300 metrów, boli mnie łydka i muszę się zatrzymać, po chwili "
        "odpoczynku przechodzi",
        D,
        "Miałem skurcz w łydce po bieganiu, po minucie rozciągania przeszedł",
    ),
    (
        "När jag har gått 400 meter gör det ont i vaden och jag måste stanna, efter en "
        "kort vila går det över",
        D,
        "jag hade kramp i vaden i natt, den gick över efter en minut",
    ),
    (
        "Når jeg har gået 250 meter, gør det ondt i læggen og jeg må stoppe, efter lidt "
        "hvile går det over",
        D,
        "jeg fik krampe i læggen i nat, den gik over efter et minut",
    ),
    (
        "Setelah berjalan kaki sekitar 10 menit betis saya sakit dan saya harus berhenti, "
        "istirahat sebentar lalu hilang",
        D,
        "Tadi malam betis saya kram sebentar setelah main bola, sekarang sudah hilang",
    ),
    # Restless legs: a crawling feeling, the need to move them, better walking about
    (
        "På kvällen kryper det i benen och jag måste röra på dem, det blir bättre när jag "
        "går omkring",
        D,
        "jag hade kramp i vaden efter löpningen, den gick över efter en minut",
    ),
    (
        "À noite tenho uma vontade louca de mexer as pernas, parece formigas andando por "
        "dentro, só melhora quando me levanto e ando",
        D,
        "Tive uma cãibra na panturrilha ontem depois do futebol, passou em um minuto",
    ),
    # Drinking told by its amount; someone else's drinking is not the writer's
    (
        "Je bois une bouteille de rosé chaque soir et j'ai des crampes la nuit",
        D,
        "Mon mari boit beaucoup, moi je ne bois pas, juste une crampe hier soir qui est passée",
    ),
    (
        "Ik drink per dag wel twaalf biertjes en heb 's nachts kramp",
        D,
        "Ik drink elke dag twee liter water en had één keer kramp na het fietsen",
    ),
    (
        "Me tomo unas ocho cervezas cada noche y me dan calambres en las piernas",
        D,
        "Mi marido bebe mucho, pero yo no bebo; solo tuve un calambre anoche que se me pasó",
    ),
    (
        "Bebo umas seis latas de cerveja por dia e tenho cãibras nas pernas",
        D,
        "Tive uma cãibra na panturrilha ontem depois do futebol, passou em um minuto",
    ),
    # An underactive thyroid or diabetes told as the writer's own
    (
        "Pajzsmirigy alulműködésem van, és éjjel gyakran görcsöl a vádlim",
        D,
        "tegnap éjjel görcsölt a vádlim, egy perc után elmúlt",
    ),
    (
        "Sou diabético há 20 anos e sinto dormência nos pés e cãibras à noite",
        D,
        "Meu pai é diabético, eu só tive uma cãibra depois do futebol que passou logo",
    ),
    # Tetanus: a wound, then a jaw that is stiff or will not open, swallowing hard
    (
        "M-am înțepat într-un cui ruginit acum cinci zile, acum falca mi-e încleștată și "
        "abia pot înghiți",
        E,
        "Am avut o crampă la gambă azi-noapte, a trecut după un minut",
    ),
    (
        "Vor acht Tagen an einem rostigen Nagel verletzt, jetzt kann ich den Mund kaum noch öffnen",
        E,
        "Ich habe mich an einem rostigen Nagel verletzt, die Tetanusimpfung ist aktuell, "
        "keine Krämpfe, der Mund geht normal auf",
    ),
    (
        "Cortei a mão num prego enferrujado há 5 dias, não sei se a vacina do tétano está "
        "em dia, agora tenho espasmos no braço",
        U,
        "Tive uma cãibra na panturrilha ontem depois do futebol, passou em um minuto",
    ),
    (
        "kal jung lagi keel se pair kat gaya, ab jaw stiff hai aur muh nahi khul raha",
        E,
        "agar jung lagi keel lag jaaye toh kya tetanus hota hai? bas puch raha hoon, "
        "mujhe sirf raat ko ek chhota cramp tha, 1 min",
    ),
    # Limb ischaemia: a sudden cold, blue or purple painful foot, toes not felt
    (
        "Hirtelen nagyon fáj a lábfejem, hideg és kékes, nem érzem a lábujjaimat",
        E,
        "tegnap éjjel görcsölt a vádlim, egy perc után elmúlt",
    ),
    # DVT: one leg swollen, red and warm after an operation or a long drive; breathlessness
    # denied after it does not make it an emergency
    (
        "Won se ise abe fun mi, bayi ese otun mi wu, o pupa, o si gbona",
        U,
        "ese mi le leekan leyin ere boolu",
    ),
    (
        "Nach zehn Stunden Autofahrt ist meine rechte Wade geschwollen und warm. Atemnot "
        "habe ich keine.",
        U,
        "Nach der langen Autofahrt hatte ich einen Wadenkrampf, nach einer Minute war er weg",
    ),
    # Eclampsia: a whole-body fit late in pregnancy with headache and blurred sight
    (
        "Meine Tochter ist in der 34. Woche schwanger, hat starke Kopfschmerzen, sieht "
        "alles unscharf und krampft jetzt am ganzen Körper",
        E,
        "Meine Nachbarin hatte vor Jahren einen Krampfanfall, ich habe nur nachts einen "
        "Wadenkrampf, der nach einer Minute weg ist",
    ),
    (
        "Mijn vrouw is 36 weken zwanger, heeft erge hoofdpijn, ziet alles wazig en nu "
        "schokt haar hele lichaam",
        E,
        "Ik wandel graag lange stukken zonder pijn, gisteren één keer kramp in mijn kuit "
        "na het zwemmen, meteen weg",
    ),
    # Lead: old paint sanded off for weeks, then cramps
    (
        "Seit einem Monat schleife ich im Altbau alte Farbe von den Türen ab, vermutlich "
        "Bleifarbe, und habe jetzt Bauchkrämpfe und Muskelkrämpfe",
        U,
        "Ich streiche die Wand mit neuer Farbe, keine Beschwerden, nur ein Wadenkrampf nach "
        "dem Sport, gleich wieder weg",
    ),
    (
        "Ik schuur al twee weken oude verf van de kozijnen, waarschijnlijk loodverf, en nu "
        "heb ik spierkrampen",
        U,
        "Ik wandel graag lange stukken zonder pijn, gisteren één keer kramp in mijn kuit "
        "na het zwemmen, meteen weg",
    ),
    # Rhabdomyolysis: legs that will not carry or cannot get up, cola-dark urine
    (
        "Dopo una gara durissima di triathlon le gambe non mi reggono, ho dolori muscolari "
        "fortissimi e la pipì è scura come la coca cola",
        E,
        "Ho avuto un crampo al polpaccio dopo la corsa, è passato subito",
    ),
    (
        "Après un ultra-trail de 80 km je suis sans force, douleurs musculaires terribles, "
        "urines couleur coca",
        E,
        "Je marche des kilomètres sans aucune douleur, j'ai juste eu une crampe au mollet "
        "cette nuit, passée en une minute",
    ),
    (
        "Depois da maratona não consigo me levantar da cadeira e o xixi está escuro como "
        "coca-cola, dores musculares fortíssimas",
        E,
        "Tive uma cãibra na panturrilha ontem depois do futebol, passou em um minuto",
    ),
    # A cramp lasting a quarter of an hour or so many minutes that stretching does not ease
    (
        "Skurcz w łydce trzyma już kwadrans, rozciągam i nic nie pomaga",
        U,
        "Miałem skurcz w łydce po bieganiu, po minucie rozciągania przeszedł",
    ),
    (
        "May pulikat ako sa hita, mga 20 minuto na, hindi nawawala kahit inunat ko",
        U,
        "nagka-pulikat ako 15 minuto na ang nakalipas, nawala na",
    ),
    (
        "Crampe dans le mollet depuis vingt minutes, les étirements ne changent rien",
        U,
        "Je marche des kilomètres sans aucune douleur, j'ai juste eu une crampe au mollet "
        "cette nuit, passée en une minute",
    ),
    (
        "Der Krampf im Oberschenkel dauert schon eine Viertelstunde, Dehnen hilft nicht",
        U,
        "Nach der langen Autofahrt hatte ich einen Wadenkrampf, nach einer Minute war er weg",
    ),
    (
        "Ik heb al een kwartier kramp in mijn dij en rekken helpt niet",
        U,
        "ik had een kwartier geleden kramp in mijn kuit, nu weer weg",
    ),
    (
        "Estou com uma câimbra na coxa há 20 minutos e alongar não adianta",
        U,
        "Tive uma cãibra na panturrilha ontem depois do futebol, passou em um minuto",
    ),
    (
        "Tengo un calambre en la pantorrilla desde hace un cuarto de hora y estirar no sirve",
        U,
        "tuve un calambre hace un cuarto de hora y ya se me pasó",
    ),
    # Twitching under the skin and one thigh thinner than the other
    (
        "Da mesi i muscoli del braccio saltellano sotto la pelle e la coscia sinistra sembra "
        "più magra dell'altra",
        D,
        "Ho avuto un crampo al polpaccio dopo la corsa, è passato subito",
    ),
    # Cramps on several nights a week that break the sleep
    (
        "Haftada üç dört gece baldırıma kramp giriyor ve uykum bölünüyor",
        D,
        "Geçen hafta bir kez baldırıma kramp girdi, hemen geçti",
    ),
]


@pytest.mark.parametrize(("text", "level", "lookalike"), CLASSES)
def test_a_sign_is_read_at_its_level_and_its_lookalike_stays_below(
    text: str, level: str, lookalike: str
) -> None:
    read_beside(text, level, lookalike)


#: Maltese, new to the lists: the warning signs of triage.md at their level, and the
#: look-alikes kept below.
MALTESE: list[tuple[str, str]] = [
    ("Riġli tal-lemin minfuħa, ħamra u sħuna wara l-operazzjoni tal-ġenbejn", U),
    ("riglejja minfuhin, hamra u shuna wara l-operazzjoni", U),
    (
        "Weġġajt saqajja b'wajer imsaddad ġimgħa ilu, issa ma nistax niftaħ ħalqi u għandi spażmi",
        E,
    ),
    ("It-tifla għandha deni qawwi, għonqha iebes u uġigħ ta' ras qawwi", E),
    ("Kelli bugħawwieġ f'riġli lbieraħ filgħaxija, għadda wara minuta, issa tajjeb", S),
]

#: Latvian, new to the lists: the warning signs of triage.md at their level, and the
#: look-alikes kept below.
LATVIAN: list[tuple[str, str]] = [
    ("Meitai augsta temperatūra, stīvs kakls un stipras galvassāpes", E),
    ("Pēkšņi ļoti sāp pēda, tā ir auksta un zila, nejūtu pirkstus", E),
    ("Pēc operācijas kreisā kāja ir pietūkusi, sarkana un silta", U),
    ("Vakar vakarā krampji kājās pēc skriešanas, pēc minūtes pārgāja", S),
]


@pytest.mark.parametrize(
    ("text", "level", "name"),
    [(t, lv, "Maltese") for t, lv in MALTESE] + [(t, lv, "Latvian") for t, lv in LATVIAN],
)
def test_a_new_language_is_named_and_each_sign_read_at_its_level(
    text: str, level: str, name: str
) -> None:
    assert name in language_names(text), text
    read_at(text, level)
