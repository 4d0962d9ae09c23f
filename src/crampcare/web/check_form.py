"""The check form's fields: the questionnaire's questions as ticks, replies as answers.

Every question comes from ``intake.questions.QUESTIONS`` (the CLI asks the
same ones). A reply travels as ``q_<question id>``: "yes" or "no" for a yes/no
question, a number or words otherwise. ``asked`` names the questions a
checklist showed; those left blank were skipped on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.datastructures import FormData

from crampcare.assessment import check_answers
from crampcare.intake.questions import QUESTIONS, Question
from crampcare.web.errors import ApiError

PREFIX = "q_"
#: Asked only as a follow-up (stretching matters for a long cramp only).
_FOLLOW_UPS = {"stretch"}


@dataclass(frozen=True)
class FormQuestions:
    """The questions of the first form, in questionnaire order."""

    warning_signs: tuple[Question, ...]
    other: tuple[Question, ...]
    numbers: tuple[Question, ...]


def form_questions() -> FormQuestions:
    ticks = [q for q in QUESTIONS if q.kind == "yes_no" and q.id not in _FOLLOW_UPS]
    return FormQuestions(
        warning_signs=tuple(q for q in ticks if q.level in ("emergency", "urgent")),
        other=tuple(q for q in ticks if q.level not in ("emergency", "urgent")),
        numbers=tuple(q for q in QUESTIONS if q.kind == "number" and q.level == "urgent"),
    )


def _reply(question: Question, raw: str) -> Any:
    raw = raw.strip()
    if not raw:
        return None
    if question.kind == "yes_no":
        if raw.lower() in {"yes", "1", "on"}:
            return True
        if raw.lower() == "no":
            return False
        raise ApiError(422, "Please answer yes or no.")
    if question.kind == "number":
        try:
            value = float(raw)
        except ValueError:
            raise ApiError(422, "Please type a number of minutes, or leave it blank.") from None
        if not 0 <= value <= 100_000:
            raise ApiError(422, "Please type a number of 0 or more.")
        try:
            check_answers({question.id: value})
        except ValueError:
            raise ApiError(422, "That number is out of range.") from None
        return value
    return raw[:500]


def answers_from_form(form: FormData) -> tuple[dict[str, Any], list[str]]:
    """The replies (question id -> reply) and the asked questions left blank (skipped)."""
    replies: dict[str, Any] = {}
    for question in QUESTIONS:
        reply = _reply(question, str(form.get(PREFIX + question.id, "")))
        if reply is not None:
            replies[question.id] = reply
    known = {q.id for q in QUESTIONS}
    asked = [a for a in form.getlist("asked") if isinstance(a, str) and a in known]
    skipped = [*(s for s in form.getlist("skipped") if isinstance(s, str) and s in known)]
    skipped += [a for a in asked if a not in replies]
    return replies, list(dict.fromkeys(skipped))


def hidden_answers(replies: dict[str, Any]) -> list[tuple[str, str]]:
    """Earlier replies as hidden fields, so the next round keeps them."""
    out = []
    for qid, reply in replies.items():
        if reply is True:
            value = "yes"
        elif reply is False:
            value = "no"
        elif isinstance(reply, float):
            value = f"{reply:g}"
        else:
            value = str(reply)
        out.append((PREFIX + qid, value))
    return out
