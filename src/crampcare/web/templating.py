"""Jinja2 environment and page rendering with per-request display preferences."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from crampcare.render.entry import GRADE_LABELS, format_seconds

THEMES = ("auto", "day", "night")
TEXT_SIZES = ("normal", "large")


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("crampcare.web", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["GRADE_LABELS"] = GRADE_LABELS
    env.filters["duration"] = lambda s, m=None: format_seconds(int(s), m)
    return env


def preferences(request: Request) -> dict[str, str]:
    """Theme and text size from cookies; unknown values fall back to defaults."""
    theme = request.cookies.get("theme", "auto")
    text = request.cookies.get("text", "normal")
    return {
        "theme": theme if theme in THEMES else "auto",
        "text": text if text in TEXT_SIZES else "normal",
    }


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a page with the person's display preferences."""
    prefs = preferences(request)
    html = (
        environment()
        .get_template(template)
        .render(request_path=request.url.path, prefs=prefs, **context)
    )
    return HTMLResponse(html, status_code=status_code)
