"""Classes of wording found unread in round s16 (emergencies told the hardest ways: in a
reply, of a third person, in other words, with the key detail at the end).

The sentences are our own, several per class, each beside a look-alike that must stay
lower (denied, past, someone else's, asked about, or milder).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import parsed_level


@pytest.mark.parametrize(
    "text",
    [
        "she can only say a word or two between gasps",
        "he could hardly get three words out without stopping for breath",
        "my dad keeps stopping for breath after every few words",
        "she's struggling to finish a sentence without gasping",
        "I can only manage a couple of words at a time before I need a breath",
    ],
)
def test_words_cut_short_by_breath_are_breathlessness(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I can barely get two words out without swearing at this cramp",
        "what if I could only get two words out between breaths, would that be an "
        "emergency? calf cramp now that passed",
        "last winter with the pneumonia I could only say a few words between breaths, "
        "just a calf cramp tonight",
    ],
)
def test_words_cut_short_by_temper_or_in_the_past_are_no_breathlessness(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "out of nowhere I'm short of puff, sat on the sofa, and my calf aches",
        "sitting in my armchair watching telly and suddenly I'm out of puff",
    ],
)
def test_puff_lost_at_rest_is_breathlessness(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "out of puff after the run, calf cramp went with stretching",
        "got a bit out of puff chasing the dog and then a calf cramp, both settled quickly",
    ],
)
def test_puff_after_a_run_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my husband is clutching his chest and sweating after a cramp in his calf",
        "she keeps gripping her chest, her leg's been cramping all day",
        "man on the train holding his chest and panting, says his calf cramped",
    ],
)
def test_a_chest_held_is_chest_pain(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I was holding the chest of drawers steady when my calf cramped, it went in a minute",
        "if he ever clutches his chest I'll call 999, today just a calf cramp",
    ],
)
def test_a_chest_of_drawers_or_a_chest_held_if_ever_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "terrible headache, temperature, and leg cramps since this morning",
        "cramping in both legs, stiff neck and temperature.",
    ],
)
def test_a_temperature_in_a_list_of_signs_is_a_fever(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "no headache, temperature, or rash, just a calf cramp",
        "my cramps get worse with temperature changes",
    ],
)
def test_a_temperature_denied_or_of_the_weather_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my son is boiling hot and the light hurts his eyes, legs cramping",
        "her forehead is burning hot and she can't look at the light",
        "my little girl is red hot and the light is hurting her eyes",
    ],
)
def test_a_person_burning_hot_is_a_fever(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_car_boiling_hot_is_no_fever() -> None:
    assert parsed_level("the car was boiling hot and I got a calf cramp driving, it passed") == (
        "self_care"
    )


@pytest.mark.parametrize(
    "text",
    [
        "her neck is too sore to look down and she's burning up",
        "his neck aches too much to bend his head forward, he has a fever",
    ],
)
def test_a_neck_too_sore_to_bend_forward_is_a_stiff_neck(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_neck_that_bends_without_pain_is_not() -> None:
    assert parsed_level("my neck doesn't hurt to look down, just a calf cramp") == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my mum is rambling after working in the garden in the heat",
        "he keeps babbling and was out in the sun all day",
    ],
)
def test_someone_rambling_in_the_heat_is_confusion(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "sorry I'm rambling, calf cramp in the heat yesterday that went",
        "she's rambling on about her holiday, her cramp went",
    ],
)
def test_a_long_message_or_a_long_story_is_no_confusion(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_gone_down_twice_in_the_heat_is_a_collapse() -> None:
    assert parsed_level("he's gone down twice on the hike in the heat") == "emergency"


def test_swelling_gone_down_is_no_collapse() -> None:
    assert parsed_level("the swelling has gone down and the cramp passed") == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "is he making sense? no. he was marching in the sun all day",
        "can she stand? no, and after the forced march her pee is dark brown",
    ],
)
def test_a_question_about_how_someone_is_answered_no(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "is she making sense? yes, just a cramp after the walk",
        "is it swollen? no. calf cramp that passed",
    ],
)
def test_a_question_answered_yes_or_a_sign_denied(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "it hit 31 degrees and he fainted at the end of the game",
        "a 30-degree afternoon, then she fainted after tennis",
    ],
)
def test_a_faint_on_a_day_of_thirty_degrees_is_heat_stroke(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I bend my knee 30 degrees and get a cramp that goes",
        "it was 30 degrees, he had a calf cramp in the second half that stretched out",
    ],
)
def test_an_angle_or_a_heat_cramp_that_passed_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "colour? like strong tea, and my thighs are agony after the marathon",
        "since the crossfit session I can't get out of bed without help and my wee is dark brown",
        "after a route march he can't stand and his urine looks like cola",
        "urine? dark brown. legs weak after the ultra",
    ],
)
def test_dark_urine_with_weakness_told_in_other_words(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "colour? pale yellow, the cramp has gone",
        "urine? pale. just a cramp",
        "I can't stand these calf cramps, they pass in a minute",
        "I march in the band and get the odd calf cramp",
    ],
)
def test_a_pale_colour_a_cramp_not_stood_or_a_band_march_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp since twenty past, it's now almost ten to, stretching does nothing",
        "toe cramp from five past and now it's coming up to quarter to, won't let go",
    ],
)
def test_two_times_without_their_hour_time_a_long_cramp(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp since twenty past, it's now twenty-five past and it's gone",
        "toe cramp from ten to, now it's five past, stretched and it let go",
    ],
)
def test_two_near_times_without_their_hour_are_a_short_cramp(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "since the new statin my thighs ache terribly and what I pass looks like cola",
        "after the marathon my legs are killing me and the water he passes has gone dark brown",
    ],
)
def test_urine_named_by_what_is_passed_is_dark_urine(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "the water I pass is pale and clear, just a calf cramp after the run",
        "the water I drink is the colour of tea from the old pipes, calf cramp at night",
    ],
)
def test_pale_water_passed_or_water_drunk_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"
