"""The prefilter reads CPython's private ``re._parser``; without it, it requires nothing.

Kept for a measured reason (a one-off ``check`` compiles far fewer patterns), so
it must fall back safely on a Python that moves or drops the private parser:
no clauses, the trigger index alone, the same findings.
"""

from __future__ import annotations

import json
import re
import sys

import pytest

from crampcare.intake import parse_text
from crampcare.intake import prefilter as prefilter_module
from crampcare.intake.prefilter import requirements
from crampcare.typed import dump_json
from tests.conftest import REFERENCE

TEXTS = [
    json.loads(line)["text"]
    for line in (REFERENCE / "triage_blind" / "dev_a.jsonl").read_text().splitlines()[:60]
]


def test_requirements_are_sharp_with_the_private_parser() -> None:
    clauses = requirements(
        "(cramp|spasm)\\w* in my (chest|stomach)", frozenset({"cramp", "spasm", "chest", "stomach"})
    )
    assert frozenset({"chest", "stomach"}) in clauses


def test_without_the_private_parser_requirements_ask_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As on a CPython without it: the attribute gone, and importing it fails.
    monkeypatch.delattr(re, "_parser")
    monkeypatch.setitem(sys.modules, "re._parser", None)
    allowed = frozenset({"cramp", "spasm", "chest", "stomach"})
    assert requirements("(cramp|spasm)\\w* in my (chest|stomach)", allowed) == ()


def test_without_the_private_parser_the_intake_is_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_parser = [dump_json(parse_text(t)) for t in TEXTS]
    import crampcare.intake.lexicon as lexicon

    monkeypatch.setattr(prefilter_module, "requirements", lambda source, allowed: ())
    monkeypatch.setattr(lexicon, "requirements", lambda source, allowed: ())
    monkeypatch.setattr(lexicon, "_clause_cache", lambda: {})
    for group in lexicon.load_lexicon().phrases:
        for pattern in group.patterns:
            pattern._clauses = None
    without = [dump_json(parse_text(t)) for t in TEXTS]
    assert without == with_parser
