"""Classes of wording read since the dev_g batch, one test per behaviour (issue 10).

The sentences are my own, not the blind vignettes': each pins a general reading
(whose a number is, a trigger that looks at what follows it, a pause that is not a
full stop, a length told in things people watch, lay words for fluid loss...).
"""

from __future__ import annotations

import pytest

from crampcare.intake import context, people
from crampcare.intake.negation import sentences
from crampcare.intake.parse import parse_text
from crampcare.quantities import clock
from crampcare.vocabulary import LEVEL_ORDER
from tests.intake.reading import parsed_level


# ------------------------------------------------------------------ whose it is
def test_a_length_told_of_someone_else_is_not_the_writers_cramp() -> None:
    text = (
        "My sister told me her spasm went on for 25 minutes once. "
        "Mine today lasted a few seconds and eased when I stood up."
    )
    assert (parse_text(text).duration_minutes or 0) < 1
    assert parsed_level(text) == "self_care"


def test_the_patients_own_length_still_counts_when_a_relative_is_described() -> None:
    text = "My wife's calf has been locked in a cramp for 35 minutes and stretching does nothing."
    assert parse_text(text).duration_minutes == 35
    assert parsed_level(text) == "urgent"


def test_an_if_or_what_i_do_near_a_length_never_hides_it() -> None:
    text = "Thigh cramp for 25 minutes now, it won't give no matter what I do"
    assert parse_text(text).duration_minutes == 25
    assert parsed_level(text) == "urgent"
    sentence = "cramp, no matter what I do"
    assert not context.read(sentence, 0, len("cramp")).hypothetical


def test_a_report_keeps_the_reported_persons_words_theirs() -> None:
    sentence = "My colleague said her leg was cramping for an hour."
    at = sentence.index("an hour")
    assert context.read(sentence, at, at + len("an hour")).other


def test_mine_after_another_persons_cramp_makes_the_writer_the_patient() -> None:
    assert people.writer_is_patient(
        "Our neighbour says his cramps last ages. Mine was over in a minute."
    )


def test_a_cramp_taken_up_by_he_or_she_after_i_is_theirs() -> None:
    text = "I only saw it later, and now she keeps getting cramps in her calves."
    assert not people.writer_is_patient(text)


def test_a_childs_exposure_stays_the_childs_when_the_parent_says_i() -> None:
    text = (
        "My daughter snapped a mercury thermometer and handled the beads before I saw, "
        "now she has cramps in her legs"
    )
    assert "toxin_exposure" in parse_text(text).events
    assert parsed_level(text) == "urgent"


# ------------------------------------------------------------------ not happening
@pytest.mark.parametrize(
    "text",
    [
        "If somebody has a seizure, could it start as a cramp? Just curious, all fine here.",
        "Researching about statins and cramp for my essay. I'm not on anything, calf cramp once.",
    ],
)
def test_general_questions_and_reading_about_a_topic_fire_nothing(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_past_illness_told_before_its_words_is_over() -> None:
    text = "Last summer I had gastroenteritis with awful cramps. Tonight one short calf cramp."
    assert parsed_level(text) == "self_care"


def test_nearly_before_an_amount_is_an_approximation_not_a_near_miss() -> None:
    sentence = "the cramp has gone on for almost 20 minutes"
    at = sentence.index("20 minutes")
    assert not context.read(sentence, at, at + len("20 minutes")).hypothetical
    sentence = "I almost fainted"
    at = sentence.index("fainted")
    assert context.read(sentence, at, at + len("fainted")).hypothetical


# ------------------------------------------------------------------ how long
@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("Calf cramp for three whole songs now and it will not let go", 9),
        ("my thigh has been knotted through two episodes of the show", 40),
        ("foot cramp for 1 film, honestly", 80),
    ],
)
def test_a_length_told_in_things_people_watch_or_hear_is_minutes(text: str, least: int) -> None:
    assert max(m for m, _ in clock.durations(text)) >= least


def test_a_cramp_started_at_a_broadcast_and_still_going_when_it_ended_is_long() -> None:
    text = "the cramp began as the forecast started and it is still going now the quiz is over"
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "Hamstring cramp, stretching did sod all, it's still rock hard",
        "Foot cramp won't go. Tried stretching, a walk and a warm bath. Nothing.",
        "my calf's been tight fae quarter past nine, rubbed it, no use, it's no budgin",
    ],
)
def test_a_cramp_that_stretching_fails_to_shift_in_lay_words_raises(text: str) -> None:
    assert parsed_level(text) == "urgent"


