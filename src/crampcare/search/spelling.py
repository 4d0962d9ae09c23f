"""Misspelled names: "Chengsan" finds Chengshan, "magnesuim" finds magnesium.

Only words the knowledge base does not know are corrected, and only towards the
names and title words of its entries (the words people look up and misspell),
within one edit (two for long words), keeping the first letter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

MIN_LENGTH = 5
LONG_WORD = 8


def distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment edit distance (a swap counts once), or ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


class Speller:
    """Nearest known word by first letter and edit distance."""

    def __init__(self, words: Iterable[str]) -> None:
        self.by_letter: dict[str, list[str]] = defaultdict(list)
        for word in set(words):
            if len(word) >= MIN_LENGTH - 1 and word.isalpha():
                self.by_letter[word[0]].append(word)

    def correct(self, word: str) -> str | None:
        """The closest known word, or None when nothing is close enough."""
        if len(word) < MIN_LENGTH or not word.isalpha():
            return None
        limit = 2 if len(word) >= LONG_WORD else 1
        best: tuple[int, str] | None = None
        for candidate in self.by_letter.get(word[0], ()):
            d = distance(word, candidate, limit)
            if d <= limit and (best is None or (d, candidate) < best):
                best = (d, candidate)
        return best[1] if best else None
