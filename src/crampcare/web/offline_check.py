"""The red-flag checklist offline: which ticked sign alone means "call now".

Each level comes from the triage itself (one question ticked at a time), so
the offline page holds no rules of its own; the page's script compares the
boxes a person ticked with these levels when the server cannot be reached.
"""

from __future__ import annotations

from functools import cache

from starlette.datastructures import FormData

from crampcare.triage import triage
from crampcare.web.triage_routes import RED_FLAG_QUESTIONS, intake_from_form


@cache
def flag_levels() -> list[tuple[str, str, str]]:
    """(field, question, level) for every red-flag question, most urgent first."""
    out = []
    for name, question in RED_FLAG_QUESTIONS:
        level = triage(intake_from_form(FormData({name: "1"}))).level
        out.append((name, question, str(level)))
    return out
