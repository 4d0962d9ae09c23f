"""Jinja2 environment and page rendering with per-request display preferences."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from crampcare.knowledge.citations import source_label
from crampcare.render.entry import GRADE_LABELS, format_seconds

THEMES = ("auto", "day", "night")
LEVEL_TITLES = {
    "emergency": "Call your emergency number now",
    "urgent": "See a doctor today",
    "doctor": "Book an appointment with your doctor",
    "self_care": "This sounds like an ordinary cramp",
}
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
    env.globals["LEVEL_TITLES"] = LEVEL_TITLES
    env.globals["source_label"] = source_label
    env.filters["duration"] = lambda s, m=None: format_seconds(int(s), m)
    from crampcare.web.pwa import THEME_COLOUR, asset_version

    # Assets are linked with the app version so a cached copy is never stale.
    env.globals["ASSET_V"] = asset_version()
    env.globals["THEME_COLOUR"] = THEME_COLOUR
    from crampcare.web.emergency_numbers import numbers_for

    env.globals["emergency_numbers"] = numbers_for
    return env


def preferences(request: Request) -> dict[str, str]:
    """Theme and text size from cookies; unknown values fall back to defaults."""
    theme = request.cookies.get("theme", "auto")
    text = request.cookies.get("text", "normal")
    return {
        "theme": theme if theme in THEMES else "auto",
        "text": text if text in TEXT_SIZES else "normal",
    }


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    """Render a page with the person's display preferences."""
    from crampcare.web import csrf

    prefs = preferences(request)
    html = (
        environment()
        .get_template(template)
        .render(
            request_path=request.url.path,
            prefs=prefs,
            csrf=csrf.token(request),
            account=getattr(request.state, "signed_in", None),
            accept_language=request.headers.get("accept-language", ""),
            **context,
        )
    )
    return csrf.remember(request, HTMLResponse(html, status_code=status_code))
