"""Remedy entries: grades, warnings and contraindications the plan relies on."""

from __future__ import annotations

import re

import pytest

from crampcare.knowledge import load
from crampcare.knowledge.schema import NEVER_ADVISED, Remedy
from crampcare.vocabulary import Grade

#: The remedy ids agreed across helpers (briefs/ids.md); other modules name them.
AGREED_IDS = (
    "rm_mustard",
    "rm_lemon_juice",
    "rm_thyme_bay_oil",
    "rm_herb_decoction",
    "rm_chamomile",
    "rm_bedtime_herbal_tea",
    "rm_thyme_infusion",
    "rm_linden_vodka_tincture",
    "rm_camphor_garlic_rub",
    "rm_grain_coffee",
    "rm_vinegar_vodka_compress",
    "rm_honey_compress",
    "rm_turpentine_ointment",
    "rm_cinquefoil",
    "rm_thyme_seed_drops",
    "rm_garlic_oil",
    "rm_aspirin",
    "rm_quinine",
    "rm_tonic_water",
    "rm_magnesium",
    "rm_calcium",
    "rm_potassium",
    "rm_vitamin_b",
    "rm_vitamin_e",
    "rm_vitamin_k2",
    "rm_vitamin_complex",
    "rm_pickle_juice",
    "rm_painkillers",
    "rm_electrolyte_drinks",
    "rm_diltiazem",
    "rm_gabapentin",
    "rm_prescribed_ointment",
    "rm_underlying_treatment",
)

_ALCOHOL_WORDS = re.compile(r"\b(vodka|alcohol|spirit|tincture)\b", re.IGNORECASE)


def remedies() -> dict[str, Remedy]:
    return {r.id: r for r in load().of_kind(Remedy)}


def remedy(entry_id: str) -> Remedy:
    entry = load().get(entry_id)
    assert isinstance(entry, Remedy), f"{entry_id} is a {entry.kind}, not a remedy"
    return entry


def conditions(entry: Remedy) -> set[str]:
    return {c.condition for c in entry.contraindications}


def test_every_agreed_remedy_id_exists_as_a_remedy() -> None:
    missing = [i for i in AGREED_IDS if i not in remedies()]
    assert missing == []


def test_quinine_is_clinician_only_and_warns_with_the_regulators() -> None:
    quinine = remedy("rm_quinine")
    assert quinine.grade is Grade.CLINICIAN_ONLY
    assert quinine.warning is not None
    assert "FDA" in quinine.warning and "MHRA" in quinine.warning
    assert {"pregnancy", "child"} <= conditions(quinine)


def test_tonic_water_is_never_suggested() -> None:
    tonic = remedy("rm_tonic_water")
    assert tonic.grade in NEVER_ADVISED
    assert tonic.warning and "tonic water" in tonic.warning.lower()
    assert "rm_quinine" in tonic.related


def test_turpentine_ointment_is_avoid() -> None:
    turpentine = remedy("rm_turpentine_ointment")
    assert turpentine.grade is Grade.AVOID
    assert turpentine.warning and "toxic" in turpentine.warning
    assert {"broken_skin", "child"} <= conditions(turpentine)


def test_self_dosed_aspirin_is_never_advised_and_not_for_children() -> None:
    aspirin = remedy("rm_aspirin")
    assert aspirin.grade in NEVER_ADVISED
    assert aspirin.warning and "16" in aspirin.warning
    assert "child" in conditions(aspirin)


def test_anticoagulants_rule_out_aspirin() -> None:
    hits = remedy("rm_aspirin").contraindicated_for({"anticoagulants"})
    assert [c.condition for c in hits] == ["anticoagulants"]
    assert "bleeding" in hits[0].reason


def test_anticoagulants_rule_out_vitamin_k2_and_garlic_oil() -> None:
    for entry_id in ("rm_vitamin_k2", "rm_garlic_oil", "rm_chamomile"):
        assert remedy(entry_id).contraindicated_for({"anticoagulants"}), entry_id


def test_kidney_disease_rules_out_magnesium_and_potassium_supplements() -> None:
    for entry_id in ("rm_magnesium", "rm_potassium"):
        hits = remedy(entry_id).contraindicated_for({"kidney_disease"})
        assert len(hits) == 1, entry_id


def test_magnesium_is_ineffective_for_night_cramps_but_keeps_its_seed_course() -> None:
    magnesium = remedy("rm_magnesium")
    assert magnesium.grade is Grade.INEFFECTIVE
    assert magnesium.dose_as_seed and "4 to 6 weeks" in magnesium.dose_as_seed
    assert "placebo" in (magnesium.evidence or "")


