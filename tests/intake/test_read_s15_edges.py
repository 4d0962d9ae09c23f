"""Classes of wording found unread in round s15's blind batches AZ and BB, one test per class.

The sentences are our own, two or more per class, each beside a look-alike that must stay
lower (denied, over, someone else's, asked about, or milder): a person not making sense in
any tense or spelling, "rubbish" that is no rubbing, coming "out of" a pose, a limb numb and
then not moved, a numb limb that came back in minutes, a gran or nana's own condition, warmth
checked and normal, a blue inhaler and a cold that are no limb colour, the clinician's
"exertional pain relieved by rest", the chest's muscles named before their cramp, a restless
feeling paced away, self-care for weeks and "still getting them" or "nothing's helped",
nights "running" or "in a row", a cramp that "won't go for" a time, a reply list's bare
"no", the word channel meeting signs that are someone else's, and muscle breakdown told by a
drink's colour or by a heavy load fallen on a limb.
"""

from __future__ import annotations

import pytest

from crampcare.assessment import assess
from crampcare.intake import parse_text, read_text
from tests.intake.reading import parsed_level, read_level

# -- a person not making sense, in any tense or spelling -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "after the cramps my wife says I wasnt making sense for a few minutes",
        "my calves cramped all night and now he isn't making any sense",
        "she was making no sense at all after her legs cramped",
    ],
)
def test_a_person_not_making_sense_is_confusion(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "it makes no sense why my calves cramp every time I swim",
        "my uncle wasn't making sense years ago after a stroke; I just get the odd calf cramp",
    ],
)
def test_a_puzzle_or_someone_elses_past_is_no_confusion(text: str) -> None:
    assert parsed_level(text) in ("self_care", "doctor")


# -- "rubbish" is no rubbing -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "been laying bricks in the sun all day, legs cramping, mate says I'm talking rubbish"
        " and I've stopped sweating",
        "hot day at the festival, he's talking rubbish and stopped sweating, legs cramped",
    ],
)
def test_talking_rubbish_is_not_rubbing_that_eased_it(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_rubbing_that_eased_it_is_still_ordinary() -> None:
    assert parsed_level("calf cramped in bed, I rubbed it and it stopped") == "self_care"


# -- coming out of a pose is no confusion ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my foot cramped in a pilates stretch, I came out of it and it went",
        "hamstring seized in pigeon pose, got out of it and it eased straight away",
    ],
)
def test_coming_out_of_a_pose_is_no_confusion(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_person_out_of_it_is_still_confusion() -> None:
    assert parsed_level("his legs cramped and now he's totally out of it") == "emergency"


# -- a limb numb and then not moved -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "sudden calf pain, my foot is now numb and I can't move it",
        "his leg's gone dead and numb and he cannot lift it",
        "toes numb, can't wiggle them, came on an hour ago",
    ],
)
def test_a_numb_limb_that_cannot_be_moved_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my foot goes numb at night but I can move it fine",
        "my dad's foot is numb and he can't move it, I only get calf cramps",
    ],
)
def test_numb_but_moving_or_someone_elses_is_not(text: str) -> None:
    assert parsed_level(text) in ("self_care", "doctor")


# -- a numb limb that came back within minutes ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my foot went numb for a couple of minutes and then was fine again",
        "leg went numb and tingly for 2 minutes then it was normal, warm and pink",
    ],
)
def test_a_numb_limb_that_came_back_is_for_the_doctor(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_a_numb_limb_that_has_not_come_back_is_an_emergency() -> None:
    assert parsed_level("my leg went numb an hour ago and it's still dead, cold and pale") == (
        "emergency"
    )


# -- a gran's or nana's own condition -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my gran's on dialysis and her legs cramp. mine are only the odd one after netball",
        "my nana's diabetic and gets bad cramps; I just had one after a long run",
    ],
)
def test_a_grans_condition_is_hers(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "I'm on dialysis and get awful cramps in my calves",
        "my nana's calf has shrunk compared to the other and she gets cramps in it",
    ],
)
def test_ones_own_condition_or_a_text_about_nana_still_counts(text: str) -> None:
    assert parsed_level(text) == "doctor"


# -- warmth checked and normal ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "age 70, calves ache when I walk to the shops, better when I stop. warmth and pulses"
        " normal",
        "thigh aches walking uphill, eases when I rest, colour and warmth are fine",
    ],
)
def test_warmth_checked_and_normal_is_no_red_warm_calf(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "calf aches walking, and there's warmth and redness over it",
        "one calf swollen, warmth not normal",
    ],
)
def test_warmth_found_still_counts(text: str) -> None:
    assert parsed_level(text) in ("urgent", "emergency")


# -- a blue inhaler and a cold are no limb colour -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "using my blue inhaler a lot since the cold and my calves keep cramping",
        "on the blue puffer more this week since I caught a cold, legs cramp at night",
    ],
)
def test_a_blue_inhaler_and_a_cold_are_no_emergency(text: str) -> None:
    assert read_level(text) != "emergency"


def test_a_blue_cold_foot_is_still_an_emergency() -> None:
    assert read_level("cramp in my calf and now my foot has gone blue and cold") == "emergency"


