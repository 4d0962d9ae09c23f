"""The personal plan as PDF, printed from the HTML page by WeasyPrint: one A4 sheet."""

from __future__ import annotations

from typing import Any

from crampcare.extras import require
from crampcare.plan.models import Plan
from crampcare.render.plan_html import MAX_TRIM, plan_html


def plan_document(plan: Plan) -> Any:
    """The laid-out sheet: the least trimming that fits one A4 page (the most, if none does)."""
    # WeasyPrint (and Pango beneath it) is heavy: imported only when a PDF is asked for.
    HTML = require("weasyprint", "pdf").HTML

    for trim in range(MAX_TRIM + 1):
        document = HTML(string=plan_html(plan, trim)).render()
        if len(document.pages) == 1:
            break
    return document


def plan_pdf(plan: Plan) -> bytes:
    """PDF bytes of the printable plan page."""
    pdf = plan_document(plan).write_pdf()
    assert pdf is not None  # write_pdf returns bytes when no target is given
    return bytes(pdf)
