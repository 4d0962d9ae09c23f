"""The installable, offline app: manifest, service worker, and the pages it keeps.

The service worker's script lives in ``static/sw.js``; it is served from the
root (``/sw.js``) so its scope is the whole app, with the app version and the
list of pages to keep prepended. The version is the package version plus a hash
of the static files and templates: any change to what a cached page is made
from installs a new worker, which replaces the old caches.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from crampcare.vocabulary import CONTEXTS, SESSION_PLACES
from crampcare.web.assets import (
    BACKGROUND_COLOUR,
    THEME_COLOUR,
    app_version,
    asset_version,
    package_files,
)
from crampcare.web.templating import render


def session_url(path: str, where: str, context: str, pregnant: bool) -> str:
    """The one spelling of a session page's address the service worker stores it under."""
    query = {"where": where, "context": context}
    if pregnant:
        query["pregnant"] = "1"
    return f"{path}?{urlencode(query)}"


def precache() -> list[str]:
    """Every page and asset kept for offline use after the first visit."""
    from crampcare.knowledge import load
    from crampcare.knowledge.schema import Acupoint

    v = asset_version()
    static = [f"/static/{name.split('/', 1)[1]}?v={v}" for name, _ in package_files("static")]
    static = [s for s in static if not s.startswith("/static/sw.js")]
    sessions = [
        session_url(path, where, context, pregnant)
        for where in SESSION_PLACES
        for context in CONTEXTS
        for pregnant in (False, True)
        for path in ("/now/session", "/now/done")
    ]
    points = [f"/points/{p.code}" for p in load().of_kind(Acupoint)]
    pages = ["/", "/now", "/check", "/emergency", "/offline", "/offline/check", "/diary"]
    return [*pages, *sessions, "/points", *points, *static, "/manifest.webmanifest"]


def manifest() -> dict[str, Any]:
    v = asset_version()
    return {
        "name": "crampcare: help with muscle cramps",
        "short_name": "crampcare",
        "description": "Guided first aid for a cramp now, warning signs, a plan and a diary.",
        "id": "/",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "orientation": "portrait",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "lang": "en",
        "icons": [
            {
                "src": f"/static/icons/icon-{size}.png?v={v}",
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any maskable",
            }
            for size in (192, 512)
        ],
    }


@cache
def _worker_script(version: str) -> bytes:
    source = resources.files("crampcare.web").joinpath("static/sw.js").read_text()
    config = json.dumps({"version": version, "precache": precache()})
    return f"self.CRAMPCARE = {config};\n{source}".encode()


async def manifest_route(request: Request) -> Response:
    return JSONResponse(manifest(), media_type="application/manifest+json")


async def worker_route(request: Request) -> Response:
    return Response(
        _worker_script(app_version()),
        media_type="text/javascript",
        headers={
            # Checked on every navigation: an upgrade must never wait on an HTTP cache.
            "Cache-Control": "no-cache",
            "Service-Worker-Allowed": "/",
        },
    )


async def offline_page(request: Request) -> Response:
    return render(request, "offline.html")


async def offline_check_page(request: Request) -> Response:
    from crampcare.web.offline_check import flag_levels

    return render(request, "offline_check.html", flags=flag_levels())


async def emergency_page(request: Request) -> Response:
    """The emergency screen on its own, for the offline checklist and a home-screen tap."""
    return render(request, "emergency.html", result=None)


def routes() -> list[Route]:
    return [
        Route("/manifest.webmanifest", manifest_route),
        Route("/sw.js", worker_route),
        Route("/offline", offline_page),
        Route("/offline/check", offline_check_page),
        Route("/emergency", emergency_page),
    ]