# -- exertional pain relieved by rest -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "exertional calf pain, relieved by rest within minutes",
        "Exercise-induced thigh ache, eased with rest, same distance each time",
    ],
)
def test_exertional_pain_relieved_by_rest_is_claudication(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_exercise_cramp_that_stretching_eased_is_ordinary() -> None:
    assert parsed_level("calf cramp during the run, stretching eased it") == "self_care"


# -- the chest's muscles named before their cramp -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the muscles between my ribs keep cramping up",
        "my intercostals are spasming, breathing is fine",
    ],
)
def test_chest_muscles_cramping_are_urgent(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_no_chest_cramp_is_not() -> None:
    assert parsed_level("no cramps between my ribs, only in my calf last night") == "self_care"


# -- a restless feeling paced away -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a restless feeling in my legs every evening, I have to get up and walk about",
        "this restless sensation at bedtime makes me pace the kitchen",
    ],
)
def test_a_restless_feeling_that_must_be_walked_off_is_restless_legs(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_walking_off_a_cramp_is_ordinary() -> None:
    assert parsed_level("calf cramp at night, I got up and walked it off") == "self_care"


# -- self-care for weeks without help -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "bad cramps, been stretching and taking magnesium for six weeks, still getting them",
        "tried stretches, bananas, water, nothing's helped",
        "stretching, tonic water, magnesium, nothing has really worked",
    ],
)
def test_self_care_that_has_not_helped_is_for_the_doctor(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "stretching for a couple of weeks has sorted them, no more cramps",
        "had a cramp, stretched it, it helped straight away",
    ],
)
def test_self_care_that_helped_is_ordinary(text: str) -> None:
    assert parsed_level(text) == "self_care"


# -- nights running or in a row -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "four nights in a row I've woken with cramp in my calf",
        "cramp in both feet three nights running now",
    ],
)
def test_nights_in_a_row_are_frequent(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "went running three nights ago and got a cramp at the end",
        "had a cramp in my calf last night, first in months",
    ],
)
def test_a_run_or_one_night_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


# -- a cramp that won't go for a time --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my calf cramp won't go for 20 minutes now, stretching does nothing",
        "the spasm in my foot wouldn't ease for about 25 mins",
    ],
)
def test_a_cramp_that_wont_go_for_a_long_time_is_urgent(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp that wouldn't go for 2 minutes, then eased",
        "I don't go for 30 min walks any more, my calves cramp after a mile",
    ],
)
def test_a_short_hold_or_a_walks_length_is_not(text: str) -> None:
    assert parsed_level(text) in ("self_care", "doctor")


# -- a reply list's bare "no" ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "34 weeks pregnant, cramp in the night. vision fine. swelling no",
        "pregnant 35 wks, calf cramp overnight; headache no, calf swelling no",
    ],
)
def test_a_sign_answered_no_in_a_reply_list_is_denied(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "34 weeks pregnant, left calf swollen and sore, no idea why",
        "36 wks, one calf swelling, redness no",
    ],
)
def test_a_sign_not_answered_no_still_counts(text: str) -> None:
    assert parsed_level(text) == "urgent"


# -- the word channel meeting signs that are someone else's ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my mum had tingly lips after her thyroid op. me, I just get the occasional calf cramp",
        "my sister got tingling round her mouth after her parathyroid surgery; mine is only a"
        " foot cramp now and then",
    ],
)
def test_someone_elses_signs_do_not_let_the_word_channel_raise(text: str) -> None:
    assert assess(read_text(text)).level == "self_care"


def test_ones_own_signs_after_the_op_are_urgent() -> None:
    assert read_level("had my thyroid out on Monday, now tingly lips and my hands cramp") in (
        "urgent",
        "emergency",
    )


# -- muscle breakdown told by a drink's colour or a load fallen on a limb ----------


@pytest.mark.parametrize(
    "text",
    [
        "ultra marathon yesterday, legs so weak I can barely stand, wee is coca-cola coloured",
        "a pallet fell on my thigh yesterday, pain is horrendous and my urine looks like cola",
        "the car rolled onto his leg, now his pee is tea-coloured and he can't stand up",
    ],
)
def test_dark_urine_after_a_marathon_or_a_crush_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "a crate fell on my foot yesterday, it's bruised, wee is a normal colour",
        "I fell on my leg at netball, it's bruised and cramping",
    ],
)
def test_a_crush_without_dark_urine_is_not(text: str) -> None:
    assert parsed_level(text) in ("self_care", "doctor", "urgent")
    assert parsed_level(text) != "emergency"


# -- a cramp told with the subject left out is the writer's ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "had leg cramps all evening and now my girlfriend says I was talking nonsense",
        "got cramps in both calves after the gym, my husband reckons I looked grey",
    ],
)
def test_a_cramp_told_without_its_subject_at_the_start_is_the_writers(text: str) -> None:
    assert parse_text(text).who == "self"


@pytest.mark.parametrize(
    "text",
    [
        "my husband had leg cramps all evening and now he's talking nonsense",
        "my son got cramps in both calves after football",
    ],
)
def test_a_cramp_told_of_someone_named_is_theirs(text: str) -> None:
    assert parse_text(text).who in ("partner", "child")
