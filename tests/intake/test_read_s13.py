"""Classes of wording found unread in round s13's blind batches, one test per behaviour.

The sentences are our own, several per class, each beside a look-alike a level below:
a sign said later to have gone, possessives without an apostrophe, colours in -y, counts
of mornings, a distance walked then eased by a stop, self-care kept up for weeks, a writer
set apart by "I'm not", the chin-to-chest test, a fever's number in words, a week's units,
drinking with no drink named, a partner or child named bare, a cramp "still going after",
overdose words on a label, a word asked about, a feared condition, a decade of life told as
then, the word channel meeting a sign told as over, Arabic known by its digit-letters, and
Polish in its case endings.
"""

from __future__ import annotations

import pytest

from crampcare.assessment import assess
from crampcare.intake import read_text
from crampcare.intake.parse import parse_text
from crampcare.wording import language
from tests.intake.reading import parsed_level


def _read_level(text: str) -> tuple[str, bool]:
    """The level as every face reads free text (rules and word channel), and whether it asks."""
    intake = read_text(text)
    return assess(intake).level, any(c.question for c in intake.concerns)


@pytest.mark.parametrize(
    "text",
    [
        "my calf swelled up after the flight but the swelling has gone down completely",
        "left calf was puffy last week, doppler came back clear and the swelling's gone",
        "his foot went white and cold in the sea but warmed up fine once he was dry",
        "her toes went pale in the snow, the colour came back within a few minutes",
    ],
)
def test_a_sign_said_later_to_have_gone_is_over(text: str) -> None:
    assert parsed_level(text) in ("self_care", "doctor")


@pytest.mark.parametrize(
    "text",
    [
        "my calf swelled up after the flight and the swelling hasn't gone down",
        "calf swollen since the op, the swelling has gone down a bit but not much",
        "my calf swelled and is red, the swelling went down but it's still red and hot",
    ],
)
def test_a_sign_not_gone_or_only_partly_gone_still_counts(text: str) -> None:
    assert parsed_level(text) in ("urgent", "emergency")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("my dads leg is cold and white", "parent"),
        ("my sons knee hurts after football", "child"),
        ("dads foot is blue and he cant feel it", "parent"),
    ],
)
def test_a_possessive_without_its_apostrophe_names_the_person(text: str, who: str) -> None:
    assert parse_text(text).who == who


@pytest.mark.parametrize(
    "text",
    [
        "my foot has gone a bluey colour and it's freezing",
        "her toes have gone purpley and cold",
        "his leg went a greyey white",
    ],
)
def test_a_colour_said_with_y_is_still_that_colour(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_bruise_that_is_bluey_is_no_limb_colour() -> None:
    assert (
        parsed_level("I've a bluey bruise on my shin from the cramp kicking the bed") != "emergency"
    )


@pytest.mark.parametrize(
    "text",
    [
        "gets foot cramps where the toes curl, most mornings",
        "I wake with a calf cramp every morning",
        "cramps in my thighs each morning this month",
    ],
)
def test_mornings_counted_with_the_cramps_named_are_frequent(text: str) -> None:
    assert (parse_text(text).frequency_per_week or 0) >= 3
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "I walk the dog each morning. Last night I had one short calf cramp.",
        "I swim most mornings and rarely get cramp",
    ],
)
def test_mornings_of_something_else_are_not_the_cramps(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my calf aches after about 300 yards and when I stop for a minute it goes",
        "thigh starts to burn after 200m walking, I have to stop and then it eases",
        "buttock pain when walking, gone after a rest, comes back",
    ],
)
def test_a_distance_walked_then_eased_by_a_stop_is_claudication(text: str) -> None:
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


def test_a_cramp_on_a_long_walk_that_passed_is_not_claudication() -> None:
    text = "got a cramp after about 10 km of the hike, stretched it and it went"
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is not True


@pytest.mark.parametrize(
    "text",
    [
        "been doing stretches, magnesium and water for 6 weeks and cramps are still really bad",
        "tonic water every night for two months, still just as frequent",
        "cramps still just as bad after a month of stretching",
    ],
)
def test_self_care_kept_up_for_weeks_and_still_bad_is_not_improving(text: str) -> None:
    assert parse_text(text).symptoms.not_improving is True


def test_water_for_weeks_and_a_short_cramp_still_there_is_not_a_failure() -> None:
    text = "drinking more water for 2 weeks and the cramp last night was still there for a minute"
    assert parse_text(text).symptoms.not_improving is not True


@pytest.mark.parametrize(
    "text",
    [
        "my friend is on statins and gets cramps, I'm not on anything, just got one at yoga",
        "my brother is on water tablets and has awful cramps, I'm not. one calf cramp after a run",
    ],
)
def test_the_writer_set_apart_by_im_not_has_their_own_cramp(text: str) -> None:
    intake = parse_text(text)
    assert intake.who == "self"
    assert not intake.medicines


