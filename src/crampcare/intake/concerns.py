"""Fail-safe concerns: worrying cues the reader saw but could not settle.

The cue list is data (``knowledge/data/lexicon/concerns.yaml``, read by
``crampcare.intake.concern_cues``), each with a stable topic, a plain reason,
the question that settles it and, where its own rule says so, the level it
raises to. A cue makes no concern when the parse already resolved it into a
present finding, when its words sit inside a matched lay phrase, or when it is
denied, hypothetical, historical or someone else's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from crampcare.intake import context
from crampcare.intake.concern_cues import LEVELS, CompiledCue, cues
from crampcare.intake.lazy import FINDER, Lazy
from crampcare.intake.model import Concern, ConcernLevel, Intake


def _present(intake: Intake, key: str) -> bool:
    from crampcare.triage_rules import resolve

    path, _, wanted = key.partition("=")
    value: Any = resolve(intake, path)
    if wanted:
        if isinstance(value, bool):
            return str(value).lower() == wanted
        if isinstance(value, list | set | tuple):
            return wanted in value
        return bool(value == wanted)
    if isinstance(value, list | set | tuple | dict):
        return bool(value)
    return value is not None


def _truthy(intake: Intake, key: str) -> bool:
    """A present and true value: ``pregnant`` is False (not unknown) by default."""
    from crampcare.triage_rules import resolve

    return bool(resolve(intake, key))


class Sentence(NamedTuple):
    """One sentence as the parse saw it: its text and the spans of matched phrases."""

    text: str
    spans: tuple[tuple[int, int], ...]


def _denied(intake: Intake, key: str) -> bool:
    path, _, wanted = key.partition("=")
    return any(
        f.negated
        and f.field == path
        and f.value == (wanted or f.value)
        and f.experiencer == "patient"
        and not (f.hypothetical or f.historical)
        for f in intake.evidence
    )


def _holds(intake: Intake, key: str) -> bool:
    return _present(intake, key) if "=" in key else _truthy(intake, key)


def _corroborated(found: Lazy, text: str, spans: Sequence[tuple[int, int]] = ()) -> bool:
    """A corroborating sign that is said, not denied, wished or over."""
    for m in found.finditer(text, text.lower()):
        ctx = context.read(text, m.start(), m.end(), spans)
        if not (ctx.negated or ctx.hypothetical or ctx.historical):
            return True
    return False


def _found(found: Lazy, text: str, lowered: str) -> bool:
    return found.search(text, lowered) is not None


def _not_denied(found: Lazy, text: str, lowered: str) -> bool:
    """A cue's companion words count unless they are denied themselves: "counted every
    tablet, nothing's missing" names tablets but says none are missing."""
    return any(
        not context.read(text, m.start(), m.end()).negated for m in found.finditer(text, lowered)
    )


def _theirs(found: Lazy, text: str, lowered: str) -> bool:
    """Whether every one of the companion words is told of someone else: "my neighbour
    took an overdose once and I'm wary of tablets" names an overdose, but not the writer's."""
    return all(context.read(text, m.start(), m.end()).other for m in found.finditer(text, lowered))


def _level(
    c: CompiledCue, intake: Intake, sentence: str, sentences: Sequence[Sentence]
) -> tuple[ConcernLevel | None, str]:
    """The cue's own level and reason, or the highest its corroborating signs raise it to."""
    level, reason = c.cue.level, c.cue.reason
    for r, patterns, unless in c.raises:
        if level is not None and LEVELS.index(level) <= LEVELS.index(r.level):
            continue
        if unless is not None and unless.search(sentence, sentence.lower()):
            continue
        if r.if_ and not any(_holds(intake, key) for key in r.if_):
            continue
        where = [s.text for s in sentences] if r.anywhere else [sentence]
        if all(any(_corroborated(p, t) for t in where) for p in patterns):
            level, reason = r.level, r.reason or reason
    return level, reason


#: ``_may`` by the words a sentence holds and whether it is ASCII.
MAY_KEPT = 4096
_MAY: dict[tuple[frozenset[str], bool], frozenset[int]] = {}


