"""``assess``: the one call every face makes to triage a person.

It runs the red-flag rules (:func:`crampcare.triage_rules.triage`) over the intake
with any answers applied, then adds what free text cannot settle alone:

- a concern with a level raises the result by its own rule (``concern-<topic>``);
- a concern with a question, and every red-flag question the text left open,
  goes into ``to_confirm``: a self-care, doctor or urgent result read from free
  text is provisional until they are answered or skipped on purpose;
- an emergency asks nothing (nothing may delay the call);
- ``understood`` and ``not_understood`` say, in plain lines, what was read,
  what was set aside (past, someone else's, "what if") and what was not clear.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from functools import cache
from typing import TYPE_CHECKING, Any

from crampcare.intake.model import Concern, Fact, Intake
from crampcare.intake.questions import QUESTIONS, Question, answer, said_as, skip
from crampcare.triage_rules import (
    DEFAULT_STEPS,
    LEVEL_HEADLINES,
    Reason,
    ToConfirm,
    TriageResult,
    resolve,
    triage,
)
from crampcare.typed import dump, json_schema, validate
from crampcare.vocabulary import LEVEL_ORDER, Level

if TYPE_CHECKING:
    from crampcare.flag_rules import FlagRule
    from crampcare.knowledge.schema import RedFlag

__all__ = [
    "BY_ID",
    "OPEN_WHY",
    "PENDING_WHY",
    "SCREEN_PENDING",
    "assess",
    "check_answers",
    "is_settled",
    "red_flag_questions",
    "text_level",
]

BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}
#: Intake fields that are lists: a question "sets" them by adding a member.
_LISTS = {"events", "locations", "contexts", "conditions", "medicines"}
#: Intake fields whose default is False, not unknown: only a fact says they were set.
_FALSE_BY_DEFAULT = {"pregnant", "heavy_alcohol"}
#: Which questions a provisional result at each level still asks.
_OPEN_LEVELS: dict[str, tuple[str, ...]] = {
    "self_care": ("emergency", "urgent"),
    "doctor": ("emergency", "urgent"),
    # A same-day result can still be an emergency (a clot in the leg, then in the lung).
    "urgent": ("emergency",),
}


def red_flag_questions() -> list[Question]:
    """The emergency and urgent questions, most urgent first."""
    return [q for q in QUESTIONS if q.level in ("emergency", "urgent")]


def _paths(question: Question) -> dict[str, Any]:
    paths: dict[str, Any] = {**question.no, **question.yes}
    if question.path is not None:
        paths[question.path] = None
    return paths


def _clean(fact: Fact) -> bool:
    """A fact about the patient, now, for real and for sure (negated or not)."""
    return not (
        fact.hypothetical
        or fact.historical
        or fact.experiencer != "patient"
        or fact.certainty != "certain"
    )


def is_settled(question: Question, intake: Intake) -> bool:
    """Whether the intake set any of the question's paths True or False (or to a value).

    A question whose yes stands for signs together (a fever with a stiff neck) is settled
    only when each of those is told: a fever alone leaves the rest open.
    """
    if len(question.yes) > 1:
        return all(
            _told(Question(question.id, "", question.level, path=p), intake) for p in question.yes
        )
    return _told(question, intake)


def _told(question: Question, intake: Intake) -> bool:
    for path, member in _paths(question).items():
        head = path.split(".", 1)[0]
        value = resolve(intake, path)
        if head in _LISTS:
            if member is None and value:
                return True
            if member is not None and value and member in value:
                return True
        elif head not in _FALSE_BY_DEFAULT and value is not None:
            return True
        for fact in intake.evidence:
            if fact.field != path or not _clean(fact):
                continue
            if member is None or fact.value == member or fact.value is False or fact.negated:
                return True
    return False


def is_denied(question: Question, intake: Intake) -> bool:
    """Whether the text denies what the question asks and says none of it is there: "no
    vomiting or diarrhoea or anything", "nothing round my mouth"."""
    paths = _paths(question)
    denied = False
    for fact in intake.evidence:
        if fact.field not in paths or not _clean(fact):
            continue
        if fact.negated or fact.value is False:
            denied = True
        else:
            return False
    return denied


