"""ConText for free-text intake: is a finding denied, hypothetical, over, someone else's, unsure?

The trigger phrases, their direction and reach, and the clause terminators
are data (``knowledge/data/lexicon/context.yaml``). A trigger gives a finding
its category when it stands before it (forward) or after it (backward) in the
same clause, within its number of words. Triggers and terminators inside a
matched lay phrase ("can't catch my breath", "stopped sweating") belong to
that phrase and count for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from crampcare.intake.context_rules import CATEGORIES, Category, CompiledRule, Rules, rules
from crampcare.intake.context_sentence import (
    answered_fear,
    cause_asked,
    conditional,
    hedged,
    opener,
    retraction,
)
from crampcare.intake.lazy import FINDER
from crampcare.word_finder import Offers

__all__ = [
    "CATEGORIES",
    "Category",
    "Context",
    "Rules",
    "bounds",
    "possessed",
    "read",
    "relatives_own",
    "resolved",
    "rules",
    "sets_self_apart",
    "speaks_for_self",
    "writers_own",
]

_WORD = re.compile(r"[\w']+")


class Context(NamedTuple):
    """The context of one finding; ``negated`` holds the denying words."""

    negated: str | None = None
    hypothetical: bool = False
    historical: bool = False
    other: bool = False
    uncertain: bool = False
    #: Someone else outside the family ("my neighbour's boy"): in a parent's or carer's
    #: text about their own child or parent, that person's findings stay theirs.
    outsider: bool = False
    #: ``negated`` came from words after the finding that take it back ("false alarm").
    retracted: bool = False
    #: ``other`` came only from another person being the sentence's subject ("my friend
    #: told me her mum ... after a cut"): the reach of the subject across clause breaks.
    by_subject: bool = False

    @property
    def fires(self) -> bool:
        """Present, real, the patient's and certain (negation is read by the caller)."""
        return not (self.hypothetical or self.historical or self.other or self.uncertain)


