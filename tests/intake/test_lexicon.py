"""The intake lexicon is valid data: known Intake fields, real patterns, cited medicines."""

from __future__ import annotations

from typing import Any

import pytest

from crampcare.intake import Intake
from crampcare.intake.lexicon import Compiled, load_lexicon
from crampcare.intake.model import MedicineClass
from crampcare.triage import red_flags

LEX = load_lexicon()
ALL = LEX.phrases + tuple(c for group in LEX.place_groups for c in group)
_LISTS = {"locations", "contexts", "conditions", "events"}


def _as_intake(means: dict[str, Any]) -> Intake:
    data: dict[str, Any] = {}
    for path, value in means.items():
        head, _, rest = path.partition(".")
        if rest:
            data.setdefault(head, {})[rest] = value
        elif head in _LISTS:
            data[head] = value if isinstance(value, list) else [value]
        else:
            data[head] = value
    return Intake.model_validate(data)


@pytest.mark.parametrize("item", ALL, ids=[str(c.phrase.patterns[0])[:40] for c in ALL])
def test_every_phrase_means_valid_intake_values(item: Compiled) -> None:
    _as_intake(item.phrase.means)  # raises on an unknown field or value


def test_every_red_flag_symptom_has_lay_words() -> None:
    read = {f for r in red_flags() for f in r.when.fields() if f.startswith("symptoms.")}
    worded = {p for c in LEX.phrases for p in c.phrase.means}
    # Swelling words mean one calf or both legs depending on the words around them.
    worded.add("symptoms.swelling_both_legs")
    assert read - worded == set()


def test_medicine_classes_are_known_and_cited() -> None:
    known = set(MedicineClass.__args__)  # type: ignore[attr-defined]
    for cls in LEX.classes.values():
        assert cls.id in known
        assert all(s.url for s in cls.sources), cls.id


def test_no_medicine_word_belongs_to_two_classes() -> None:
    seen: dict[str, str] = {}
    for cls in LEX.classes.values():
        for med in cls.medicines:
            for word in (med.name, *med.brands):
                assert seen.setdefault(word.lower(), cls.id) == cls.id, word


def test_cramp_classes_are_the_ones_the_medicine_rule_names() -> None:
    rule = next(r for r in red_flags() if r.id == "rf_medicine")
    named = {c.contains for c in rule.when.any_ or () if c.field == "medicines"}
    cramping = {c.id for c in LEX.classes.values() if c.causes_cramps}
    assert cramping <= named