# ------------------------------------------------------------------ lay words
@pytest.mark.parametrize(
    "text",
    [
        "Since Sunday a sick bug, he can't keep fluids down and now his legs cramp",
        "norovirus at home, cramps in both calves tonight",
    ],
)
def test_fluid_loss_in_lay_words_is_fluid_loss(text: str) -> None:
    assert "fluid_loss" in parse_text(text).events


@pytest.mark.parametrize(
    "text",
    [
        "a cramping, gripping pain across the top of my belly",
        "cramping tight sensation in the middle of the chest",
    ],
)
def test_a_cramping_feeling_a_few_words_from_chest_or_belly_is_there(text: str) -> None:
    assert "chest_belly" in parse_text(text).locations
    assert LEVEL_ORDER[parsed_level(text)] >= LEVEL_ORDER["urgent"]


def test_a_cramp_elsewhere_then_a_chest_word_is_not_a_chest_cramp() -> None:
    assert "chest_belly" not in parse_text("cramp in my calf and a cold in my chest").locations


@pytest.mark.parametrize(
    "text",
    [
        "my pee this afternoon is about the colour of flat coke, legs weak and aching",
        "wee looks like coca cola and my arms are agony after the gym",
    ],
)
def test_cola_in_any_form_is_dark_urine(text: str) -> None:
    assert parse_text(text).symptoms.dark_urine


def test_a_body_part_without_its_determiner_is_still_read() -> None:
    assert parse_text("leg very painful, cannot move toes").symptoms.limb_numb_cannot_move
    assert parse_text("fever and he can not bend the neck").symptoms.stiff_neck
    assert parse_text("a strong headache and a fever").symptoms.severe_headache


# ------------------------------------------------------------------ tetanus status
@pytest.mark.parametrize(
    "text",
    [
        "booster... no clue when, a long time back?",
        "we didn't get her jabs done as a baby",
        "I havent had a tetanus shot",
    ],
)
def test_not_knowing_or_not_having_the_vaccine_is_not_up_to_date(text: str) -> None:
    assert parse_text(text).tetanus_up_to_date is False


def test_an_ellipsis_before_more_words_is_a_pause_not_a_full_stop() -> None:
    parts = [s for _, s in sentences("the jab... not sure. Anyway... Fine now.")]
    assert parts == ["the jab... not sure.", " Anyway...", " Fine now."]


# ------------------------------------------------------------------ round s7
@pytest.mark.parametrize(
    "text",
    [
        "my brother is not really responding when we shake him",
        "Grandad isn't fully waking up, he just groans",
        "she's not properly answering us since the cramp",
    ],
)
def test_a_hedge_inside_a_denial_that_is_the_danger_keeps_the_danger(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_hedge_before_a_danger_word_stays_a_hedge() -> None:
    assert not parse_text(
        "the calf is not really swollen, just sore"
    ).symptoms.calf_swelling_one_side


@pytest.mark.parametrize(
    "text",
    [
        "On the way to the bus stop my calves lock up after a bit of walking, then ease off "
        "once I've stood still for a minute",
        "Mum has to pause on every walk: her calf seizes up going up a slope and she's to sit "
        "on the wall until it passes",
    ],
)
def test_walking_pain_that_a_stop_relieves_is_claudication_however_it_is_told(text: str) -> None:
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "my aunt took a whole packet of her blood thinners by mistake",
        "he swallowed a whole strip of muscle relaxants after the row",
    ],
)
def test_a_medicine_named_by_its_kind_with_an_overdose_amount_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "his foot is icy and a purple colour since this morning",
        "my grandad's foot is cold and blue and he is crying with the pain",
    ],
)
def test_two_signs_of_a_limb_without_blood_together_are_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_cold_from_outside_that_warming_undoes_is_not_a_limb_without_blood() -> None:
    assert (
        parsed_level("my hand went white and cold in the snow, fine after warming up")
        == "self_care"
    )


def test_self_care_tried_for_months_first_and_failing_is_not_improving() -> None:
    text = "Years of magnesium haven't stopped the night cramps"
    assert parse_text(text).symptoms.not_improving