def _may(lowered: str) -> frozenset[int]:
    """The cues (by number) with a pattern that may match a sentence (``Lazy.may_match``).

    Only the cues whose patterns' triggers the sentence holds are tested, and those with
    a pattern without triggers (``word_finder`` reads each sentence once for every
    trigger), not all thirty: a cue left out has no pattern that can match it. The
    answer is a function of the words the sentence holds and whether it is ASCII once
    the patterns read their clauses, so it is kept by those: a new sentence of known
    words costs a look-up. The concerns are the same either way
    (tests/intake/test_word_finder.py compares them with every cue tried on every
    sentence, on every vignette).
    """
    table = cues()  # first: the cues are made, their triggers in the finder
    present, ascii = FINDER.present(lowered), lowered.isascii()
    found = _MAY.get((present, ascii))
    if found is None:
        offered = [(n, table.cues[n]) for n in table.offers.offered([lowered])]
        found = frozenset(
            n for n, c in offered if any(p.may_match(present, ascii) for p in c.patterns)
        )
        if all(p.settled for _, c in offered for p in c.patterns):
            if len(_MAY) >= MAY_KEPT:
                _MAY.clear()
            _MAY[present, ascii] = found
    return found


def find(
    intake: Intake, sentences: Sequence[Sentence], others_count: bool, subject_counts: bool = True
) -> list[Concern]:
    """The concerns left open in a parsed text.

    ``others_count``: the text is about someone other than the writer, so a
    cue in a clause about another person is still the patient's.
    ``subject_counts``: so is a cue that is another's only as the sentence's subject
    (the writer never says the cramps are their own).
    """
    out: dict[str, Concern] = {}
    # The cues first: building them adds their triggers to the finder, and the words
    # read below must look for them (on a process's first text, read before the cues
    # were built, the sentences' words lacked every cue's own and no cue was offered
    # them: found in round s26, a one-off `check` missed the chest cue).
    table = cues()
    lowered = [s.text.lower() for s in sentences]  # once, not once per cue
    # Each sentence's cues whose patterns may match it (``Lazy.possible``'s test), worked
    # out once: a cue's patterns are asked of every sentence below. A cue in none of them
    # would be passed over at its first test, so only these are looked at, in order.
    mays = [_may(low) for low in lowered]
    for number in sorted(frozenset().union(*mays)):
        c = table.cues[number]
        cue = c.cue
        # The sentences where a pattern of the cue may match.
        may = [i for i, some in enumerate(mays) if number in some]
        if any(_present(intake, key) for key in cue.resolved_by):
            continue
        if any(_denied(intake, key) for key in cue.denied_by):
            continue
        if not all(_holds(intake, key) for key in cue.only_if):
            continue
        for n in may:
            s, low = sentences[n], lowered[n]
            told = (
                [(x.text, x.text.lower()) for x in sentences]
                if cue.with_anywhere
                else [(s.text, low)]
            )
            said = _not_denied if cue.with_said else _found
            if not all(any(said(w, t, lt) for t, lt in told) for w in c.with_):
                continue
            # Companion words told only of another person are no companion of the writer's
            # (in a text about that person they are the patient's, and still count).
            if not others_count and any(
                all(_theirs(w, t, lt) for t, lt in told if w.search(t, lt)) for w in c.with_
            ):
                continue
            if c.unless and c.unless.search(s.text, low):
                continue
            hits = (m for p in c.patterns for m in p.finditer(s.text, low))
            for m in hits:
                if not cue.in_phrases and any(a <= m.start() < b for a, b in s.spans):
                    continue  # read as part of a lay phrase: settled there
                ctx = context.read(s.text, m.start(), m.end(), s.spans)
                if ctx.negated or ctx.hypothetical or ctx.historical:
                    continue
                if ctx.other and not (others_count or (ctx.by_subject and subject_counts)):
                    continue
                left, right = context.bounds(s.text, m.start(), m.end(), s.spans)
                level, reason = _level(c, intake, s.text, sentences)
                out[cue.topic] = Concern(
                    topic=cue.topic,
                    words=s.text[left:right].strip(" ,;-") or m.group(),
                    reason=reason,
                    question=cue.question,
                    level=level,
                )
                break
            if cue.topic in out:
                break
    return list(out.values())
