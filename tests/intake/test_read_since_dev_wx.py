"""Classes of wording read in the dev_w and dev_x batches' misses, one test per behaviour.

dev_w (the broad mix: clinicians' shorthand, carers, other languages) and dev_x (stories
told over time, numbers of every kind, people who minimise) were measured once before any
change for them (issue 10); these are their miss classes in the team's own sentences.
"""

from __future__ import annotations

import pytest

from crampcare.assessment import assess
from crampcare.intake import read_text
from crampcare.intake.parse import parse_text


def _level(text: str) -> str:
    return assess(read_text(text)).level


@pytest.mark.parametrize(
    "text",
    [
        "my legs start to ache after a few hundred yards and I'm forced to stop, then off again",
        "calf burns about 150 metres into the walk, fine again once she sits on the wall",
        "half a mile up the lane my thighs scream, rest, they settle, carry on",
        "my calf starts to throb after perhaps two hundred yards and I am compelled to rest, after "
        "which I may continue",
    ],
)
def test_claudication_told_by_what_walking_costs(text: str) -> None:
    assert _level(text) == "doctor"


def test_a_long_walk_then_one_cramp_in_bed_is_not_claudication() -> None:
    assert _level("walked five miles yesterday, one cramp in bed after, stretched and it went") == (
        "self_care"
    )


@pytest.mark.parametrize(
    "text",
    [
        "packing boxes in a boiling warehouse, sweated like a pig all shift, now cramps won't stop",
        "sweated right through two uniforms on the site today and my calves keep knotting up",
    ],
)
def test_heavy_sweating_told_by_a_likeness_or_a_count_is_fluid_loss(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "out in the midday sun all afternoon with cramps, now he's dizzy and can't think straight",
        "roofing in 35 degrees, cramping, and my head's gone all foggy and scrambled",
        "working in the sun with cramps and his shirt is bone dry even though it's roasting",
    ],
)
def test_a_mind_that_will_not_work_or_dry_skin_in_the_heat_is_heat_stroke(text: str) -> None:
    assert _level(text) == "emergency"


def test_cannot_think_straight_for_tiredness_alone_is_no_confusion() -> None:
    text = "so tired I can't think straight, calf cramp at 3am, went after a stretch"
    assert parse_text(text).symptoms.confusion is not True


@pytest.mark.parametrize(
    "text",
    [
        "82M, sudden R foot pain 1h, foot pale and cool, absent pedal pulses",
        "pt 5/7 post op, lockjaw? trismus and dysphagia, generalised spasms after a dog bite",
        "4yo ingested unknown qty of nan's heart tablets, now drowsy with cramps",
        "he swallowed about 20 of my co-codamol with beer because the cramp wouldn't stop",
    ],
)
def test_clinical_shorthand_and_counts_of_someone_elses_tablets_are_read(text: str) -> None:
    assert _level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "3/7 post lap chole, R calf tenderness and erythema, no SOB no CP",
        "home after two weeks in hospital, my calf hurts along the vein and is a little bit red",
    ],
)
def test_clot_signs_in_clinical_words_or_with_a_softener_are_read(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "not every night but 4 times a week they wake me",
        "the GP said stretch; two months of stretching later they're just as bad",
        "cramps in my feet nearly daily now",
        "magnesium tablets from the health shop haven't made any difference, still 3 a week",
    ],
)
def test_how_often_and_no_better_said_with_a_correction_or_a_remedy(text: str) -> None:
    assert _level(text) == "doctor"


def test_one_nights_stretch_that_did_not_help_is_no_weeks_of_self_care() -> None:
    text = "stretching didn't help so I got up and walked about, it went after a few minutes"
    assert parse_text(text).symptoms.not_improving is not True


@pytest.mark.parametrize(
    "text",
    [
        "would a cramp in the ribs ever be dangerous? mine tonight was in my calf and went",
        "if a cramp goes all over your body is that a seizure? mine stayed in my toe",
    ],
)
def test_a_general_question_about_a_cramp_is_no_finding(text: str) -> None:
    assert _level(text) == "self_care"


def test_a_cramp_in_the_chest_told_as_happening_still_raises() -> None:
    assert _level("is a cramp in the chest serious? I have one now across my ribs") != (
        "self_care"
    )