def check_answers(answers: Mapping[str, Any], skipped: Iterable[str] = ()) -> dict[str, Any]:
    """Answers by question id, each of its question's kind; ValueError names the first bad one."""
    for qid in [*answers, *skipped]:
        if qid not in BY_ID:
            raise ValueError(f"unknown question {qid!r}")
    from pydantic import ValidationError

    out: dict[str, Any] = {}
    for qid, reply in answers.items():
        kind = BY_ID[qid].kind
        if reply is None:
            continue
        if kind == "yes_no" and not isinstance(reply, bool):
            raise ValueError(f"the answer to {qid!r} must be true or false")
        if kind == "number" and (
            isinstance(reply, bool) or not isinstance(reply, int | float) or reply < 0
        ):
            raise ValueError(f"the answer to {qid!r} must be a number of 0 or more")
        if kind == "number" and reply > _upper_bound(BY_ID[qid]):
            # Before any rounding: 120.00000000000001 is over an age's 120, not 120.
            raise ValueError(f"the answer to {qid!r} is out of range")
        if kind == "text" and not (isinstance(reply, str) and len(reply) <= 500):
            raise ValueError(f"the answer to {qid!r} must be words (up to 500 characters)")
        try:
            _apply(Intake(), {qid: reply})
        except ValidationError:
            raise ValueError(f"the answer to {qid!r} is out of range") from None
        out[qid] = reply
    return out


def _upper_bound(question: Question) -> float:
    """The largest value the Intake field a number question fills may hold."""
    return _maxima().get(question.path or "", math.inf)


@cache
def _maxima() -> dict[str, float]:
    """Each bounded Intake field's largest value, from its schema."""
    found: dict[str, float] = {}
    for name, prop in json_schema(Intake)["properties"].items():
        limits = [float(v["maximum"]) for v in [prop, *prop.get("anyOf", [])] if "maximum" in v]
        if limits:
            found[name] = min(limits)
    return found


def _apply(intake: Intake, answers: Mapping[str, Any]) -> Intake:
    data = dump(intake, mode="json")
    for qid, reply in answers.items():
        question = BY_ID.get(qid)
        if question is not None:
            answer(data, question, reply)
    return validate(Intake, data)


def _concern_reason(concern: Concern, level: Level) -> Reason:
    return Reason(rule=f"concern-{concern.topic}", level=level, message=concern.reason)


def _open_questions(
    intake: Intake, level: Level, from_text: bool, done: set[str], recheck: bool = False
) -> list[ToConfirm]:
    out: dict[str, ToConfirm] = {}
    for concern in intake.concerns:
        question = BY_ID.get(concern.question or "")
        if question is None or question.id in done or is_settled(question, intake):
            continue
        out.setdefault(question.id, _item(question, concern.reason))
    if from_text:
        wanted = _OPEN_LEVELS.get(level, ())
        # The top-level fields as they are: what ``skip`` reads.
        known = {f.name: getattr(intake, f.name) for f in fields(intake)}
        for question in red_flag_questions():
            if question.level not in wanted or question.id in done or question.id in out:
                continue
            if skip(question, known):
                continue
            if is_settled(question, intake):
                if not recheck:
                    continue
                out[question.id] = _item(question, PENDING_WHY)
                continue
            out[question.id] = _item(question, _why(question, intake))
    # Most urgent first, then in questionnaire order.
    order = {q.id: i for i, q in enumerate(QUESTIONS)}
    return sorted(out.values(), key=lambda t: (-LEVEL_ORDER[t.level], order.get(t.question, 0)))


def _item(question: Question, why: str) -> ToConfirm:
    level: Level = question.level  # type: ignore[assignment]
    return ToConfirm(
        question=question.id, prompt=question.prompt, why=why, kind=question.kind, level=level
    )


#: Why an open red-flag question is asked, by its level (a concern gives its own reason).
OPEN_WHY: dict[str, str] = {
    "emergency": "Your description did not say, and this would mean calling for help now.",
    "urgent": "Your description did not say, and this would mean seeing a doctor today.",
}


#: Said when the second channel (the semantic screen) was due but not loaded yet: the
#: result rests on the word rules alone, so every red-flag question is asked.
SCREEN_PENDING = (
    "The second check, which reads your words by their meaning, was still starting, so "
    "this result rests on the word rules alone: please answer the warning-sign questions."
)
PENDING_WHY = (
    "Your words seemed to answer this, but the second check was still starting: please confirm."
)


_ASIDE = {
    "hypothetical": "as a 'what if'",
    "historical": "as something in the past",
    "other": "about someone else",
    "uncertain": "without being sure",
}


def _aside(fact: Fact) -> str | None:
    if fact.negated:
        return None
    if fact.hypothetical:
        return _ASIDE["hypothetical"]
    if fact.historical:
        return _ASIDE["historical"]
    if fact.experiencer != "patient":
        return _ASIDE["other"]
    if fact.certainty != "certain":
        return _ASIDE["uncertain"]
    return None


def _why(question: Question, intake: Intake) -> str:
    """Why an open question is asked: what was set aside on its subject, else its level."""
    paths = _paths(question)
    for fact in intake.evidence:
        how = _aside(fact)
        if how is not None and fact.field in paths:
            return f'You mentioned "{fact.words}" {how}: we ask whether it is happening to you now.'
    return OPEN_WHY.get(question.level, OPEN_WHY["urgent"])


