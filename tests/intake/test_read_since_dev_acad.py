"""Classes of wording read in the dev_ac and dev_ad batches' misses, one test per behaviour.

dev_ac (the broad mix) and dev_ad (people writing about someone else, telling what they see
and hear) were measured once before any change for them (issue 10); these are their miss
classes in the team's own sentences, each with its look-alike.
"""

from __future__ import annotations

import pytest

from crampcare.assessment import assess
from crampcare.intake import read_text
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    "text",
    [
        "what if one day I got a cramp and my foot turned white and icy? never happened",
        "hypothetically, if my wee went the colour of cola after a long run, is that bad?",
        "If my ankle swelled up on a coach trip would that be a clot? Going to Spain in May.",
        "so what if my calf went red and hot and swollen, what would I do?",
    ],
)
def test_a_question_put_as_a_condition_names_nothing_that_is_happening(text: str) -> None:
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Tied to a real past or to now, the same question tells what happened.
        ("If my calf swelled up after the flight yesterday would that be a clot?", "urgent"),
        ("what if it's a clot? my calf is red, hot and swollen since the flight", "urgent"),
        # A bare "if" with the present tells what happens each time.
        ("if I walk to the shop my calf aches, I stop and it eases, then it comes back", "doctor"),
    ],
)
def test_a_condition_tied_to_now_or_a_real_past_still_counts(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "calf seized mid-set, 25 minutes on and it's still seized, stretching does nothing",
        "my thigh has seized and won't let go, it's been a good 20 minutes, stretched loads",
    ],
)
def test_a_muscle_that_has_seized_is_a_long_cramp_not_a_fit(text: str) -> None:
    result = assess(read_text(text))
    assert result.level == "urgent"
    assert "fit" not in {q.question for q in result.to_confirm}


@pytest.mark.parametrize(
    "text",
    [
        "my 7 month old's leg keeps jerking in a rhythm and she won't look at me",
        "toddler's arm twitching rhythmically for two minutes now, eyes fixed",
    ],
)
def test_rhythmic_jerking_in_a_baby_or_someone_not_responding_is_a_fit(text: str) -> None:
    assert read_level(text) == "emergency"


def test_an_adult_twitch_without_rhythm_or_a_child_stays_a_doctor_sign() -> None:
    assert read_level("little twitches in my calf muscle most evenings for a month") == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "my boy drank some of the green screen wash in the shed and now he's crying with cramp",
        "she got into the garage and swallowed some of the pink de-icer",
    ],
)
def test_a_car_or_garage_chemical_swallowed_by_a_child_is_poisoning(text: str) -> None:
    assert read_level(text) == "emergency"


def test_a_wound_then_a_neck_and_jaw_said_rigid_is_lockjaw() -> None:
    text = "cut his hand on a rusty gate last week, now his neck and jaw are rigid and he spasms"
    assert read_level(text) == "emergency"


def test_neither_of_two_remedies_easing_it_is_a_cramp_not_eased() -> None:
    text = "calf cramp for over 15 minutes, neither rubbing it nor pulling my toes up has helped"
    assert read_level(text) == "urgent"


def test_a_cramp_that_eased_with_stretching_stays_self_care() -> None:
    assert read_level("calf cramp in bed, stretching it eased it in a minute") == "self_care"


@pytest.mark.parametrize(
    "text", ["D&V all night, now my calves keep cramping", "d+v since tues, cramps"]
)
def test_d_and_v_shorthand_is_fluid_loss(text: str) -> None:
    assert read_level(text) == "urgent"


def test_clinicians_words_for_a_lost_push_off_are_a_calf_tear() -> None:
    text = "42F, felt a pop in the calf at badminton, weak plantarflexion"
    assert read_level(text) in {"urgent", "doctor"}
    assert read_level("sudden pop in calf, Thompson's test positive") in {"urgent", "doctor"}


def test_a_relatives_home_is_a_place_not_a_person() -> None:
    text = "got back from my nan's after a nine hour drive and my calf is swollen and red"
    assert read_level(text) == "urgent"


