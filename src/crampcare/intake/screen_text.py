"""Which parts of a text the semantic screen reads, and which it sets aside.

An embedding does not see "no", "if" or "my dad": "no swelling in my calf"
lands next to "my calf is swollen". So before embedding, each sentence goes
through a deliberately small context check built on the lexical reader's
negation scope (:mod:`crampcare.intake.negation`):

- words a denial cue ("no", "without", "never", "denies", "not swollen" ...)
  reaches are cut out; "not" before a verb in -ing and "can't" / "won't" are
  left for the model to read, because many red flags are said that way
  ("isn't responding", "can't open my mouth", "won't let go");
- a sentence that is clearly hypothetical ("if I ever ..."), over ("years ago"),
  hearsay ("my friend said it can be ..."), says the part is normal ("my pee
  is a normal colour", unless it says "not"), or is another person's history
  while the writer is the patient is skipped.

It is a screen that may only raise or ask, so it errs towards reading.
"""

from __future__ import annotations

import re

from crampcare.intake.negation import negated, sentences

#: Fewer words than this left after cutting: nothing to read.
MIN_WORDS = 2
#: Longer sentences are also read clause by clause (one clause can carry the flag).
CLAUSE_FROM_WORDS = 8
#: Two adjacent sentences are read together when they are this short between them:
#: a flag split over long sentences is rare, and every part costs an embedding.
PAIR_AT_MOST_WORDS = 24

_DENIAL = frozenset(
    {"no", "never", "without", "denies", "deny", "denied", "nor", "neither", "none",
     "free of", "absence of", "negative for", "no sign of", "no signs of", "nothing like",
     "ruled out"}
)  # fmt: skip
_DENIAL_WORD = re.compile(
    r"(?<![\w'])(?:no|never|without|den(?:y|ies|ied)|nor|neither|none|free of|absence of|"
    r"negative for|nothing like|ruled out)(?![\w'])",
    re.IGNORECASE,
)
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
# Hearsay about what a sign can mean is not the sign: "my friend said a fever
# and a stiff neck can be meningitis".
_HEARSAY = re.compile(
    r"(?<![\w'])(?:said|says|say|read|heard|told me)(?![\w'])[^.?!]*?(?<![\w'])"
    r"(?:can|could|might|may) (?:be|mean|cause)(?![\w'])",
    re.IGNORECASE,
)
# "My pee is a normal colour", "jaw and swallowing are perfectly normal": the
# embedding sees urine and jaw, not "normal". Unless the words say it is not.
_NORMAL = re.compile(
    r"(?:(?<![\w'])(?:is|are|was|were|looks?|feels?|seems?)|'s)\s+(?:a\s+)?(?:perfectly\s+|"
    r"completely\s+|totally\s+|quite\s+)?(?:normal|fine|ok|okay|clear)(?![\w'])",
    re.IGNORECASE,
)
_NOT = re.compile(r"(?<![\w'])(?:not|never|no longer)(?![\w'])|n't(?![\w'])", re.IGNORECASE)
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
    if not _DENIAL_WORD.search(sentence):  # most sentences: no per-word scope look-ups
        return neutral(" ".join(_WORD.findall(sentence)))
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


def _says_normal(piece: str) -> bool:
    """Whether the piece says something is normal ("looks fine"), not "doesn't look normal"."""
    return any(
        not _NOT.search(piece[max(0, m.start() - 12) : m.start() + 1])
        for m in _NORMAL.finditer(piece)
    )


def _skipped(sentence: str, writer_is_patient: bool) -> bool:
    if any(p.search(sentence) for p in (_HYPOTHETICAL, _HISTORICAL, _HEARSAY)):
        return True
    return writer_is_patient and _OTHER.search(sentence) is not None


def readable_parts(text: str, window: int = 1) -> list[tuple[str, str]]:
    """Sentences (and clauses of long ones) as (words shown, words embedded), without repeats.

    With ``window`` 2, each two adjacent sentences read are also read as one part:
    people spread a red flag over two sentences ("She went rigid. Now she's
    confused.") and neither half is close enough alone. A sentence skipped or
    said to be normal breaks the chain, so no pair reaches across it.
    """
    writer_is_patient = _WRITER.search(text) is not None
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    previous: tuple[str, str] | None = None  # the last sentence read whole, for pairs

    def add(shown: str, kept: str) -> None:
        if len(_WORD.findall(kept)) >= MIN_WORDS and kept not in seen:
            seen.add(kept)
            out.append((shown.strip(), kept))

    for _, sentence in sentences(text):
        if _skipped(sentence, writer_is_patient):
            previous = None
            continue
        pieces = [sentence]
        normal = _says_normal(sentence)
        if normal or len(_WORD.findall(sentence)) >= CLAUSE_FROM_WORDS:
            pieces += [p for p in _CLAUSE.split(sentence) if p]
        for piece in pieces:
            # "It looks fine but it is cold": the clause that says normal goes, not the rest.
            if normal and _says_normal(piece):
                continue
            add(piece, _cut_denied(piece))
        whole = None if normal else (sentence.strip(), _cut_denied(sentence))
        if (
            window >= 2
            and previous is not None
            and whole is not None
            and len(_WORD.findall(previous[1] + " " + whole[1])) <= PAIR_AT_MOST_WORDS
        ):
            add(f"{previous[0]} {whole[0]}", f"{previous[1]} {whole[1]}")
        previous = whole
    return out
