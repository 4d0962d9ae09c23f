"""Quality gates: recall@3 on the dev set and the held-out set (regressions fail CI)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.ask_eval import (
    DEV_SET,
    HELD_OUT,
    HELD_OUT_2,
    HELD_OUT_3,
    HELD_OUT_4,
    Outcome,
    Question,
    System,
    evaluate,
    load_questions,
)

from crampcare.search import Searcher
from crampcare.search.engine import ModeChoice


def _system(searcher: Searcher, mode: ModeChoice = "lexical") -> System:
    def run(question: str) -> Outcome:
        result = searcher.ask(question, k=10, mode=mode)
        return Outcome(result.out_of_scope, tuple((a.title, a.text) for a in result.answers))

    return run


@pytest.fixture(scope="module")
def dev_set() -> list[Question]:
    assert DEV_SET.is_file(), f"dev questions not found at {DEV_SET}"
    return load_questions(DEV_SET)


def test_dev_set_recall_at_3_is_at_least_0_9(searcher: Searcher, dev_set: list[Question]) -> None:
    metrics = evaluate(_system(searcher), dev_set)
    assert metrics.recall_at_3 >= 0.9, metrics.misses


@pytest.mark.parametrize("path", [HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4], ids=str)
def test_held_out_recall_at_3_is_at_least_0_85(searcher: Searcher, path: Path) -> None:
    metrics = evaluate(_system(searcher), load_questions(path))
    assert metrics.recall_at_3 >= 0.85, metrics.misses


def test_a_wrong_scope_flag_counts_as_a_miss() -> None:
    question = Question("x", "calf cramp?", ("stretch",), False)
    flagged = evaluate(lambda q: Outcome(True, ()), [question])
    answered = evaluate(lambda q: Outcome(False, (("Stretch", "pull the toes"),)), [question])
    assert (flagged.recall_at_3, answered.recall_at_3) == (0.0, 1.0)
