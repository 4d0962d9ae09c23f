"""Rule cases as data: every YAML case gets its level and fires what it should."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from crampcare.intake import Intake, parse_text
from crampcare.triage_rules import red_flags, triage
from crampcare.typed import validate

CASES_DIR = Path(__file__).parent / "cases"


def _cases() -> list[dict[str, Any]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            out.append({**case, "file": path.name})
    return out


CASES = _cases()


def _intake(case: dict[str, Any]) -> Intake:
    if "text" in case:
        return parse_text(case["text"])
    return validate(Intake, case["intake"])


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_rule_case(case: dict[str, Any]) -> None:
    intake = _intake(case)
    result = triage(intake)
    accepted = case.get("levels") or [case["level"]]
    understood = [f.describe() for f in intake.evidence]
    assert result.level in accepted, (result.rules, understood)
    assert set(case.get("fires", ())) <= set(result.rules), (result.rules, understood)
    assert not set(case.get("not_fires", ())) & set(result.rules), (result.rules, understood)


def test_every_rule_has_a_case_that_fires_it_and_one_that_does_not() -> None:
    fired = {r for c in CASES for r in c.get("fires", ())}
    spared = {r for c in CASES for r in c.get("not_fires", ())}
    ids = {r.id for r in red_flags()}
    assert {"without a firing case": ids - fired, "without a sparing case": ids - spared} == {
        "without a firing case": set(),
        "without a sparing case": set(),
    }


def test_case_ids_are_unique() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
