"""What a text's terms are and how they are weighed, for the word channel.

One recipe for both ends: :mod:`crampcare.neighbour_build` indexes the red-flag bank's
vignettes with it, and :mod:`crampcare.intake.neighbours` reads each text with it. No
numpy, no pydantic: it runs in the fast path of ``check``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from itertools import pairwise
from typing import TypeVar

__all__ = ["FILE", "FOLDER", "RECIPE", "grams", "terms", "weigh", "words_and_stems"]

#: Bump when what a text's terms are, or how they are weighed, changes (voids the index).
RECIPE = "1"
FOLDER = "neighbours"
FILE = "red_flag_bank.bin"

_APOSTROPHE = re.compile(r"['’`]")
_WORD = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("ing", "ed", "es", "ly", "s")
K = TypeVar("K")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def terms(text: str, chars: tuple[int, ...] = (3, 4, 5)) -> dict[str, int]:
    """A text's terms with their counts: word stems, pairs of stems ("a b"), and each
    word's letter groups of ``chars`` letters with its edges marked ("~<ca", "~alf>")."""
    words, stems = words_and_stems(text)
    counts: dict[str, int] = {}
    found = stems + [f"{a} {b}" for a, b in pairwise(stems)]
    for word in words:
        found += grams(word, chars)
    for term in found:
        counts[term] = counts.get(term, 0) + 1
    return counts


def words_and_stems(text: str) -> tuple[list[str], list[str]]:
    """A text's words (lower case, apostrophes dropped) and their stems."""
    words = _WORD.findall(_APOSTROPHE.sub("", text.lower()))
    return words, [_stem(w) for w in words]


def grams(word: str, chars: tuple[int, ...] = (3, 4, 5)) -> list[str]:
    """A word's letter groups of ``chars`` letters with its edges marked ("~<ca", "~alf>")."""
    marked = f"<{word}>"
    return [f"~{marked[i : i + n]}" for n in chars for i in range(len(marked) - n + 1)]


def weigh(counts: dict[K, int], idf: Callable[[K], float | None]) -> dict[K, float]:
    """Unit-length TF-IDF weights (1 + log tf) of the terms the index knows (``idf``
    gives None for the others)."""
    weights: dict[K, float] = {}
    for term, n in counts.items():
        known = idf(term)
        if known is not None:
            weights[term] = (1.0 + math.log(n)) * known
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}
