"""Misspelled names: "Chengsan" finds Chengshan, "magnesuim" finds magnesium.

Only words the knowledge base does not know are corrected, and only towards the
names and title words of its entries (the words people look up and misspell),
within one edit (two for long words), keeping the first letter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from crampcare.editdistance import distance

MIN_LENGTH = 5
LONG_WORD = 8


def deletions(word: str, most: int) -> set[str]:
    """The word with up to ``most`` letters left out, in every way (the word itself too)."""
    found = {word}
    frontier = {word}
    for _ in range(most):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


class Speller:
    """Nearest known word by first letter and edit distance."""

    def __init__(self, words: Iterable[str]) -> None:
        # By first letter and length: a word more than two letters longer or shorter
        # is never close enough, so it is not even compared.
        self.by_key: dict[tuple[str, int], list[str]] = defaultdict(list)
        self.words = frozenset(w for w in set(words) if len(w) >= MIN_LENGTH - 1 and w.isalpha())
        for word in self.words:
            self.by_key[word[0], len(word)].append(word)
        self._by_deletion: dict[str, list[str]] | None = None

    def build_index(self) -> None:
        """Index every known word by its deletions, so corrections need no scan.

        Two words within two edits (a swap counting as one) share a string that
        each reaches by leaving out at most two letters, so looking up the
        deletions of the asked word finds every candidate the scan would
        compare. Building it takes tens of milliseconds and a few megabytes:
        worth it for a server that answers for hours, not for one question.
        """
        index: dict[str, list[str]] = defaultdict(list)
        for word in self.words:
            for variant in deletions(word, 2):
                index[variant].append(word)
        self._by_deletion = dict(index)

    @property
    def indexed(self) -> bool:
        """Whether ``build_index`` has run."""
        return self._by_deletion is not None

    def _candidates(self, word: str, limit: int) -> Iterable[str]:
        if self._by_deletion is None:
            for size in range(len(word) - limit, len(word) + limit + 1):
                yield from self.by_key.get((word[0], size), ())
            return
        seen: set[str] = set()
        for variant in deletions(word, limit):
            for candidate in self._by_deletion.get(variant, ()):
                if candidate[0] == word[0] and candidate not in seen:
                    seen.add(candidate)
                    yield candidate

    def correct(self, word: str) -> str | None:
        """The closest known word, or None when nothing is close enough."""
        if len(word) < MIN_LENGTH or not word.isalpha():
            return None
        limit = 2 if len(word) >= LONG_WORD else 1
        best: tuple[int, str] | None = None
        for candidate in self._candidates(word, limit):
            d = distance(word, candidate, limit)
            if d <= limit and (best is None or (d, candidate) < best):
                best = (d, candidate)
        return best[1] if best else None