def test_being_on_many_medicines_is_not_an_overdose() -> None:
    text = "I'm on lots of tablets for my heart and sugar and get calf cramps most nights"
    assert read_level(text) != "emergency"
    assert read_level("she took lots of her tablets at once, a whole strip, cramps") == "emergency"


def test_a_daily_half_bottle_of_spirits_is_heavy_drinking_not_poisoning() -> None:
    assert read_level("every night i have half bottle vodka and my feet cramp") == "doctor"


def test_hindi_place_before_its_postposition_and_a_jaw_that_will_not_open() -> None:
    assert read_level("mere pet aur baazu mein cramps ho rahe hain") == "urgent"
    assert read_level("kil chubh gayi thi, ab jabda nahi khul raha") == "emergency"


def test_urine_likened_to_a_drink_with_two_words_before_it_is_dark_urine() -> None:
    text = (
        "new statin last month, aching all over, too weak to stand, wee looks like very strong tea"
    )
    assert read_level(text) == "emergency"


# dev AF and AG (the broad mix; messages hard to read right) --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "post-ictal now, witnessed tonic-clonic about 3 min, c/o leg cramps",
        "22F febrile 39.1, neck stiffness, generalised myalgia and cramps",
        "36 weeks, bad headache and blurry eyes, husband says I spaced out and jerked",
    ],
)
def test_clinicians_words_and_a_blank_spell_with_jerking_are_read(text: str) -> None:
    assert read_level(text) == "emergency"


def test_a_febrile_convulsion_is_a_kind_of_fit_not_a_fever_now() -> None:
    text = "had a febrile convulsion as a toddler, now 30 and get the odd calf cramp"
    assert read_level(text) == "self_care"


def test_clinicians_one_word_denial_of_a_fever() -> None:
    result = read_text("afebrile, calf cramp after gym, settled")
    assert result.symptoms.fever is False


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp since breakfast and it's still there, stretching does nothing",
        "this cramp has lasted two episodes of the quiz show, stretching does not ease it",
    ],
)
def test_a_cramp_timed_by_a_meal_or_a_programme_is_long(text: str) -> None:
    assert read_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramps 4 nights out of 7, they go with stretching",
        "had these leg cramps since last year, a few a week now",
        "once in a blue moon before, now nearly every night, far worse than last year",
    ],
)
def test_how_often_told_as_part_of_a_week_or_against_the_past(text: str) -> None:
    assert read_level(text) == "doctor"


def test_a_cramp_years_ago_is_still_over() -> None:
    assert read_level("I had a clot last year, all fine now, cramps now and then") == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "can only get to the end of the road before my calves ache and I have to rest",
        "L calf claudication-like pain at 150m, eases on rest",
    ],
)
def test_claudication_told_by_what_walking_allows(text: str) -> None:
    assert read_level(text) == "doctor"


def test_over_dosed_written_apart_is_an_overdose() -> None:
    assert read_level("my son over dosed on my sleeping tablets, he's very drowsy") == "emergency"


def test_a_litre_of_spirits_at_once_is_poisoning_but_every_night_is_heavy_drinking() -> None:
    assert (
        read_level("downed nearly a litre of gin tonight, cramping and throwing up") == "emergency"
    )
    assert (
        read_level("drank a bottle of vodka every night for years, cramps in my feet") == "doctor"
    )


def test_a_plan_to_sand_old_paint_is_no_exposure_yet() -> None:
    result = read_text("we're going to sand the old paint in the hall next week, calf cramp today")
    assert "toxin_exposure" not in result.events


def test_the_writer_who_says_they_are_the_one_with_cramps_is_the_patient() -> None:
    text = "my sister has epilepsy and had a fit on monday, but I'm the one with cramps, calf, gone"
    assert read_level(text) == "self_care"


def test_hard_drill_told_after_its_name_is_extreme_exertion() -> None:
    text = "after military training so hard my legs no power, much pain, and pee is black"
    assert read_level(text) == "emergency"


def test_blue_in_the_face_from_shouting_is_an_idiom() -> None:
    assert read_level("went blue in the face from yelling when his calf cramped, gone now") == (
        "self_care"
    )
