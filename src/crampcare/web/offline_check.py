"""The red-flag checklist offline: which ticked sign alone means "call now".

Each level comes from the triage itself (one question ticked at a time), so
the offline page holds no rules of its own; the page's script compares the
boxes a person ticked with these levels when the server cannot be reached.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from crampcare.intake.questions import answer, to_intake
from crampcare.triage import triage
from crampcare.web.check_form import form_questions


@cache
def flag_levels() -> list[tuple[str, str, str]]:
    """(field, question, level) for every red-flag question, most urgent first."""
    out = []
    for question in form_questions().warning_signs:
        data: dict[str, Any] = {}
        answer(data, question, True)
        level = triage(to_intake(data)).level
        out.append((question.id, question.prompt, str(level)))
    return out
