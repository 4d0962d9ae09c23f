"""The compiled red-flag conditions say what the conditions say, read one step at a time."""

from __future__ import annotations

from typing import Any

import pytest

from crampcare.flag_rules import FlagCondition
from crampcare.intake.parse import parse_text
from crampcare.triage_rules import _comparison, evaluate, red_flags, resolve
from tests.blind_corpus import blind_texts, share_of


def _read_plainly(cond: Any, intake: Any) -> bool:
    """A condition evaluated as written: all/any/not, then the field's value and its test."""
    if cond.all_ is not None:
        return all(_read_plainly(c, intake) for c in cond.all_)
    if cond.any_ is not None:
        return any(_read_plainly(c, intake) for c in cond.any_)
    if cond.not_ is not None:
        return not _read_plainly(cond.not_, intake)
    value = resolve(intake, cond.field)
    return value is not None and _comparison(cond)(value)


def _conditions(cond: Any) -> list[Any]:
    """A condition and every condition inside it."""
    inner = [*(cond.all_ or ()), *(cond.any_ or ()), *([cond.not_] if cond.not_ else [])]
    return [cond, *(c for i in inner for c in _conditions(i))]


def _blind_texts(every: int) -> list[str]:
    return share_of(blind_texts(), every)


@pytest.mark.parametrize(
    "intake",
    [
        None,
        {},
        {"symptoms": {"fever": True, "calf_swelling_one_side": True}, "age": 80},
        {"symptoms": None, "medicines": ["statin"], "duration_minutes": 30},
        {"symptoms": {"fever": "yes"}, "conditions": "kidney_disease"},
    ],
)
def test_compiled_conditions_read_dicts_and_nothing_as_the_plain_reading_does(intake: Any) -> None:
    for rule in red_flags():
        for cond in _conditions(rule.when):
            assert evaluate(cond, intake) == _read_plainly(cond, intake), (rule.id, intake)


def test_compiled_conditions_agree_with_the_plain_reading_on_blind_texts() -> None:
    conditions = [c for rule in red_flags() for c in _conditions(rule.when)]
    assert len(conditions) > 100
    fired = 0
    # (one in ten since round s38, one in seven before: the corpus grows by 1,000 a round)
    # (one in ten until round s39, one in fifteen until s40, one in twenty since: 46,000
    # texts and a CI past budget)
    for text in _blind_texts(every=30):
        intake = parse_text(text)
        for cond in conditions:
            got = evaluate(cond, intake)
            assert got == _read_plainly(cond, intake), (text, cond)
            fired += got
    assert fired > 100  # the texts do raise red flags: both readings were tested on "yes"


def test_a_condition_on_a_method_is_never_met() -> None:
    # Methods are not data: a rule naming one reads nothing, as an unknown field does.
    cond = FlagCondition(field="symptoms.__init__", is_=True)
    assert not evaluate(cond, parse_text("my calf is cramping"))


def test_a_rule_left_out_for_want_of_its_signs_would_not_have_fired() -> None:
    """``triage`` does not evaluate a packaged rule none of whose needed signs is true
    (``_needs``): the same rules fire, in the same order, as when every rule is read."""
    from crampcare.intake.model import Intake, Symptoms
    from crampcare.triage_rules import _needs, triage

    flags = red_flags()
    assert sum(_needs(r.when) is not None for r in flags) > len(flags) // 2
    fired = 0
    for text in _blind_texts(every=43):
        intake = parse_text(text)
        assert triage(intake) == triage(intake, rules=list(flags)), text
        fired += bool(triage(intake).reasons)
    assert fired > 100
    # Each needed sign alone, and with each other, fires what a full reading fires.
    signs = sorted({s for r in flags for s in (_needs(r.when) or ())})
    for a in signs:
        for b in signs:
            intake = Intake(symptoms=Symptoms(**{a: True, b: True}), pregnant=True)
            assert triage(intake) == triage(intake, rules=list(flags)), (a, b)
