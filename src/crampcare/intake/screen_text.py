"""Which parts of a text the semantic screen reads, and which it sets aside.

An embedding does not see "no", "if" or "my dad": "no swelling in my calf"
lands next to "my calf is swollen". So before embedding, each sentence goes
through a deliberately small context check built on the lexical reader's
negation scope (:mod:`crampcare.intake.negation`):

- words a denial cue ("no", "without", "never", "denies", "not swollen" ...)
  reaches are cut out; "not" before a verb in -ing and "can't" / "won't" are
  left for the model to read, because many red flags are said that way
  ("isn't responding", "can't open my mouth", "won't let go");
- a sentence that is clearly hypothetical ("if I ever ..."), over ("years ago")
  or another person's history while the writer is the patient is skipped.

It is a screen that may only raise or ask, so it errs towards reading.
"""

from __future__ import annotations

import re

from crampcare.intake.negation import negated, sentences

#: Fewer words than this left after cutting: nothing to read.
MIN_WORDS = 2
#: Longer sentences are also read clause by clause (one clause can carry the flag).
CLAUSE_FROM_WORDS = 8

_DENIAL = frozenset(
    {"no", "never", "without", "denies", "deny", "denied", "nor", "neither", "none",
     "free of", "absence of", "negative for", "no sign of", "no signs of", "nothing like",
     "ruled out"}
)  # fmt: skip
# "No" that is itself the sign: no feeling, no sweat, no pulse.
_SIGN_WITH_NO = re.compile(
    r"(?<![\w'])no (?:feeling|sensation|sweat\w*|pulse|strength|power|control|response|"
    r"reaction|colour|color|movement)(?![\w'])",
    re.IGNORECASE,
)
# "Not swollen" denies like "no swelling", but "not responding" is the red flag
# itself: a copula's "not" before a word in -ing (or a few such states) stays.
_NOT_STATE = re.compile(
    r"(?<![\w'])(?:not|isn'?t|aren'?t|wasn'?t|weren'?t)(?=\s+(?!\w+ing\b|responsive\b|"
    r"conscious\b|awake\b|right\b|well\b|normal\b|sure\b|able\b|himself\b|herself\b|myself\b)\w)",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"(?<![\w'])(?:if (?:i|you|he|she|they|it|my|ever)|what if|in case|just in case|"
    r"should (?:i|it) ever|worried (?:that|about) (?:getting|developing))(?![\w'])",
    re.IGNORECASE,
)
_HISTORICAL = re.compile(
    r"(?<![\w'])(?:\w+ years? ago|years back|as a (?:child|kid|teenager)|when i was (?:a|young)|"
    r"last year|used to|in the past|fine ever since|fine since|(?:fully|completely) recovered|"
    r"(?:it's|it is|he's|she's|i'm|all|everything) (?:fine|normal|ok|okay|gone) now)(?![\w'])",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"(?<![\w'])(?:my|our) (?:dad|father|mum|mom|mother|parents?|brother|sister|grand\w+|"
    r"granny|nan|uncle|aunt\w*|cousin|friend)(?:'s)? (?:had|has had|died|passed|history)|"
    r"runs in (?:the|my|our) family|family history",
    re.IGNORECASE,
)
# The writer is the patient: "I get cramps", "my calf cramps".
_WRITER = re.compile(
    r"(?<![\w'])(?:i|i'm|i've|me|my (?:calf|calves|legs?|foot|feet|toes?|thighs?|muscles?))"
    r"(?![\w'])",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    r"\s*(?:[;:()]|\b(?:but|however|although|though|now|then|so|because|since|while|after|"
    r"and now|and then)\b|(?:,|\band\b)(?=\s*(?:i|i'm|i've|my|he|she|his|her|it|it's|they|"
    r"we|there|now|then|suddenly)\b))\s*",
    re.IGNORECASE,
)
# Every text here is about cramps: the word says nothing about danger, yet it
# dominates an embedding and pulls every sentence towards ordinary cramps.
_CRAMP = re.compile(r"(?<![\w'])(?:cramp\w*|charl[e]?y horses?|charlie horses?)(?![\w'])", re.I)
_WORD = re.compile(r"[\w']+")


def neutral(text: str) -> str:
    """The text without the word cramp (used on exemplars and sentences alike)."""
    return " ".join(_CRAMP.sub(" ", text).split())


def _cut_denied(sentence: str) -> str:
    """The sentence without the words a denial cue reaches (and without "cramp")."""
    sentence = _NOT_STATE.sub("no", sentence)
    protected = [m.span() for m in _SIGN_WITH_NO.finditer(sentence)]
    kept: list[str] = []
    for word in _WORD.finditer(sentence):
        cue = negated(sentence, word.start(), protected)
        if cue is not None and cue.lower() in _DENIAL:
            continue
        if word.group().lower() in _DENIAL and not any(a <= word.start() < b for a, b in protected):
            continue
        kept.append(word.group())
    return neutral(" ".join(kept))


def _skipped(sentence: str, writer_is_patient: bool) -> bool:
    if _HYPOTHETICAL.search(sentence) or _HISTORICAL.search(sentence):
        return True
    return writer_is_patient and _OTHER.search(sentence) is not None


def readable_parts(text: str) -> list[tuple[str, str]]:
    """Sentences (and clauses of long ones) as (words shown, words embedded), without repeats."""
    writer_is_patient = _WRITER.search(text) is not None
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for _, sentence in sentences(text):
        if _skipped(sentence, writer_is_patient):
            continue
        pieces = [sentence]
        if len(_WORD.findall(sentence)) >= CLAUSE_FROM_WORDS:
            pieces += [p for p in _CLAUSE.split(sentence) if p]
        for piece in pieces:
            kept = _cut_denied(piece)
            if len(_WORD.findall(kept)) >= MIN_WORDS and kept not in seen:
                seen.add(kept)
                out.append((piece.strip(), kept))
    return out
