"""Classes of wording found unread in round s37's development batches (other-language
messages, written blind from the triage reference): swallowed, the verb in its genders,
persons and aspects ('połknęło', 'połknęły', 'połknęli', 'łyknęła', 'mogła połknąć'), and
denied ('nie połknął'); a cut by its noun or by the verb in its persons ('skaleczenie',
'rozcięłam sobie', 'zaciąłem się'), 'nie pamiętam' (I don't remember) beside the tetanus
jab, and 'od rana' (since the morning) that is no wound (Polish); breathlessness by its
noun and its verb, sudden told 'brutal' or 'brusque' ('essoufflement brutal', 'je
m'essouffle'), and denied ('pas d'essoufflement') (French); the calf named 'vad' beside a
side or a possessive or a swelling, never the 'vad' that is what, swollen in its tenses
('har svullnat'), tender ('ömt'), breathlessness by its noun ('andfåddhet') (Swedish); a
cramp told 'تشنج' with its muscle, its pain or the leg it is in, while a fit told with lost
consciousness or the whole body shaking stays a fit, water tablets by their name ('حبوب
الماء'), heart disease told of the sick ('مريض بالقلب'), vomiting with its joined 'and'
(Arabic); dialysis in its compounds and verbs ('dialysepatiënt', 'thuisdialyse'), and a
neighbour's dialysis kept his (Dutch); a week's or a few days' medicine taken at once
('把两天的药一次吃了', '一次吃了一个星期的药'), a bottle's pills all taken, 'by accident'
that is no denial ('不小心'), dizziness and nausea ('头晕', '想吐') (Chinese).

The sentences are our own, each beside a look-alike that must stay lower (an ordinary
cramp, a sign denied, the word in an innocent sense).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Polish: swallowed, the verb in its genders, persons and aspects
        ("Dziecko połknęło tabletki babci na ciśnienie", "emergency"),
        ("Dzieci połknęły tabletki z apteczki, teraz są senne", "emergency"),
        ("Chłopcy połknęli tabletki ojca, mają skurcze", "emergency"),
        ("Córeczka łyknęła tabletki babci i jest bardzo senna", "emergency"),
        ("Córka mogła połknąć tabletki dziadka, ma skurcze w nogach", "emergency"),
        ("Połknąłem tabletkę magnezu na skurcz łydki i minął", "self_care"),
        ("Synek nie połknął tabletki, wypluł ją, w nocy miał skurcz łydki, minął", "self_care"),
        # Polish: a cut by its noun or its verb, a tetanus jab not remembered
        (
            "Rozcięłam sobie nogę w ogrodzie, teraz skurcze mięśni, nie pamiętam kiedy "
            "było szczepienie",
            "urgent",
        ),
        (
            "Mam skaleczenie na stopie od szkła, teraz skurcze mięśni w nodze, "
            "nie pamiętam szczepienia",
            "urgent",
        ),
        (
            "Skaleczenie na palcu, szczepienie na tężec mam aktualne, w nocy skurcz łydki, minął",
            "self_care",
        ),
        ("Od rana mam skurcz łydki, rozciągnąłem i minął", "self_care"),
        (
            "Nie pamiętam, kiedy ostatnio miałem skurcz łydki, dziś w nocy był krótki i minął",
            "self_care",
        ),
        # French: breathlessness by its noun, sudden told 'brusque' or 'brutal'
        (
            "Mollet droit gonflé et douloureux depuis le vol, et maintenant un "
            "essoufflement brusque",
            "emergency",
        ),
        ("Jambe gonflée depuis l'opération, essoufflement brutal ce soir", "emergency"),
        ("Mollet un peu gonflé après une longue marche, pas d'essoufflement", "urgent"),
        (
            "Crampe au mollet cette nuit, pas d'essoufflement, pas de gonflement, "
            "passée en étirant",
            "self_care",
        ),
        ("Une crampe brutale au mollet cette nuit, passée en étirant", "self_care"),
        # Swedish: the calf named 'vad', swollen in its tenses, tender, breathlessness
        ("Mitt högra vad har svullnat och är ömt efter flygresan", "urgent"),
        ("Mitt vad har svullnat efter operationen", "urgent"),
        ("Plötsligt andfåddhet och hans ena vad har svullnat", "emergency"),
        (
            "Vad har hänt? Jag fick kramp i vaden i natt och den gick över när jag stretchade",
            "self_care",
        ),
        (
            "Vad ska jag göra när jag får kramp i vaden på natten? Den går över när jag stretchar",
            "self_care",
        ),
        ("Jag har kramp i vaden ibland, ingen svullnad, ingen andfåddhet", "self_care"),
        # Arabic: a cramp told 'تشنج' with its pain or its leg; a fit stays a fit
        (
            "أبي مريض بالقلب ويأخذ حبوب الماء، وعنده استفراغ من يومين والآن تشنجات مؤلمة في رجليه",
            "urgent",
        ),
        ("عندي تشنجات مؤلمة في عضلة ساقي بالليل وتروح لحالها", "self_care"),
        ("عندي تشنج عضلي في رجلي بالليل وراح بعد ما مددتها", "self_care"),
        ("ابني جاته تشنجات وفقد الوعي", "emergency"),
        ("ابني عنده تشنجات في رجليه وجسمه كله يرتجف", "emergency"),
        # Arabic: water tablets by their name, heart disease told of the sick
        ("أمي مريضة بالقلب وتأخذ حبوب الماء، وعندها شد في رجليها بالليل", "doctor"),
        ("أمي تشرب الماء كثير وعندها شد في رجليها بالليل وبيروح لحاله", "self_care"),
        # Dutch: dialysis in its compounds and verbs, a neighbour's kept his
        ("Ik ben dialysepatiënt en krijg na de behandeling kramp in mijn kuiten", "doctor"),
        ("Mijn moeder doet thuisdialyse en heeft vaak kramp in haar benen", "doctor"),
        (
            "Mijn buurman is dialysepatiënt, ik heb zelf alleen af en toe kramp in mijn kuit "
            "die na rekken overgaat",
            "self_care",
        ),
        ("Ik heb 's nachts kramp in mijn kuit, na rekken gaat het over", "self_care"),
        # Chinese: a week's or a few days' medicine taken at once, a bottle's pills all taken
        ("我爸爸把两天的药一次吃了，现在头晕想吐，腿抽筋", "emergency"),
        ("奶奶不小心一次吃了一个星期的药，现在腿抽筋", "emergency"),
        ("孩子把药瓶里的药全吃了，现在腿抽筋", "emergency"),
        ("医生给我开了一周的药，我每天按时吃，晚上小腿抽筋，拉伸一下就好了", "self_care"),
        ("我不小心扭了一下脚，晚上小腿抽筋，拉伸一下就好了", "self_care"),
        ("跑步后有点头晕，小腿抽筋，拉伸一下就好了", "self_care"),
    ],
)
def test_glossary_rows_of_round_s37_langs(text: str, level: str) -> None:
    assert read_level(text) == level
