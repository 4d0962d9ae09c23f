"""Hybrid ranking with the ``semantic`` extra: really run when installed (always in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from benchmarks.ask_eval import DEV_SET, Outcome, evaluate, load_questions

import crampcare.semantic_vectors as semantic_vectors
from crampcare.errors import CrampcareError
from crampcare.search import Searcher, fuse
from crampcare.search import semantic as semantic_module


@pytest.fixture(scope="module")
def hybrid(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    if not semantic_module.available():
        if os.environ.get("CI"):
            pytest.fail(
                "CI must install the semantic extra: "
                "pip install torch==2.13.0 && pip install -e '.[dev,semantic]'"
            )
        pytest.skip("the semantic extra is not installed (CI installs it)")
    return Searcher(tmp_path_factory.mktemp("ask-hybrid"))


def test_hybrid_mode_answers_and_says_so(hybrid: Searcher) -> None:
    result = hybrid.ask("my calf knots up at night, what do I do?", mode="hybrid")
    assert result.mode == "hybrid"
    assert not result.out_of_scope
    assert len(result.answers) == 3
    # Reciprocal rank fusion of two rankings: at most 2/61 (first in both), to 4 places.
    assert all(0 < a.score <= round(2 / 61, 4) for a in result.answers)


def test_auto_mode_is_hybrid_when_the_extra_is_installed(hybrid: Searcher) -> None:
    assert hybrid.warm() == "hybrid"
    assert hybrid.ask("is tonic water good for cramps?", mode="auto").mode == "hybrid"


def test_entry_embeddings_ship_with_the_package_and_are_not_cached(hybrid: Searcher) -> None:
    hybrid.ask("cramp in the foot", mode="hybrid")
    ranker = hybrid.semantic()
    assert ranker.matrix.dtype == np.float32 and ranker.matrix.shape[0] == hybrid.index.n
    assert not (hybrid.index.path / f"embeddings-{semantic_module.MODEL_NAME}.npy").exists()


def test_entry_embeddings_are_cached_and_reused_when_the_shipped_ones_do_not_fit(
    hybrid: Searcher, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Another recipe than the shipped one's: as after a local edit of the knowledge base.
    monkeypatch.setattr(semantic_vectors, "RECIPE", "another")
    first = Searcher(tmp_path)
    first.semantic()
    cached = first.index.path / f"embeddings-{semantic_module.MODEL_NAME}.npy"
    assert cached.is_file()
    stamp = cached.stat().st_mtime_ns
    again = Searcher(first.cache_dir)
    ranker = again.semantic()
    assert cached.stat().st_mtime_ns == stamp
    assert ranker.matrix.shape[0] == again.index.n


def test_hybrid_recall_at_3_on_the_dev_set(hybrid: Searcher) -> None:
    def run(question: str) -> Outcome:
        result = hybrid.ask(question, k=10, mode="hybrid")
        return Outcome(result.out_of_scope, tuple((a.title, a.text) for a in result.answers))

    metrics = evaluate(run, load_questions(DEV_SET))
    assert metrics.recall_at_3 >= 0.9, metrics.misses


def test_reciprocal_rank_fusion_rewards_agreement() -> None:
    fused = fuse([[("x", 9.0), ("y", 5.0)], [("y", 0.9), ("z", 0.8)]])
    assert [i for i, _ in fused] == ["y", "x", "z"]
    assert fused[0][1] == pytest.approx(1 / 62 + 1 / 61)


def test_without_the_extra_auto_is_lexical_and_hybrid_is_refused(
    searcher: Searcher, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(semantic_module, "available", lambda: False)
    assert searcher.ask("calf cramp", mode="auto").mode == "lexical"
    with pytest.raises(CrampcareError, match="semantic extra"):
        searcher.ask("calf cramp", mode="hybrid")


def test_auto_falls_back_to_lexical_when_the_model_cannot_load(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from crampcare.search.semantic import SemanticRanker

    def broken(*args: object) -> SemanticRanker:
        raise OSError("model files missing")

    monkeypatch.setattr(semantic_module, "available", lambda: True)
    monkeypatch.setattr(SemanticRanker, "open", broken)
    searcher = Searcher(tmp_path / "cache")
    assert searcher.ask("calf cramp", mode="auto").mode == "lexical"
    with pytest.raises(CrampcareError, match="could not be loaded"):
        searcher.ask("calf cramp", mode="hybrid")
