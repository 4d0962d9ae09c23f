"""Misspelled names are corrected towards the knowledge base; known words are left alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.editdistance import distance
from crampcare.search import Searcher
from crampcare.search.spelling import Speller


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


_LETTERS = "abcde"


@st.composite
def _edited(draw: st.DrawFn, word: str) -> str:
    """``word`` after one or two edits: a letter changed, left out, added or swapped."""
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, max(len(word) - 1, 0)))
        letter = draw(st.sampled_from(_LETTERS))
        kind = draw(st.sampled_from(["change", "leave out", "add", "swap"]))
        if kind == "change":
            word = word[:at] + letter + word[at + 1 :]
        elif kind == "leave out":
            word = word[:at] + word[at + 1 :]
        elif kind == "add":
            word = word[:at] + letter + word[at:]
        elif at + 1 < len(word):
            word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_the_deletion_index_corrects_exactly_as_the_scan_does(data: st.DataObject) -> None:
    """Few letters and words one or two edits from the known ones: every kind of near miss."""
    vocabulary = data.draw(
        st.lists(st.text(_LETTERS, min_size=4, max_size=11), min_size=1, max_size=30)
    )
    asked = [data.draw(_edited(w)) for w in vocabulary]
    asked += data.draw(st.lists(st.text(_LETTERS, min_size=5, max_size=11), max_size=5))
    scanning = Speller(vocabulary)
    indexed = Speller(vocabulary)
    indexed.build_index()
    for word in asked:
        assert indexed.correct(word) == scanning.correct(word), word


def test_the_index_agrees_with_the_scan_on_the_knowledge_base_words(searcher: Searcher) -> None:
    scanning = Speller(searcher.speller().words)
    indexed = Speller(searcher.speller().words)
    indexed.build_index()
    words = sorted(scanning.words)
    edited = [w[:i] + w[i + 1 :] for w in words for i in (1, len(w) // 2)]
    edited += [w[:2] + w[3] + w[2] + w[4:] for w in words if len(w) > 4]
    edited += [w + "s" for w in words] + ["pasport", "renew", "zusnli", "chengsan"]
    assert [indexed.correct(w) for w in edited] == [scanning.correct(w) for w in edited]


def test_warming_builds_the_spelling_index(searcher: Searcher) -> None:
    searcher.warm("lexical")
    assert searcher.speller().indexed
    assert searcher.ask("zusnli").answers[0].id == "st36"
