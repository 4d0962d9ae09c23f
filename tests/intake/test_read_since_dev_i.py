"""Classes of wording read in the dev_i batch's misses, one test per behaviour (issue 10).

dev_i was measured once before any change for it; these are its miss classes in my own
words (a question whether something is a cause, a skin tear, nobody remembering the
tetanus date, claudication eased on a bench, no improvement over weeks, lay names of
diabetes and kidney disease, an amount with a plus sign), each with a look-alike.
"""

from __future__ import annotations

import pytest

from crampcare.intake.parse import parse_text
from tests.intake.reading import parsed_level


@pytest.mark.parametrize(
    "text",
    [
        "Can my leg cramps be caused by lead in old paint? I have not been near any.",
        "could it be some kind of poisoning? nothing unusual eaten, one cramp after the gym",
    ],
)
def test_asking_whether_something_is_the_cause_is_no_finding(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_poisoning_told_as_fact_is_still_an_emergency() -> None:
    assert (
        parsed_level("my toddler swallowed some bleach and now his legs are jerking") == "emergency"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gran tripped and got a skin tear on her forearm 5 days ago, now spasms in that arm",
        "a tear on his shin from the fall last week, and spasms in the leg since",
    ],
)
def test_a_skin_tear_is_a_wound(text: str) -> None:
    assert "wound" in parse_text(text).events


def test_a_torn_calf_muscle_is_not_a_wound() -> None:
    assert "wound" not in parse_text("I think I have a tear in my calf muscle").events


def test_nobody_remembering_the_tetanus_date_is_not_up_to_date() -> None:
    text = "cut my hand on a rusty hinge, spasms now; nobody here can remember his last tetanus jab"
    assert parse_text(text).tetanus_up_to_date is False
    assert parsed_level(text) == "urgent"


def test_calf_pain_eased_on_a_bench_on_a_walk_is_claudication() -> None:
    text = "each time I walk to the park my calves ache, sitting on a bench sorts it out"
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


def test_no_improvement_over_weeks_of_self_care_is_not_improving() -> None:
    text = "bad cramps; stretching and tonic water for a few weeks, no improvement"
    assert parse_text(text).symptoms.not_improving is True


def test_no_improvement_in_one_cramp_is_not_weeks_without_improvement() -> None:
    assert not parse_text("stretched it, no improvement yet").symptoms.not_improving


@pytest.mark.parametrize(
    "text", ["I have the sugar disease and cramps at night", "my kidneys are a bit weak now"]
)
def test_lay_names_of_diabetes_and_kidney_disease_are_conditions(text: str) -> None:
    assert parse_text(text).conditions


def test_sugar_in_tea_is_no_condition() -> None:
    assert not parse_text("I have sugar in my tea and calf cramps once a month").conditions


def test_an_amount_with_a_plus_sign_counts() -> None:
    assert parse_text("I drink 12+ pints a night at weekends").heavy_alcohol is True
