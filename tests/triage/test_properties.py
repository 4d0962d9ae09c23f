"""Property tests over generated intakes: more red flags never mean a lower level."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, get_args

from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.intake import Intake, Symptoms
from crampcare.intake.model import Disease, Event, MedicineClass, When
from crampcare.triage_rules import red_flags, triage
from crampcare.typed import field_names, validate
from crampcare.vocabulary import LEVEL_ORDER, Location

SYMPTOMS = tuple(field_names(Symptoms))
TRISTATE = st.sampled_from([None, True, False])


@st.composite
def intakes(draw: st.DrawFn) -> Intake:
    data: dict[str, Any] = {
        "symptoms": {name: draw(TRISTATE) for name in SYMPTOMS},
        "age": draw(st.none() | st.integers(0, 100)),
        "pregnant": draw(st.booleans()),
        "who": draw(st.sampled_from(["self", "child", "partner", "parent", "other"])),
        "locations": draw(st.lists(st.sampled_from(get_args(Location)), max_size=3)),
        "contexts": draw(st.lists(st.sampled_from(get_args(When)), max_size=3)),
        "frequency_per_week": draw(st.none() | st.floats(0, 14)),
        "duration_minutes": draw(st.none() | st.floats(0, 60)),
        "eased_by_stretching": draw(TRISTATE),
        "medicines": [
            {"name": f"medicine {i}", "cls": cls}
            for i, cls in enumerate(draw(st.lists(st.sampled_from(get_args(MedicineClass)))))
        ],
        "conditions": draw(st.sets(st.sampled_from(get_args(Disease)), max_size=3)),
        "events": draw(st.sets(st.sampled_from(get_args(Event)), max_size=3)),
        "heavy_alcohol": draw(st.booleans()),
        "tetanus_up_to_date": draw(TRISTATE),
    }
    return validate(Intake, data)


def _with(intake: Intake, symptom: str) -> Intake:
    symptoms = replace(intake.symptoms, **{symptom: True})
    return replace(intake, symptoms=symptoms)


@settings(max_examples=400, deadline=None)
@given(intakes(), st.sampled_from(SYMPTOMS))
def test_adding_a_red_flag_symptom_never_lowers_the_level(intake: Intake, symptom: str) -> None:
    before = triage(intake)
    after = triage(_with(intake, symptom))
    assert LEVEL_ORDER[after.level] >= LEVEL_ORDER[before.level]
    assert set(before.rules) <= set(after.rules)


@settings(max_examples=300, deadline=None)
@given(intakes(), st.lists(st.sampled_from(SYMPTOMS), min_size=1, max_size=5))
def test_adding_several_symptoms_never_lowers_the_level(
    intake: Intake, symptoms: list[str]
) -> None:
    more = intake
    for symptom in symptoms:
        more = _with(more, symptom)
    assert LEVEL_ORDER[triage(more).level] >= LEVEL_ORDER[triage(intake).level]


@settings(max_examples=300, deadline=None)
@given(intakes())
def test_the_level_is_the_highest_fired_rule_and_every_rule_says_why(intake: Intake) -> None:
    result = triage(intake)
    levels = [LEVEL_ORDER[r.level] for r in result.reasons]
    assert LEVEL_ORDER[result.level] == max(levels, default=0)
    assert all(r.message and r.sources for r in result.reasons)
    assert result.next_steps
    if result.level == "emergency":
        assert "emergency" in result.next_steps[0].lower()


@settings(max_examples=200, deadline=None)
@given(intakes())
def test_denying_every_symptom_fires_no_symptom_only_rule(intake: Intake) -> None:
    denied = replace(intake, symptoms=validate(Symptoms, dict.fromkeys(SYMPTOMS, False)))
    rules = {r.id: r for r in red_flags()}
    for reason in triage(denied).reasons:
        fields = rules[reason.rule].when.fields()
        assert not all(f.startswith("symptoms.") for f in fields), reason.rule
