"""Classes of wording read in the dev_s and dev_t batches' misses, one test per behaviour.

dev_s (each emergency rule said in as many ways as its writer could find) and dev_t (the
urgent and doctor rules and the edges between the levels) were measured once before any
change for them (issue 10); these are their miss classes in our own words, each with a
look-alike where one exists.
"""

from __future__ import annotations

import pytest

from crampcare.intake import read_text
from crampcare.intake.parse import parse_text
from crampcare.wording.spelling import normalise
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    "text",
    [
        "he went down at the bar and was flopping about on the floor like a fish, lips blue",
        "my leg is kind of blue below the knee and I can't feel it or wiggle my toes",
        "two weeks after my knee operation, I can't take a full breath and my calf cramps",
        "after the boot camp my pee looks like flat cola and my legs are agony",
        "my mate drank like a whole bottle of rum and is barely answering me",
        "her foot's gone like a block of ice and it's killing her, it looks all waxy",
        "after the assault course my thighs are so sore I can't move them and my wee is the "
        "colour of strong tea",
    ],
)
def test_emergencies_told_by_an_image_or_by_what_they_stop(text: str) -> None:
    assert read_level(text) == "emergency"


def test_scots_fit_is_a_foot_when_it_is_someone_s_left_one() -> None:
    assert normalise("ma right fit's cauld") == "my right foot is cauld"
    assert normalise("he had a fit last night") == "he had a fit last night"
    assert normalise("his fit was two minutes long") == "his fit was two minutes long"
    assert normalise("ma fit's gone cauld") == "my foot has gone cauld"


@pytest.mark.parametrize(
    "text",
    [
        "my calf seized at 2am and it's still locked at 2:30, stretching does nothing",
        "been to the loo more than eight times since breakfast, all watery, now my legs cramp",
        "my forearm and hand keep cramping into a claw today",
    ],
)
def test_urgent_signs_told_by_the_clock_the_toilet_or_the_hand(text: str) -> None:
    assert read_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "my kidneys aren't great, stage 3 the doctor says, and I get cramps",
        "I have the thyroid thing, the underactive one, and my calves cramp",
        "was told a while back my liver is scarred from drink, now cramps in my hands",
        "my liver's not lekker, cirrhosis they found, and the cramps are bad",
        "she's fond of the bottle, drinks from lunchtime till bed every day, legs cramp",
        "every second night I wake with a calf cramp, stretching not help much",
        "tiny flickers in my calf muscles all day with cramps, for weeks now",
    ],
)
def test_doctor_signs_in_lay_words(text: str) -> None:
    assert read_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "I smoke, and after 300 metres my calves burn so I must stop, then fine again",
        "cramp in my calf on my dog walk that eases when I stop, never at rest",
        "walking up the brae his calves ache, he stands a wee while and it disappears",
    ],
)
def test_claudication_by_distance_on_a_walk_or_disappearing(text: str) -> None:
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


@pytest.mark.parametrize(
    "text",
    [
        "my gran has to move her legs at night, feels like ants inside, walking makes it stop",
        "a fizzy feeling deep in my legs at night that makes me kick, only goes when I walk",
    ],
)
def test_restless_legs_eased_by_walking(text: str) -> None:
    assert parse_text(text).symptoms.urge_to_move is True


def test_a_leg_dead_and_tingly_from_sitting_cross_legged_is_pressure() -> None:
    text = "leg went dead and tingly after sitting cross-legged at the temple, fine in a minute"
    assert read_level(text) == "self_care"


def test_a_spanish_wound_on_rusty_wire_is_read() -> None:
    text = "Mi hija se cortó con un alambre oxidado, ahora espasmos, no tiene las vacunas"
    assert "wound" in read_text(text).events


def test_being_sore_after_a_cramp_that_has_passed_stays_self_care() -> None:
    assert read_level(
        "my calf was so sore I couldn't walk for a minute after a cramp, fine now"
    ) in {
        "self_care",
        "doctor",
    }
