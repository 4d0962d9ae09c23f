"""The packaged knowledge base passes every check, and each check really fires."""

from __future__ import annotations

from pathlib import Path

import pytest

from crampcare.knowledge import KnowledgeBaseError, load
from crampcare.knowledge.lint import (
    check_copying,
    check_passages,
    check_references,
    coverage_figures,
    seed_texts,
    uncovered,
)
from crampcare.knowledge.loader import parse_entries


def test_knowledge_base_loads_and_validates() -> None:
    kb = load()
    assert len(kb) > 0
    assert all(e.id == e.id.lower() for e in kb)


def test_every_reference_resolves() -> None:
    assert [str(p) for p in check_references(load())] == []


def test_no_text_is_copied_from_a_seed(seeds_dir: Path) -> None:
    assert [str(p) for p in check_copying(load(), seed_texts(seeds_dir))] == []


def test_every_seed_passage_quote_is_real(seeds_dir: Path) -> None:
    assert [str(p) for p in check_passages(load(), seed_texts(seeds_dir))] == []


def test_every_seed_paragraph_is_mapped_or_explained(seeds_dir: Path) -> None:
    assert [str(p) for p in uncovered(load(), seed_texts(seeds_dir))] == []


def test_coverage_figures_add_up(seeds_dir: Path) -> None:
    figures = coverage_figures(load(), seed_texts(seeds_dir))
    assert figures["unmapped"] == 0
    assert figures["mapped"] + figures["skipped"] == figures["paragraphs"]
    assert figures["mapped"] > figures["skipped"]


# --- each check fires on bad data ---------------------------------------------------

_SEED = "004_9c0c292a1c51c41a.txt"


def _technique(**over: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "sample",
        "kind": "technique",
        "title": "Sample technique",
        "text": "A sample technique used only by the tests.",
        "grade": "recommended",
        "evidence": "Sample evidence for the tests.",
        "technique_kind": "first_aid",
        "phase": ["acute"],
        "contexts": ["night"],
        "locations": ["calf"],
        "steps": [{"instruction": "Pull the toes up", "seconds": 30}],
        "sources": [{"seed": _SEED, "passage": "pull your toes towards you"}],
    }
    base.update(over)
    return base


def test_step_without_duration_or_reps_is_rejected() -> None:
    with pytest.raises(KnowledgeBaseError, match="seconds' or 'reps"):
        parse_entries([_technique(steps=[{"instruction": "Pull the toes up"}])], "t.yaml")


def test_entry_without_source_is_rejected() -> None:
    with pytest.raises(KnowledgeBaseError, match="sources"):
        parse_entries([_technique(sources=[])], "t.yaml")


def test_avoid_entry_without_warning_is_rejected() -> None:
    with pytest.raises(KnowledgeBaseError, match="warning"):
        parse_entries([_technique(grade="avoid")], "t.yaml")


def test_unknown_contraindication_is_rejected() -> None:
    bad = _technique(contraindications=[{"condition": "moon_phase", "reason": "no reason at all"}])
    with pytest.raises(KnowledgeBaseError, match="unknown contraindication"):
        parse_entries([bad], "t.yaml")


def test_allergy_contraindication_is_accepted() -> None:
    ok = _technique(
        contraindications=[{"condition": "allergy:mustard", "reason": "skin reaction risk"}]
    )
    assert parse_entries([ok], "t.yaml")[0].contraindications[0].condition == "allergy:mustard"


def test_unknown_kind_is_named() -> None:
    with pytest.raises(KnowledgeBaseError, match="unknown kind 'spell'"):
        parse_entries([_technique(kind="spell")], "t.yaml")


def _kb(*raw: dict[str, object]):  # type: ignore[no-untyped-def]
    from crampcare.knowledge.loader import KnowledgeBase

    entries = parse_entries(list(raw), "t.yaml")
    return KnowledgeBase({e.id: e for e in entries})


def test_unknown_related_id_is_found() -> None:
    problems = check_references(_kb(_technique(related=["no_such_entry"])))
    assert ["no_such_entry" in str(p) for p in problems] == [True]


def test_copied_seed_text_is_found(seeds_dir: Path) -> None:
    copied = "Grab your foot firmly with your hands and pull your toes towards you. This exercise"
    problems = check_copying(_kb(_technique(text=copied)), seed_texts(seeds_dir))
    assert len(problems) == 1 and "own words" in str(problems[0])


def test_invented_seed_passage_is_found(seeds_dir: Path) -> None:
    fake = _technique(sources=[{"seed": _SEED, "passage": "rub the leg with moon dust"}])
    problems = check_passages(_kb(fake), seed_texts(seeds_dir))
    assert len(problems) == 1 and "not found" in str(problems[0])


def test_a_short_skip_quote_cannot_hide_an_advice_paragraph() -> None:
    from crampcare.knowledge.lint import accounts_for, normalise
    from crampcare.knowledge.schema import CoverageItem

    advice = normalise("Squats and tiptoe walking are very helpful.")
    short_skip = CoverageItem(seed=_SEED, passage="are very helpful", skip="looks harmless")
    whole_skip = CoverageItem(
        seed=_SEED, passage="Squats and tiptoe walking are very helpful", skip="x"
    )
    mapped = CoverageItem(seed=_SEED, passage="tiptoe walking", ids=("ex_squats_tiptoe",))
    assert not accounts_for(short_skip, advice)
    assert accounts_for(whole_skip, advice)
    assert accounts_for(mapped, advice)
    # Quotes match whole words only: "a solution" is not inside "extra solutions".
    assert not accounts_for(
        CoverageItem(seed=_SEED, passage="a solution", ids=("x_y",)),
        normalise("an extra solutions list"),
    )
