"""The ASGI application: pages (server-rendered, work without JavaScript) and /api/v1.

Plain Starlette keeps the per-request cost low; pages that do not change are
rendered once per display preference and served from memory.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
from collections.abc import AsyncIterator
from functools import cache
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from crampcare import __version__
from crampcare.web import ask_routes, diary_routes, kb_routes, pwa, session_routes, triage_routes
from crampcare.web.api_base import Api
from crampcare.web.errors import http_error, server_error
from crampcare.web.limits import BodyLimit
from crampcare.web.templating import TEXT_SIZES, THEMES, preferences

_ONE_YEAR = 365 * 24 * 3600
log = logging.getLogger("crampcare.web")


@cache
def _home_html(theme: str, text: str) -> bytes:
    from crampcare.web.templating import environment

    html = (
        environment()
        .get_template("home.html")
        .render(request_path="/", prefs={"theme": theme, "text": text})
    )
    return html.encode()


async def home(request: Request) -> Response:
    prefs = preferences(request)
    return HTMLResponse(_home_html(prefs["theme"], prefs["text"]))


async def set_prefs(request: Request) -> Response:
    """Theme and text size as cookies, so the toggle works without JavaScript."""
    form = await request.form()
    nxt = str(form.get("next") or "/")
    # Only same-site paths: never an open redirect.
    if urlsplit(nxt).netloc or not nxt.startswith("/") or nxt.startswith("//"):
        nxt = "/"
    response = RedirectResponse(nxt, status_code=303)
    theme, text = form.get("theme"), form.get("text")
    if theme is not None:
        if theme not in THEMES:
            raise HTTPException(422, f"Unknown theme; use one of {', '.join(THEMES)}.")
        response.set_cookie("theme", str(theme), max_age=_ONE_YEAR, samesite="lax")
    if text is not None:
        if text not in TEXT_SIZES:
            raise HTTPException(422, f"Unknown text size; use one of {', '.join(TEXT_SIZES)}.")
        response.set_cookie("text", str(text), max_age=_ONE_YEAR, samesite="lax")
    return response


def _warm() -> None:
    from crampcare.search import ask, searcher

    try:
        searcher().warm("lexical")
        ask("calf cramp at night")
    except Exception:  # a broken cache shows up on the first real question instead
        log.exception("warming the search index failed")
    gc.freeze()


def create_app() -> Starlette:
    """Build the web app (pages, /api/v1, /openapi.json, static files)."""
    api = Api()
    page_routes: list[Route | Mount] = [
        Route("/", home),
        Route("/prefs", set_prefs, methods=["POST"]),
    ]
    for module in (session_routes, triage_routes, ask_routes, kb_routes):
        page_routes += module.register(api)
    diary = diary_routes.DiaryHolder()
    page_routes += diary_routes.register(api, diary)
    page_routes += pwa.routes()
    document = api.openapi("crampcare", __version__)

    async def openapi(request: Request) -> Response:
        return JSONResponse(document)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"ok": True, "version": __version__})

    routes = [
        *page_routes,
        *api.routes(),
        Route("/openapi.json", openapi),
        Route("/healthz", healthz),
        Mount("/static", StaticFiles(packages=[("crampcare.web", "static")]), name="static"),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Requests make short-lived objects, few cycles: collect the young generation
        # less often. Open the search index and lexicons in the background (the
        # server answers at once), then keep all that out of the cyclic GC's scans.
        # Together these cut the pauses that set ask's p99 under load (93 ms before).
        gc.set_threshold(50_000, 20, 100)
        threading.Thread(target=_warm, name="crampcare-warm", daemon=True).start()
        yield
        diary.close()

    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )
    app.add_middleware(BodyLimit)
    return app
