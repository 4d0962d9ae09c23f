"""What the five-role clinical review changed, pinned; and the review covers every entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crampcare.knowledge import load
from crampcare.knowledge.schema import Food, Prevention, Remedy
from crampcare.vocabulary import Grade

REVIEW = Path(__file__).resolve().parents[2] / "docs" / "clinical-review.md"
ROLES = ("GP", "Physiotherapist", "Pharmacist", "Midwife", "Paediatrician")


def _remedy(entry_id: str) -> Remedy:
    entry = load().get(entry_id)
    assert isinstance(entry, Remedy), entry_id
    return entry


# --- the review document ------------------------------------------------------------


def test_the_review_has_a_table_for_each_role() -> None:
    text = REVIEW.read_text(encoding="utf-8")
    for role in ROLES:
        assert re.search(rf"^## {role}\b", text, re.M), role


def test_every_entry_appears_in_the_clinical_review() -> None:
    text = REVIEW.read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z][a-z0-9_]*)`", text))
    missing = sorted(set(load().entries) - named)
    assert missing == [], f"not reviewed: {missing}"


# --- painkillers --------------------------------------------------------------------


def test_painkillers_are_not_called_ineffective_when_no_trial_tested_them() -> None:
    for entry_id in ("rm_painkillers", "rm_ibuprofen"):
        entry = _remedy(entry_id)
        assert entry.grade is Grade.MAY_HELP, entry_id
        assert entry.phase == ("after",), entry_id
        assert any(s.url and "nhs.uk" in s.url for s in entry.sources), entry_id


def test_paracetamol_is_not_ruled_out_in_pregnancy_but_ibuprofen_is() -> None:
    paracetamol = _remedy("rm_painkillers")
    assert "paracetamol" in paracetamol.title.lower()
    assert not paracetamol.contraindicated_for({"pregnancy"})
    assert "pregnancy" in paracetamol.text
    assert _remedy("rm_ibuprofen").contraindicated_for({"pregnancy"})


# --- magnesium ----------------------------------------------------------------------


def test_magnesium_in_pregnancy_is_uncertain_and_a_midwife_or_doctor_decision() -> None:
    entry = _remedy("rm_magnesium_pregnancy")
    assert entry.grade is Grade.CLINICIAN_ONLY
    assert entry.warning and "midwife" in entry.warning
    assert "uncertain" in entry.text
    assert any(s.url and "CD010655.pub3" in s.url for s in entry.sources)
    outside = _remedy("rm_magnesium")
    assert outside.grade is Grade.INEFFECTIVE
    assert "rm_magnesium_pregnancy" in outside.related


# --- harm ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "entry_id", ["rm_garlic_oil", "rm_vinegar_vodka_compress", "rm_thyme_seed_drops"]
)
def test_remedies_that_can_poison_are_graded_avoid(entry_id: str) -> None:
    entry = _remedy(entry_id)
    assert entry.grade is Grade.AVOID and entry.warning


# --- entries people asked for ---------------------------------------------------------


def test_the_ten_minute_rule_is_an_answerable_entry() -> None:
    entry = load().get("pv_ten_minute_rule")
    assert isinstance(entry, Prevention) and entry.grade is Grade.RECOMMENDED
    assert "10 minutes" in entry.text and "today" in entry.text
    assert any(s.url == "https://www.nhs.uk/conditions/leg-cramps/" for s in entry.sources)


def test_compression_socks_say_little_for_cramps_and_leave_clots_to_a_clinician() -> None:
    entry = load().get("pv_compression_socks")
    assert isinstance(entry, Prevention)
    assert entry.grade is Grade.CLINICIAN_ONLY and entry.warning
    assert "no trial" in entry.text
    assert {c.condition for c in entry.contraindications} >= {"neuropathy"}
    assert any(s.url and "ng89" in s.url for s in entry.sources)


# --- foods --------------------------------------------------------------------------


def _foods() -> list[Food]:
    return load().of_kind(Food)


def test_every_food_has_potassium_phosphorus_and_a_portion_in_grams() -> None:
    for food in _foods():
        assert food.per_100g.potassium_mg > 0, food.id
        assert food.per_100g.phosphorus_mg > 0, food.id
        assert 1 <= food.serving_g <= 300, food.id
        assert f"{food.serving_g:g} g" in food.serving or "g of" in food.serving, food.id


def test_kidney_contraindications_follow_each_foods_own_figures() -> None:
    # A portion with >= 200 mg potassium or >= 100 mg phosphorus is ruled out for
    # kidney disease, and only such a portion: the filter follows the figures.
    for food in _foods():
        share = food.serving_g / 100
        heavy = food.per_100g.potassium_mg * share >= 200 or (
            food.per_100g.phosphorus_mg * share >= 100
        )
        assert bool(food.contraindicated_for({"kidney_disease"})) == heavy, food.id


def test_whole_nuts_and_seeds_are_flagged_for_under_fives() -> None:
    flagged = {f.id for f in _foods() if f.choking_risk_under_5}
    assert flagged == {"fd_almonds", "fd_walnuts", "fd_pumpkin_seeds", "fd_sunflower_seeds"}