def test_every_alcohol_tincture_is_contraindicated_for_pregnancy_children_and_alcohol() -> None:
    with_alcohol = {
        r.id
        for r in remedies().values()
        if _ALCOHOL_WORDS.search(" ".join(filter(None, (r.recipe, r.title))))
    }
    # The detector must see all three seed preparations made with vodka.
    assert {
        "rm_linden_vodka_tincture",
        "rm_thyme_seed_drops",
        "rm_vinegar_vodka_compress",
    } <= with_alcohol
    for entry_id in sorted(with_alcohol):
        assert {"pregnancy", "child", "alcohol"} <= conditions(remedy(entry_id)), entry_id
        assert remedy(entry_id).warning, f"{entry_id} needs a warning about the alcohol"


def test_pregnancy_rules_out_quinine_tinctures_and_unsafe_herbal_drinks() -> None:
    unsafe_in_pregnancy = (
        "rm_quinine",
        "rm_linden_vodka_tincture",
        "rm_thyme_seed_drops",
        "rm_herb_decoction",
        "rm_thyme_infusion",
        "rm_cinquefoil",
        "rm_bedtime_herbal_tea",
    )
    for entry_id in unsafe_in_pregnancy:
        assert remedy(entry_id).contraindicated_for({"pregnancy"}), entry_id
    # Yarrow is the reason the six-herb mix is ruled out; the reason says so.
    reason = remedy("rm_herb_decoction").contraindicated_for({"pregnancy"})[0].reason
    assert "Yarrow" in reason


def test_topical_folk_remedies_are_ruled_out_on_broken_skin() -> None:
    topical = [r for r in remedies().values() if r.route == "topical" and r.remedy_kind == "folk"]
    assert len(topical) >= 7
    missing = [r.id for r in topical if "broken_skin" not in conditions(r)]
    assert missing == []


def test_every_remedy_from_the_seeds_keeps_its_recipe() -> None:
    lacking = [
        r.id
        for r in remedies().values()
        if r.remedy_kind == "folk"
        and any(s.seed for s in r.sources)
        and not (r.recipe and r.dose_as_seed)
    ]
    assert lacking == []


def test_seed_recipes_keep_their_quantities() -> None:
    # Paraphrased, but the numbers a reader would follow must survive.
    expected = {
        "rm_turpentine_ointment": ("5 g", "10 ml"),
        "rm_cinquefoil": ("40 g",),
        "rm_thyme_infusion": ("15 g",),
        "rm_thyme_seed_drops": ("10 g", "100 ml"),
        "rm_garlic_oil": ("200 ml",),
        "rm_grain_coffee": ("20 %", "30 %"),
    }
    for entry_id, quantities in expected.items():
        recipe = remedy(entry_id).recipe or ""
        for quantity in quantities:
            assert quantity in recipe, f"{entry_id} recipe lost {quantity!r}"


def test_every_remedy_cites_an_outside_source_in_sources_never_in_its_text() -> None:
    # Addresses belong in `sources` (shown as links); evidence is read by people.
    for r in remedies().values():
        assert any(s.url for s in r.sources), f"{r.id} cites no URL"
        assert "http" not in (r.evidence or ""), f"{r.id} evidence shows a web address"


def test_evidence_cites_urls_never_reference_keys() -> None:
    key = re.compile(r"\[S\d+[a-z]?\]")
    offenders = [r.id for r in remedies().values() if key.search(r.evidence or "")]
    assert offenders == []


def test_dangerous_seed_advice_is_kept_and_never_advised() -> None:
    for entry_id in ("rm_turpentine_ointment", "rm_camphor_garlic_rub", "rm_linden_vodka_tincture"):
        entry = remedy(entry_id)
        assert entry.grade is Grade.AVOID, entry_id
        assert any(s.seed for s in entry.sources), f"{entry_id} lost its seed source"


def test_painkillers_answer_to_brand_and_generic_names() -> None:
    aliases = {a.lower() for a in remedy("rm_painkillers").aliases}
    aliases |= {a.lower() for a in remedy("rm_ibuprofen").aliases}
    assert {"tylenol", "paracetamol", "acetaminophen", "advil", "ibuprofen"} <= aliases
    assert "water pills" not in {a.lower() for r in remedies().values() for a in r.aliases}


@pytest.mark.parametrize("entry_id", AGREED_IDS)
def test_every_remedy_answers_two_to_four_lay_questions(entry_id: str) -> None:
    questions = remedy(entry_id).questions
    assert 2 <= len(questions) <= 4
    assert all(q.endswith("?") for q in questions)


def test_every_remedy_and_food_from_the_seeds_is_on_the_coverage_map() -> None:
    kb = load()
    mapped = {i for item in kb.coverage for i in item.ids}
    from_seeds = [
        e.id
        for e in kb
        if e.kind in ("remedy", "food") and any(s.seed for s in e.sources) and e.id not in mapped
    ]
    assert from_seeds == []
