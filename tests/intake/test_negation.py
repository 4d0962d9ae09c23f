"""Negated red flags never fire; the same words without negation do."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.intake import Intake, parse_text
from crampcare.triage_rules import resolve, triage
from crampcare.typed import validate

PHRASES: dict[str, list[str]] = yaml.safe_load(
    (Path(__file__).parent / "lay_phrases.yaml").read_text(encoding="utf-8")
)
PAIRS = [(path, phrase) for path, phrases in PHRASES.items() for phrase in phrases]
NEGATIONS = (
    "No {x}.",
    "I have no {x}.",
    "There is no {x}.",
    "Cramp in my calf last night, without {x}.",
    "I don't have {x}.",
    "She denies {x}.",
    "I have never had {x}.",
    "Calf cramp at night. No {x}, no fever.",
    "Not {x}, just an ordinary cramp.",
)


@pytest.mark.parametrize(("path", "phrase"), PAIRS)
def test_the_phrase_sets_its_sign(path: str, phrase: str) -> None:
    intake = parse_text(f"I have {phrase}.")
    assert resolve(intake, path) is True, [f.describe() for f in intake.evidence]
    alone = validate(Intake, {"symptoms": {path.split(".")[1]: True}})
    assert triage(intake).level == triage(alone).level


@pytest.mark.parametrize("template", NEGATIONS)
@pytest.mark.parametrize(("path", "phrase"), PAIRS)
def test_a_negated_sign_never_fires(path: str, phrase: str, template: str) -> None:
    text = template.format(x=phrase)
    intake = parse_text(text)
    assert resolve(intake, path) is not True, [f.describe() for f in intake.evidence]
    result = triage(intake)
    assert result.level == "self_care", (text, result.rules)


@pytest.mark.parametrize(("path", "phrase"), PAIRS[::3])
def test_a_denied_sign_is_recorded_as_no_with_its_words(path: str, phrase: str) -> None:
    intake = parse_text(f"There is no {phrase}.")
    facts = [f for f in intake.evidence if f.field == path]
    assert facts, [f.describe() for f in intake.evidence]
    assert facts[0].value is False
    assert facts[0].words.lower().startswith("no ")


def test_negation_stops_at_but() -> None:
    intake = parse_text("No swelling but the calf is red and warm.")
    assert intake.symptoms.calf_swelling_one_side is False
    assert intake.symptoms.calf_red_warm is True


def test_negation_runs_through_a_list() -> None:
    intake = parse_text("There is no swelling, redness or numbness.")
    assert intake.symptoms.calf_swelling_one_side is False
    assert intake.symptoms.calf_red_warm is False
    assert intake.symptoms.numbness_tingling is False


def test_a_negative_inside_a_phrase_negates_nothing_after_it() -> None:
    intake = parse_text("I can't catch my breath and my chest hurts.")
    assert intake.symptoms.breathless is True
    assert intake.symptoms.chest_pain is True


def test_present_anywhere_wins_over_denied_elsewhere() -> None:
    intake = parse_text("No swelling yesterday. Today my right calf is swollen.")
    assert intake.symptoms.calf_swelling_one_side is True


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([p for _, p in PAIRS]), min_size=1, max_size=4))
def test_a_list_of_denied_signs_is_self_care(phrases: list[str]) -> None:
    text = "Calf cramp at night. " + ", ".join(f"no {p}" for p in phrases) + "."
    result = triage(parse_text(text))
    assert result.level == "self_care", (text, result.rules)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(PAIRS), st.sampled_from([p for _, p in PAIRS]))
def test_a_sign_after_but_is_not_negated(pair: tuple[str, str], denied: str) -> None:
    path, phrase = pair
    intake = parse_text(f"No {denied}, but I have {phrase}.")
    assert resolve(intake, path) is True, [f.describe() for f in intake.evidence]
