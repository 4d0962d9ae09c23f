"""Classes of wording read in the retired 2026-12-06 sealed set's misses (issue 10).

The sentences are my own, not the vignettes': each pins a reading that holds for a
class (the glass test for a rash, fever told by its feel or in another language,
head pain as a headache, losing consciousness in any tense, the weather said to be hot,
hot and dry skin told apart, a mouth that "is not open", a wound named by what made it,
a pain scored out of ten, a start told by a broadcast), and each has look-alikes that
must not fire: denied, wished, past, or somebody else's.
"""

from __future__ import annotations

import pytest

from crampcare.intake.parse import parse_text
from tests.intake.reading import parsed_level


# ------------------------------------------------------------------ rash and fever
@pytest.mark.parametrize(
    "text",
    [
        "my boy has tiny red dots on his legs and they don't go away when we roll a tumbler"
        " over them",
        "there are blotches on her arm that are still there when I push on them",
        "my son has spots on his chest, I did the glass thing and the spots are still showing",
    ],
)
def test_spots_that_stay_under_a_glass_are_an_emergency_on_their_own(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "she has a few spots but they go pale when I press a glass on them",
        "heat rash on my neck that fades when pressed, and a calf cramp last night",
        "what should I do if a rash ever doesn't fade under a glass?",
        "years ago I had a rash that didn't fade with a glass; tonight just a calf cramp",
    ],
)
def test_a_rash_that_fades_or_is_wished_or_past_is_not_that_emergency(text: str) -> None:
    assert parsed_level(text) != "emergency"


def test_the_glass_test_is_not_a_wound() -> None:
    concerns = parse_text("I pressed a glass on the spots and they faded").concerns
    assert "wound" not in {c.topic for c in concerns}


@pytest.mark.parametrize(
    "text",
    [
        "my daughter is burning hot to the touch, her neck is stiff and she has leg cramps",
        "flu-like illness since yesterday, now a stiff neck and cramps in both legs",
        "mi hijo tiene fiebre and a stiff neck, his legs cramp",
    ],
)
def test_fever_told_by_its_feel_or_in_another_language_is_fever(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my calf is swollen and hot to the touch since the flight",
        "my son's calf is hot to touch and puffy after his plaster came off",
    ],
)
def test_a_calf_hot_to_touch_stays_a_calf_sign(text: str) -> None:
    intake = parse_text(text)
    assert intake.symptoms.calf_red_warm is True
    assert not intake.symptoms.fever


def test_no_flu_like_symptoms_is_no_fever() -> None:
    assert parse_text("no flu-like symptoms, just a calf cramp at night").symptoms.fever is False


@pytest.mark.parametrize(
    "text",
    [
        "high fever, really bad head pain and cramps in my legs",
        "temperature of 39, very strong head pain, calf cramps",
    ],
)
def test_head_pain_with_an_intensifier_is_a_severe_headache(text: str) -> None:
    assert parse_text(text).symptoms.severe_headache is True
    assert parsed_level(text) == "emergency"


def test_a_neck_that_hurt_when_moved_in_non_native_grammar_is_a_stiff_neck() -> None:
    assert parse_text("he say his neck hurt when he move it").symptoms.stiff_neck is True


# ------------------------------------------------------------------ heat
@pytest.mark.parametrize(
    "text",
    [
        "working on the roof, today so hot, cramps then I lose conscious for a minute",
        "the weather was very hot and he was losing consciousness after the cramps",
    ],
)
def test_losing_consciousness_in_the_heat_is_heat_strokes_emergency(text: str) -> None:
    intake = parse_text(text)
    assert intake.symptoms.fainting is True
    assert "heat" in intake.contexts
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I never lost consciousness, just a calf cramp while gardening",
        "what happens if I lose consciousness from a cramp?",
    ],
)
def test_losing_consciousness_denied_or_wished_does_not_fire(text: str) -> None:
    assert not parse_text(text).symptoms.unresponsive


def test_a_hot_calf_is_not_hot_weather() -> None:
    assert "heat" not in parse_text("my calf is very hot and red today").contexts


@pytest.mark.parametrize(
    "text",
    [
        "out on the bike in the sun, he's burning, skin completely dry, cramps in both legs",
        "marathon in the heat; her skin dry and boiling, calves cramping",
    ],
)
def test_hot_and_dry_told_apart_is_hot_dry_skin(text: str) -> None:
    assert parse_text(text).symptoms.hot_dry_skin is True
    assert parsed_level(text) == "emergency"


def test_dry_skin_on_its_own_is_not_heat_stroke() -> None:
    assert not parse_text("my skin is dry in winter and I get calf cramps").symptoms.hot_dry_skin


def test_mumbling_in_the_heat_asks_how_the_person_responds() -> None:
    concerns = parse_text("Long walk in the sun. He is mumbling now, calf cramps.").concerns
    assert "responsiveness" in {c.topic for c in concerns}


