"""Pickle brine is a large salt load: never offered, unflagged, to someone whose salt matters.

Property: for any intake that also takes a diuretic, or has heart failure or kidney
disease (or dialysis), no plan offers pickle juice as advice, and the knowledge
base gives the reason it is not for them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampcare.intake import Intake, Medicine, parse_text
from crampcare.intake.model import Disease
from crampcare.knowledge import load
from crampcare.plan import build_plan
from crampcare.safety import contraindication
from tests.plan.strategies import intakes

PICKLE = "rm_pickle_juice"
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _salt_sensitive(intake: Intake, why: str) -> Intake:
    if why == "diuretic":
        medicines = [*intake.medicines, Medicine(name="furosemide", cls="diuretic")]
        return replace(intake, medicines=medicines)
    return replace(intake, conditions={*intake.conditions, cast("Disease", why)})


@SETTINGS
@given(
    intakes(max_symptoms=1),
    st.sampled_from(["diuretic", "heart_failure", "kidney_disease", "dialysis"]),
)
def test_no_plan_offers_pickle_juice_to_a_salt_sensitive_person(intake: Intake, why: str) -> None:
    person = _salt_sensitive(intake, why)
    plan = build_plan(person)
    assert PICKLE not in [item.id for item in plan.advice()], why
    assert contraindication(load().get(PICKLE), person.situations()) is not None, why


def test_someone_on_water_tablets_is_told_why_not_pickle_juice() -> None:
    intake = parse_text("Calf cramps at night. I take furosemide for my ankles.")
    assert "diuretics" in intake.situations()
    reason = contraindication(load().get(PICKLE), intake.situations())
    assert reason is not None and "salt" in str(reason).lower()


def test_pickle_juice_is_still_offered_without_a_reason_against_it() -> None:
    plan = build_plan(parse_text("A calf cramp during football, gone after stretching."))
    assert PICKLE in [item.id for item in plan.advice()]
