"""What the whole sentence says of a finding, beyond its trigger's reach (for ``context``).

A question opened by a condition and asked to its end ("if my pee went dark after a
workout, is that bad?"); a cause asked about ("could the lead be giving me cramps?");
words that open the sentence and reach the finding (another person as the subject, a
claim read); a fear taken back later ("false alarm"); a denial hedged and then corrected
("no numbness really, just a patch where I can't feel much"). Each is data in
``knowledge/data/lexicon/context.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crampcare.intake.context_rules import rules


def cause_asked(sentence: str, start: int, end: int) -> str | None:
    """ "be giving me cramps" right after a named cause that tells of no exposure."""
    r = rules()
    if r.cause_question is None:
        return None
    m = r.cause_question.match(sentence, end)
    if m is None:
        return None
    if r.exposure_words is not None and r.exposure_words.search(sentence, start, end):
        return None
    return m.group().strip()


@lru_cache(maxsize=64)
def conditional(sentence: str) -> str | None:
    """The condition that opens a question ("hypothetically, if my pee went dark after a
    workout, is that bad?"), across clause breaks to the end: the same for every finding
    of the sentence, so worked out once per sentence."""
    r = rules()
    if r.conditional is None or r.conditional_ask is None:
        return None
    # (The sign may be the condition's own verb: "if my calf swelled up".)
    m = r.conditional.match(sentence)
    if m is None:
        return None
    rest = sentence[m.end() :]
    if not r.conditional_ask.search(rest):
        return None
    if r.conditional_anchor is not None and r.conditional_anchor.search(rest):
        return None
    return m.group().strip()


def opener(
    opener: re.Pattern[str] | None, sentence: str, start: int, ends: re.Pattern[str] | None = None
) -> str | None:
    """The words that open the sentence (``opener``) when their reach, unbroken by the
    writer, runs to ``start``: another person as the subject ("my friend told me her mum
    was in hospital after a cut"), a claim read ("read online that cramps plus cola pee
    means kidney failure")."""
    r = rules()
    if opener is None:
        return None
    m = opener.match(sentence)
    if m is None or m.end() > start:
        return None
    between = sentence[m.end() : start]
    if r.self_word_exceptions is not None:
        between = r.self_word_exceptions.sub(" ", between)
    if r.self_words is not None and r.self_words.search(between):
        return None
    # A clause that tells someone's state may run on into the finding: "..., she's had a fit".
    if ends is not None and (stop := ends.search(sentence, m.end())) and stop.start() < start:
        return None
    return m.group().strip()


def retraction(sentence: str, lowered: str, end: int) -> str | None:
    """The words after ``end`` that take back what was feared before them, if any."""
    retraction, doubt = rules().retraction, rules().retraction_doubt
    if retraction is None:
        return None
    for m in retraction.finditer(sentence, lowered, end, len(sentence)):
        if doubt is None or not doubt.search(lowered, max(end, m.start() - 40), m.start()):
            return m.group()
    return None


def answered_fear(sentence: str, start: int, end: int) -> str | None:
    """A short answer after ``end`` to a fear told before ``start``: "thinking I was having
    a fit ... I wasn't"."""
    r = rules()
    if r.fear is None or r.fear_answer is None or not r.fear.search(sentence, 0, start):
        return None
    if r.fear_kept is not None and r.fear_kept.search(sentence):
        return None
    answer = r.fear_answer.search(sentence, end)
    return answer.group() if answer else None


def hedged(trigger: str, after: str) -> bool:
    """A denial hedged ("not exactly", "... really") and then corrected after the finding
    ("..., just ...", "..., more like ..."), both from context.yaml; ``after`` starts at
    the finding."""
    r = rules()
    if r.denial_hedge is None or r.denial_correction is None:
        return False
    corrected = r.denial_correction.match(after)
    if corrected is None:
        return False
    return bool(r.denial_hedge.search(trigger) or r.denial_hedge.search(corrected.group()))
