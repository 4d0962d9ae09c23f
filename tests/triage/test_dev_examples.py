"""The worked examples of tests/data/triage_dev.jsonl all get an accepted level."""

from __future__ import annotations

import json
from typing import Any

import pytest

from crampcare.intake import parse_text
from crampcare.triage_rules import triage
from tests.conftest import REFERENCE

DEV_FILE = REFERENCE / "triage_dev.jsonl"


def _examples() -> list[dict[str, Any]]:
    assert DEV_FILE.is_file(), f"dev examples not found at {DEV_FILE}"
    lines = DEV_FILE.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


EXAMPLES = _examples()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["id"] for e in EXAMPLES])
def test_dev_example_gets_an_accepted_level(example: dict[str, Any]) -> None:
    intake = parse_text(example["text"])
    result = triage(intake)
    assert result.level in example["levels"], (
        example["why"],
        result.rules,
        [f.describe() for f in intake.evidence],
    )


def test_all_dev_examples_are_there() -> None:
    assert len(EXAMPLES) == 28
