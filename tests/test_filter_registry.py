"""Every filter id an exclusion can carry is in the registry and in the generated rules document."""

from __future__ import annotations

from pathlib import Path

from crampcare.guide import build_session
from crampcare.knowledge import load
from crampcare.safety import FILTERS_BY_ID, NEEDS_HELPER

RULES_DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def _session_exclusions() -> set[str]:
    kb = load()
    found: set[str] = set()
    for where in ("calf", "foot", "thigh_front", "thigh_back"):
        for situations in ((), ("pregnancy",), ("diabetes", "anticoagulants")):
            session = build_session(kb, where, "night", situations, helper=False)
            found.update(e.filter for e in session.excluded)
    return found


def test_every_filter_a_session_uses_is_registered_and_documented() -> None:
    used = _session_exclusions()
    assert NEEDS_HELPER in used  # a technique that needs a second person, asked alone
    doc = RULES_DOC.read_text(encoding="utf-8")
    assert {f for f in used if f not in FILTERS_BY_ID} == set()
    assert {f for f in used if f"`{f}`" not in doc} == set()


def test_every_registered_filter_is_documented() -> None:
    doc = RULES_DOC.read_text(encoding="utf-8")
    assert [f for f in FILTERS_BY_ID if f"`{f}`" not in doc] == []
