"""Every red-flag rule reads only fields that exist on Intake."""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

from crampcare.intake import Intake
from crampcare.knowledge import load
from crampcare.knowledge.schema import RedFlag
from crampcare.triage_rules import red_flags
from crampcare.typed import field_names


def _field_exists(model: type[Any], path: str) -> bool:
    head, _, rest = path.partition(".")
    if head not in field_names(model):
        return False
    if not rest:
        return True
    annotation = typing.get_type_hints(model)[head]
    candidates = typing.get_args(annotation) or (annotation,)
    return any(
        isinstance(c, type) and dataclasses.is_dataclass(c) and _field_exists(c, rest)
        for c in candidates
    )


def test_every_rule_field_exists_on_intake() -> None:
    missing = {
        rule.id: sorted(f for f in rule.when.fields() if not _field_exists(Intake, f))
        for rule in red_flags()
    }
    assert {k: v for k, v in missing.items() if v} == {}


def test_the_field_check_rejects_unknown_paths() -> None:
    assert _field_exists(Intake, "symptoms.fever")
    assert not _field_exists(Intake, "symptoms.no_such_sign")
    assert not _field_exists(Intake, "fever")


def test_packaged_rules_match_the_knowledge_base() -> None:
    from_kb = {r.id for r in load().of_kind(RedFlag)}
    assert from_kb == {r.id for r in red_flags()}
    assert len(from_kb) >= 20
