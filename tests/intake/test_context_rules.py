"""ConText rules and fail-safe concern cues are valid data, and their speed-up is sound."""

from __future__ import annotations

import re

import pytest

from crampcare.intake import clause_caches, concern_cues, context, lazy
from crampcare.intake.lazy import Lazy
from crampcare.intake.lexicon import compounds
from crampcare.intake.questions import QUESTIONS
from tests.intake.test_lexicon import _cover

LAZY: list[Lazy] = [rule.pattern for rule in context.rules().rules]
for _, _parts in compounds():
    LAZY += list(_parts)
for _cue in concern_cues.cues().cues:
    LAZY += [*_cue.patterns, *_cue.with_, *([_cue.unless] if _cue.unless else [])]
    for _raise, patterns, unless in _cue.raises:
        LAZY += [*patterns, *([unless] if unless else [])]
_LASTING = context.rules().lasting
LAZY += [_LASTING] if _LASTING is not None else []


@pytest.mark.parametrize("pattern", LAZY, ids=[p.source[:50] for p in LAZY])
def test_a_text_without_a_trigger_cannot_match_a_cue(pattern: Lazy) -> None:
    """Skipping a cue whose letters are absent never misses a match."""
    from re import _parser  # type: ignore[attr-defined, unused-ignore]

    assert pattern.regex.pattern  # compiles
    if not pattern.triggers:
        return  # always tried
    parsed = _parser.parse(pattern.source, re.IGNORECASE)
    assert _cover(parsed, frozenset(pattern.triggers)) is not None, pattern.source


@pytest.mark.parametrize(
    "pattern", clause_caches.packaged(), ids=[p.source[:50] for p in clause_caches.packaged()]
)
def test_every_clause_of_a_cue_holds_for_every_match(pattern: Lazy) -> None:
    """The sharper skip is sound too: a text that matches holds a word of each clause."""
    from re import _parser  # type: ignore[attr-defined, unused-ignore]

    parsed = _parser.parse(pattern.source, re.IGNORECASE)
    for clause in pattern.clauses:
        assert clause <= pattern.trigger_set, clause
        assert _cover(parsed, clause) is not None, (pattern.source, sorted(clause))


def test_the_patterns_with_clauses_are_the_ones_checked_above() -> None:
    assert {p.source for p in LAZY} <= {p.source for p in clause_caches.packaged()}
    assert any(p.clauses for p in clause_caches.packaged())


def test_the_cue_clause_cache_is_current() -> None:
    """lexicon/lazy_clauses.json holds the clauses of every context rule, cue and compound
    as they are now. Refresh it with ``python -m crampcare.intake.clause_caches``."""
    import json
    from importlib import resources

    path = resources.files("crampcare.knowledge") / "data" / "lexicon" / lazy.CLAUSE_CACHE
    assert json.loads(path.read_bytes()) == clause_caches.lazy_clause_table()


def test_every_concern_asks_a_real_question() -> None:
    known = {q.id for q in QUESTIONS}
    for cue in concern_cues.cues().cues:
        assert cue.cue.question in known, cue.cue.topic
    assert set(concern_cues.cues().uncertain.values()) <= known


def test_concern_topics_are_unique_and_stable() -> None:
    topics = [c.cue.topic for c in concern_cues.cues().cues]
    assert len(topics) == len(set(topics))


def test_a_misshapen_table_is_a_one_line_error() -> None:
    from crampcare.intake.lexicon import LexiconError
    from crampcare.intake.shape import record

    with pytest.raises(LexiconError, match="unknown keys"):
        record({"topic": "x", "pattern": []}, "lexicon/concerns.yaml", {"topic": str})
    with pytest.raises(LexiconError, match="missing keys"):
        record({}, "lexicon/concerns.yaml", {"topic": str})
    with pytest.raises(LexiconError, match="must be int"):
        record({"within": True}, "lexicon/compounds.yaml", {"within": int})


def test_every_compound_means_valid_intake_values() -> None:
    from crampcare.intake.lexicon import compounds
    from tests.intake.test_lexicon import _as_intake

    for compound, _ in compounds():
        _as_intake(compound.means)


def test_no_forward_context_trigger_ends_in_a_space() -> None:
    # A forward trigger is now searched up to the finding's end and closed by a
    # whole-word check: one that ends in a space ("stopped (taking )?") can never be
    # followed by the finding's first letter, so it silently stops firing.
    for rule in context.rules().rules:
        if rule.forward:
            assert not re.search(r"\s\)?[?*]?$", rule.pattern.source), rule.pattern.source
