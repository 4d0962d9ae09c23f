"""A whole-word pattern compiled only when a text could match it.

Compiling a regular expression costs far more than running it, and one
``crampcare check`` reads one short text: most context triggers and concern
cues can be ruled out by their letters alone (``prefilter.triggers``: a text
holding none of a pattern's letter runs cannot match it; the intake tests
prove it for every pattern). A rare form's pattern (:func:`matches`) is
ruled out by a few words named with it. Sharper still, a pattern's clauses
(``prefilter.requirements``: "(could|can) (my|the) (leg|calf)" needs "could" or
"can", *and* "leg" or "calf"), worked out ahead into ``lexicon/lazy_clauses.json``
(``python -m crampcare.intake.clause_caches`` writes it with ``clauses.json``; a test
checks it is current): a sentence with a trigger but not every clause is not tried either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crampcare.intake.prefilter import triggers
from crampcare.word_finder import WordFinder

#: Every trigger of every pattern made so far: a text is read once for all of them.
FINDER = WordFinder()

#: How many texts offer a pattern (its triggers there) before its clauses are looked up.
_EARN_CLAUSES = 8
#: The clauses of the packaged patterns, by source (written by ``clause_caches``).
CLAUSE_CACHE = "lazy_clauses.json"
_cached: dict[str, tuple[frozenset[str], ...]] | None = None


def read_clauses(name: str) -> dict[str, list[list[str]]]:
    """A clause cache as shipped in the lexicon's folder; an empty one if it is missing or
    unreadable (a pattern without clauses is tried whenever a trigger is there: never
    wrong, only slower)."""
    import json

    from crampcare.knowledge.files import data_bytes

    try:
        data = json.loads(data_bytes("lexicon", name))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def cached_clauses(source: str) -> tuple[frozenset[str], ...]:
    """A packaged pattern's clauses as worked out ahead; none for a pattern not there."""
    global _cached
    if _cached is None:
        _cached = {k: tuple(frozenset(c) for c in v) for k, v in read_clauses(CLAUSE_CACHE).items()}
    return _cached.get(source, ())


class Lazy:
    """One pattern, matched case-insensitively on whole words."""

    __slots__ = ("_clauses", "_last", "_offered", "_regex", "source", "trigger_set", "triggers")

    def __init__(self, source: str) -> None:
        self.source = source
        self.triggers = tuple(triggers(source))
        self.trigger_set = frozenset(self.triggers)
        self._clauses: tuple[frozenset[str], ...] | None = None
        self._offered = 0
        FINDER.add(self.triggers)
        self._regex: re.Pattern[str] | None = None
        # The context of every finding in a sentence asks about the same sentence.
        self._last: tuple[str, bool] = ("", not self.triggers)

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile(rf"(?<![\w'])(?:{self.source})(?![\w'])", re.IGNORECASE)
        return self._regex

    @property
    def clauses(self) -> tuple[frozenset[str], ...]:
        """Sets of triggers a text holds one of each of, if it matches (each word is a
        trigger, so the finder looks for it)."""
        if self._clauses is None:
            self._clauses = cached_clauses(self.source)
        return self._clauses

    @property
    def settled(self) -> bool:
        """Whether ``may_match`` answers from the clauses (before, it lets an ASCII text by)."""
        return self._clauses is not None or not self.triggers

    def possible(self, lowered: str) -> bool:
        """Whether a text (in lower case) can match at all."""
        if not self.triggers:
            return True
        if self._last[0] != lowered:
            self._last = (lowered, self._any_trigger(lowered))
        return self._last[1]

    def _any_trigger(self, lowered: str) -> bool:
        # One reading of the text for every pattern's triggers, not a scan per trigger.
        return self.may_match(FINDER.present(lowered), lowered.isascii())

    def may_match(self, present: frozenset[str], ascii: bool) -> bool:
        """Whether a text with these triggers (``present``) can match: one of the pattern's
        triggers, if it has any, and for an ASCII text one of each clause's words (in
        Unicode, IGNORECASE matches letters that lower() leaves apart: "ſ" and "s")."""
        if self.triggers and self.trigger_set.isdisjoint(present):
            return False
        if not ascii:
            return True
        clauses = self._clauses
        if clauses is None:
            # A one-off ``check`` reads few sentences: the clauses' file (some 0.8 ms to
            # read) is read once a pattern has been offered eight (a server's).
            self._offered += 1
            if self._offered < _EARN_CLAUSES:
                return True
            clauses = self.clauses
        return all(not clause.isdisjoint(present) for clause in clauses)

    def search(self, text: str, lowered: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.possible(lowered) else None

    def finditer(
        self, text: str, lowered: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        if not self.possible(lowered):
            return iter(())
        return self.regex.finditer(text, start, len(text) if end is None else end)
