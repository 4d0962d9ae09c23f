"""The plan for particular people: named contraindications, sections, amounts, reasons."""

from __future__ import annotations

import pytest

from crampcare.intake import Intake, Medicine, Symptoms
from crampcare.knowledge import load
from crampcare.knowledge.schema import Food, Technique
from crampcare.plan import build_plan
from crampcare.plan.build import place_and_context
from crampcare.plan.rules import undosed
from crampcare.typed import validate

KB = load()

#: The owners' named rules: for this person, these entries are never advised or
#: suggested to discuss, and each appears in the avoid list with its reason.
NAMED = [
    ({"pregnant": True}, ["bl60", "rm_linden_vodka_tincture", "rm_herb_decoction"]),
    ({"conditions": {"diabetes"}}, ["fa_warm_wrap", "fa_pin_prick", "tx_acupuncture"]),
    ({"conditions": {"neuropathy"}}, ["fa_warm_wrap", "tx_acupuncture"]),
    (
        {"medicines": [Medicine(name="warfarin", cls="anticoagulant")]},
        ["rm_aspirin", "tx_acupuncture", "tx_su_jok_acupuncture"],
    ),
    ({"conditions": {"kidney_disease"}}, ["rm_magnesium", "rm_potassium"]),
]


@pytest.mark.parametrize(("fields", "ids"), NAMED)
def test_named_contraindications_are_applied_with_reasons(
    fields: dict[str, object], ids: list[str]
) -> None:
    plan = build_plan(validate(Intake, fields))
    offered = {i.id for i in [*plan.advice(), *plan.doctor]}
    avoid = {i.id: i for i in plan.avoid}
    for entry_id in ids:
        assert entry_id in KB, f"{entry_id} should be in the knowledge base"
        assert entry_id not in offered, entry_id
        assert entry_id in avoid, entry_id
        assert avoid[entry_id].filter and len(avoid[entry_id].why) > 10


def test_pregnancy_drops_kunlun_steps_or_the_whole_routine_with_a_reason() -> None:
    plan = build_plan(Intake(pregnant=True))
    assert any(e.id == "bl60" and e.filter.startswith("F-") for e in plan.excluded)
    for technique in KB.of_kind(Technique):
        with_bl60 = [s for s in technique.steps if "bl60" in (s.point, *s.also_points)]
        if not with_bl60:
            continue
        item = next((i for i in plan.advice() if i.id == technique.id), None)
        if item is None:
            continue  # left out whole (contraindicated, or not this place)
        assert len(item.steps) == len(technique.steps) - len(with_bl60), technique.id


def test_an_ordinary_night_cramp_gets_every_section() -> None:
    plan = build_plan(Intake(locations=["calf"], contexts=["night"]))
    assert plan.triage.level == "self_care"
    assert (plan.where, plan.context) == ("calf", "night")
    assert plan.first_aid[0].grade == "recommended"
    assert plan.routine and plan.doctor and plan.avoid
    assert any(i.reminder for i in plan.routine)
    assert all(i.steps for i in plan.first_aid if i.kind == "technique")


def test_usual_context_chooses_the_first_aid() -> None:
    plan = build_plan(Intake(usual_context="water"))
    assert plan.first_aid[0].id == "fa_swimming_cramp"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, ("calf", "night")),
        ({"locations": ["thigh_back"], "contexts": ["exercise"]}, ("thigh_back", "sport")),
        ({"locations": ["thigh_front", "thigh_back"]}, ("thigh", "night")),
        ({"locations": ["hands", "toes"], "usual_context": "desk"}, ("toes", "desk")),
        ({"locations": ["foot"], "contexts": ["swimming"]}, ("foot", "water")),
    ],
)
def test_place_and_context_come_from_the_intake(
    fields: dict[str, object], expected: tuple[str, str]
) -> None:
    assert place_and_context(validate(Intake, fields)) == expected


def test_foods_give_amounts_per_serving() -> None:
    foods = [i for i in build_plan(Intake()).foods if i.kind == "food"]
    if not any(isinstance(e, Food) for e in KB):
        pytest.skip("no food entries in the knowledge base yet")
    assert foods
    for item in foods:
        food = KB.get(item.id)
        assert isinstance(food, Food)
        mg = food.per_100g.magnesium_mg * food.serving_g / 100
        assert item.amount and f"{mg:.0f} mg magnesium" in item.amount
    amounts = [KB.get(i.id) for i in foods]
    per_serving = [f.per_100g.magnesium_mg * f.serving_g for f in amounts if isinstance(f, Food)]
    assert per_serving == sorted(per_serving, reverse=True)


def test_the_persons_cramp_causing_medicine_is_a_doctor_topic() -> None:
    plan = build_plan(Intake(medicines=[Medicine(name="atorvastatin", cls="statin")]))
    meds = [i for i in plan.doctor if i.kind == "medicine"]
    assert len(meds) == 1
    assert "atorvastatin" in meds[0].title and "never stop" in meds[0].why.lower()


def test_doctor_topics_are_explained_never_dosed() -> None:
    plan = build_plan(Intake())
    clinician = [i for i in plan.doctor if i.grade == "clinician_only"]
    assert clinician
    for item in plan.doctor:
        assert undosed(item.why) == " ".join(item.why.split()), item.why
        assert undosed(item.summary) == " ".join(item.summary.split()), item.summary


def test_undosed_drops_sentences_with_amounts() -> None:
    text = "A prescription medicine. Take 30 mg at bedtime. Ask your doctor."
    assert undosed(text) == "A prescription medicine. Ask your doctor."


def test_an_emergency_shows_only_the_call_for_help() -> None:
    plan = build_plan(Intake(symptoms=Symptoms(seizure=True)))
    assert plan.emergency
    assert plan.advice() == [] and plan.avoid == [] and plan.doctor == []
    assert plan.notes and "emergency" in plan.notes[0].lower()
