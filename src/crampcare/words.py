"""Text meant for a person: no internal ids, no talk of "the seed", no file names or figure numbers.

Entry texts are written for the knowledge base and its reviewers, so some
sentences explain where a claim came from ("the seed calls it...", "see
la_seizure"). Plans and sessions show the advice, not its bookkeeping: such
sentences are dropped, or, when a step is one sentence, only the clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Words that are bookkeeping, not advice. "Pumpkin seeds" stay: only the article
#: sense of "seed" (a seed says, the seed's, seed 004, the seeds' figures) goes.
BOOKKEEPING = re.compile(
    r"\b(the|a|this|that|each|one|our|both|other|all|five) seeds?\b(?! (of|from|and)\b)"
    r"|\bseeds?['’]"
    r"|\bseeds? \d+"
    r"|\bfigure \d+|\bfig\. ?\d+|\.txt\b|\bkb show\b|crampcare entry"
    r"|\b[a-z]{2,4}_[a-z0-9]+(_[a-z0-9]+)*\b"
    r"|\((see|cf\.?|compare)\b[^)]*\)",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_SEE = re.compile(r"\s*\((see|cf\.?|compare)\b[^)]*\)", re.IGNORECASE)
_ID_PAREN = re.compile(r"\s*\(\s*[a-z]{2,4}_[a-z0-9_]+\s*\)")
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_CLAUSES = re.compile(r"\s*[,;:]\s+|\s+-\s+")


_CHEAP = ("seed", "figure", "fig.", ".txt", "kb show", "entry", "_", "(see", "(cf", "(compare")


def is_bookkeeping(text: str) -> bool:
    low = text.lower()
    # Most text has none of these; the full pattern is only tried when one is there.
    return any(c in low for c in _CHEAP) and bool(BOOKKEEPING.search(text))


@lru_cache(maxsize=4096)
def people_text(text: str) -> str:
    """``text`` without the sentences (or, for one sentence, the clauses) that are bookkeeping."""
    flat = " ".join(text.split())
    if not is_bookkeeping(flat):
        return flat
    flat = _ID_PAREN.sub("", _SEE.sub("", flat))
    # "(seed 001)" in a title: the parenthesis goes, the title stays.
    flat = _PAREN.sub(lambda m: "" if is_bookkeeping(m.group(1)) else m.group(0), flat)
    if not is_bookkeeping(flat):
        return flat
    sentences = _SENTENCES.split(flat)
    kept = [s for s in sentences if not is_bookkeeping(s)]
    if kept:
        return " ".join(kept)
    # One sentence that carries the instruction: keep its clean clauses.
    clauses = [c for c in _CLAUSES.split(flat.rstrip(".!?")) if c and not is_bookkeeping(c)]
    return (", ".join(clauses) + ".") if clauses else ""
