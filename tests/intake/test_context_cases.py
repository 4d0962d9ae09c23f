"""ConText cases and fail-safe concern cues, as data (tests/intake/*_cases.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from crampcare.intake import parse_text
from crampcare.triage_rules import resolve, triage
from tests.intake.reading import parsed_level

HERE = Path(__file__).parent
ORDER = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}
CONTEXT: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (HERE / "context_cases.yaml").read_text(encoding="utf-8")
)
CASES = [(category, case) for category, cases in CONTEXT.items() for case in cases]
CONCERNS: list[dict[str, Any]] = yaml.safe_load(
    (HERE / "concern_cases.yaml").read_text(encoding="utf-8")
)
_FLAG = {
    "hypothetical": lambda f: f.hypothetical,
    "historical": lambda f: f.historical,
    "other": lambda f: f.experiencer == "other",
    "uncertain": lambda f: f.certainty == "uncertain",
}


def _fires(value: Any) -> bool:
    return value is True or (isinstance(value, list | set) and bool(value))


@pytest.mark.parametrize(("category", "case"), CASES, ids=[c["text"][:50] for _, c in CASES])
def test_a_finding_fires_only_in_a_present_real_certain_context(
    category: str, case: dict[str, Any]
) -> None:
    intake = parse_text(case["text"])
    facts = [f.describe() for f in intake.evidence]
    assert _fires(resolve(intake, case["field"])) is case["fires"], (category, facts)
    if "kept" in case:
        kept = [f for f in intake.evidence if f.field.startswith(case["field"])]
        assert any(_FLAG[case["kept"]](f) for f in kept), facts


def test_an_uncertain_red_flag_asks_its_question() -> None:
    intake = parse_text("I might have a bit of a temperature and my calf cramps.")
    assert [c.question for c in intake.concerns] == ["meningitis"]


@pytest.mark.parametrize("case", CONCERNS, ids=[c["text"][:50] for c in CONCERNS])
def test_a_worrying_cue_is_never_silent(case: dict[str, Any]) -> None:
    intake = parse_text(case["text"])
    raised = {c.topic: c.level for c in intake.concerns}
    for topic, level in case.get("raises", {}).items():
        assert raised.get(topic, "missing") == level, raised
    for topic in case.get("quiet", []):
        assert topic not in raised, raised
    if "level" in case:
        assert parsed_level(case["text"]) == case["level"], (raised, triage(intake).rules)
    for c in intake.concerns:
        assert c.reason and c.words and (c.question or c.level)


def test_what_was_set_aside_says_why() -> None:
    from crampcare.intake import understood

    lines = understood(parse_text("My dad had chest pain last year. I get calf cramps."))
    assert any("chest pain" in line and "set aside" in line for line in lines), lines
    assert not any("calf" in line and "set aside" in line for line in lines), lines
