"""Free text: a faint in the heat or hard exertion leads with heat stroke, a fit with the fit.

The person reads the first message. A collapse in the heat or during hard exertion,
with no jerking, is heat illness beyond cramps (triage.md); a whole-body fit is a
fit wherever it happens. Wordings are written here, crossed so no one sentence is
what passes.
"""

from __future__ import annotations

import itertools

import pytest

from crampcare.assessment import assess
from crampcare.intake import read_text
from crampcare.triage_rules import TriageResult

COLLAPSES = ("passed out", "keeled over", "blacked out", "went down", "fainted", "collapsed")
HEAT_OR_EXERTION = (
    "in the sun",
    "on a hot day",
    "in the sauna",
    "at the marathon",
    "in the heatwave",
    "after a really hard workout",
)
WHO = ("my dad", "I", "my friend")
FITS = (
    "had a fit, his whole body jerking",
    "started jerking all over",
    "went stiff and was shaking all over",
    "had a seizure",
)


def _result(text: str) -> TriageResult:
    return assess(read_text(text), from_text=True)


def _heat_stroke(message: str) -> bool:
    return "heat stroke" in message.lower()


@pytest.mark.parametrize(
    ("who", "collapse", "where"), list(itertools.product(WHO, COLLAPSES, HEAT_OR_EXERTION))
)
def test_a_collapse_in_heat_or_exertion_leads_with_heat_stroke(
    who: str, collapse: str, where: str
) -> None:
    result = _result(f"{who} {collapse} {where} after a cramp in the leg")
    assert result.level == "emergency"
    assert _heat_stroke(result.reasons[0].message), result.rules
    assert not any(w in result.reasons[0].message.lower() for w in ("jerking", "seizure"))


def test_the_fit_rule_is_still_listed_after_heat_stroke_when_its_finding_is_there() -> None:
    result = _result("my dad passed out in the heat after his leg cramped while gardening")
    assert result.rules[:2] == ["rf_heat_stroke", "rf_seizure"]


@pytest.mark.parametrize(("fit", "where"), list(itertools.product(FITS, HEAT_OR_EXERTION)))
def test_a_whole_body_fit_in_heat_or_exertion_leads_with_the_fit(fit: str, where: str) -> None:
    result = _result(f"my son collapsed {where} and {fit}")
    assert result.level == "emergency"
    assert result.rules[0] in ("rf_seizure", "rf_eclampsia"), result.rules
    if "rf_heat_stroke" in result.rules:
        assert result.rules.index("rf_seizure") < result.rules.index("rf_heat_stroke")


@pytest.mark.parametrize(
    "text",
    [
        "the swelling in my calf went down after a really hard workout",
        "my calf cramp went down after the sauna",
        "I went down to the sauna and my calf cramped",
    ],
)
def test_something_else_going_down_in_heat_or_exertion_is_no_collapse(text: str) -> None:
    assert not any(_heat_stroke(r.message) for r in _result(text).reasons)


def test_not_responding_after_going_down_in_the_heat_is_heat_stroke_first() -> None:
    result = _result("my mum went down in the heatwave and isn't responding")
    assert result.rules[:2] == ["rf_heat_stroke", "rf_seizure"]
