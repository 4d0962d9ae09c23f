"""The diary report as PDF: the HTML page laid out by WeasyPrint (imported lazily)."""

from __future__ import annotations

from datetime import date

from crampcare.analysis.results import Analysis
from crampcare.extras import require
from crampcare.render.report_html import report_html


def report_pdf(a: Analysis, generated: date | None = None) -> bytes:
    """PDF bytes of the report; charts as PNG, which every PDF viewer shows alike."""
    html = report_html(a, charts=True, image_format="png", generated=generated)
    weasyprint = require("weasyprint", "pdf")
    pdf = weasyprint.HTML(string=html).write_pdf()
    assert isinstance(pdf, bytes)
    return pdf
