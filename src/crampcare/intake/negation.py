"""Sentences, clause boundaries and negation scope for free-text intake.

A NegEx-style approach: a negation cue ("no", "not", "without", "denies",
"isn't" ...) negates what follows it within a few words, up to a clause
boundary ("but", "and my ...", a semicolon, a new sentence). Cues that sit
inside a matched lay phrase ("can't catch my breath", "didn't respond") belong
to that phrase and negate nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: How many words a cue reaches forward ("no swelling, redness or warmth").
SCOPE_WORDS = 6

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_CUE = re.compile(
    r"(?<![\w'])(?:no|not|never|without|denies|deny|denied|nor|neither|none|"
    r"isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|hadn'?t|"
    r"won'?t|can'?t|cannot|free of|absence of|negative for|no sign of|no signs of|"
    r"nothing like|ruled out)(?![\w'])",
    re.IGNORECASE,
)
_PRONOUN = (
    r"(?:i|i'm|i've|im|my|his|her|their|its|it|it's|he|she|they|we|our|the|there|this|"
    r"that|suddenly|just|only|now|then|also)"
)
_BOUNDARY = re.compile(
    r"[;:()]|"
    r"(?<![\w'])(?:but|however|although|though|yet|except|apart from|aside from|still|"
    r"now|then|because|since|so|which|who|while|whereas|plus|also|after|until|"
    r"and then|and now)(?![\w'])|"
    rf"(?<![\w'])and\s+(?={_PRONOUN}(?![\w']))|"
    rf",\s*(?={_PRONOUN}(?![\w']))",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w']+")


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """Sentences with their start offsets; decimals like "2.5" do not split."""
    protected = re.sub(r"(?<=\d)\.(?=\d)", "\x00", text)
    for m in _SENTENCE.finditer(protected):
        chunk = text[m.start() : m.end()]
        if chunk.strip():
            yield m.start(), chunk


def _inside(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def negated(sentence: str, start: int, protected: Iterable[tuple[int, int]] = ()) -> str | None:
    """The cue that negates the phrase starting at ``start``, or None.

    ``protected`` are spans of matched phrases whose own negative words must
    not be read as cues.
    """
    spans = list(protected)
    clause_start = 0
    for b in _BOUNDARY.finditer(sentence, 0, start):
        # A boundary word inside a phrase does not cut the clause.
        if not _inside(b.start(), spans):
            clause_start = b.end()
    window = sentence[clause_start:start]
    found = None
    for cue in _CUE.finditer(window):
        at = clause_start + cue.start()
        if _inside(at, spans):
            continue
        between = sentence[at + len(cue.group()) : start]
        if len(_WORD.findall(between)) <= SCOPE_WORDS:
            found = cue.group()
    return found


def clause(sentence: str, start: int, end: int) -> str:
    """The clause around ``sentence[start:end]``, cut at boundaries on either side."""
    left = 0
    right = len(sentence)
    for b in _BOUNDARY.finditer(sentence):
        if b.end() <= start:
            left = b.end()
        elif b.start() >= end:
            right = b.start()
            break
    return sentence[left:right]
