"""Causes, look-alikes and prevention rules: present, honestly graded, and linked."""

from __future__ import annotations

import pytest

from crampcare.diary.models import FACTORS
from crampcare.knowledge import load
from crampcare.knowledge.schema import (
    NEVER_ADVISED,
    Cause,
    Link,
    Prevention,
    Source,
    Technique,
)
from crampcare.vocabulary import Grade

# Every cause, risk factor, look-alike and prevention rule the seeds name (issue 2).
REQUIRED = {
    "cause": [
        "cs_magnesium_deficiency",
        "cs_potassium_deficiency",
        "cs_calcium_deficiency",
        "cs_vitamin_deficiency",
        "cs_dehydration",
        "cs_water_salt_imbalance",
        "cs_pregnancy",
        "cs_gestosis",
        "cs_physiological_changes",
        "cs_overuse",
        "cs_prolonged_squatting",
        "cs_static_posture",
        "cs_tight_clothing",
        "cs_footwear",
        "cs_flat_feet",
        "cs_varicose_veins",
        "cs_poor_circulation",
        "cs_anaemia",
        "cs_cold",
        "cs_heat_sweating",
        "cs_stress",
        "cs_lactic_acid",
        "cs_lack_of_oxygen",
        "cs_medicines",
        "cs_poisoning",
        "cs_fever",
        "cs_neuroinfection",
        "cs_brain_lesions",
        "cs_alcohol",
        "cs_smoking",
        "cs_caffeine_sugar",
        "cs_mono_diet",
        "cs_older_age",
        "cs_chronic_calf_tension",
        "cs_leaning_back_gait",
        "cs_lying_position",
        "cs_night_warm_bed",
        "la_restless_legs",
        "la_dvt",
        "la_claudication",
        "la_seizure",
        "la_spasm_types",
        "la_tetany",
        "la_muscle_tear",
        "la_heat_illness",
    ],
    "prevention": [
        "pv_balanced_diet",
        "pv_no_mono_diets",
        "pv_mineral_rich_foods",
        "pv_footwear",
        "pv_heel_height",
        "pv_limit_caffeine",
        "pv_no_smoking",
        "pv_limit_alcohol",
        "pv_limit_sugar",
        "pv_vitamins_d_b6",
        "pv_normal_hydration",
        "pv_drink_a_lot",
        "pv_pace_leg_loads",
        "pv_bedding",
        "pv_cool_bedroom",
        "pv_fresh_air_sun",
        "pv_gymnastics",
        "pv_contrast_baths",
        "pv_regular_self_massage",
        "pv_medication_review",
        "pv_see_doctor",
        "pv_treat_underlying",
    ],
}

MINE = ("cs_", "la_", "pv_")


def _mine() -> list[Cause | Prevention]:
    return [e for e in load() if isinstance(e, Cause | Prevention) and e.id.startswith(MINE)]


@pytest.mark.parametrize(("kind", "entry_id"), [(k, i) for k, ids in REQUIRED.items() for i in ids])
def test_every_seed_cause_and_rule_has_an_entry(kind: str, entry_id: str) -> None:
    assert load().get(entry_id).kind == kind


def test_lactic_acid_claim_is_labelled_as_refuted() -> None:
    entry = load().get("cs_lactic_acid")
    assert isinstance(entry, Cause) and entry.link is Link.REFUTED
    assert "outdated" in entry.text
    assert entry.evidence and "lactate" in entry.evidence.lower()


def test_seizure_lookalike_explains_the_seed_confusion() -> None:
    kb = load()
    seizure, types = kb.get("la_seizure"), kb.get("la_spasm_types")
    assert isinstance(seizure, Cause) and seizure.category == "look_alike"
    assert isinstance(types, Cause) and types.category == "spasm_type"
    # The seed's "3 types of calf spasm" are seizure types: the claim is wrong.
    assert types.link is Link.REFUTED
    assert "epileptic seizure types" in types.text
    assert any(s.passage and "3 types" in s.passage for s in types.sources)
    # The look-alike says how to tell them apart and what to do.
    assert "awake" in seizure.text and "emergency" in seizure.text
    assert "la_spasm_types" in seizure.related


@pytest.mark.parametrize(
    "cause_id",
    [
        "cs_neuroinfection",
        "cs_brain_lesions",
        "cs_fever",
        "cs_poisoning",
        "cs_gestosis",
        "cs_low_blood_sugar",
    ],
)
def test_seizure_causes_are_explained_as_causes_of_fits(cause_id: str) -> None:
    entry = load().get(cause_id)
    assert "la_seizure" in entry.related
    assert "fit" in entry.text.lower() and "emergency" in entry.text.lower()


