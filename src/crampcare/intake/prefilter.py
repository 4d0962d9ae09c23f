"""What a sentence must contain before a lexicon pattern can match it.

A pattern's triggers (``lexicon.triggers``) are every run of letters in it:
a sentence holding none of them cannot match, but "cramp" alone wakes every
pattern that mentions cramps. Read from the parsed pattern, the requirements
are sharper: ``(cramp|spasm)\\w* in my (chest|stomach)`` needs "cramp" or
"spasm", *and* "chest" or "stomach". A question about a calf cramp then skips
the chest pattern without running it, as a search engine's prefilter would.

The clauses are derived from ``re``'s own parser. Every clause must hold for
every match (tests/intake/test_lexicon.py checks each one against the parsed
pattern); anything this module cannot reason about requires nothing, which
is always safe: the regular expression still decides.
"""

from __future__ import annotations

import re
from typing import Any

from crampcare.pattern_cache import TRIGGERS

LETTER_RUN = re.compile(r"[a-z]{3,}")
#: Alternatives tried before a pattern is left without requirements (the parse
#: is distributed over each alternative of a group, so nesting multiplies).
_BUDGET = 256


_NOT_LITERAL = re.compile(r"\\[a-zA-Z]|[a-zA-Z](?:[?*]|\{0)")


def triggers(pattern: str) -> frozenset[str]:
    """Runs of three or more letters in a pattern's source.

    A sentence that contains none of them cannot match the pattern, so the
    pattern need not even be compiled for it (tests/intake/test_lexicon.py
    proves this for every pattern from the parsed regular expression). A
    pattern without such runs is always tried.

    Worked out once per pattern and kept (``pattern_cache.TRIGGERS``): for the fast
    answers of ``check`` and ``ask``, kept between runs too (some 500 patterns, 10 ms).
    """
    known = TRIGGERS.get(pattern)
    if known is None:
        known = TRIGGERS[pattern] = triggers_of(pattern)
    return known


def triggers_of(pattern: str) -> frozenset[str]:
    """:func:`triggers`, worked out now."""
    return frozenset(LETTER_RUN.findall(_NOT_LITERAL.sub(" ", pattern.lower())))


class _OverBudget(Exception):
    pass


def requirements(source: str, allowed: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Clauses (sets of letter runs) that a sentence meets, each, if ``source`` matches it.

    Only runs in ``allowed`` (the pattern's triggers, which are looked up in
    every sentence) are used: a clause with any other run is dropped.
    """
    try:
        from re import _constants, _parser  # type: ignore[attr-defined, unused-ignore]

        parsed = _parser.parse(source, re.IGNORECASE)
        clauses = _Deriver(_constants).clauses(list(parsed))
    except (ImportError, AttributeError, re.error, RecursionError, _OverBudget):
        return ()
    return tuple(dict.fromkeys(c for c in clauses if c and c <= allowed))


class _Deriver:
    def __init__(self, ops: Any) -> None:
        self.ops = ops
        self.budget = _BUDGET

    def clauses(self, items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
        c = self.ops
        for i, (op, av) in enumerate(items):
            if op is c.BRANCH:
                # The parser moves shared prefixes out of alternatives ("le(ad|d) to"):
                # each alternative is read with the rest of its sequence put back.
                self.budget -= len(av[1])
                if self.budget < 0:
                    raise _OverBudget
                return _either([self.clauses([*items[:i], *alt, *items[i + 1 :]]) for alt in av[1]])
        out: list[frozenset[str]] = []
        run: list[str] = []

        def flush() -> None:
            out.extend(frozenset({piece}) for piece in LETTER_RUN.findall("".join(run)))
            run.clear()

        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av).lower())
                continue
            if op is c.AT:
                continue  # zero-width (\b): the letters on either side stay adjacent
            flush()
            if op is c.SUBPATTERN:
                out += self.clauses(list(av[3]))
            elif op is c.ATOMIC_GROUP:
                out += self.clauses(list(av))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                out += self.clauses(list(av[2]))
            # Anything else (classes, optional parts, lookarounds) requires nothing.
        flush()
        return out


#: Words in most sentences: a clause of them filters nothing.
_COMMON = frozenset(
    [
        "the",
        "and",
        "for",
        "you",
        "your",
        "her",
        "his",
        "our",
        "not",
        "but",
        "are",
        "was",
        "can",
        "with",
        "have",
        "that",
        "this",
        "from",
        "what",
        "when",
        "how",
        "who",
        "why",
        "all",
        "any",
        "get",
        "got",
        "had",
        "has",
        "one",
        "out",
        "she",
        "they",
        "them",
        "then",
    ]
)


def _rarity(clause: frozenset[str]) -> tuple[bool, int]:
    return (clause.isdisjoint(_COMMON), min(map(len, clause)))


def _either(alternatives: list[list[frozenset[str]]]) -> list[frozenset[str]]:
    """The clauses that hold whichever alternative matched."""
    if any(not alt for alt in alternatives):
        return []
    common = [c for c in alternatives[0] if all(c in alt for alt in alternatives[1:])]
    rest = [[c for c in alt if c not in common] for alt in alternatives]
    if any(not r for r in rest):
        return common
    # From each alternative its rarest-looking clause: one of them holds, so their
    # union is a clause. No common word, then the longest words (long words are rarer).
    chosen = [max(r, key=_rarity) for r in rest]
    return [*common, frozenset().union(*chosen)]
