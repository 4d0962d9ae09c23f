"""Which of many words occur in a text, found once for every pattern that asks.

The reader's patterns are prefiltered by their triggers (``intake.prefilter``): a
text holding none of a pattern's runs of letters cannot match it. Asked pattern by
pattern, that is a scan of the text per trigger: for a dozen concern cues with some
600 triggers, a sixth of a question's screen. Here the text is read once: each of
its letter runs (a word, mostly: "cramp", "night") is looked up once per process,
and the words found are one set that every pattern's triggers are compared with.

Exact, not approximate: a word is a run of three or more letters a-z, so wherever
it occurs in a lower-case text it lies inside one of the text's maximal runs of
a-z (``LETTER_RUN``'s matches), and every piece of every run up to the longest
word's length is tried. ``word in lowered`` and ``word in finder.present(lowered)`` agree
for every word and every text (tests/intake/test_word_finder.py).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

LETTER_RUN = re.compile(r"[a-z]{3,}")
_WORD = re.compile(r"[a-z]{3,}\Z")
#: Letter runs whose words are kept (a server meets the same words again and again:
#: "cramp", "calf", "night"); forgotten when full, a few MB at most.
RUNS_KEPT = 20_000
#: Texts whose words are kept: the patterns of one sentence ask about it in turn.
TEXTS_KEPT = 64
#: Offers kept by the words a text holds (``Offers.offered``): the same few trigger words
#: come again and again ("calf", "night"), in far fewer sets than there are texts.
OFFERS_KEPT = 4096
_NONE: frozenset[str] = frozenset()


class WordFinder:
    """A set of words, and the ones a lower-case text holds."""

    __slots__ = ("_added", "_lock", "_longest", "_runs", "_texts", "words")

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.words: set[str] = set()
        self._longest = 0
        #: How many times words were added: what was found while words were being
        #: added (on another thread) is not kept, it may lack them. The lock makes
        #: adding and keeping take turns.
        self._added = 0
        self._lock = threading.Lock()
        self._runs: dict[str, frozenset[str]] = {}
        self._texts: dict[str, frozenset[str]] = {}
        self.add(words)

    def add(self, words: Iterable[str]) -> None:
        """More words to look for (each a run of three or more letters a-z)."""
        new = set(words) - self.words
        if not new:
            return
        bad = sorted(w for w in new if not _WORD.match(w))
        if bad:
            raise ValueError(f"not runs of three or more letters a-z: {bad[:3]}")
        with self._lock:
            self.words |= new
            self._longest = max(self._longest, *map(len, new))
            self._added += 1
            # What was found before did not look for these.
            self._runs.clear()
            self._texts.clear()

    def present(self, lowered: str) -> frozenset[str]:
        """The words that occur in ``lowered`` (a text in lower case)."""
        found = self._texts.get(lowered)
        if found is None:
            added = self._added
            sets = [self.in_run(run) for run in LETTER_RUN.findall(lowered)]
            found = frozenset().union(*sets) if sets else _NONE
            with self._lock:
                if len(self._texts) >= TEXTS_KEPT:
                    self._texts.clear()
                if added == self._added:
                    self._texts[lowered] = found
        return found

    def in_run(self, run: str) -> frozenset[str]:
        """The words inside one run of letters: each of its pieces that is one."""
        found = self._runs.get(run)
        if found is None:
            added = self._added
            words, longest, size = self.words, self._longest, len(run)
            hits = [
                run[i:j]
                for i in range(size - 2)
                for j in range(i + 3, min(size, i + longest) + 1)
                if run[i:j] in words
            ]
            found = frozenset(hits) if hits else _NONE
            with self._lock:
                if len(self._runs) >= RUNS_KEPT:
                    self._runs.clear()
                if added == self._added:
                    self._runs[run] = found
        return found


class Offers:
    """Numbered patterns by the words one of which a text must hold to match each.

    A pattern is offered to a text when the text holds one of its words, or when it
    names none (it is always tried). The caller still tests each offered pattern as
    before: the offer only leaves out patterns that test would pass over.
    """

    __slots__ = ("_always", "_by_word", "_known", "finder")

    def __init__(self, words: Iterable[Iterable[str]]) -> None:
        by_word: dict[str, list[int]] = {}
        always = []
        for n, some in enumerate(words):
            named = set(some)
            if not named:
                always.append(n)
            for word in named:
                by_word.setdefault(word, []).append(n)
        self._always = tuple(always)
        self._by_word = {w: tuple(ns) for w, ns in by_word.items()}
        self.finder = WordFinder(by_word)
        self._known: dict[tuple[frozenset[str], int], tuple[int, ...]] = {}

    def offered(self, lowered: Iterable[str], after: int = -1) -> list[int]:
        """The patterns numbered above ``after`` that the texts (in lower case) may
        match, in order.

        A function of the words the texts hold (and ``after``) alone: kept by them, so a
        text whose words were met before costs a set look-up, not a sort."""
        found = [self.finder.present(text) for text in lowered]
        present = found[0] if len(found) == 1 else frozenset().union(*found)
        key = (present, after)
        offered = self._known.get(key)
        if offered is None:
            chosen = set(self._always)
            for word in present:
                chosen.update(self._by_word[word])
            offered = tuple(sorted(n for n in chosen if n > after))
            if len(self._known) >= OFFERS_KEPT:
                self._known.clear()
            self._known[key] = offered
        return list(offered)
