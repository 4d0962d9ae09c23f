"""Where a cramp is and what a number means, read by class of wording.

"Back of my thigh" is the thigh, not the back; "she's 38 wks" is a pregnancy, not
an age; a forearm cramp brought on by writing is a hand-use cramp, not the
unexplained arm cramps of triage.md.
"""

from __future__ import annotations

import pytest

from crampcare.intake import parse_text
from crampcare.triage_rules import triage


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cramp in the back of my left thigh when I sprint.", "thigh_back"),
        ("Spasm in the back of my upper leg after football.", "thigh_back"),
        ("Cramping in the back of both legs at night.", "calf"),
        ("A cramp in the back of her right calf woke her.", "calf"),
        ("Cramps in the back of my knees when I wake.", "leg"),
    ],
)
def test_a_limb_qualified_by_back_of_stays_that_limb(text: str, place: str) -> None:
    intake = parse_text(text)
    assert place in intake.locations
    assert "chest_belly" not in intake.locations
    assert "rf_trunk_cramps" not in triage(intake).rules


def test_the_back_itself_is_still_the_trunk() -> None:
    assert (
        "chest_belly" in parse_text("Cramps in my back all day, never had them before.").locations
    )


@pytest.mark.parametrize(
    "text",
    [
        "She's 38 wks and has calf cramps at night.",
        "My wife is 34 wks, cramps in her legs.",
        "I'm 36 weeks and my calves cramp.",
        "she is 30 wk pregnant with leg cramps",
    ],
)
def test_weeks_of_pregnancy_are_not_an_age(text: str) -> None:
    intake = parse_text(text)
    assert intake.age is None
    assert intake.pregnant
    assert intake.pregnancy_week is not None and intake.pregnancy_week >= 30


def test_a_plain_number_said_of_a_person_is_still_an_age() -> None:
    assert parse_text("She's 38 and gets calf cramps.").age == 38
    assert parse_text("Dad is 80, cramps at night.").age == 80


@pytest.mark.parametrize(
    "text",
    [
        "Writer's cramp in my forearm while writing, it goes when I stop.",
        "My forearm cramps up when I type for hours.",
        "After an hour of playing guitar my forearm and fingers cramp.",
        "Cramp in my forearm and fingers when holding a pen for long.",
    ],
)
def test_a_forearm_cramp_from_a_hand_task_is_a_hand_cramp(text: str) -> None:
    intake = parse_text(text)
    assert "arms" not in intake.locations
    assert "hands" in intake.locations
    assert triage(intake).level == "self_care"


def test_arm_cramps_with_a_task_in_another_clause_are_still_the_arms() -> None:
    intake = parse_text("My forearms keep cramping up and my fingers lock when I'm writing.")
    assert "rf_trunk_cramps" in triage(intake).rules


def test_arm_cramps_at_rest_are_still_the_arms() -> None:
    intake = parse_text("My biceps keep cramping while I sit watching telly.")
    assert "rf_trunk_cramps" in triage(intake).rules


def test_the_length_of_an_activity_is_not_the_cramps() -> None:
    assert parse_text("After an hour of playing tennis my calf cramped.").duration_minutes is None
    assert parse_text("Twenty minutes of cramping in my calf.").duration_minutes == 20
