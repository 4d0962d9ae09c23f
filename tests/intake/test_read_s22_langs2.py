"""Classes of wording found unread in round s22's blind batches of other languages (the
second batch of five), one table row per class and language, each sign read at its level
beside a look-alike that stays lower.

The sentences are the team's own, each class told at its level beside a look-alike that
must stay lower (someone else's, denied, over, asked about, or milder): a wound on
something rusty then a mouth one cannot get open (Dutch); a cramp that began with a
programme or a match and outlasts it (Dutch, Spanish); a hard training session then pain
all over, weak limbs and cola-dark urine (Dutch); a fit told by the one who found him:
not responding, the whole body rigid and shaking, not knowing where he is after
(Spanish); an unknown number of tablets taken or many missing and a person very drowsy,
"dormido" of a limb being numb and of a child simply asleep (Spanish); a swollen calf then
breathlessness that came on and chest pain on breathing (Polish); a foot ice-cold and
bluish whose toes are not felt (Polish); a cramp lasting more than so many minutes that
stretching and rubbing do not ease (Polish, French); a high fever and a chin that will
not go down to the chest (Portuguese); a child who swallowed a laundry or dishwasher
product (French); an itch inside the legs at night eased by getting up and moving
(French); walking more than a distance before the calf hurts and stopping ends it
(French); tingling round the mouth and stiff hands after a thyroid operation (Italian).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_at, read_beside

E, U, D, S = "emergency", "urgent", "doctor", "self_care"


# (the sign at its level, a look-alike that must stay below that level)
CLASSES: list[tuple[str, str, str]] = [
    # A wound on something rusty, then a mouth one cannot get open (Dutch "krijgen")
    (
        "Twee weken geleden heb ik me aan een roestig stuk ijzer gesneden en nu krijg ik "
        "mijn kaken haast niet meer van elkaar",
        E,
        "Ik heb me vorige week gesneden aan een roestig hek, maar mijn kaak is normaal en "
        "slikken gaat goed",
    ),
    # A cramp that began with a programme or a match and outlasts it
    (
        "Mijn voetkramp begon toen de film begon en nu is de film afgelopen, rekken helpt niet",
        U,
        "Tijdens de film had ik even kramp in mijn kuit, na een minuut rekken was het weg",
    ),
    (
        "Me dio un calambre en el muslo desde que empezó la película y ya terminó la "
        "película, estiro y no se me quita",
        U,
        "Durante el partido tuve un calambre en la pantorrilla, estiré un minuto y se me quitó",
    ),
    # A hard training session, then pain all over, weak limbs and cola-dark urine
    (
        "Sinds een loodzware crossfitles heb ik over mijn hele lichaam spierpijn, mijn armen "
        "voelen heel slap en mijn plas is donker als cola",
        E,
        "Na een zware training had ik wat spierpijn in mijn benen, maar mijn plas is gewoon "
        "licht en ik voel me prima",
    ),
    # A fit told by the finder: not responding, the whole body rigid and shaking, lost after
    (
        "Encontramos a mi abuela tirada en la cocina, no nos respondía, tenía el cuerpo "
        "entero tieso y con sacudidas, y ahora no sabe dónde está",
        E,
        "A mi tío le dieron convulsiones hace años; yo solo tuve un calambre en la "
        "pantorrilla que se me pasó",
    ),
    # Tablets taken in an unknown number or many missing, and a person very drowsy; a limb
    # "dormida" is numb, not drowsy
    (
        "Mi madre se tomó no sé cuántas pastillas para dormir, faltan muchas de la caja y "
        "ahora está muy adormilada",
        E,
        "Se me quedó la pierna muy dormida al estar sentado y luego un calambre que se pasó "
        "en un minuto",
    ),
    (
        "Mi abuelo está muy dormido, no hay quien lo despierte, y faltan muchas pastillas del bote",
        E,
        "Tengo la pierna dormida y un calambre en el pie",
    ),
    # A swollen calf, then breathlessness that came on and chest pain on breathing
    (
        "Tata po operacji kolana ma opuchniętą łydkę, a od godziny dusi się i boli go w "
        "piersi przy wdechu",
        E,
        "Po bieganiu byłem zdyszany przez minutę, potem przeszło; skurcz w łydce też minął",
    ),
    # A foot ice-cold and bluish since the morning, its toes not felt
    (
        "Babcia ma stopę lodowatą i sinoniebieską od rana, strasznie ją boli i nie czuje "
        "palców u nóg",
        E,
        "Zimą mam zimne stopy, ale są różowe, czuję palce i nic nie boli",
    ),
    (
        "Moja ciocia ma lodowatą i sinawą nogę od rana i nie czuje palców",
        E,
        "Moja ciocia kiedyś miała lodowatą i sinawą nogę, ja mam tylko skurcze w nocy",
    ),
    # A cramp lasting more than so many minutes that stretching and rubbing do not ease
    (
        "Skurcz w udzie trzyma już ponad 15 minut, masuję i rozciągam, ale wcale nie odpuszcza",
        U,
        "Miałem skurcz w łydce ponad 20 minut temu, po rozciąganiu przeszedł",
    ),
    (
        "Ma crampe à la cuisse dure depuis plus d'une demi-heure, j'ai tout essayé, rien n'y fait",
        U,
        "J'ai eu une crampe il y a plus d'une heure, elle est passée en étirant",
    ),
    # A high fever and a chin that will not go down to the chest
    (
        "Minha filha está com febre muito alta e não consegue baixar o queixo até o peito",
        E,
        "Meu filho tem febre, mas encosta o queixo no peito sem problema e está brincando normal",
    ),
    # A child who swallowed a laundry or dishwasher product
    (
        "Mon fils de 3 ans a avalé une capsule de lessive, il a mal au ventre et il vomit",
        E,
        "J'ai fait la lessive hier soir et j'ai eu une crampe au mollet qui est passée en "
        "une minute",
    ),
    # An itch inside the legs at night, eased by getting up and moving (restless legs)
    (
        "Le soir, j'ai comme des démangeaisons à l'intérieur des jambes, il faut que je me "
        "lève pour marcher et ça se calme quand je bouge",
        D,
        "Une piqûre de moustique me démange sur la jambe, et j'ai eu une petite crampe hier",
    ),
    # Walking more than a distance before the calf hurts, stopping ends it (claudication)
    (
        "Lorsque je marche plus de 200 mètres, mon mollet me fait mal et la douleur part dès "
        "que je m'arrête",
        D,
        "Je marche plus de 5 kilomètres par jour sans douleur; une crampe cette nuit, partie "
        "en une minute",
    ),
    # Tingling round the mouth and stiff hands after a thyroid operation
    (
        "Da quando mi hanno tolto la tiroide sento formicolio intorno alla bocca e le mani si "
        "irrigidiscono",
        U,
        "Mia sorella ha fatto l'operazione alla tiroide; io ho solo avuto un crampo al "
        "polpaccio, passato subito",
    ),
]


@pytest.mark.parametrize(("text", "level", "lookalike"), CLASSES)
def test_a_sign_is_read_at_its_level_and_its_lookalike_stays_below(
    text: str, level: str, lookalike: str
) -> None:
    read_beside(text, level, lookalike)


def test_a_child_asleep_is_not_a_numb_limb() -> None:
    """Spanish "dormido" of a person without "muy" is asleep: neither numb nor drowsy."""
    text = (
        "Mi hijo está dormido ahora, tuvo un calambre en la pierna antes de acostarse y se le pasó"
    )
    read_at(text, S)
