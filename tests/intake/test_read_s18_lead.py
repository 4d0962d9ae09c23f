"""Classes of wording found unread in round s18's first wave (dev BV, BW, BX: the broad
mix, older people and carers telling a sign by what changed, and alarming words that are
not): a drug's amount told by comparison, a medication error, a stomach bug by another
name, sweat told with "out", a count of tablets that found none gone, a working day's
length, a source of lead since taken away, a test that came back clear, a medicine's
possible harms read about, and asking what a sign looks like.

The sentences are our own, each beside a look-alike that must stay lower.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import level_in_language, read_at, read_beside, stays_below


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "took way more mdma than I normally would, jaw is clenching and cramps everywhere",
            "did more speed work than usual at training and my calf cramped after",
        ),
        (
            "he did a lot more coke than usual last night and his heart is pounding, legs cramping",
            "had a lot more coffee than usual and got a calf cramp that went with a stretch",
        ),
    ],
)
def test_a_drug_taken_in_a_bigger_amount_than_usual_with_the_body_affected(
    text: str, lookalike: str
) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "the night carer gave dad someone else's tablets by the look of it, now he's "
            "drowsy and cramping",
            "gave dad his own tablets at the usual time, he has his normal night cramps",
        ),
        (
            "patient was given the wrong medication in error this morning and now has cramps "
            "and sickness",
            "patient had her medication review this morning, cramps at night as before",
        ),
    ],
)
def test_a_medication_error_is_a_suspected_poisoning(text: str, lookalike: str) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "nan has had a belly bug since Sunday and her calves keep seizing up",
            "nan had a belly bug years ago, now just the odd calf cramp that passes",
        ),
        (
            "sweated out buckets on the roof today, only had tea, both calves cramping and "
            "won't settle",
            "sweated a bit on a short walk, one calf cramp that went with a stretch",
        ),
    ],
)
def test_fluid_lost_told_in_other_words_is_urgent(text: str, lookalike: str) -> None:
    read_beside(text, "urgent", lookalike)


@pytest.mark.parametrize(
    "text",
    [
        "thought my little boy had got into my pills, but we counted them and none are "
        "missing, he's fine",
        "worried the baby got into nan's tablets but we checked and nothing is missing; "
        "my own cramps are rare",
    ],
)
def test_a_count_of_tablets_that_found_none_gone_settles_it(text: str) -> None:
    stays_below(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "I'm a nurse, on my feet 13 hours, and my calves cramp now and then after; a "
        "stretch sorts it",
        "our house had lead paint but it was all stripped out and replaced years ago; "
        "mum gets the odd cramp",
        "I worried about lead in the old flat but the tests came back normal; cramps most nights",
    ],
)
def test_a_working_day_a_source_taken_away_or_a_clear_test_is_not_urgent(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "my doctor wants me on a statin; I read online they can make your pee dark and "
        "wreck your muscles. Is that common?",
        "I cut my hand gardening, my jabs are up to date and I feel fine. What does "
        "lockjaw look like?",
    ],
)
def test_a_harm_read_about_or_a_sign_asked_about_is_no_emergency(text: str) -> None:
    stays_below(text, "emergency")


# Round s18's second and third waves (dev BY, BZ, CA, CB: the broad mix with many
# languages, the deciding detail a number or a time, young people and families).


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "calf cramp since ten to two and it's now half past, nothing is easing it",
            "calf cramp at ten to two, by five to two it had gone with a stretch",
        ),
        (
            "the cramp in my arch will not go away, its been 20 minutes and it's still locked",
            "a cramp in my arch that would not go away for a minute, gone now",
        ),
        (
            "betis saya kram lebih dari 20 menit, sudah dipijat tapi tidak reda",
            "betis saya kram sebentar, lalu hilang",
        ),
        (
            "calf circ L 42cm R 38cm, tender, day 3 post-op knee replacement",
            "calf cramps at night, both calves look the same, no swelling, no operation",
        ),
    ],
)
def test_a_long_cramp_or_a_clot_told_by_times_and_measures_is_urgent(
    text: str, lookalike: str
) -> None:
    read_beside(text, "urgent", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "after the ultra, cola urine and I can't stand, legs agony",
            "drank a cola after the ultra, urine normal, one calf cramp that went",
        ),
        (
            "dopo il trail urine color coca cola, dolori atroci alle gambe, non riesco a alzarmi",
            "dopo il trail un crampo al polpaccio, passato con lo stretching",
        ),
        (
            "grandad's foot is cold as ice since lunch and he says he can't feel it",
            "my feet were cold as ice from the sea swim, fine once I warmed up",
        ),
        (
            "baby 6 weeks, hot to the touch, keeps arching her head back stiff, not feeding",
            "baby arches her back when she has wind, no temperature, feeding well",
        ),
        (
            "stood on a rusty nail last week, today a clenched jaw, can barely talk",
            "stood on a rusty nail years ago; now just the odd calf cramp",
        ),
        (
            "gave my toddler two lots of calpol by mistake and she's very sleepy now",
            "gave my toddler her calpol for a temperature as the label says, she's fine",
        ),
        (
            "my 3 year old drank kerosene from the lamp and is coughing",
            "we keep the kerosene locked in the shed; I get the odd calf cramp",
        ),
    ],
)
def test_a_sign_told_in_notes_likeness_or_brand_names_is_an_emergency(
    text: str, lookalike: str
) -> None:
    read_beside(text, "emergency", lookalike)


def test_a_span_something_was_done_within_is_no_cramps_length() -> None:
    stays_below(
        "took two paracetamol within 2 hours for a calf cramp that went in a minute", "urgent"
    )


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "toddler, burning hot, and his neck is too stiff to bend",
            "it's burning hot outside today, toddler had a calf cramp that went",
        ),
        (
            "she's boiling hot and keeps arching her head back stiff",
            "she's boiling hot in the paddling pool, happy, one leg cramp earlier",
        ),
    ],
)
def test_a_child_felt_burning_hot_is_a_fever(text: str, lookalike: str) -> None:
    read_beside(text, "emergency", lookalike)


# Round s18's fourth wave (dev CC, the broad mix; dev CD, the urgent rules ten times each).


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "my foot went kold and blu sudenly and i carnt feel it",
            "my feet get kold in winter but warm up fine in bed",
        ),
        (
            "na een snee met een roestige spijker kan hij zijn mond amper open",
            "na een snee met een roestige spijker, tetanusprik vorig jaar, geen klachten",
        ),
        (
            "flew back from Perth, calf sore, a little short of breath and spat some blood",
            "flew back from Perth, calf cramp on the plane, breathing fine, no cough",
        ),
    ],
)
def test_a_sign_misspelt_by_sound_in_dutch_or_played_down_is_an_emergency(
    text: str, lookalike: str
) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "I solder old pipework all day at work and now I get cramps and aching muscles",
            "I did a bit of soldering on a circuit board once years ago; odd calf cramp",
        ),
        (
            "cramps since I started degreasing engine parts in the solvent bath at work",
            "I run a car wash, no solvents, and get the odd calf cramp after a long shift",
        ),
        (
            "mum's arms keep going into cramps whenever she lifts the kettle",
            "mum's calves go into cramps now and then at night and it passes",
        ),
        (
            "pt 44M recurrent cramps of abdominal wall and both upper limbs",
            "pt 44M occasional nocturnal calf cramps, resolve with stretching",
        ),
    ],
)
def test_an_exposure_or_cramps_of_the_arms_or_belly_told_in_other_words_is_urgent(
    text: str, lookalike: str
) -> None:
    read_beside(text, "urgent", lookalike)


@pytest.mark.parametrize(
    "text",
    [
        "pt 70F CKD3b, nocturnal cramps",
        "my kidneys are working at about 25 percent, cramps most nights",
    ],
)
def test_kidney_disease_told_by_its_stage_or_its_percentage_is_for_a_doctor(text: str) -> None:
    read_at(text, "doctor")


# Round s18's fifth wave (dev CF: every emergency rule told eight ways).


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "got a fever n a stiff nek, cramps everywhere",
            "no fever n no stiff nek, just a calf cramp",
        ),
        (
            "hace mucho calor y mi padre se desmayó con calambres",
            "hace mucho calor, tuve un calambre en la pierna, descansé y se fue",
        ),
        (
            "lol probably nothing but cramping in the sun at the festival and kinda fainted",
            "cramping in the sun at the festival, sat in the shade with water and it went",
        ),
        (
            "my mate downed a massive amount of rum and can barely keep his eyes open",
            "my mate had a couple of rums at the wedding and got a calf cramp dancing",
        ),
        (
            "?OD of his mum's tablets, 19M, twitching",
            "19M, twitching calf after training, no tablets taken",
        ),
        (
            "leg day wrecked me, can't lift my arms and my pee is brown, normal??",
            "leg day wrecked me, sore arms, pee is a normal colour, just stiff",
        ),
    ],
)
def test_an_emergency_told_in_text_speak_another_language_or_as_a_question(
    text: str, lookalike: str
) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        ("suonenveto pohkeessa yöllä, meni ohi venyttelemällä", "Finnish", "self_care"),
        ("mae gen i grampiau yn fy nghoesau bob nos", "Welsh", "doctor"),
    ],
)
def test_finnish_and_welsh_are_found_and_their_ordinary_cramps_read(
    text: str, name: str, level: str
) -> None:
    assert level_in_language(text, name) == level
