"""The web pages: the shared Jinja environment with the web's templates, and display preferences."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

if TYPE_CHECKING:
    from jinja2 import Environment

THEMES = ("auto", "day", "night")
TEXT_SIZES = ("normal", "large")


@cache
def environment() -> Environment:
    # Imported here, by the first page (or a worker's warm-up once it serves), not by
    # the supervisor before it forks: the API's questions and checks never render one.
    from crampcare.knowledge.citations import source_label
    from crampcare.knowledge.conditions import condition_words
    from crampcare.render.entry import format_seconds
    from crampcare.render.jinja import add_templates
    from crampcare.triage_rules import long_cramp_minutes
    from crampcare.vocabulary import GRADE_WORDS, LEVEL_TITLES
    from crampcare.web.assets import THEME_COLOUR, asset_version
    from crampcare.words import people_text

    env = add_templates("crampcare.web")
    env.globals["GRADE_WORDS"] = GRADE_WORDS
    env.globals["LEVEL_TITLES"] = LEVEL_TITLES
    env.globals["source_label"] = source_label
    env.globals["long_cramp_minutes"] = long_cramp_minutes
    # Entry texts can carry cross-references for reviewers ("see the entry on ..."):
    # pages show the advice only, as plans and the terminal do.
    env.filters["words"] = people_text
    env.filters["not_for"] = condition_words
    env.filters["duration"] = lambda s, m=None: format_seconds(int(s), m)
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
