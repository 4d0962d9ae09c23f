"""Safety filters: stable ids, and each filter's cases (filter_cases.yaml) on the real KB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from crampcare.knowledge import load
from crampcare.safety import FILTERS, FILTERS_BY_ID, SAFETY_NET, contraindication, exclusion
from crampcare.vocabulary import Situation

KB = load()
CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "filter_cases.yaml").read_text(encoding="utf-8")
)["cases"]


def test_filter_ids_are_unique_and_well_formed() -> None:
    ids = [f.id for f in FILTERS]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("F-") and i == i.lower().replace("f-", "F-", 1) for i in ids)


def test_every_situation_has_a_contraindication_filter() -> None:
    for s in Situation:
        assert f"F-contra-{s.value.replace('_', '-')}" in FILTERS_BY_ID


def test_every_net_rule_has_cases_that_fire_and_that_do_not() -> None:
    for rule in SAFETY_NET:
        outcomes = {c["fires"] for c in CASES if c["filter"] == rule.id}
        assert outcomes == {True, False}, rule.id


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{c['filter']}:{c['entry']}:{c['fires']}" for c in CASES]
)
def test_filter_case(case: dict[str, Any]) -> None:
    entry = KB.get(case["entry"])
    reason = FILTERS_BY_ID[case["filter"]].check(entry, frozenset(case["situations"]))
    assert bool(reason) is case["fires"], reason
    if case["fires"]:
        assert reason and len(reason) >= 10


def test_exclusion_names_the_first_filter_and_keeps_the_grade() -> None:
    ex = exclusion(KB.get("fa_pin_prick"), {"anticoagulants"})
    assert ex is not None and ex.filter == "F-grade-avoid" and ex.grade == "avoid"
    assert exclusion(KB.get("fa_toe_pull"), set()) is None


def test_contraindication_ignores_grades() -> None:
    assert contraindication(KB.get("fa_pin_prick"), set()) is None
    ex = contraindication(KB.get("fa_pin_prick"), {"anticoagulants"})
    assert ex is not None and ex.filter.startswith(("F-contra-", "F-net-"))
