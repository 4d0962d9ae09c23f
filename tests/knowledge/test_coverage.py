"""The seed coverage map: every paragraph is mapped to entries or skipped with a reason."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from crampcare.knowledge import load
from crampcare.knowledge.lint import (
    accounts_for,
    coverage_figures,
    normalise,
    seed_paragraphs,
    seed_texts,
)
from crampcare.knowledge.schema import Cause, CoverageItem, Prevention


def _items(filename: str) -> list[CoverageItem]:
    path = resources.files("crampcare.knowledge") / "data" / "coverage" / filename
    if not path.is_file():
        return []
    doc: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [CoverageItem.model_validate(i) for i in doc.get("items", [])]


def _paragraphs_of(item: CoverageItem, seeds: dict[str, str]) -> list[str]:
    """The (normalised) paragraphs of its seed that a coverage item accounts for."""
    paras = (normalise(p) for p in seed_paragraphs(seeds[item.seed]))
    return [p for p in paras if accounts_for(item, p)]


def test_coverage_figures(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures = coverage_figures(load(), seed_texts(seeds_dir))
    with capsys.disabled():
        print(
            f"\nseed coverage: {figures['paragraphs']} paragraphs, "
            f"{figures['mapped']} mapped to entries, {figures['skipped']} skipped as "
            f"no advice, {figures['unmapped']} unmapped"
        )
    assert figures["unmapped"] == 0
    assert figures["mapped"] + figures["skipped"] == figures["paragraphs"]
    # Most paragraphs give advice; skips are headings, stories and page furniture.
    assert figures["mapped"] >= 3 * figures["skipped"]


@pytest.mark.parametrize("filename", ["causes.yaml", "skips.yaml"])
def test_each_passage_locates_exactly_one_paragraph(seeds_dir: Path, filename: str) -> None:
    seeds = seed_texts(seeds_dir)
    for item in _items(filename):
        found = _paragraphs_of(item, seeds)
        assert len(found) == 1, f"{item.seed} {item.passage!r} locates {len(found)} paragraphs"


def test_no_skipped_paragraph_is_also_mapped(seeds_dir: Path) -> None:
    """A skip on a paragraph that some entry covers is stale: advice was found there."""
    seeds = seed_texts(seeds_dir)
    mapped = {
        (item.seed, para)
        for item in load().coverage
        if item.ids
        for para in _paragraphs_of(item, seeds)
    }
    for item in _items("skips.yaml"):
        assert item.skip and len(item.skip) >= 10, item.passage
        for para in _paragraphs_of(item, seeds):
            assert (item.seed, para) not in mapped, f"skipped but mapped: {para[:60]!r}"


def test_every_cause_and_prevention_entry_citing_a_seed_is_in_the_map() -> None:
    kb = load()
    covered = {ref for item in kb.coverage for ref in item.ids}
    missing = [
        e.id
        for e in kb
        if isinstance(e, Cause | Prevention)
        and any(s.seed for s in e.sources)
        and e.id not in covered
    ]
    assert missing == []


def test_coverage_ids_in_the_causes_map_are_my_kinds() -> None:
    kb = load()
    for item in _items("causes.yaml"):
        for ref in item.ids:
            assert isinstance(kb.get(ref), Cause | Prevention), ref
