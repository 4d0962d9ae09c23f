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

    positive = np.flatnonzero(scores > 0)
    if len(positive) > k:
        # Only the scores at least the k-th highest can be picked (some 2,000 texts of the
        # bank share a letter group with any text; a dozen pass): kept in position order,
        # their stable sort picks the same k as a sort of them all.
        values = scores[positive]
        kth = np.partition(values, len(values) - k)[len(values) - k]
        positive = positive[values >= kth]
    # A stable sort keeps equal scores in position order, as nlargest does.
    order = positive[np.argsort(-scores[positive], kind="stable")[:k]]
    return [(int(i), float(scores[i])) for i in order]
