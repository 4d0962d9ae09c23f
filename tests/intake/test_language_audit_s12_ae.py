"""Round s12's second language audit (dev AE's miss classes): Japanese typed in Latin
letters (romaji, a language of its own with its own word list), Russian typed in Latin
letters (heat, nonsense talk, a snap in the calf, restless legs, cramps in the arms and
belly), pinyin (a child into the sleeping pills, drowsy, times a week, someone else's
diabetes), French (a calf that melts away, lips tingling and hands curling after the
thyroid, a 'pop'), Spanish (a fit told by the one who had it in pregnancy, cola pee after
a half marathon), Arabic in Latin letters (Egyptian heat-stroke words, a quarter of an
hour), Bengali (a new statin, cola-black urine), Somali (claudication; mouth tingling and
hands curling after thyroid surgery) and Romanian (a neighbour's fits). Each sign has a
look-alike one level below: denied, past, or someone else's. The sentences are the team's
own."""

from __future__ import annotations

import pytest

from crampcare.wording import language
from tests.intake.reading import parsed_level_from_text

E, U, D, S = "emergency", "urgent", "doctor", "self_care"

CASES: list[tuple[str, str, str]] = [
    # Japanese (romaji)
    ("Japanese", "otto ga zenshin keiren shite, yonde mo hannou ga nai", E),
    (
        "Japanese",
        "tomodachi ga kyonen keiren shita kedo, watashi wa tokidoki fukurahagi ga tsuru dake",
        S,
    ),
    ("Japanese", "sofu ga netchuushou mitai, ishiki ga hakkiri shinai, ase ga denai", E),
    (
        "Japanese",
        "netchuushou ni ki wo tsukete mizu wo nonde iru, kinou fukurahagi ga tsutta kedo "
        "sugu naotta",
        S,
    ),
    ("Japanese", "sabiteru kugi wo funde kara ago ga katamatte kuchi ga hirakanai", E),
    (
        "Japanese",
        "kugi de kitta kedo kuchi wa futsuu ni aku, hashoufuu no wakuchin wa kyonen shita, "
        "ashi ga tokidoki tsuru",
        S,
    ),
    ("Japanese", "sutachin o nomidashite kara ashi ga yoku tsuru", D),
    ("Japanese", "te ga shibirete jinjin suru, yoru ashi ga tsuru", D),
    ("Japanese", "maiban fukurahagi ga tsuru kedo sugu naoru", S),
    ("Japanese", "musuko ga geri to outo de, ima ashi ga tsutte iru", U),
    ("Japanese", "fukurahagi ga tsutta ato, mune ga itakute iki ga kurushii", E),
    ("Japanese", "fukurahagi ga tsuru kedo mune wa itakunai, iki mo daijoubu", S),
    ("Japanese", "hikouki no ato fukurahagi ga panpan ni harete akaku natte, sawaru to itai", U),
    ("Japanese", "fukurahagi ga tsutta kedo hare wa nai, sugu naotta", S),
    (
        "Japanese",
        "kinou marason wo hashitte, kyou oshikko ga kora iro de ashi ni chikara ga hairanai",
        E,
    ),
    (
        "Japanese",
        "marason no ato ashi ga tsutta kedo oshikko wa futsuu, aruite mo daijoubu",
        S,
    ),
    ("Japanese", "musuko ga 39do no netsu de kubi ga katai, ashi mo tsuru", E),
    ("Japanese", "musuko ga netsu wa nai kedo ashi ga tsuru", S),
    ("Japanese", "ashi ga tsutte 30pun ijou tsuzuite iru, nobashite mo naoranai", U),
    ("Japanese", "sofu no ashi ga tsumetaku aojiroku natte, ugokasenai", E),
    # Russian typed in Latin letters
    ("Russian or Ukrainian", "muzh v bane peregrelsya, bredit i kozha goryachaya i suhaya", E),
    (
        "Russian or Ukrainian",
        "igral v futbol, shchelchok v ikre, teper ne mogu vstat na noski",
        U,
    ),
    (
        "Russian or Ukrainian",
        "u menya vecherom nogi ne nahodyat mesta, murashki begayut, nado pohodit",
        D,
    ),
    (
        "Russian or Ukrainian",
        "papa posle begovoi trenirovki, myshtsy bolyat uzhasno, mocha cveta koly",
        # (round s15: severe muscle pain is read as such, and with dark urine after a run
        # it is muscle breakdown, triage.md's "emergency or urgent": the emergency)
        E,
    ),
    ("Russian or Ukrainian", "u syna sudorogi v zhivote i v rukah uzhe vtoroi den", U),
    # Chinese (pinyin)
    ("Chinese", "wo erzi wuchi le nainai de anmianyao, xianzai hunhun yu shui, jiao bu xing", E),
    ("Chinese", "wo nainai mei wan chi anmianyao, wo meiyou chi, wo zhishi tui chou jin", S),
    ("Chinese", "wo mei zhou you san si ci banye xiao tui chou jin, lashen ye meiyong", D),
    (
        "Chinese",
        "wo baba you tangniaobing, wo meiyou, wo zhishi ou'er tui chou jin, mashang jiu hao",
        S,
    ),
    # French
    (
        "French",
        "ma cuisse droite a fondu depuis l'hiver, elle est plus fine que l'autre, "
        "et j'ai des crampes",
        D,
    ),
    (
        "French",
        "j'ai des crampes dans le mollet mais mes deux jambes sont pareilles, rien n'a fondu",
        S,
    ),
    (
        "French",
        "depuis qu'on m'a retire la thyroide j'ai des fourmis autour des levres et mes "
        "doigts se recroquevillent",
        U,
    ),
    (
        "French",
        "j'ai entendu un pop dans le mollet en courant et je peux plus me mettre sur la "
        "pointe des pieds",
        U,
    ),
    # Spanish
    (
        "Spanish",
        "estoy de 32 semanas de embarazo, me puse rigida y me sacudi toda, y veo borroso",
        E,
    ),
    (
        "Spanish",
        "no me puse rigida ni me sacudi, solo tengo 20 semanas de embarazo y calambres en la noche",
        S,
    ),
    (
        "Spanish",
        "despues de la media maraton me duelen mucho los musculos y la orina me sale "
        "color te oscuro",
        E,
    ),
    (
        "Spanish",
        "despues de la media maraton me dolian las piernas un poco, el pis normal, ya estoy bien",
        S,
    ),
    # Arabic typed in Latin letters
    ("Arabic", "3ammi kan beyshta8al fel shams, mesh fahem howa feen, gildo so5n w nashef", E),
    ("Arabic", "ana mesh fahem leh el shad bi ejre kol leila, by5ef lama ba ma66", S),
    ("Arabic", "el shad fi ejre sarlo rob3 sa3a w ma fi fayde mn el ma66", U),
    # Bengali typed in Latin letters
    (
        "Bengali",
        "baba notun statin shuru korse, ekhon shara gaye khub betha, prosrab kalo cola er moto",
        E,
    ),
    # Somali
    ("Somali", "marka aan socdo kubka ayaa i xanuuna, marka aan istaago wuu iga tagaa", D),
    ("Somali", "marka aan socdo ma xanuuno, habeenkii ayuu kubka i qabtaa", S),
    (
        "Somali",
        "qalliinka thyroid kadib afka hareerihiisa waa i jiirjiiraya, farahana way isku laabmayaan",
        U,
    ),
    # Romanian
    (
        "Romanian",
        "prietena mea a avut convulsii anul trecut, eu am doar crampe mici in gamba noaptea",
        S,
    ),
]


@pytest.mark.parametrize(("lang", "text", "level"), CASES)
def test_sign_and_its_look_alike(lang: str, text: str, level: str) -> None:
    assert lang in [f.language.name for f in language.find(text)]
    assert parsed_level_from_text(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "I went to the gym and my calf cramped, so I stretched it and it was ok",
        "no tingling, no numbness, the cramp in my foot is gone now",
        "my mother has diabetes but I do not, I only get a cramp now and then",
    ],
)
def test_english_gains_no_language(text: str) -> None:
    assert language.find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "mujhe raat ko cramp hota hai, pair mein dard nai jata, kya karna ho ga",
        "saya ga bisa tidur, kaki kram terus tiap malam",
    ],
)
def test_ga_and_nai_of_other_languages_are_not_japanese(text: str) -> None:
    assert "Japanese" not in [f.language.name for f in language.find(text)]
