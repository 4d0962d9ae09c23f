"""Within a level, the reason whose evidence is most specific to the text leads.

Intakes are made by hand (facts and the fields they set), as the reader fills them,
so these pin the ordering whatever the wording rules are; the free-text classes are
in ``test_reason_order_text.py``.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings

from crampcare.intake.model import Fact, Intake, Symptoms
from crampcare.reason_order import GENERIC_SIGNS, Evidence, evidence, evidences, order, yields
from crampcare.triage_rules import evaluate, red_flags, triage
from crampcare.vocabulary import LEVEL_ORDER
from tests.triage.test_properties import intakes


def _intake(facts: list[Fact], **fields: Any) -> Intake:
    symptoms = {f.field.split(".", 1)[1]: f.value for f in facts if f.field.startswith("symptoms.")}
    return Intake(symptoms=Symptoms(**symptoms), evidence=facts, **fields)


PASSED_OUT = [
    Fact(field="symptoms.unresponsive", value=True, words="passed out"),
    Fact(field="symptoms.fainting", value=True, words="passed out"),
]
IN_THE_HEAT = Fact(field="contexts", value="heat", words="in the heat")
JERKING = Fact(field="symptoms.seizure", value=True, words="jerking all over")


def test_a_faint_in_the_heat_leads_with_heat_stroke_and_still_lists_the_fit_rule() -> None:
    result = triage(_intake([*PASSED_OUT, IN_THE_HEAT], contexts=["heat"]))
    assert result.level == "emergency"
    assert result.rules == ["rf_heat_stroke", "rf_seizure", "rf_fainting"]
    # Heat stroke's own step comes before the fit's, after the call for help.
    assert "shade" in result.next_steps[1]


def test_jerking_in_the_heat_leads_with_the_fit_rule() -> None:
    faint = Fact(field="symptoms.fainting", value=True, words="fainted")
    result = triage(_intake([faint, JERKING, IN_THE_HEAT], contexts=["heat"]))
    assert result.rules[:2] == ["rf_seizure", "rf_heat_stroke"]


def test_a_faint_without_heat_keeps_the_fit_rule_first() -> None:
    assert triage(_intake(PASSED_OUT)).rules == ["rf_seizure", "rf_fainting"]


def test_not_responding_after_a_faint_in_the_heat_is_explained_by_the_heat() -> None:
    not_responding = Fact(field="symptoms.unresponsive", value=True, words="not responding")
    result = triage(_intake([*PASSED_OUT, not_responding, IN_THE_HEAT], contexts=["heat"]))
    assert result.rules[0] == "rf_heat_stroke"


def test_a_fit_in_pregnancy_leads_with_eclampsia() -> None:
    pregnant = Fact(field="pregnant", value=True, words="34 weeks pregnant")
    fit = Fact(field="symptoms.seizure", value=True, words="had a fit")
    result = triage(_intake([pregnant, fit], pregnant=True))
    assert result.rules == ["rf_eclampsia", "rf_seizure"]


def test_findings_from_answers_without_words_are_ordered_too() -> None:
    intake = Intake(symptoms=Symptoms(fainting=True, unresponsive=True), contexts=["heat"])
    assert triage(intake).rules[:2] == ["rf_heat_stroke", "rf_seizure"]


def test_a_past_fact_lends_no_words_and_its_field_stands_in() -> None:
    old_heat = Fact(field="contexts", value="heat", words="last summer", historical=True)
    intake = _intake([*PASSED_OUT, old_heat], contexts=["heat"])
    heat = next(r for r in red_flags() if r.id == "rf_heat_stroke")
    words, generic = evidence(heat, intake, evaluate)
    assert words == {"passed out", "<contexts>"} and generic == {"passed out"}


def _ev(rule: str, words: set[str], generic: frozenset[str] | set[str] = frozenset()) -> Evidence:
    return Evidence(rule, frozenset(words), frozenset(generic))


def test_a_rule_resting_on_a_generic_sign_yields_to_one_that_reads_it_in_context() -> None:
    fit = _ev("fit", {"passed out"}, {"passed out"})
    heat = _ev("heat", {"passed out", "in the heat"}, {"passed out"})
    assert yields(fit, heat) and not yields(heat, fit)


def test_a_rule_with_a_finding_of_its_own_yields_to_none() -> None:
    fit = _ev("fit", {"jerking"})
    heat = _ev("heat", {"fainted", "in the sun"}, {"fainted"})
    assert not yields(fit, heat) and not yields(heat, fit)


def test_a_generic_sign_is_not_explained_by_a_rule_that_reads_none() -> None:
    fit = _ev("fit", {"not responding"}, {"not responding"})
    lungs = _ev("lungs", {"coughing blood"})
    assert not yields(fit, lungs) and not yields(lungs, fit)


def test_the_generic_signs_are_fields_the_rules_read() -> None:
    read = set().union(*(r.when.fields() for r in red_flags()))
    assert read >= GENERIC_SIGNS


@settings(max_examples=300, deadline=None)
@given(intakes())
def test_ordering_keeps_every_fired_rule_and_the_level(intake: Intake) -> None:
    fired = [r for r in red_flags() if evaluate(r.when, intake)]
    ranked = order(fired, intake, evaluate)
    assert sorted(r.id for r in ranked) == sorted(r.id for r in fired)
    levels = [LEVEL_ORDER[r.level] for r in ranked]
    assert levels == sorted(levels, reverse=True)
    assert triage(intake).rules == [r.id for r in ranked]


@settings(max_examples=300, deadline=None)
@given(intakes())
def test_no_reason_comes_before_one_it_yields_to(intake: Intake) -> None:
    ranked = triage(intake).rules
    rules = {r.id: r for r in red_flags()}
    for level in {rules[r].level for r in ranked}:
        same = [rules[r] for r in ranked if rules[r].level == level]
        every = evidences(same, intake, evaluate)
        for i, earlier in enumerate(every):
            assert not any(yields(earlier, later) for later in every[i + 1 :])
