"""The red-flag checklist offline: which ticked sign alone means "call now".

Each level comes from the triage itself (one question ticked at a time), so
the offline page holds no rules of its own; the page's script compares the
boxes a person ticked with these levels when the server cannot be reached.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from crampcare.intake.questions import answer, to_intake
from crampcare.triage_rules import triage
from crampcare.web.check_form import form_questions


@cache
def flag_levels() -> list[tuple[str, str, str]]:
    """(form field, question, level) for every checklist question, most urgent first."""
    out = []
    form = form_questions()
    for question in (*form.warning_signs, *form.other):
        data: dict[str, Any] = {}
        answer(data, question, True)
        level = triage(to_intake(data)).level
        # The form's own field name: the page's script matches the boxes ticked by it.
        out.append((f"q_{question.id}", question.prompt, str(level)))
    return out
