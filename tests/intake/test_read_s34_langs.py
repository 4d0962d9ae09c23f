"""Classes of wording found unread in round s34's batch GG (mixed-language and other-language
messages, written blind from the triage reference), and two of batch GE: a pregnancy told by
the belly that 'don reach' its months, a head that pains 'well well', eyes that see double, a
body that starts to shake, one who no longer hears (Nigerian Pidgin, found by those words);
sweat that has stopped and talk that makes no sense (Egyptian Arabic in Latin letters); a pop
in the calf as if kicked from behind and no standing on the toes, pills swallowed in anger, a
headache so bad she cries with light that troubles her, a reliever inhaler by its brand and
cramps that have increased (Hindi in Latin letters); a headache told very strong and a neck
told rigid or hard, blood coughed up, poison sprayed on plants with heavy sweat, drooling and
tiny pupils (Portuguese); a button battery swallowed, drooling and no swallowing (Spanish);
vodka by the half litre a day (Polish); an iron infusion, the thyroid taken out some days ago
with a tingling round the mouth, a pesticide breathed in and trembling (German); a field
sprayed and muscles contracting (Turkish, found by those words beside German); sweat that
stopped, skin hot and dry, seeming confused (Tagalog); consciousness lost and the whole body
shaking (Arabic script); a swelling and a redness denied (Thai); a man who drinks every day
(Russian); small movements under the skin and a leg that looks thinner (French); standing
still a moment and the pain draws off, months of it (Dutch); diabetes had (Persian); a muscle
grown thin and no strength to walk (Cantonese and Mandarin); a crawl of ants in the legs, an
urge to move them, gone on walking (Serbian and Croatian); a cramp in the foot at the pool
(Finnish, found by its words). From batches GF, GI and GJ: walking cramps gone a short while
after standing still, a leg gone ice-cold and pale told with the adjective's endings and a foot
no longer moved (German); a child who found someone's tablets, some missing, now floppy
(French); jerking through the whole body and no answer, the verb before its subject (Swedish);
iron tablets swallowed, told in the perfect (Spanish); walking pain told by a distance, a stop
that must be made and a rest told without its subject (Portuguese).

The sentences are our own, each beside a look-alike that must stay lower (an ordinary cramp,
one that passed, a sign denied, the word in an innocent sense).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import language_names, read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "My wife belle don reach 7 months, her head dey pain her die "
            "and her eye dey see two two",
            "emergency",
        ),
        (
            "My wife belle don reach 7 months, her body begin dey shake and she no fit hear us",
            "emergency",
        ),
        ("My wife belle don reach 7 months, she get leg cramp for night, e don comot", "self_care"),
        (
            "abouya kan fel shams, delwa2ty mesh bey3ra2 abadan w geldo so5n "
            "w biy2ool kalam mesh mafhoom",
            "emergency",
        ),
        (
            "3andi cramps fe reglo bel leil, kalam el doktor mesh mafhoom, ba3d el mayya ra7et",
            "self_care",
        ),
        (
            "Cricket khelte hue pindli mein pop sa laga, ab panjon pe khada nahi ho pa raha",
            "urgent",
        ),
        ("Kal raat pindli mein cramp aaya, stretch karke theek ho gaya", "self_care"),
        ("Meri behen ne gusse mein dher saari goliyan kha li", "emergency"),
        (
            "Papa ko gussa aata hai jab pindli mein cramp aata hai, phir theek ho jata hai",
            "self_care",
        ),
        (
            "Bete ko tez bukhar hai, sar mein itna dard hai, roshni se bhi takleef ho rahi hai",
            "emergency",
        ),
        (
            "Bete ko halka bukhar hai aur pindli mein cramp, light se koi problem nahi",
            "self_care",
        ),
        ("Asthalin inhaler roz le raha hoon, tab se cramps badh gaye hain", "doctor"),
        (
            "Minha filha está com febre alta, dor de cabeça muito forte e o pescoço duro",
            "emergency",
        ),
        (
            "Dormi de mau jeito, o pescoço está um pouco dolorido e tive uma cãibra na perna "
            "à noite, já passou",
            "self_care",
        ),
        ("Depois do voo a perna inchou e agora estou tossindo sangue", "emergency"),
        (
            "Meu tio aplicou agrotóxico na lavoura, agora está babando e com as pupilas "
            "muito pequenas",
            "emergency",
        ),
        (
            "Meu tio trabalha na lavoura e teve uma cãibra na perna no calor, passou com água",
            "self_care",
        ),
        ("Mi nieta se tragó una pila de reloj, babea y no puede tragar", "emergency"),
        (
            "Cambié la pila de botón del reloj y luego me dio un calambre en la mano "
            "que se pasó solo",
            "self_care",
        ),
        ("Mąż wypija pół litra wódki dziennie i ma skurcze w łydkach", "doctor"),
        ("Piję dużo wody, po bieganiu miałem skurcz w łydce, minął", "self_care"),
        ("Nach der Eiseninfusion vor zwei Wochen habe ich ständig Krämpfe in den Waden", "doctor"),
        ("Gestern Nacht hatte ich einen Wadenkrampf, nach dem Dehnen war er weg", "self_care"),
        (
            "Bei mir wurde die Schilddrüse letzte Woche entfernt, jetzt kribbelt es an den Lippen",
            "urgent",
        ),
        (
            "Nach dem Zahnarzt kribbelt es noch an den Lippen, die Betäubung lässt langsam nach",
            "doctor",
        ),
        (
            "Mein Vater hat Pestizid eingeatmet, jetzt zittert er und die Muskeln zucken",
            "emergency",
        ),
        (
            "Mein Vater zittert vor Kälte und hatte einen Wadenkrampf, der nach dem Dehnen weg war",
            "self_care",
        ),
        (
            "Si lolo ay nasa init buong araw, huminto ang pagpapawis niya, mainit at tuyo "
            "ang balat, nalilito",
            "emergency",
        ),
        (
            "Pinagpapawisan ako nang husto pagkatapos maglaro, nag-cramps ang binti ko, nawala rin",
            "self_care",
        ),
        ("أبي أغمي عليه وجسمه كله يرتجف", "emergency"),
        ("جسمي كان يرتجف من البرد وجاني شد في رجلي وراح", "self_care"),
        ("น่องบวมแดงและร้อนหลังผ่าตัด", "urgent"),
        ("เมื่อวานเป็นตะคริวที่น่อง ไม่บวม ไม่ร้อน ยืดแล้วหาย", "self_care"),
        ("Отец пьёт каждый день, ноги сводит постоянно", "doctor"),
        ("Отец пьёт каждый день магний, ночью свело ногу, прошло", "self_care"),
        (
            "Depuis des mois j'ai des petites secousses sous la peau de la cuisse et ma jambe "
            "gauche a l'air plus mince",
            "doctor",
        ),
        (
            "Mon fils est plus mince que son frère, il a eu une crampe au mollet, "
            "passée en étirant",
            "self_care",
        ),
        (
            "Na een paar honderd meter lopen krijg ik pijn in mijn kuit, als ik even stilsta "
            "gaat het weer over",
            "doctor",
        ),
        (
            "Het gaat al maanden zo: vannacht weer kramp in mijn kuit, na rekken ging het over",
            "self_care",
        ),
        ("پدرم دیابت داره و شب\u200cها پاش می\u200cگیره", "doctor"),
        ("من دیابت ندارم، دیشب ساق پام گرفت و خوب شد", "self_care"),
        ("我爸爸右腿的肌肉萎缩了，走路没力，经常抽筋", "doctor"),
        ("我昨晚小腿抽筋，走路没问题，拉伸一下就好了", "self_care"),
        ("Navečer osjećam kao da mi mravi mile po nogama, moram ih stalno pomicati", "doctor"),
        ("Sinoć me uhvatio grč u listu, prošao je kad sam ga istegnuo", "self_care"),
        # batches GF, GI and GJ
        (
            "Beim Spazierengehen kriege ich nach 200 Metern einen Krampf in der Wade, ich muss "
            "stehen bleiben, dann ist der Schmerz nach ein paar Minuten wieder weg",
            "doctor",
        ),
        ("Gestern Nacht hatte ich einen Wadenkrampf, nach kurzer Zeit war er weg", "self_care"),
        (
            "Opa hat seit einer Stunde ein bleiches, eiskaltes Bein und kann die Zehen "
            "nicht mehr bewegen",
            "emergency",
        ),
        (
            "Nach dem Schwimmen im eiskalten See hatte ich einen Krampf im Fuß, ich konnte ihn "
            "kurz nicht bewegen, nach dem Dehnen war er weg",
            "self_care",
        ),
        (
            "Oma hat ein blasses Gesicht und nachts Wadenkrämpfe, die nach dem Dehnen weggehen",
            "self_care",
        ),
        (
            "Ma fille de 3 ans a trouvé des cachets dans le sac de sa tante, il en manque "
            "quelques-uns, elle est toute molle",
            "emergency",
        ),
        (
            "J'ai trouvé des comprimés de magnésium à la pharmacie, depuis mes crampes au mollet "
            "vont mieux",
            "self_care",
        ),
        (
            "Farfar fick kramp i vaden, sedan ryckte hela kroppen "
            "och nu svarar han inte på tilltal",
            "emergency",
        ),
        ("Jag hade kramp i vaden och ryckningar i muskeln, det gick över", "doctor"),
        (
            "Jag fick kramp i vaden i natt och svarade inte när min fru ringde, det gick över "
            "efter stretching",
            "self_care",
        ),
        (
            "Mi sobrino de 4 años se ha comido unas 8 pastillas de sulfato ferroso, ahora le "
            "duele la tripa",
            "emergency",
        ),
        (
            "Tomo pastillas de hierro por la anemia y por la noche a veces tengo calambres en la "
            "pantorrilla que se pasan al estirar",
            "self_care",
        ),
        (
            "Se ha comido unas galletas y luego le dio un calambre en la pierna que se pasó solo",
            "self_care",
        ),
        (
            "A minha mãe tem 70 anos, quando caminha uns 200 metros fica com dor na perna, "
            "tem de parar, descansa um pouco e passa",
            "doctor",
        ),
        ("Quando ando 5 km tenho uma cãibra no fim da corrida, alongo e passa", "self_care"),
    ],
)
def test_glossary_rows_of_round_s34_langs(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # (narrowed after dev BG: an insecticide drunk is not one sprayed, nor is a cramp that
        # 'catches' me told without how often)
        ("babam yanlışlıkla böcek ilacı içti, şimdi kasları kasılıyor", "emergency"),
        (
            "Dedem tarlada ilaçlama yaparken fenalaştı, şimdi kasları kasılıyor ve titriyor",
            "urgent",
        ),
        ("Mój tata dużo pije, codziennie wódka, i często łapią go skurcze w łydkach", "doctor"),
    ],
)
def test_a_field_sprayed_is_not_a_poison_drunk(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My sister belle don reach 6 months and her leg dey pain am well well", "Nigerian Pidgin"),
        ("Jalkaterään tuli kramppi uimahallissa, venytin ja se meni ohi", "Finnish"),
        ("Opa hat Pflanzenschutzmittel eingeatmet, yani tarlada ilaçlama yaparken", "Turkish"),
    ],
)
def test_the_languages_are_found_by_their_new_markers(text: str, name: str) -> None:
    assert name in language_names(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # (dev GG142's class, by the lead: a workout told extreme, arms that can barely be
        # lifted, and cola-dark urine)
        (
            "Gestern ein extremes Training, heute kann ich kaum laufen, kann die Beine kaum "
            "heben und der Urin ist dunkelbraun",
            "emergency",
        ),
        ("Nach dem Training kann ich die Arme kaum heben, Urin ist normal", "self_care"),
    ],
)
def test_an_extreme_workout_and_limbs_barely_lifted(text: str, level: str) -> None:
    assert read_level(text) == level
