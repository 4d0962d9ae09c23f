"""The diary report as plain text, Markdown and JSON (no charts in these)."""

from __future__ import annotations

import math
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

from crampcare.analysis.results import Analysis, FactorResult
from crampcare.analysis.wording import pct, ratio
from crampcare.typed import json_schema

TITLE = "crampcare diary report"
NOT_A_DOCTOR = (
    "This report describes your own records; it is not a diagnosis. Sudden, one-sided, "
    "swollen or very frequent cramps need a doctor."
)
STATUS_WORDS = {
    "more_cramps": "more cramps",
    "fewer_cramps": "fewer cramps",
    "no_clear_link": "could be chance",
    "not_enough_data": "not enough data yet",
}


def method_lines(a: Analysis) -> list[str]:
    """How the figures were made, in a few plain sentences (the 'methods' box)."""
    return [
        f"A night runs from {a.night_window}; a cramp night is a night with at least one "
        "episode. Each check-in describes the day before its night.",
        "Each factor is yes/no with the threshold shown. For each: the share of cramp nights "
        "with and without it, the relative risk (RR) with a 95 % confidence interval (log "
        "method; 0.5 added to every cell of a table with a zero), and Fisher's exact test.",
        f"Benjamini-Hochberg false-discovery-rate correction across the factors tested; a "
        f"factor is a finding only at q ≤ {a.fdr_q:g}.",
        f"No factor is judged before {a.min_days} days of check-ins, nor with fewer than "
        f"{a.min_nights_each} nights with it and {a.min_nights_each} without.",
        "A link is an association in your diary, not proof of a cause.",
    ]


def _fmt_p(x: float | None) -> str:
    if x is None:
        return "-"
    return "<0.001" if x < 0.001 else f"{x:.3f}"


def factor_cells(f: FactorResult) -> list[str]:
    """One factor's table row: label, with, without, RR (CI), p, q, status."""
    rr = "-"
    if f.relative_risk is not None and f.ci_low is not None and f.ci_high is not None:
        rr = f"{ratio(f.relative_risk)} ({ratio(f.ci_low)}–{ratio(f.ci_high)})"
    return [
        f.label,
        f"{f.cramp_nights_with}/{f.nights_with} ({pct(f.rate_with)})",
        f"{f.cramp_nights_without}/{f.nights_without} ({pct(f.rate_without)})",
        rr,
        _fmt_p(f.p_value),
        _fmt_p(f.q_value),
        STATUS_WORDS[f.status],
    ]


HEADERS = ["Factor", "Cramp nights with", "Without", "RR (95 % CI)", "p", "q", "Reading"]


def _period(a: Analysis) -> str:
    if a.first_day is None:
        return "no records yet"
    return f"{a.first_day} to {a.last_day}"


def report_text(a: Analysis) -> str:
    """The report for a terminal: plain text, aligned tables."""
    out = [TITLE, "=" * len(TITLE), f"Period: {_period(a)}", ""]
    out += ["Summary", "-------", *(f"- {line}" for line in a.summary), ""]
    if a.factors:
        rows = [HEADERS] + [factor_cells(f) for f in a.factors]
        widths = [max(len(r[i]) for r in rows) for i in range(len(HEADERS))]
        out += ["Factors", "-------"]
        for r in rows:
            out.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        out.append("")
        out += [f"- {f.sentence}" for f in a.factors]
        out.append("")
    if a.episodes:
        out += ["When in the night", "-----------------", a.hours_sentence]
        peak = max(a.hours) or 1
        for k in range(24):
            h = (18 + k) % 24
            if a.hours[h]:
                out.append(
                    f"  {h:02d}:00  {'#' * max(1, round(30 * a.hours[h] / peak))} {a.hours[h]}"
                )
        out.append("")
    out += ["Trends", "------", a.weekly.sentence, a.intensity.sentence, ""]
    if a.relief:
        out += ["Relief", "------", *(f"- {r.sentence}" for r in a.relief), ""]
    out += ["How these figures are made", "--------------------------"]
    out += [f"- {line}" for line in method_lines(a)]
    out += ["", NOT_A_DOCTOR, ""]
    return "\n".join(out)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def report_markdown(a: Analysis, charts: dict[str, str] | None = None) -> str:
    """The report as Markdown; ``charts`` maps chart names to image paths to link."""
    out = [f"# {TITLE}", "", f"**Period:** {_period(a)}", "", "## Summary", ""]
    out += [f"- {_md_escape(line)}" for line in a.summary]
    if a.factors:
        out += ["", "## Factors", ""]
        out.append("| " + " | ".join(HEADERS) + " |")
        out.append("|" + "---|" * len(HEADERS))
        for f in a.factors:
            out.append("| " + " | ".join(_md_escape(c) for c in factor_cells(f)) + " |")
        out.append("")
        out += [f"- {_md_escape(f.sentence)}" for f in a.factors]
    out += ["", "## When in the night", "", a.hours_sentence]
    out += ["", "## Trends", "", f"- {a.weekly.sentence}", f"- {a.intensity.sentence}"]
    if a.relief:
        out += ["", "## Relief", "", *(f"- {r.sentence}" for r in a.relief)]
    if charts:
        out += ["", "## Charts", ""]
        out += [f"![{name}]({path})" for name, path in charts.items()]
    out += ["", "## How these figures are made", ""]
    out += [f"- {line}" for line in method_lines(a)]
    out += ["", f"*{NOT_A_DOCTOR}*", ""]
    return "\n".join(out)


REPORT_KIND = "crampcare-report"
REPORT_VERSION = 1


def report_json(a: Analysis) -> dict[str, Any]:
    """The JSON twin of the report: the whole analysis, versioned."""
    return {"kind": REPORT_KIND, "version": REPORT_VERSION, **_json_ready(a)}


_SCALARS = (str, int, bool, type(None))


def _json_ready(value: Any) -> Any:
    """An analysis as pydantic's JSON mode writes it (a test holds the two equal).

    Dates become ISO text, NaN and ±inf null, numpy's float64 a plain float. One walk
    in Python, and a list of plain values (the calendar's thousands of nights) in one
    step: faster for a report than building pydantic's serializer for these classes.
    """
    kind = type(value)
    if kind in _SCALARS:
        return value
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        if all(type(v) in _SCALARS for v in value):
            return list(value)
        return [_json_ready(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_ready(v) for k, v in value.items()}
    if is_dataclass(value):
        return {f.name: _json_ready(getattr(value, f.name)) for f in fields(value)}
    raise TypeError(f"no JSON for {kind.__name__}")


def report_json_schema() -> dict[str, Any]:
    """JSON Schema of ``report_json`` output (docs/report.schema.json is made from it)."""
    schema = json_schema(Analysis)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "crampcare report"
    schema["properties"] = {
        "kind": {"const": REPORT_KIND},
        "version": {"const": REPORT_VERSION},
        **schema["properties"],
    }
    schema["required"] = ["kind", "version", *schema.get("required", [])]
    return schema
