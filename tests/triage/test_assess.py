"""assess(): concerns, context-flagged facts, provisional results and answers.

Intakes are made by hand, as the free-text reader would fill them, so these
tests pin the contract whatever the reader's wording rules are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from crampcare.assessment import assess, check_answers, red_flag_questions
from crampcare.intake.model import Concern, Fact, Intake, Symptoms
from crampcare.triage_rules import DEFAULT_STEPS


def _calf_at_night(evidence: Sequence[Fact] = (), **extra: Any) -> Intake:
    facts = [Fact(field="locations", value="calf", words="calf"), *evidence]
    return Intake(locations=["calf"], evidence=facts, **extra)


def test_self_care_from_text_is_provisional_and_lists_every_open_red_flag_question() -> None:
    result = assess(_calf_at_night(), from_text=True)
    assert result.level == "self_care" and result.provisional
    asked = [c.question for c in result.to_confirm]
    follow_ups = (
        "stretch",
        "tetanus",
        "pre_eclampsia",
    )  # asked after a long cramp, wound, pregnancy
    expected = [q.id for q in red_flag_questions() if q.id not in follow_ups]
    assert asked == expected  # most urgent first; follow-ups only after their lead question
    assert {c.level for c in result.to_confirm} == {"emergency", "urgent"}


def test_the_same_intake_from_answers_is_final() -> None:
    result = assess(_calf_at_night())
    assert result.level == "self_care" and not result.provisional and result.to_confirm == []


def test_a_question_the_text_settled_either_way_is_not_asked() -> None:
    intake = _calf_at_night(symptoms=Symptoms(breathless=False), events={"poisoning"})
    asked = [c.question for c in assess(intake, from_text=True).to_confirm]
    assert "lungs" not in asked
    denied = Fact(field="events", value="wound", words="no cut", negated=True)
    intake = _calf_at_night(evidence=[denied])
    assert "wound" not in [c.question for c in assess(intake, from_text=True).to_confirm]


@pytest.mark.parametrize(
    ("flag", "said"),
    [
        ({"hypothetical": True}, "as a 'what if'"),
        ({"historical": True}, "in the past"),
        ({"experiencer": "other"}, "about someone else"),
        ({"certainty": "uncertain"}, "without being sure"),
    ],
)
def test_a_set_aside_fact_is_said_as_such_and_its_question_stays_open(
    flag: dict[str, Any], said: str
) -> None:
    fact = Fact(field="symptoms.chest_pain", value=True, words="chest pain", **flag)
    result = assess(_calf_at_night(evidence=[fact]), from_text=True)
    assert result.level == "self_care"
    lungs = next(c for c in result.to_confirm if c.question == "lungs")
    assert said in lungs.why and "chest pain" in lungs.why
    assert any("chest pain: set aside" in line or "not sure" in line for line in result.understood)


def test_a_concern_with_a_level_raises_it_by_its_own_rule() -> None:
    concern = Concern(
        topic="blood",
        words="blood",
        reason="You mentioned blood: we could not tell where from.",
        level="urgent",
    )
    result = assess(_calf_at_night(concerns=[concern]), from_text=True)
    assert result.level == "urgent"
    assert "concern-blood" in result.rules
    assert concern.reason in result.not_understood
    assert result.next_steps[-1] == DEFAULT_STEPS["urgent"][0]
    assert not any(s.startswith("Stretch") for s in result.next_steps)


def test_a_concern_with_a_question_asks_it_with_its_reason_never_silent_self_care() -> None:
    reason = "You mentioned tablets: we could not tell how many or whether on purpose."
    concern = Concern(topic="overdose", words="tablets", reason=reason, question="poison")
    result = assess(_calf_at_night(concerns=[concern]))  # even from structured answers
    assert result.provisional
    item = next(c for c in result.to_confirm if c.question == "poison")
    assert item.why == reason and item.level == "emergency"
    assert assess(_calf_at_night(concerns=[concern]), answers={"poison": True}).level == "emergency"
    final = assess(_calf_at_night(concerns=[concern]), answers={"poison": False})
    assert final.level == "self_care" and not final.provisional


def test_an_emergency_asks_nothing() -> None:
    concern = Concern(topic="overdose", words="pills", reason="pills", question="poison")
    intake = _calf_at_night(symptoms=Symptoms(cold_pale_limb=True), concerns=[concern])
    result = assess(intake, from_text=True)
    assert result.level == "emergency" and result.to_confirm == [] and not result.provisional
    assert result.next_steps[0].startswith("Call your emergency number")
    assert "Do not warm, rub or raise the limb while you wait." in result.next_steps


def test_an_emergency_concern_puts_the_call_first() -> None:
    concern = Concern(topic="overdose", words="all my pills", reason="Pills.", level="emergency")
    result = assess(_calf_at_night(concerns=[concern]), from_text=True)
    assert result.level == "emergency" and result.reasons[0].rule == "concern-overdose"
    assert result.next_steps[0].startswith("Call your emergency number")
    assert not any(s.startswith("Stretch") for s in result.next_steps)


def test_answers_and_skips_make_a_provisional_result_final() -> None:
    intake = _calf_at_night()
    open_ids = [c.question for c in assess(intake, from_text=True).to_confirm]
    answers = {q: False for q in open_ids if q != "duration"}
    result = assess(intake, from_text=True, answers=answers, skipped=["duration"])
    assert result.level == "self_care" and not result.provisional
    assert any(
        line.startswith("Skipped on purpose: How many minutes") for line in result.understood
    )


def test_a_wound_answer_brings_the_tetanus_question_and_urgent_level() -> None:
    result = assess(_calf_at_night(), from_text=True, answers={"wound": True})
    assert result.level == "urgent" and "rf_tetanus_wound" in result.rules


def test_urgent_from_text_still_asks_only_the_emergency_signs() -> None:
    intake = _calf_at_night(symptoms=Symptoms(calf_swelling_one_side=True))
    result = assess(intake, from_text=True)
    assert result.level == "urgent" and result.provisional
    assert {c.level for c in result.to_confirm} == {"emergency"}
    assert "lungs" in [c.question for c in result.to_confirm]


@pytest.mark.parametrize(
    "answers",
    [{"nope": True}, {"fit": 1}, {"duration": True}, {"duration": -1}, {"age": 400}],
)
def test_bad_answers_are_refused_by_name(answers: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=repr(next(iter(answers)))):
        check_answers(answers)


def test_the_plan_counts_concerns_too() -> None:
    from crampcare.plan import build_plan

    concern = Concern(topic="overdose", words="all my pills", reason="Pills.", level="emergency")
    plan = build_plan(_calf_at_night(concerns=[concern]))
    assert plan.emergency and "concern-overdose" in plan.triage.rules
