"""Property tests: each clinical rule holds as a class, for any generated intake.

A new knowledge-base entry that repeats an old mistake (a potassium-rich food
for a dialysis patient, "stop smoking" for a child, kneading for someone whose
plan warns against deep massage) fails here without anyone naming it.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, event, given, settings

from crampcare.intake import Intake
from crampcare.knowledge import load
from crampcare.knowledge.schema import Food, Remedy, Technique
from crampcare.motions import GENERIC_KINDS, LATE_PREGNANCY_NOTE, motion_kinds
from crampcare.person_filters import (
    KIDNEY_PHOSPHORUS_MG,
    KIDNEY_POTASSIUM_MG,
    is_fluid_advice,
    portion_mg,
)
from crampcare.plan import Plan, build_plan
from crampcare.plan.build import person_situations
from crampcare.typed import validate
from tests.plan.strategies import LEG, intakes

KB = load()
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ADULT_WORDS = re.compile(r"smok|alcohol|\bheels?\b|coffee|wine|beer|vodka|tincture", re.I)
WHOLE_NUTS = re.compile(r"\b(nuts?|almonds?|walnuts?|hazelnuts?|cashews?|peanuts?|seeds?)\b", re.I)
ON_BACK = re.compile(r"on your back|onto your back|face up|lie flat|lying flat", re.I)
CHILD_TOPICS = {"medicine", "medical"}


def _advice_texts(plan: Plan) -> list[str]:
    return [s for item in plan.advice() for s in (item.title, *item.steps)]


@SETTINGS
@given(intakes(max_symptoms=1))
def test_kidney_plans_offer_only_foods_low_in_potassium_and_phosphorus(intake: Intake) -> None:
    plan = build_plan(intake)
    situ = person_situations(intake)
    event(f"kidney: {'kidney_disease' in situ}")
    if "kidney_disease" not in situ:
        return
    for item in plan.foods:
        entry = KB.get(item.id)
        if isinstance(entry, Food):
            k, p = portion_mg(entry)
            assert k <= KIDNEY_POTASSIUM_MG, (item.id, k)
            assert p is not None and p <= KIDNEY_PHOSPHORUS_MG, (item.id, p)
    if plan.advice():
        assert any("kidney team" in n for n in plan.notes)


@SETTINGS
@given(intakes(max_symptoms=1))
def test_fluid_advice_is_withheld_only_for_kidney_disease_and_heart_failure(
    intake: Intake,
) -> None:
    plan = build_plan(intake)
    situ = person_situations(intake)
    limited = bool({"kidney_disease", "heart_failure"} & situ)
    event(f"fluid-limited: {limited}")
    for item in plan.advice():
        assert not (limited and is_fluid_advice(KB.get(item.id))), item.id
    if not limited:
        # Atrial fibrillation and other heart disease bring no fluid limit.
        assert not any(
            KB.get(i.id).grade != "avoid" and is_fluid_advice(KB.get(i.id)) for i in plan.avoid
        ), [i.id for i in plan.avoid]


@SETTINGS
@given(intakes(max_symptoms=1))
def test_childrens_plans_hold_nothing_written_for_adults(intake: Intake) -> None:
    plan = build_plan(intake)
    situ = person_situations(intake)
    event(f"child: {'child' in situ}, under 5: {'under_5' in situ}")
    if "child" not in situ:
        return
    for item in plan.advice():
        entry = KB.get(item.id)
        assert not ADULT_WORDS.search(item.title), item.title
        assert not isinstance(entry, Remedy), item.id
        if isinstance(entry, Technique):
            assert entry.technique_kind not in ("acupressure", "su_jok"), item.id
        if isinstance(entry, Food) and "under_5" in situ:
            assert not WHOLE_NUTS.search(f"{entry.title} {entry.serving}"), item.id
    assert {i.topic for i in plan.doctor} <= CHILD_TOPICS, [i.id for i in plan.doctor]
    legs = not intake.locations or set(intake.locations) & set(LEG)
    if plan.advice() and legs:
        assert plan.about and plan.about[0].id == "la_child_night_leg_pain"


@SETTINGS
@given(intakes(max_symptoms=1))
def test_in_pregnancy_every_lie_on_your_back_step_says_left_side(intake: Intake) -> None:
    plan = build_plan(intake)
    for text in _advice_texts(plan):
        if intake.pregnant and ON_BACK.search(text):
            assert LATE_PREGNANCY_NOTE in text, text


@SETTINGS
@given(intakes(max_symptoms=1))
def test_a_plan_never_offers_what_its_own_avoid_list_excludes(intake: Intake) -> None:
    plan = build_plan(intake)
    advice = plan.advice()
    offered = {i.id for i in [*advice, *plan.doctor] if i.kind != "medicine"}
    assert not offered & {i.id for i in plan.avoid}
    personal = [i for i in plan.avoid if i.filter and not i.filter.startswith("F-grade-")]
    kinds = {
        e.technique_kind
        for e in (KB.get(i.id) for i in personal)
        if isinstance(e, Technique) and e.technique_kind not in GENERIC_KINDS
    }
    event(f"barred kinds: {sorted(kinds)}")
    for item in advice:
        entry = KB.get(item.id)
        if isinstance(entry, Technique):
            assert entry.technique_kind not in kinds, item.id
        for step in item.steps:
            assert not motion_kinds(step) & kinds, (item.id, step)


def test_heavy_drinking_fires_the_alcohol_rules() -> None:
    plan = build_plan(Intake(heavy_alcohol=True, locations=["calf"]))
    assert "alcohol" in plan.situations
    avoid = {i.id: i for i in plan.avoid}
    assert avoid["rm_linden_vodka_tincture"].filter
    for text in _advice_texts(plan):
        assert not re.search(r"vodka|tincture", text, re.I), text
    assert any(i.id == "pv_limit_alcohol" for i in plan.routine)


def test_atrial_fibrillation_keeps_drinking_normally_and_heart_failure_does_not() -> None:
    af = build_plan(Intake(conditions={"heart_disease"}))
    assert any(i.id == "pv_normal_hydration" for i in af.routine)
    assert not any(i.id == "pv_normal_hydration" for i in af.avoid)
    failing = build_plan(Intake(conditions={"heart_failure"}))
    assert not any(i.id == "pv_normal_hydration" for i in failing.advice())
    assert any("heart team" in n for n in failing.notes)


def test_dialysis_gets_no_dates_cocoa_spinach_parsley_walnuts_or_garlic() -> None:
    plan = build_plan(Intake(conditions={"dialysis"}, locations=["calf"]))
    offered = {i.id for i in plan.advice()}
    for food in ("fd_dates", "fd_cocoa", "fd_spinach", "fd_parsley", "fd_walnuts", "fd_garlic"):
        assert food not in offered
    assert "rm_electrolyte_drinks" not in offered and "pv_normal_hydration" not in offered


def test_a_suspected_clot_plan_leads_with_the_triage_and_holds_no_massage_or_drugs() -> None:
    from crampcare.intake import Symptoms

    plan = build_plan(Intake(symptoms=Symptoms(calf_swelling_one_side=True, calf_red_warm=True)))
    assert plan.triage.level in ("urgent", "emergency")
    assert not (plan.advice() or plan.doctor or plan.avoid)
    assert plan.notes and "doctor" in plan.notes[0].lower()
    assert any("do not rub, massage or stretch" in n for n in plan.notes)


def test_foods_are_a_handful_for_everyone() -> None:
    for fields in ({}, {"age": 70}, {"pregnant": True}, {"age": 30, "sex": "male"}):
        foods = [i for i in build_plan(validate(Intake, fields)).foods if i.kind == "food"]
        assert 1 <= len(foods) <= 5, fields


def test_breastfeeding_is_a_situation_and_keeps_alcohol_and_herbs_out() -> None:
    intake = Intake(breastfeeding=True)
    assert "breastfeeding" in intake.situations()
    plan = build_plan(intake)
    offered = {i.id for i in [*plan.advice(), *plan.doctor]}
    for entry_id in ("rm_linden_vodka_tincture", "rm_herb_decoction"):
        assert entry_id not in offered
        assert any(i.id == entry_id and i.filter for i in plan.avoid)