# ------------------------------------------------------------------ wounds and tetanus
@pytest.mark.parametrize(
    "text",
    [
        "a week after a scrape off a rusty gate my leg keeps going into spasm",
        "got a nasty cut from some old tin in the shed, now my calf spasms",
    ],
)
def test_a_wound_named_by_what_made_it_is_a_wound(text: str) -> None:
    assert "wound" in parse_text(text).events
    assert parsed_level(text) == "urgent"


def test_a_fence_named_without_a_wound_is_not_a_wound() -> None:
    assert "wound" not in parse_text("I leaned on the fence post and my calf cramped").events


@pytest.mark.parametrize(
    "text",
    [
        "stood on a nail 6 days ago, now the jaw is not open properly and I spasm",
        "cut on barbed wire last week, my mouth does not open wide and swallow is hard",
    ],
)
def test_a_mouth_that_is_not_open_after_a_wound_is_lockjaw(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_mouth_told_to_open_wide_at_the_dentist_is_not_lockjaw() -> None:
    assert not parse_text("the dentist said open wide and my calf cramped").symptoms.lockjaw


# ------------------------------------------------------------------ muscle breakdown
@pytest.mark.parametrize(
    "text",
    [
        "after the boot camp my thighs are weak, pain is 8/10 and the pee's gone brown",
        "crushed under a car for an hour; pain 10 out of 10 and urine's dark",
    ],
)
def test_dark_urine_with_a_contraction_and_a_pain_score_is_muscle_breakdown(text: str) -> None:
    assert parse_text(text).symptoms.dark_urine is True
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text", ["pain is 3/10 after the cramp", "the cramp was about 5 out of 10"]
)
def test_a_low_pain_score_is_not_severe(text: str) -> None:
    assert not parse_text(text).symptoms.severe_pain


# ------------------------------------------------------------------ length told by a broadcast
@pytest.mark.parametrize(
    "text",
    [
        "cramp since the six o'clock news and it's now twenty to seven, stretching does nothing",
        "my calf locked since the nine o'clock film began and it's now twenty past nine,"
        " still going",
    ],
)
def test_a_start_told_by_a_broadcast_at_its_hour_times_a_cramp_still_going(text: str) -> None:
    assert (parse_text(text).duration_minutes or 0) > 10
    assert parsed_level(text) == "urgent"


def test_a_past_broadcast_cramp_that_eased_is_not_timed() -> None:
    text = "cramp since the ten o'clock news, it's now ten past ten and it's gone"
    assert parsed_level(text) == "self_care"


def test_pulling_the_toes_back_is_a_stretch_that_can_fail() -> None:
    assert parse_text("pulling my toes back does nothing").eased_by_stretching is False


# ------------------------------------------------------------------ whose finding, and when
def test_sleep_lost_to_worry_about_a_story_is_not_cramps_spoiling_sleep() -> None:
    text = "Read an article about blood clots and now I can't sleep. My cramp went in a minute."
    assert not parse_text(text).symptoms.sleep_disturbed


def test_cramps_that_keep_someone_from_sleeping_still_spoil_sleep() -> None:
    assert parse_text("the cramps are so bad I can't sleep").symptoms.sleep_disturbed is True


def test_an_earlier_episodes_length_gives_way_to_this_ones() -> None:
    text = "The last time it happened it lasted 20 minutes. This one lasted a minute."
    assert parse_text(text).duration_minutes == 1


def test_a_past_episodes_length_alone_is_kept_to_fail_safe() -> None:
    text = "The last time it happened it lasted 20 minutes and stretching did nothing."
    assert parse_text(text).duration_minutes == 20


@pytest.mark.parametrize(
    "text",
    [
        "My dad has restless legs, but mine are plain cramps now and then that stretch out",
        "My wife's the one on statins, but it's me with the night cramps, once a month",
    ],
)
def test_mine_or_it_is_me_after_another_persons_condition_is_the_writers_cramp(
    text: str,
) -> None:
    assert parsed_level(text) == "self_care"


def test_a_husband_who_wakes_me_with_his_cramps_is_still_the_one_with_them() -> None:
    text = "My husband wakes me every night with cramp in his legs, we haven't slept in weeks"
    assert parsed_level(text) == "doctor"


def test_an_aside_in_brackets_about_he_or_she_is_someone_elses() -> None:
    text = "This is about me (she takes furosemide, I don't). One cramp after football."
    assert not parse_text(text).medicines


def test_an_aside_in_brackets_about_my_husband_is_his_when_the_text_is_about_him() -> None:
    text = "My husband gets cramps every night (he's on water tablets)."
    assert [m.cls for m in parse_text(text).medicines] == ["diuretic"]


def test_asking_what_a_rash_that_does_not_fade_means_is_no_emergency() -> None:
    text = "What does it mean when spots don't fade under a glass? I have none, just a calf cramp."
    assert parsed_level(text) == "self_care"
