"""Breastfeeding: read from the words mothers use, and honoured by the plan.

The lexicon entry is a small addition to wt-triage's area (intake parsing); the
plan side (what is safe while breastfeeding) is this area's.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings

from crampcare.intake import Intake, parse_text
from crampcare.knowledge import load
from crampcare.plan import build_plan
from tests.plan.strategies import intakes

KB = load()


@pytest.mark.parametrize(
    "text",
    [
        "I'm breastfeeding and get calf cramps at night",
        "breast-feeding, cramps in my feet",
        "nursing my baby and my calves cramp",
        "I'm feeding my 3 month old and get cramps at night",
        "still breastfed my son until last week, now cramps",
        "pumping breast milk at night and my toes cramp",
    ],
)
def test_breastfeeding_is_read_from_everyday_words(text: str) -> None:
    intake = parse_text(text)
    assert intake.breastfeeding, text
    assert "breastfeeding" in intake.situations()


@pytest.mark.parametrize(
    "text",
    [
        "I'm bottle feeding my 3 month old and get cramps",
        "my baby is formula fed, I get calf cramps",
        "I stopped breastfeeding a year ago",
        "not breastfeeding, calf cramps at night",
    ],
)
def test_bottle_feeding_or_a_denial_is_not_breastfeeding(text: str) -> None:
    assert not parse_text(text).breastfeeding, text


def _offered(intake: Intake) -> set[str]:
    plan = build_plan(intake)
    return {i.id for i in [*plan.first_aid, *plan.routine, *plan.foods, *plan.doctor]}


@settings(max_examples=60, deadline=None)
@given(intakes(max_symptoms=0))
def test_nothing_contraindicated_in_breastfeeding_is_offered_to_a_breastfeeding_mother(
    intake: Intake,
) -> None:
    mother = replace(intake, breastfeeding=True, who="self", age=30)
    barred = {e.id for e in KB if any(c.condition == "breastfeeding" for c in e.contraindications)}
    assert not _offered(mother) & barred


def test_the_breastfeeding_plan_warns_off_aspirin_quinine_and_alcohol_tinctures_with_reasons() -> (
    None
):
    plan = build_plan(parse_text("I'm breastfeeding and get calf cramps at night"))
    why = {i.id: i.why for i in plan.avoid}
    for eid in ("rm_aspirin", "rm_quinine", "rm_linden_vodka_tincture"):
        assert eid in why, eid
    assert "breast milk" in why["rm_aspirin"]
    # Paracetamol and ibuprofen are the usual painkillers when breastfeeding (NHS).
    assert "rm_ibuprofen" not in why or "breast" not in why["rm_ibuprofen"]
    assert "rm_painkillers" not in why


def test_every_herb_or_alcohol_remedy_barred_in_pregnancy_is_barred_in_breastfeeding() -> None:
    # Herbs by mouth and alcohol reach the baby through the milk as through the placenta:
    # an entry that bars one bars the other (points and lying on the back are pregnancy-only).
    missing = []
    for e in KB:
        conditions = {c.condition for c in e.contraindications}
        text = f"{e.title} {e.text}".lower()
        oral_herb = e.kind == "remedy" and any(
            w in text for w in ("decoction", "herbal tea", "infusion", "tincture", "vodka")
        )
        if "pregnancy" in conditions and oral_herb and "breastfeeding" not in conditions:
            missing.append(e.id)
    assert not missing


def test_a_mother_speaking_of_her_baby_keeps_an_adult_plan() -> None:
    intake = parse_text("I'm breastfeeding my 3 month old and get cramps at night")
    assert "child" not in intake.situations()
