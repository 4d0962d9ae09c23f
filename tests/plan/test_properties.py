"""Property-based guards on the plan: each safety rule holds for any generated intake.

``MAX_EXAMPLES`` cases per property: 5 properties x 300 = 1,500 generated plans
(about 15-20 s). The advice properties draw at most one symptom, so most plans
carry advice; the emergency property draws up to six, so many are emergencies.
"""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings

from crampcare.intake import Intake
from crampcare.knowledge import load
from crampcare.knowledge.schema import NEVER_ADVISED, Cause, Prevention, Technique
from crampcare.plan import Plan, build_plan
from crampcare.safety import contraindication
from crampcare.vocabulary import Grade
from tests.plan.strategies import intakes

KB = load()
MAX_EXAMPLES = 300
SETTINGS = settings(
    max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _advice_entries(plan: Plan) -> list[tuple[str, object]]:
    return [(item.id, KB.get(item.id)) for item in plan.advice()]


@SETTINGS
@given(intakes(max_symptoms=1))
def test_no_avoid_or_clinician_only_item_is_ever_advice(intake: Intake) -> None:
    plan = build_plan(intake)
    for item in plan.advice():
        entry = KB.get(item.id)
        assert entry.grade not in NEVER_ADVISED, item.id
        assert entry.grade != Grade.INEFFECTIVE, item.id
        if isinstance(entry, Cause):
            # A look-alike told first ("is it a cramp?") carries its link, never a grade.
            assert item.grade is None, item.id
        else:
            assert entry.grade is not None and item.grade == entry.grade.value, item.id
        if isinstance(entry, Technique):
            assert entry.self_care, item.id


@SETTINGS
@given(intakes(max_symptoms=1))
def test_nothing_contraindicated_for_the_persons_situations(intake: Intake) -> None:
    plan = build_plan(intake)
    situations = intake.situations()
    event(f"situations: {len(situations)}")
    event(f"level: {plan.triage.level}")
    for item in [*plan.advice(), *plan.doctor]:
        if item.kind == "medicine":
            continue  # the person's own medicine, named so they can ask about it
        entry = KB.get(item.id)
        assert not entry.contraindicated_for(situations), (item.id, situations)
        assert contraindication(entry, situations) is None, (item.id, situations)
        if isinstance(entry, Prevention):
            for tid in entry.techniques:
                assert not KB.get(tid).contraindicated_for(situations), (item.id, tid)
        if isinstance(entry, Technique):
            for step in entry.steps:
                points = [p for p in (step.point, *step.also_points) if p]
                unsafe = any(contraindication(KB.get(p), situations) for p in points)
                if unsafe:
                    assert not any(s.startswith(step.instruction) for s in item.steps), item.id


@SETTINGS
@given(intakes(max_symptoms=6))
def test_an_emergency_plan_holds_only_the_emergency_instruction(intake: Intake) -> None:
    plan = build_plan(intake)
    event(f"level: {plan.triage.level}")
    if plan.triage.level != "emergency":
        return
    assert plan.emergency
    assert not (plan.first_aid or plan.routine or plan.foods or plan.doctor or plan.avoid)
    assert plan.notes == plan.triage.next_steps
    assert "emergency" in plan.notes[0].lower()


@SETTINGS
@given(intakes())
def test_every_item_has_an_entry_id_and_a_reason(intake: Intake) -> None:
    plan = build_plan(intake)
    for key in ("first_aid", "routine", "foods", "doctor", "avoid"):
        for item in plan.section(key):
            assert item.id in KB, item.id
            assert len(item.why) >= 10, item
    for item in plan.avoid:
        assert item.filter and item.filter.startswith("F-"), item
    for ex in plan.excluded:
        assert ex.filter.startswith("F-") and ex.reason


@SETTINGS
@given(intakes())
def test_triage_comes_first_and_urgent_plans_give_no_self_care_yet(intake: Intake) -> None:
    plan = build_plan(intake)
    assert next(iter(Plan.model_fields)) == "triage"
    if plan.triage.level == "urgent":
        assert not plan.advice()
        assert plan.notes
    if plan.triage.level in ("self_care", "doctor"):
        assert plan.first_aid, "a non-urgent plan always says what to do in a cramp"
