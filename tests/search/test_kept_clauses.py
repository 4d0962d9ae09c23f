"""A word's query clause, made once and kept, finds what a new one finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crampcare.search import Searcher, index
from crampcare.search.query import name_keys, plan

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _questions() -> list[str]:
    return [
        json.loads(line)["question"]
        for name in sorted(BENCHMARKS.glob("ask_heldout*.jsonl"))
        for line in name.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_kept_clauses_find_the_same_entries_with_the_same_scores(searcher: Searcher) -> None:
    searched = []
    for question in _questions():
        query = plan(question, searcher.lexicon)
        keys = name_keys(query.words, query.expansions)
        searcher.index._clauses.clear()
        fresh = searcher.index.search(query.weights, keys, 30)
        kept = searcher.index.search(query.weights, keys, 30)
        assert kept == fresh, question
        searched.append(fresh)
    assert sum(bool(hits) for hits in searched) > 100


def test_kept_clauses_are_forgotten_when_there_are_too_many(
    searcher: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index, "CLAUSES_KEPT", 5)
    for question in _questions()[:20]:
        query = plan(question, searcher.lexicon)
        searcher.index.search(query.weights, name_keys(query.words, query.expansions), 30)
        assert len(searcher.index._clauses) <= 5 + len(query.weights) + 10