def _inside(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def bounds(
    sentence: str, start: int, end: int, spans: Sequence[tuple[int, int]] = ()
) -> tuple[int, int]:
    """The clause around ``sentence[start:end]``: from the last terminator before it to the next."""
    left, right = 0, len(sentence)
    for b_start, b_end in _terminators(sentence, tuple(spans)):
        if b_end <= start:
            left = b_end
        elif b_start >= end:
            right = b_start
            break
    return left, right


@lru_cache(maxsize=64)
def _terminators(sentence: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Where clauses end in a sentence (outside matched phrases); every finding asks."""
    return tuple(
        (b.start(), b.end())
        for b in rules().terminator.finditer(sentence)
        if b.end() > b.start() and not _inside(b.start(), spans)
    )


#: A trigger that takes in the "but" ending the clause: "tingles, but it's wearing off now",
#: "was swollen but I've fully recovered" (the sign's clause ends at the "but"; what
#: follows says the sign is over). Only ``historical``: a "but" never denies or defers.
_BUT = re.compile(r"(?:but|and) ", re.IGNORECASE)


def _backward(
    rule: CompiledRule, sentence: str, lowered: str, end: int, right: int
) -> Iterator[re.Match[str]]:
    """A backward trigger's matches in the clause after a finding; for ``historical``, then
    one that starts with the "but" ending the clause."""
    yield from rule.pattern.finditer(sentence, lowered, end, right)
    if rule.category == "historical" and _BUT.match(sentence, right):
        first = next(rule.pattern.finditer(sentence, lowered, right, len(sentence)), None)
        if first is not None and first.start() == right:
            yield first


def read(sentence: str, start: int, end: int, spans: Sequence[tuple[int, int]] = ()) -> Context:
    """The context of the finding at ``sentence[start:end]``; ``spans`` are matched phrases."""
    left, right = bounds(sentence, start, end, spans)
    lowered = sentence.lower()
    found: dict[str, str] = {}
    told_at: dict[str, int] = {}  # where a forward trigger ended, by category
    for rule in _offered(lowered):
        if rule.category in found:
            continue
        if rule.only_after is not None and not rule.only_after.search(sentence, 0, start):
            continue
        if rule.forward:
            # Searched to the clause's end so that a trigger may look at what follows it
            # ("nearly" before an amount is no near miss; "what a seizure looks like"), but
            # it must end before the finding.
            for m in rule.pattern.finditer(sentence, lowered, left, right):
                if m.start() >= start:
                    break
                if m.end() > start or _inside(m.start(), spans):
                    continue
                if rule.item_only and "," in sentence[m.end() : start]:
                    continue
                if rule.category == "historical" and _dates_its_own_clause(
                    sentence, left, m.start(), m.end(), start
                ):
                    continue
                if len(_WORD.findall(sentence[m.end() : start])) <= rule.scope:
                    found[rule.category] = m.group()
                    told_at[rule.category] = m.end()
        else:
            for m in _backward(rule, sentence, lowered, end, right):
                if _inside(m.start(), spans):
                    continue
                if rule.item_only and "," in sentence[end : m.start()]:
                    continue
                if len(_WORD.findall(sentence[end : m.start()])) <= rule.scope:
                    found[rule.category] = m.group()
                    break
    lasting, outsiders = rules().lasting, rules().outsiders
    # "diagnosed last year": a diagnosis is dated, but what it found is had now.
    if (
        "historical" in found
        and lasting
        and next(lasting.finditer(sentence, lowered, left, right), None)
    ):
        del found["historical"]
    # "Thought the kid had swallowed one but false alarm": taken back later in the sentence,
    # across any clause break (a fear that is then found groundless is no finding).
    by_subject = False
    if "other" not in found and (subject := opener(rules().other_subject, sentence, start)):
        found["other"], by_subject = subject, True
    # "Her sister says she took a whole box": the one named passes on what happened to a
    # third person, the one the text is about unless the writer tells their own cramp.
    reported = rules().reported_subject
    if "other" in told_at and reported is not None:
        by_subject = by_subject or bool(reported.search(sentence, told_at["other"], start))
    # "A friend told me to mention I'm diabetic", "my partner noticed flickers under the skin
    # of my thigh": what the one named passes on is the writer's own.
    reported_self = rules().reported_self
    if (
        "other" in told_at
        and reported_self is not None
        and reported_self.search(sentence, told_at["other"], max(end, right))
    ):
        del found["other"]
        by_subject = False
    if "hypothetical" not in found and (
        claim := opener(rules().claim_read, sentence, start, rules().claim_end)
    ):
        found["hypothetical"] = claim
    if "hypothetical" not in found and (asked := conditional(sentence)):
        found["hypothetical"] = asked
    if "hypothetical" not in found and (cause := cause_asked(sentence, start, end)):
        found["hypothetical"] = cause
    # "My friend is having a fit right now": whoever it is, it is happening now.
    now = rules().happening_now
    if "other" in found and now is not None and now.search(sentence):
        del found["other"]
        by_subject = False
    retracted = False
    if "negated" not in found and (
        taken_back := retraction(sentence, lowered, end) or answered_fear(sentence, start, end)
    ):
        found["negated"], retracted = taken_back, True
    elif "negated" in found and hedged(found["negated"], sentence[start:]):
        # "No numbness really, just a patch where I can't feel much": the sign is denied
        # by name and told in other words; unsure, so asked (or fired where feared).
        del found["negated"]
        found["uncertain"] = "hedged"
    return Context(
        negated=found.get("negated"),
        hypothetical="hypothetical" in found,
        historical="historical" in found,
        other="other" in found,
        uncertain="uncertain" in found,
        outsider=bool(outsiders and outsiders.search(found.get("other", ""))),
        retracted=retracted,
        by_subject=by_subject,
    )


def _offered(lowered: str) -> tuple[CompiledRule, ...]:
    """The rules whose triggers a sentence holds, in order (and those without triggers),
    less those whose clauses it does not (``Lazy.possible``): each finding in it asks, and
    most of the seventy rules cannot match it (their ``finditer`` would find nothing, so
    leaving them out changes nothing).

    Which rules those are depends on the words the sentence holds (``lazy.FINDER``'s,
    every rule's triggers among them) and whether it is ASCII, nothing else, once every
    rule offered reads its clauses: kept by those, so a new sentence of known words
    ("my calf cramps at night 12") is not worked out again."""
    offers = _offers()  # first: the rules are made, their triggers in the finder
    key = (FINDER.present(lowered), lowered.isascii())
    found = _OFFERED.get(key)
    if found is None:
        every = rules().rules
        offered = [every[n] for n in offers.offered([lowered])]
        found = tuple(rule for rule in offered if rule.pattern.possible(lowered))
        if all(rule.pattern.settled for rule in offered):
            if len(_OFFERED) >= OFFERED_KEPT:
                _OFFERED.clear()
            _OFFERED[key] = found
    return found


#: ``_offered`` by the words a sentence holds and whether it is ASCII.
OFFERED_KEPT = 4096
_OFFERED: dict[tuple[frozenset[str], bool], tuple[CompiledRule, ...]] = {}


@cache
def _offers() -> Offers:
    return Offers(rule.pattern.triggers for rule in rules().rules)


def _dates_its_own_clause(sentence: str, left: int, at: int, end: int, finding: int) -> bool:
    """Whether a date that closes its clause ("had thyroid surgery 10 years ago, on
    levothyroxine") is kept from the clause after the comma: it dates what came before it
    in its clause. One that opens its clause ("Years ago, I had a clot") dates what follows."""
    return bool(_WORD.search(sentence, left, at)) and bool(
        re.search(r"[,;]", sentence[end:finding])
    )


_DENIED_JUST_BEFORE = re.compile(r"(?:n't|\bnot|\bnever|\bno|\bnot yet)\s+(?:[\w']+\s+)?$")


def resolved(
    sentence: str,
    start: int,
    paths: Iterable[str],
    whole: str = "",
    later: Sequence[str] = (),
) -> str | None:
    """The words from ``start`` on, or in the next sentence (the first of ``later``), that
    say a sign at one of ``paths`` has gone, if any ("... but the swelling's gone", "...
    Update: warmed them up, pink again"): read per sign, so other findings stand. A sign the
    writer says they said or thought before ("I said my foot went white") may be settled in
    any sentence ``later`` in the message; a later sentence that names another limb, side
    or person settles nothing. A sign whose voiding words are anywhere in the ``whole`` text
    is never settled so."""
    r = rules()
    found, anywhere, voided = r.resolutions, r.resolutions_in_sentence, r.resolutions_voided_by
    told_as = r.settled_later
    if not (told_as is not None and told_as.search(sentence, 0, start)):
        later = later[:1]
    for path in paths:
        if (void := voided.get(path)) is not None and void.search(whole):
            continue
        pattern = found.get(path)
        if pattern is not None:
            if words := _gone(pattern, sentence, start):
                return words
            # The next sentence and any later one settle nothing when they name another
            # limb, a side or someone else ("His right foot, it's normal pink and warm").
            if words := _settled_later(pattern, later):
                return words
        pattern = anywhere.get(path)
        if pattern is not None and (words := _gone(pattern, sentence, 0)):
            return words
    return None


def _settled_later(pattern: re.Pattern[str], later: Sequence[str]) -> str | None:
    """A sign's resolution in a later sentence that names no other limb, side or person."""
    other = rules().settled_later_not
    for told in later:
        if other is not None and other.search(told):
            continue
        # (a sentence's own start, not the space after the last one's stop: "... door.
        # warmed up under a blanket")
        if words := _gone(pattern, told.lstrip(), 0):
            return words
    return None


def _gone(pattern: re.Pattern[str], text: str, begin: int) -> str | None:
    doubt, low = rules().retraction_doubt, text.lower()
    for m in pattern.finditer(text, begin):
        # "hasn't cleared", "never went back to normal": not gone at all
        if _DENIED_JUST_BEFORE.search(low, max(begin, m.start() - 24), m.start()):
            continue
        if doubt is None or not doubt.search(low, max(begin, m.start() - 40), m.start()):
            return m.group()
    return None


def claimed_after(sentence: str, after: str) -> bool:
    """Whether a question asked in general is then owned in the next sentence: "can a
    cramp make your calf swell up? mine has since yesterday" tells the swelling."""
    claimed = rules().question_claimed
    return bool(claimed and sentence.rstrip().endswith("?") and claimed.match(after.lower()))


def possessed(sentence: str, start: int, paths: Iterable[str]) -> bool:
    """Whether a finding at one of ``paths`` is named as someone's own right before
    ``start`` ("my statin", "his water tablets"): had, whatever the sentence wonders."""
    found = rules()
    if found.possessed_before is None or not found.possessed_fields.intersection(paths):
        return False
    return bool(found.possessed_before.search(sentence[max(0, start - 60) : start]))


def _told_once(text: str, words: str) -> tuple[str, int, str, str] | None:
    """The lowered text, where ``words`` stand in it, and the clause before and after them;
    None when they are not found or told twice (then nothing is set apart)."""
    lowered, needle = text.lower(), words.lower()
    at = lowered.find(needle)
    if at < 0 or lowered.find(needle, at + 1) >= 0:
        return None
    clause = re.split(r"[.;:!?\n]", lowered[:at])[-1]
    tail = re.split(r"[.;:!?\n]", lowered[at + len(needle) :])[0]
    return lowered, at, clause, tail


def writers_own(text: str, words: str) -> bool:
    """Whether a lasting state's ``words`` are told of the writer: "I'm on dialysis.
    Asking about my grandson" (the clause's subject is the writer, no one else named in
    it), or "I'm on dialysis myself". Told twice, or not found, it is not set apart."""
    found = rules()
    told_once = _told_once(text, words)
    if found.writer_subject is None or told_once is None:
        return False
    lowered, at, clause, tail = told_once
    needle = words.lower()
    if found.writer_subject.search(clause) and not (
        found.writer_others and found.writer_others.search(clause)
    ):
        told = True
    else:
        told = bool(found.writer_after and found.writer_after.search(tail))
    # Any "I", "me" or "my" outside the state's own clause, beyond what the writer may say
    # of themselves without a sign ("I'm asking for my son"), may tell a sign of their own.
    rest = lowered[: at - len(clause)] + " " + lowered[at + len(needle) + len(tail) :]
    if found.writer_asides is not None:
        rest = found.writer_asides.sub(" ", rest)
    mine = found.writer_first_person
    return told and not (mine is not None and mine.search(rest))


def relatives_own(text: str, words: str) -> bool:
    """Whether a lasting state's ``words`` are told in a "who" clause right after another
    person ("I care for my husband who has kidney failure"). Told twice: not set apart."""
    pattern = rules().relative_state
    told_once = _told_once(text, words)
    return bool(pattern and told_once and pattern.search(told_once[2]))


def speaks_for_self(text: str) -> bool:
    """Whether the writer says outright that they are the one asking about."""
    signal = rules().self_signal
    return bool(signal and _compiled(signal).search(text))


def sets_self_apart(text: str, after: int) -> bool:
    """Whether, after another person's cramps, the writer sets themselves apart as the one
    asking: "My husband takes statins and gets cramps. I don't take anything ..."."""
    contrast = rules().self_contrast
    return bool(contrast and _compiled(contrast).search(text, after))


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
