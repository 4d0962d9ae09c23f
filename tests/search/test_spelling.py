"""Misspelled names are corrected towards the knowledge base; known words are left alone."""

from __future__ import annotations

import pytest

from crampcare.search import Searcher
from crampcare.search.spelling import Speller, distance


def test_distance_counts_a_swap_once() -> None:
    assert distance("magnesuim", "magnesium", 2) == 1
    assert distance("chengsan", "chengshan", 1) == 1
    assert distance("quinine", "aspirin", 2) == 3


def test_speller_keeps_the_first_letter_and_the_limit() -> None:
    speller = Speller(["chengshan", "magnesium", "potassium"])
    assert speller.correct("chengsan") == "chengshan"
    assert speller.correct("magnesuim") == "magnesium"
    assert speller.correct("kagnesium") is None
    assert speller.correct("calf") is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("chengsan point", "bl57"),
        ("zusnli", "st36"),
        ("magnesuim for cramps", "rm_magnesium"),
        ("is quinnine safe for leg cramps", "rm_quinine"),
    ],
)
def test_misspelled_names_find_their_entry(
    searcher: Searcher, question: str, expected: str
) -> None:
    result = searcher.ask(question)
    assert not result.out_of_scope
    assert result.answers[0].id == expected


def test_unknown_off_topic_words_are_not_forced_onto_the_knowledge_base(
    searcher: Searcher,
) -> None:
    assert searcher.ask("how do I renew my pasport").out_of_scope
