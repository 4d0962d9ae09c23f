"""The word channel's similarity sums with numpy, for a server (``intake.neighbours``).

A single ``check`` sums in pure Python: importing numpy would cost it more than it
saves. A served worker has numpy loaded anyway (web/app.py switches it on once the
worker serves), and these sums take a third of the time of the loop's.

Every score is the loop's, bit for bit: a term's posting list names a vignette once,
so each vignette's score is a sum of products added term after term; here the same
products (double times double) are laid out in one array term after term and
``bincount`` adds them per vignette in array order. The nearest vignettes are then
picked in numpy too, in the order ``heapq.nlargest`` picks them from the loop's list
(highest first, a tie in the bank's order), instead of a Python call per vignette.
"""

from __future__ import annotations

from array import array
from collections import Counter
from itertools import pairwise
from typing import Any


class NumericPostings:
    """The index's posting lists as numpy arrays."""

    def __init__(self, ids: array[int], weights: array[float], starts: array[int]) -> None:
        import numpy as np

        self.np: Any = np
        self.ids = np.asarray(ids, dtype=np.intp)
        self.weights = np.asarray(weights, dtype=np.float64)
        self.starts = np.asarray(starts, dtype=np.intp)

    def similarities(self, vector: dict[int, float], size: int) -> list[float]:
        """The summed ``vector`` weight times posting weight of each of ``size`` vignettes."""
        if not vector:
            return [0.0] * size
        found: list[float] = self._sums(vector, size).tolist()
        return found

    def nearest(self, vector: dict[int, float], size: int, k: int) -> list[tuple[int, float]]:
        """The ``k`` vignettes with the highest positive sums (number, sum), highest first."""
        if not vector:
            return []
        return top(self._sums(vector, size), k)

    def _sums(self, vector: dict[int, float], size: int) -> Any:
        np = self.np
        at = np.fromiter(vector, dtype=np.intp, count=len(vector))
        first, lengths = self.starts[at], self.starts[at + 1] - self.starts[at]
        ends = np.cumsum(lengths)
        postings = np.arange(int(ends[-1])) + np.repeat(first - (ends - lengths), lengths)
        products = np.repeat(np.fromiter(vector.values(), dtype=np.float64), lengths)
        products *= self.weights[postings]
        return np.bincount(self.ids[postings], weights=products, minlength=size)


def top(scores: Any, k: int) -> list[tuple[int, float]]:
    """The ``k`` highest positive ``scores`` (a numpy array) as (position, score), highest
    first and a tie in position order: ``heapq.nlargest(k, range(n), key=scores.__getitem__)``
    without the ones that are not above zero."""
    import numpy as np

    n = len(scores)
    kth = np.partition(scores, n - k)[n - k] if n > k else 0.0
    # With the k-th highest above zero, only the scores at least it can be picked (some
    # 2,000 texts of the bank share a letter group with any text; a dozen pass), all of
    # them above zero; kept in position order, their stable sort picks the same k as a
    # sort of them all. Otherwise fewer than k are above zero: all of those.
    positive = np.flatnonzero(scores >= kth) if kth > 0 else np.flatnonzero(scores > 0)
    # A stable sort keeps equal scores in position order, as nlargest does.
    order = positive[np.argsort(-scores[positive], kind="stable")[:k]]
    return [(int(i), float(scores[i])) for i in order]


#: Words whose letter groups' numbers a worker keeps (a few MB; forgotten when full).
WORDS_KEPT = 50_000


class TermNumbers:
    """A text's terms as the index's term numbers with their counts, for a server.

    ``terms`` then a dict look-up per term makes every letter group of every word
    again for each text; here each word's known groups' numbers are worked out once.
    The counts come out in the order ``terms`` first meets each term (stems, pairs of
    stems, then each word's groups), so the sums add in the same order, bit for bit.
    """

    def __init__(self, positions: dict[str, int], chars: tuple[int, ...]) -> None:
        self.positions = positions
        self.chars = chars
        self._words: dict[str, tuple[int, ...]] = {}

    def _grams(self, word: str) -> tuple[int, ...]:
        from crampcare.neighbour_terms import grams

        found = self._words.get(word)
        if found is None:
            if len(self._words) >= WORDS_KEPT:
                self._words.clear()
            known = (self.positions.get(g) for g in grams(word, self.chars))
            found = self._words[word] = tuple(at for at in known if at is not None)
        return found

    def counts(self, text: str) -> dict[int, int]:
        """Term number -> count, for the terms of ``text`` the index knows."""
        from crampcare.neighbour_terms import words_and_stems

        words, stems = words_and_stems(text)
        find = self.positions.get
        found = [find(term) for term in stems]
        found += [find(f"{a} {b}") for a, b in pairwise(stems)]
        numbers = [at for at in found if at is not None]
        grams = self._grams
        for word in words:
            numbers += grams(word)
        # Counted in C; a Counter keeps its keys in the order it first meets them, as
        # the loop did, so the weights (and sums) come out in the same order.
        return Counter(numbers)

    def weights(self, text: str, idf: Any) -> dict[int, float]:
        """``weigh(counts(text), idf.__getitem__)``, to the same floats: every counted term
        is known, so no term is dropped, and the arithmetic is the same in the same order."""
        import math

        log = math.log
        # A term met once weighs its idf: (1.0 + log(1)) * idf is 1.0 * idf, the same float.
        weights = {
            at: idf[at] if n == 1 else (1.0 + log(n)) * idf[at]
            for at, n in self.counts(text).items()
        }
        norm = math.sqrt(sum([w * w for w in weights.values()])) or 1.0
        return {at: w / norm for at, w in weights.items()}