def _label(path: str) -> str:
    return path.rsplit(".", 1)[-1].replace("_", " ")


def _shown(value: Any) -> str:
    return said_as(value).replace("_", " ")


def fact_line(fact: Fact) -> str:
    """One plain line for a fact, saying so when it was set aside."""
    label = _label(fact.field)
    said = f'("{fact.words}")'
    if fact.hypothetical:
        return f"{label}: set aside, said as a 'what if', not happening now {said}"
    if fact.historical:
        return f"{label}: set aside, in the past, not now {said}"
    if fact.experiencer != "patient":
        return f"{label}: set aside, about someone else {said}"
    if fact.certainty != "certain":
        return f"{label}: not sure, so we ask {said}"
    if fact.negated and not isinstance(fact.value, bool):
        return f"{label}: not {_shown(fact.value)} {said}"
    value = "no" if fact.negated and fact.value is True else _shown(fact.value)
    return f"{label}: {value} {said}"


def _raising(concerns: Iterable[Concern], replies: Mapping[str, Any]) -> list[Concern]:
    """The concerns that raise the level: an answer to a concern's own question settles it."""
    out = []
    for concern in concerns:
        question = BY_ID.get(concern.question or "")
        if concern.level is None or (question is not None and question.id in replies):
            continue
        out.append(concern)
    return out


def text_level(intake: Intake) -> Level:
    """The level ``assess(intake, from_text=True)`` gives, without building the result.

    For ask's red-flag screen, where most questions are self-care and their result
    is thrown away: the open questions and the plain lines cost a third of it.
    """
    level: Level = triage(intake).level
    for concern in _raising(intake.concerns, {}):
        assert concern.level is not None
        if LEVEL_ORDER[concern.level] > LEVEL_ORDER[level]:
            level = concern.level
    return level


def assess(
    intake: Intake,
    *,
    from_text: bool = False,
    answers: Mapping[str, Any] | None = None,
    skipped: Iterable[str] = (),
    rules: Sequence[RedFlag | FlagRule] | None = None,
    screen_pending: bool = False,
) -> TriageResult:
    """Triage ``intake`` with ``answers`` (question id -> reply) applied; the one contract.

    ``from_text``: the intake was read from free text, so a result short of an
    emergency waits on the red-flag questions the text left open. Questions in
    ``answers`` or ``skipped`` are never asked again. ``rules``: the red flags
    to apply (default: the packaged ones). ``screen_pending``: the second channel
    (the semantic screen, which may only raise or ask) was due on this text but is
    not loaded yet; short of an emergency, the result then asks every red-flag
    question at its open levels that was not answered or skipped, even ones the
    words seemed to settle, and says why (``SCREEN_PENDING``).
    """
    replies = {k: v for k, v in (answers or {}).items() if v is not None and v != ""}
    skipped_ids = [q for q in dict.fromkeys(skipped) if q in BY_ID and q not in replies]
    answered = _apply(intake, replies) if replies else intake
    base = triage(answered, rules)
    reasons = list(base.reasons)
    level: Level = base.level
    for concern in _raising(answered.concerns, replies):
        assert concern.level is not None
        reasons.append(_concern_reason(concern, concern.level))
        if LEVEL_ORDER[concern.level] > LEVEL_ORDER[level]:
            level = concern.level
    steps = list(base.next_steps)
    if level != base.level:
        head = list(DEFAULT_STEPS["emergency"]) if level == "emergency" else []
        rule_steps = [s for s in steps if s not in DEFAULT_STEPS[base.level]]
        tail = [] if level == "emergency" else list(DEFAULT_STEPS[level])
        steps = list(dict.fromkeys([*head, *rule_steps, *tail]))
    reasons.sort(key=lambda r: -LEVEL_ORDER[r.level])
    done = set(replies) | set(skipped_ids)
    pending = screen_pending and from_text and level != "emergency"
    to_confirm = (
        [] if level == "emergency" else _open_questions(answered, level, from_text, done, pending)
    )
    understood = [fact_line(f) for f in answered.evidence]
    understood += [f"Skipped on purpose: {BY_ID[q].prompt}" for q in skipped_ids]
    not_understood = [c.reason for c in answered.concerns]
    if from_text and not answered.evidence and not answered.concerns:
        not_understood.append("We could not find any symptoms or details in what you wrote.")
    if pending:
        not_understood.append(SCREEN_PENDING)
    return TriageResult(
        level=level,
        headline=LEVEL_HEADLINES[level],
        reasons=reasons,
        next_steps=steps,
        provisional=bool(to_confirm),
        to_confirm=to_confirm,
        understood=understood,
        not_understood=list(dict.fromkeys(not_understood)),
        intake=answered,
    )