def test_drinking_a_lot_to_stop_cramps_is_not_recommended() -> None:
    entry = load().get("pv_drink_a_lot")
    assert entry.grade in NEVER_ADVISED
    assert entry.warning and "sodium" in entry.warning
    assert entry.evidence and "hyponatraemic deaths" in entry.evidence
    # The harmless habit it is confused with stays advisable.
    assert load().get("pv_normal_hydration").grade is Grade.UNPROVEN


def test_medicines_entry_says_never_stop_a_medicine_without_asking() -> None:
    entry = load().get("cs_medicines")
    assert "Never stop or change a prescribed medicine without asking" in entry.text
    for drug in ("diuretics", "statins", "salbutamol", "nifedipine", "raloxifene", "naproxen"):
        assert drug in entry.text
    assert isinstance(entry, Cause) and "pv_medication_review" in entry.prevention


def test_every_prevention_technique_reference_resolves() -> None:
    kb = load()
    for entry in kb.of_kind(Prevention):
        for ref in entry.techniques:
            assert isinstance(kb.get(ref), Technique), f"{entry.id}: {ref} is not a technique"


def test_every_cause_prevention_link_is_a_prevention_or_technique() -> None:
    kb = load()
    for entry in kb.of_kind(Cause):
        for ref in entry.prevention:
            target = kb.get(ref)
            assert isinstance(target, Prevention | Technique), f"{entry.id}: {ref}"
            assert target.grade not in NEVER_ADVISED, f"{entry.id} points to unsafe {ref}"


def test_every_diary_factor_is_one_the_diary_tracks() -> None:
    for entry in load().of_kind(Cause):
        unknown = set(entry.diary_factors) - set(FACTORS)
        assert not unknown, f"{entry.id}: unknown diary factors {unknown}"


def test_lookalikes_say_what_to_do_with_the_triage_level() -> None:
    levels = ("emergency", "same day", "book", "self-care")
    for entry in load().of_kind(Cause):
        if entry.category in ("look_alike", "spasm_type"):
            assert any(level in entry.text for level in levels), entry.id


def test_my_entries_have_lay_questions_and_sources() -> None:
    for entry in _mine():
        assert 2 <= len(entry.questions) <= 4, entry.id
        assert all(q.endswith("?") for q in entry.questions), entry.id
        assert entry.sources, entry.id


def _link(entry_id: str) -> Link:
    entry = load().get(entry_id)
    assert isinstance(entry, Cause), entry_id
    return entry.link


def test_weakly_supported_causes_are_not_labelled_as_established() -> None:
    for weak in ("cs_stress", "cs_footwear", "cs_anaemia", "cs_cold"):
        assert _link(weak) is Link.TRADITIONAL, weak
    assert _link("cs_flat_feet") is Link.POSSIBLE
    for strong in ("cs_older_age", "cs_pregnancy", "cs_medicines", "cs_overuse"):
        assert _link(strong) is Link.ESTABLISHED, strong


def test_causes_of_fits_say_they_are_not_causes_of_cramps() -> None:
    for fits in ("cs_fever", "cs_neuroinfection", "cs_brain_lesions", "cs_gestosis"):
        assert _link(fits) is Link.NOT_CRAMPS, fits


def test_no_cause_or_look_alike_carries_a_treatment_grade() -> None:
    # "Poisoning [RECOMMENDED]" read as advice; a cause says how strong its link is.
    causes = load().of_kind(Cause)
    assert len(causes) > 50
    assert all(c.grade is None and c.link in Link for c in causes)


def test_contrast_baths_are_filtered_out_for_numb_feet() -> None:
    entry = load().get("pv_contrast_baths")
    assert {c.condition for c in entry.contraindicated_for({"diabetes", "neuropathy"})} == {
        "diabetes",
        "neuropathy",
    }


def test_scheduled_prevention_says_how_often() -> None:
    for entry in load().of_kind(Prevention):
        if entry.schedule is not None:
            assert entry.how_often, entry.id


def test_outside_references_are_unique_and_cited_by_url() -> None:
    kb = load()
    urls = [e.url for e in kb.of_kind(Source) if e.url]
    assert len(urls) == len(set(urls)), "two source entries describe the same URL"
    cited = {s.url for e in kb for s in e.sources if s.url}
    described = set(urls)
    # The references we cite most each have a source entry.
    for key in ("PMC8775277", "CD009402", "22341378", "medlineplus", "nhs.uk"):
        assert any(key in u for u in described & cited), key


def test_mineral_rich_foods_link_to_food_entries_with_nutrient_figures() -> None:
    from crampcare.knowledge.schema import Food

    kb = load()
    foods = [kb.get(r) for r in kb.get("pv_mineral_rich_foods").related if r.startswith("fd_")]
    assert len(foods) >= 5
    for food in foods:
        assert isinstance(food, Food), food.id
        n = food.per_100g
        assert n.magnesium_mg + n.potassium_mg + n.calcium_mg > 0, food.id
