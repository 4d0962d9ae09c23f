"""Classes of wording found unread in round s16 (the lead's reading of the round's blind
batches), one test per behaviour.

The sentences are our own, several per class, each beside a look-alike a level below.
"""

from __future__ import annotations

import pytest

from crampcare.intake import read_text
from tests.intake.reading import parsed_level


def _asks_about_poison(text: str) -> bool:
    return any(c.question == "poison" for c in read_text(text).concerns)


# -- a count of a medicine named bare --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my husband took ~20 amitriptyline an hour ago and he's very sleepy",
        "she has taken about 15 sertraline, now shaky and cramping",
        "he swallowed 30 propranolol this evening",
        "I think mum had around twenty diazepam with her wine",
    ],
)
def test_a_count_of_a_medicine_named_bare_told_as_a_count_is_an_overdose(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I took 500 mg paracetamol for the cramp and it eased",
        "took 400mg ibuprofen before bed, calf cramp went",
        "I take 10 mg amitriptyline at night for my back and get calf cramps",
    ],
)
def test_a_dose_in_units_is_no_count_of_tablets(text: str) -> None:
    assert parsed_level(text) == "self_care"
    assert not any(c.topic == "overdose_count" for c in read_text(text).concerns)


@pytest.mark.parametrize(
    "text",
    [
        "took 30 ibuprofen earlier, now cramps",
        "I took 50 amitriptyline last night and woke with a calf cramp",
    ],
)
def test_a_bare_count_that_may_be_milligrams_asks_rather_than_passes(text: str) -> None:
    # "took 50 amitriptyline" is often 50 mg; it cannot be told from 50 tablets, so it asks.
    assert parsed_level(text) != "emergency"
    assert _asks_about_poison(text)


@pytest.mark.parametrize(
    "text",
    [
        "took 2 ibuprofen for the calf cramp",
        "it took 20 minutes for the cramp to ease off",
    ],
)
def test_a_small_count_or_a_time_asks_nothing_about_an_overdose(text: str) -> None:
    assert not any(c.topic == "overdose_count" for c in read_text(text).concerns)


# -- "nothing" with its own word denies that word only ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cut my thumb on a bread knife, nothing rusty, tetanus up to date, then a calf cramp",
        "scraped my knee in the kitchen, nothing dirty, tetanus booster last year",
    ],
)
def test_a_jab_told_after_nothing_and_a_comma_is_not_denied(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "nothing broken, but my calf is swollen and hot since the long flight",
        "nothing happened to it, calf swollen and red on one side since the coach trip",
    ],
)
def test_signs_told_after_nothing_and_a_comma_are_read(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "cut my hand on a rusty gate, nothing like a tetanus jab in years",
        "stood on a rusty nail, no tetanus jab that I know of",
    ],
)
def test_a_jab_denied_beside_a_dirty_wound_is_still_not_up_to_date(text: str) -> None:
    assert parsed_level(text) in ("urgent", "doctor") or _asks_tetanus(text)


def _asks_tetanus(text: str) -> bool:
    return any(c.question in ("tetanus", "wound") for c in read_text(text).concerns)


# -- "gone" said of the cramp is none of the tablets' -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "toddler had a leg cramp, all my pills still in the box, nothing missing, cramp gone now",
        "my little boy woke with cramp; counted my tablets, none missing, his cramp's gone",
    ],
)
def test_a_cramp_gone_is_no_medicine_gone(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "toddler had a cramp and half my tablets are gone from the box",
        "my 3 year old was in my bag, tablets gone, his cramp gone now",
    ],
)
def test_tablets_gone_near_a_child_are_still_a_poisoning(text: str) -> None:
    assert parsed_level(text) == "emergency"


# -- a drug taken with the body affected -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "necked two pills at the festival, jaw clenching and heart racing, calves cramping",
        "took something at a house party, no idea what it was, shaking and legs cramping",
        "I think my drink was spiked, I'm confused and my legs keep cramping",
        "my mate snorted a few lines of coke and now he's twitching and boiling hot",
    ],
)
def test_a_drug_taken_with_the_body_affected_is_suspected_poisoning(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "had a coke and a sandwich, calf cramped at the gym, heart racing from the sprint",
        "did some speed work on the track, calves cramping and shaking after, eased with a stretch",
        "used to take ecstasy years ago, now I just get calf cramps at night",
        "what if my drink was spiked one day, would I get cramps?",
        "had acid reflux and a calf cramp last night, shaking a bit from the cold",
    ],
)
def test_a_drink_a_run_a_past_habit_or_a_what_if_is_no_drug_poisoning(text: str) -> None:
    assert parsed_level(text) != "emergency"


# -- a fever told as a high temperature or a hot body ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my nephew's temp is really high, his neck is too stiff to look down and he has cramps",
        "her body is very hot, neck won't bend forward, legs cramping",
        "his forehead is burning and the light hurts his eyes, cramps all over",
    ],
)
def test_a_high_temperature_told_in_other_words_with_a_stiff_neck_is_an_emergency(
    text: str,
) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my temp was high last week with a cold, fine now, just a calf cramp tonight",
        "calf cramp in the hot bath, body was hot from the water, it went",
    ],
)
def test_a_temperature_over_or_a_hot_bath_is_no_fever_now(text: str) -> None:
    assert parsed_level(text) == "self_care"


# -- a fit told as what came after the cramps ----------------------------------------------


