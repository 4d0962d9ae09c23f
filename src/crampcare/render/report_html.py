"""The diary report as one self-contained HTML page (charts embedded as data URIs)."""

from __future__ import annotations

import base64
from datetime import date
from typing import Literal

from crampcare.analysis.results import Analysis
from crampcare.render.report_text import (
    HEADERS,
    NOT_A_DOCTOR,
    TITLE,
    factor_cells,
    method_lines,
)

MIME = {"svg": "image/svg+xml", "png": "image/png"}


def data_uri(data: bytes, fmt: Literal["svg", "png"]) -> str:
    return f"data:{MIME[fmt]};base64,{base64.b64encode(data).decode('ascii')}"


def report_html(
    a: Analysis,
    charts: bool = True,
    image_format: Literal["svg", "png"] = "svg",
    generated: date | None = None,
) -> str:
    """The report page; ``charts=False`` leaves out the (slower) charts."""
    from crampcare.render.jinja import environment

    figures = []
    if charts:
        from crampcare.render.charts import CHARTS

        for name, (caption, draw) in CHARTS.items():
            data = draw(a, image_format)
            if data is not None:
                figures.append(
                    {"name": name, "caption": caption, "src": data_uri(data, image_format)}
                )
    env = environment()
    found = [f for f in a.factors if f.status in ("more_cramps", "fewer_cramps")]
    return env.get_template("report.html").render(
        title=TITLE,
        a=a,
        found=found,
        headers=HEADERS,
        rows=[(f, factor_cells(f)) for f in a.factors],
        figures={f["name"]: f for f in figures},
        methods=method_lines(a),
        not_a_doctor=NOT_A_DOCTOR,
        generated=generated or date.today(),
    )
