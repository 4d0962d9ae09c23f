"""Sentences and negation scope for free-text intake.

NegEx-style: a negation cue ("no", "not", "without", "denies", "isn't" ...)
negates what follows it within a few words, up to a clause terminator ("but",
"and my ...", a semicolon). The cues and terminators are the ``negated``
category of the context rules (``knowledge/data/lexicon/context.yaml``, read
by :mod:`crampcare.intake.context`); cues inside a matched lay phrase ("can't
catch my breath", "didn't respond") belong to that phrase and negate nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from crampcare.intake import context

# An ellipsis before more of the same thought ("tetanus jab... no idea") is a pause, not
# the end of a sentence.
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.{2,}(?=\s*[a-z]))+(?:[.!?]+|\n|$)")


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """Sentences with their start offsets; decimals like "2.5" do not split."""
    protected = re.sub(r"(?<=\d)\.(?=\d)", "\x00", text)
    for m in _SENTENCE.finditer(protected):
        chunk = text[m.start() : m.end()]
        if chunk.strip():
            yield m.start(), chunk


def negated(sentence: str, start: int, protected: Iterable[tuple[int, int]] = ()) -> str | None:
    """The cue that negates the phrase starting at ``start``, or None."""
    return context.read(sentence, start, start, list(protected)).negated


def clause(sentence: str, start: int, end: int) -> str:
    """The clause around ``sentence[start:end]``, cut at terminators on either side."""
    left, right = context.bounds(sentence, start, end)
    return sentence[left:right]