@pytest.mark.parametrize("text", ["fit after cramps. now", "he had a fit after the cramping"])
def test_a_fit_after_the_cramps_is_a_seizure(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I'm fit after a season of running but get calf cramps at night",
        "keeping fit after cramps is hard, they come now and then",
    ],
)
def test_a_person_fit_after_training_is_no_fit(text: str) -> None:
    assert parsed_level(text) == "self_care"


# -- a question about what a thing does to anyone ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "does a rusty nail give you lockjaw?? i only had a calf cramp and it went",
        "can stretching too hard cause people to have fits? my calf cramp eased",
    ],
)
def test_asking_what_a_thing_does_to_anyone_is_no_finding(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_sign_told_after_such_a_question_is_still_read() -> None:
    assert (
        parsed_level(
            "does stretching give you relief? my calf cramp is 20 minutes now and won't go"
        )
        == "urgent"
    )


# -- how long a cramp has gone on -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cramp in my calf wont go for over 10 mins now, tried stretching",
        "my 15yo has had a cramp in his thigh for 15 mins after the match, stretching does nothing",
        "calf cramp onset 15 minutes ago, stretching and walking since with no relief",
    ],
)
def test_a_cramp_told_past_ten_minutes_in_these_ways_is_urgent(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramped 15 mins after football, stretched it out and it went",
        "the cramps had their onset 3 years ago, mostly at night",
        "cramp came on 20 minutes after the run and went in a minute",
    ],
)
def test_when_a_cramp_came_is_not_how_long_it_lasted(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_pain_told_after_no_relief_is_not_denied() -> None:
    intake = read_text("calf cramp, stretched with no relief, pain 9/10")
    severe = [f for f in intake.evidence if f.field == "symptoms.severe_pain"]
    assert severe and all(f.value is True and not f.negated for f in severe)


# -- worse over time, and walking pain told in a reply ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my cramps have got worse over the last six months, thighs and calves",
        "they've become much worse since the summer, even with magnesium",
        "my cramping has got worse over the last few months",
    ],
)
def test_cramps_worse_over_time_in_the_perfect_tense_see_a_doctor(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "the cramp got worse and I had to stand up, it went after 2 minutes",
        "my cramps got worse then better once I drank more water",
    ],
)
def test_one_cramp_worse_in_its_course_or_worse_then_better_is_self_care(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    ["only when I walk, goes after a few mins rest", "if he walks far it stops when he sits down"],
)
def test_walking_pain_eased_by_rest_told_in_a_reply_sees_a_doctor(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_a_cramp_on_walking_eased_by_stretching_is_self_care() -> None:
    assert parsed_level("only when I walk, goes after I stretch it") == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "the muscles across my stomach keep going into hard cramps, you can see them bunch up",
        "muscles in his belly keep spasming today",
    ],
)
def test_the_muscles_of_the_belly_named_first_then_cramping_are_trunk_cramps(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_belly_muscles_sore_beside_a_calf_cramp_are_no_trunk_cramp() -> None:
    assert (
        parsed_level("the muscles in my tummy hurt from laughing, calf cramp went") == "self_care"
    )


# -- a guess after a comma, a time of day told by name, a cold from the water ---------------


@pytest.mark.parametrize(
    "text",
    [
        "36 weeks, one calf swollen and hot and sore to touch, could be cramp?",
        "after the flight my left calf is fat and warm, could be nothing?",
    ],
)
def test_signs_told_before_a_guess_after_a_comma_are_still_told(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_a_sign_named_in_a_general_could_be_is_still_no_finding() -> None:
    assert parsed_level("a swollen calf could be a clot, right? just asking, mine is fine") == (
        "self_care"
    )


@pytest.mark.parametrize(
    "text",
    [
        "cramp since 11pm, its nearly midnight, stretch not working",
        "calf locked since 11, it's midnight now and it won't let go",
    ],
)
def test_a_cramp_timed_to_a_time_of_day_told_by_name_is_long(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_a_short_cramp_to_midnight_that_eased_is_self_care() -> None:
    assert parsed_level("cramp since 11.55pm, its nearly midnight, easing now") == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "cramped foot in the pool, it felt cold cos the water's freezing, colour normal, gone now",
        "my feet are cold from the tiles, had a calf cramp that went with a stretch",
    ],
)
def test_a_foot_cold_from_the_water_or_the_floor_is_no_limb_without_blood(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_foot_suddenly_cold_pale_and_painful_is_still_an_emergency() -> None:
    assert parsed_level("after the swim my foot went cold and white and I can't move my toes") == (
        "emergency"
    )


def test_a_sip_of_bleach_by_mistake_told_in_italian_is_poisoning() -> None:
    assert parsed_level("ho bevuto un sorso di candeggina per sbaglio, ho crampi") == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "pee is dark brown like cola and I can't lift my arms after the workout",
        "after bootcamp she can't raise her legs off the bed and her urine is the colour of tea",
    ],
)
def test_limbs_too_weak_to_lift_with_dark_urine_after_exertion_is_muscle_breakdown(
    text: str,
) -> None:
    assert parsed_level(text) == "emergency"


def test_a_box_too_heavy_to_lift_is_no_weakness() -> None:
    assert parsed_level("couldn't lift the box on my own, calf cramp that night went") == (
        "self_care"
    )


def test_a_mothers_diuretic_and_her_cramps_told_in_ukrainian_latin_letters_see_a_doctor() -> None:
    assert parsed_level("Mama p'ye furosemid, i v neyi chasto sudomy v nohakh") == "doctor"