@pytest.mark.parametrize(
    "text",
    [
        "fever and aching muscles, can't touch chin to chest",
        "my son has a high temperature and can't get his chin down onto his chest",
        "temperature of thirty nine and my neck won't bend, can't bring my head to my chest",
    ],
)
def test_the_chin_to_chest_test_with_a_fever_is_meningitis(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_chin_to_chest_in_a_stretch_is_no_stiff_neck() -> None:
    assert parse_text("I touch my chin to my chest to stretch my back").symptoms.stiff_neck is None


@pytest.mark.parametrize(
    "text",
    [
        "temperature of thirty nine and a stiff neck",
        "her temp hit thirty-eight point five",
        "his temperature is about forty",
    ],
)
def test_a_fever_said_in_words_is_a_fever(text: str) -> None:
    assert parse_text(text).symptoms.fever is True


def test_a_temperature_in_words_below_a_fever_is_none() -> None:
    assert parse_text("temperature of thirty six point eight, cramp in calf").symptoms.fever is None


@pytest.mark.parametrize(
    "text",
    [
        "probably the beer, like 40 units a week, and cramping",
        "I drink about 30 pints a week",
        "husband drinks a lot, cramps all night",
        "she drinks like a fish and gets leg cramps",
    ],
)
def test_a_weeks_drinking_above_the_guide_or_drinking_unnamed_is_heavy(text: str) -> None:
    assert parse_text(text).heavy_alcohol is True


@pytest.mark.parametrize(
    "text",
    [
        "I drink about 10 units a week",
        "I drink a lot, about 3 litres of water a day, and still get cramps",
        "she drinks too much coffee and gets cramps",
    ],
)
def test_a_week_under_the_guide_or_water_is_not_heavy_drinking(text: str) -> None:
    assert parse_text(text).heavy_alcohol is not True


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("husband has cramps every night", "partner"),
        ("Wife's calf is swollen and hot", "partner"),
        ("Son woke up screaming with a cramp", "child"),
    ],
)
def test_a_partner_or_child_named_bare_as_the_subject_is_who_it_is_about(
    text: str, who: str
) -> None:
    assert parse_text(text).who == who


@pytest.mark.parametrize(
    "text",
    [
        "Charley horse going on 15 min, won't let up",
        "foot cramp still going after fifteen mins even though I pull my toes back",
        "hamstring has been going for 20 minutes now",
    ],
)
def test_a_cramp_still_going_after_its_minutes_is_long(text: str) -> None:
    assert (parse_text(text).duration_minutes or 0) >= 15
    assert parsed_level(text) == "urgent"


def test_a_walk_still_going_after_minutes_is_no_cramp_length() -> None:
    assert parse_text("went for a walk and kept going for 20 minutes").duration_minutes is None


@pytest.mark.parametrize(
    "text",
    [
        "my magnesium bottle has an overdose warning on it, I take the normal dose",
        "the leaflet has a section in case of overdose, should I worry? I take one a day",
        "there's a poisons helpline number on the box of my quinine",
    ],
)
def test_overdose_words_on_a_label_are_no_overdose(text: str) -> None:
    assert parsed_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I think she took an overdose of her pills",
        "he overdosed on paracetamol",
    ],
)
def test_an_overdose_told_is_still_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "what does lockjaw actually mean? my cramp was in my calf",
        "what does claudication mean? I only get cramps at night",
        "is it possible to overdose on magnesium? I take one a day",
        "can you overdose on tonic water?",
    ],
)
def test_a_word_or_a_possibility_asked_about_is_no_finding(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my leg is blue, what does that mean?",
        "my leg is blue what does that mean?",
        "she took a whole box of tablets, is it possible to pump her stomach?",
    ],
)
def test_a_sign_told_before_a_question_still_counts(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_feared_condition_is_unsure_and_asked() -> None:
    intake = parse_text("I worry I'm diabetic but my blood test was normal. Just the odd cramp.")
    assert "diabetes" not in intake.conditions


def test_a_condition_told_for_sure_still_counts() -> None:
    assert "diabetes" in parse_text("I'm diabetic and get cramps most nights").conditions


@pytest.mark.parametrize(
    "text",
    [
        "in my 20s I heard a pop in my calf playing rugby, all healed; now just normal cramps",
        "back in my thirties I tore my calf, it healed fine",
    ],
)
def test_a_decade_of_life_told_as_then_is_over(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "in my 60s, calf swollen and hot on one side",
        "dad is in his 80s with a cold white foot",
    ],
)
def test_a_decade_of_life_said_as_an_age_now_changes_nothing(text: str) -> None:
    assert parsed_level(text) in ("urgent", "emergency")


def test_the_word_channel_asks_but_does_not_raise_past_a_sign_told_as_over() -> None:
    level, asked = _read_level(
        "calf was swollen 2 weeks ago but the scan was clear, it's gone down, "
        "now just cramps 3 nights a week"
    )
    assert level == "doctor"


def test_the_word_channel_still_raises_a_sign_told_now() -> None:
    level, _ = _read_level("calf swollen 2 weeks after the flight and still swollen and hot")
    assert level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "ana 3ndi cramp fe batni w zera3i since the morning",
        "rijli fiha tashannoj w ma3 waja3 ktir",
    ],
)
def test_arabic_in_latin_letters_is_known_by_its_digit_letters(text: str) -> None:
    assert any(f.language.name == "Arabic" for f in language.find(text))


@pytest.mark.parametrize(
    "text",
    [
        "woke at 3am with a cramp, took 5mg of something, see you 2day, gr8",
        "cramp at 3am and again at 5am, 3rd night running",
    ],
)
def test_english_text_speak_and_amounts_are_no_arabic(text: str) -> None:
    assert not any(f.language.name == "Arabic" for f in language.find(text))


def test_cramps_in_the_belly_and_arm_in_arabic_are_urgent() -> None:
    assert _read_level("ana 3ndi cramp fe batni w zera3i since the morning")[0] == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "Mój tata ma nagle zimną, bladą nogę i nie może ruszać stopą",
        "moja mama ma zimną i bladą stopę, bardzo boli",
    ],
)
def test_polish_signs_in_their_case_endings_are_read(text: str) -> None:
    assert _read_level(text)[0] == "emergency"
