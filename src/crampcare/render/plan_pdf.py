"""The personal plan as PDF, printed from the HTML page by WeasyPrint."""

from __future__ import annotations

from crampcare.extras import require
from crampcare.plan.models import Plan
from crampcare.render.plan_html import plan_html


def plan_pdf(plan: Plan) -> bytes:
    """PDF bytes of the printable plan page."""
    # WeasyPrint (and Pango beneath it) is heavy: imported only when a PDF is asked for.
    weasyprint = require("weasyprint", "pdf")
    pdf = weasyprint.HTML(string=plan_html(plan)).write_pdf()
    assert pdf is not None  # write_pdf returns bytes when no target is given
    return bytes(pdf)
