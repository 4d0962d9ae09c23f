"""Classes of lay wording reach the right level (tests/intake/wording_cases.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from crampcare.intake import parse_text
from crampcare.triage_rules import triage

ORDER = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}
CLASSES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "wording_cases.yaml").read_text(encoding="utf-8")
)
CASES = [(name, case) for name, cases in CLASSES.items() for case in cases]


@pytest.mark.parametrize(("name", "case"), CASES, ids=[c["text"][:60] for _, c in CASES])
def test_a_wording_class_reaches_its_level(name: str, case: dict[str, Any]) -> None:
    intake = parse_text(case["text"])
    result = triage(intake)
    level = result.level
    for c in intake.concerns:
        if c.level and ORDER[c.level] > ORDER[level]:
            level = c.level
    facts = [f.describe() for f in intake.evidence]
    assert level == case["level"], (name, result.rules, [c.topic for c in intake.concerns], facts)


def test_atrial_fibrillation_is_a_heart_condition_not_heart_failure() -> None:
    intake = parse_text("I have atrial fibrillation.")
    assert intake.conditions == {"heart_disease"}
    assert [f.words for f in intake.evidence] == ["atrial fibrillation"]


def test_a_journey_is_not_the_length_of_a_cramp() -> None:
    assert parse_text("After a 14-hour flight I had a quick cramp.").duration_minutes is None


def test_a_misspelled_word_is_read_as_meant() -> None:
    assert parse_text("He had a siezure.").symptoms.seizure is True
    assert "dialysis" in parse_text("I'm on dialisis.").conditions
    assert parse_text("I started ralloxifene.").medicines[0].name == "raloxifene"


def test_passing_out_in_the_heat_is_read_as_heat_stroke_not_only_a_fit() -> None:
    from crampcare.triage_rules import triage as run

    rules = run(
        parse_text("Playing football in 34 degrees, my friend cramped and then passed out.")
    ).rules
    assert "rf_heat_stroke" in rules


def test_hot_skin_all_over_is_not_a_red_warm_calf() -> None:
    intake = parse_text("In the sun all day, cramps in his legs, and now his skin is hot and dry.")
    assert intake.symptoms.calf_red_warm is None
    assert parse_text("My left calf is hot and red.").symptoms.calf_red_warm is True
