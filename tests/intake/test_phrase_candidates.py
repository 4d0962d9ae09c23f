"""A phrase index offers exactly the patterns whose every clause a sentence's words meet."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.intake import lexicon
from crampcare.intake.lexicon import Compiled, LazyPattern, PhraseIndex

LEXICON = lexicon.load_lexicon()
INDEXES = (LEXICON.phrase_index, *LEXICON.place_indexes)
WORDS = sorted({t for index in INDEXES for _, pattern in index.pairs for t in pattern.triggers})


def _plainly(index: PhraseIndex, present: frozenset[str]) -> list[tuple[Compiled, LazyPattern]]:
    """Every pair with no trigger or a trigger present, whose every clause the words meet."""
    return [
        (item, pattern)
        for item, pattern in index.pairs
        if (not pattern.triggers or not pattern.triggers.isdisjoint(present))
        and all(not clause.isdisjoint(present) for clause in pattern.clauses)
    ]


def _settle(index: PhraseIndex) -> None:
    for _, pattern in index.pairs:
        assert pattern.clauses is not None  # worked out (or read from the cache) now


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.integers(0, len(INDEXES) - 1))
def test_the_candidates_are_the_pairs_whose_clauses_the_words_meet(
    words: list[str], which: int
) -> None:
    index, present = INDEXES[which], frozenset(words)
    _settle(index)
    assert index.candidates(present) == _plainly(index, present)


def test_a_pattern_settled_midway_is_checked_against_its_new_clauses() -> None:
    # A fresh index whose patterns have not worked out their clauses: each is let by
    # until it has been offered enough (``possible``), then checked from its clauses,
    # numbered as they come; the words' clause sets must grow with them.
    items = tuple(
        Compiled(item.phrase, tuple(LazyPattern(p.source) for p in item.patterns))
        for item in LEXICON.phrases[:60]
    )
    index = PhraseIndex.of(items)
    present = frozenset(w for w in WORDS if w in {"calf", "cramp", "night", "swollen", "leg"})
    for _ in range(lexicon._EARN_CLAUSES + 1):
        found = index.candidates(present)
        assert all(pair in found for pair in _plainly(index, present))
    _settle(index)
    index._known.clear()
    assert index.candidates(present) == _plainly(index, present)
