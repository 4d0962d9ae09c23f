"""The ASGI application: pages (server-rendered, work without JavaScript) and /api/v1.

Plain Starlette keeps the per-request cost low; pages that do not change are
rendered once per display preference and served from memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterable
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from crampcare import __version__
from crampcare.web import (
    access,
    ask_routes,
    diary_routes,
    kb_routes,
    pwa,
    session_routes,
    triage_routes,
)
from crampcare.web.api_base import Api
from crampcare.web.diary_db import DiaryHolder
from crampcare.web.error_pages import http_error, server_error
from crampcare.web.guard import Guard
from crampcare.web.limits import BodyLimit
from crampcare.web.openapi import build as openapi_document
from crampcare.web.templating import TEXT_SIZES, THEMES, preferences

if TYPE_CHECKING:
    from crampcare.clinicweb.auth import Clinic

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
    if getattr(request.state, "signed_in", None) is not None:
        # Multi-user mode: the page carries whose it is and the session's form token.
        from crampcare.web.templating import render

        return render(request, "home.html")
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


def _warm_diary(diary: DiaryHolder, clinic: Clinic | None) -> None:
    """Open the database and import the report's code now, not in someone's request.

    The first report in a fresh worker imported the analysis and its renderer, a
    third of a second holding the interpreter lock: every log on that worker waited
    (the clinic load's log p99 was that import in its quieter crowds).
    """
    try:
        import crampcare.analysis.person
        import crampcare.render.report_text  # noqa: F401
        from crampcare import settings

        # A server's database only: a single-user SQLite file is made by its first write.
        if settings.get("db").startswith(("postgresql://", "postgres://")):
            diary.shared()
            if clinic is not None:
                _ = clinic.store  # checks the accounts' tables once
    except Exception as exc:  # the database may be down at start: the first request retries
        log.warning("warming the diary failed (%s)", type(exc).__name__)


#: What a worker answers before it says it is ready (one question, one free-text check).
WARM_QUESTION = "calf cramp at night"
WARM_CHECK = "calf cramp at night, gone now"
#: How long /readyz waits for its worker's warm-up before it answers "warming up" (503).
READY_WAIT_S = 3.0
#: The background work after readiness (the speller's index, the report's code, the
#: semantic model's torch import) starts once the worker has had no request from a person
#: for this long (probes do not count), or at most this long after it is ready.
QUIET_S = 0.5
QUIET_AT_MOST_S = 5.0


def prepare() -> None:
    """Build what every served worker needs to answer, once, before the supervisor forks.

    Ask's tables (the index's payloads, the lexicon), the red-flag reader's lexicon
    and patterns, and the JSON writers of ask's and the check's answers: a quarter
    to a half second of CPU that each worker otherwise spent after it served (on a
    machine with one core taken, the two workers shared one core for it). Nothing
    here starts a thread: tantivy, which starts one, opens in each worker
    (``_warm_search``). Neither is numpy imported (its BLAS pool is a thread, and the
    word channel gives the same scores without it until a worker has it: ``_warm``).
    """
    from crampcare.assessment import assess
    from crampcare.intake import read_text
    from crampcare.search import searcher
    from crampcare.search.answer import AskResult
    from crampcare.web.api_base import json_response

    _build_index_apart()
    searcher(open_search=False)
    json_response(assess(read_text(WARM_CHECK), from_text=True))
    json_response(AskResult(question=WARM_QUESTION, mode="lexical", out_of_scope=True))


def _build_index_apart() -> None:
    """Build a missing search index in a forked child, so that tantivy's threads (it
    starts some when it writes an index) live and die there: the first ``serve`` after
    an install would otherwise fork its workers from a process with a thread running."""
    import os

    from crampcare.search.index import is_built
    from crampcare.settings import cache_dir

    if is_built(cache_dir() / "ask-index"):
        return
    child = os.fork()
    if child == 0:  # pragma: no cover (the child's coverage is not collected)
        code = 0
        try:
            from crampcare.search import searcher

            searcher(open_search=False)
        except BaseException:
            code = 1  # the parent then builds it itself and says what went wrong
        os._exit(code)
    os.waitpid(child, 0)


def _warm_search() -> None:
    """Open tantivy and answer one question and one check: the worker is then ready."""
    from crampcare.assessment import assess
    from crampcare.intake import read_text
    from crampcare.search import ask
    from crampcare.web.api_base import json_response

    json_response(ask(WARM_QUESTION))
    json_response(assess(read_text(WARM_CHECK), from_text=True))


class Siblings:
    """The served workers' warm flags (shared memory made by the supervisor) and our slot."""

    def __init__(self, flags: Any, slot: int) -> None:
        self.flags, self.slot = flags, slot

    def mark(self) -> None:
        self.flags[self.slot] = 1

    def all_warm(self) -> bool:
        return all(self.flags)


#: Set in a worker forked by web/server.py's supervisor; None otherwise.
SIBLINGS: Siblings | None = None


class Warmth:
    """A worker's warm-up: whether it is ready for people, and when it last served one."""

    def __init__(self, siblings: Siblings | None = None) -> None:
        self.ready = threading.Event()
        #: Set as the app shuts down: the rest of the warm-up is for requests to come.
        self.stopping = threading.Event()
        self.last_request = 0.0
        self.siblings = siblings

    def set_ready(self) -> None:
        self.ready.set()
        if self.siblings is not None:
            self.siblings.mark()

    def for_people(self) -> bool:
        """Warm, and so is every other worker of this server (the first person may meet any)."""
        return self.ready.is_set() and (self.siblings is None or self.siblings.all_warm())

    def seen(self) -> None:
        self.last_request = time.monotonic()

    def quiet_moment(self, quiet: float = QUIET_S, at_most: float = QUIET_AT_MOST_S) -> bool:
        """Return once no request came in for ``quiet`` seconds (or after ``at_most``).

        False when the app is shutting down meanwhile (a server stopping, a test's
        app closed): what would come next warms a worker that will serve no one.
        """
        deadline = time.monotonic() + at_most
        while (now := time.monotonic()) < deadline:
            left = self.last_request + quiet - now
            if left <= 0:
                break
            if self.stopping.wait(min(left, deadline - now)):
                return False
        return not self.stopping.is_set()


def _warm(diary: DiaryHolder, clinic: Clinic | None, warmth: Warmth | None = None) -> None:
    import crampcare.intake.semantic_screen as semantic_screen
    from crampcare.intake import neighbours
    from crampcare.search import searcher

    try:
        _warm_search()
    except Exception:  # a broken cache shows up on the first real question instead
        log.exception("warming the search index failed")
    if warmth is not None:
        warmth.seen()  # the quiet moment is counted from here at the earliest
        warmth.set_ready()
        # What follows holds the interpreter for long stretches (torch's import most):
        # not while the first people, who came as soon as it said ready, wait.
        if not warmth.quiet_moment():
            return
    try:
        # The speller's index: corrections without a scan; numpy for the word channel's
        # sums, a third of a question's CPU (imported by torch anyway). The same answers
        # either way: a question before them is only slower.
        searcher().warm("lexical")
        neighbours.index().vectorise()
    except Exception:
        log.exception("warming the speller and the word channel failed")
    try:
        from crampcare.web.templating import environment

        environment()  # the pages' Jinja (not loaded before the fork: the API needs none)
    except Exception:
        log.exception("loading the pages' templates failed")
    _warm_diary(diary, clinic)  # after the search's warm-up, before the semantic model's
    gc.freeze()
    # Seconds of torch import and model load (a minute on a busy machine), here rather
    # than in someone's triage; the worker serves meanwhile (/readyz says "loading"),
    # and a free-text triage that comes first gets the word rules' result and the
    # red-flag checklist (web/triage_routes.py).
    loader = semantic_screen.start_loading()
    if loader is not None:
        loader.join()
        gc.freeze()  # the model's objects too, out of the collector's scans


#: Paths that are not people: the probes of a supervisor or load balancer.
_PROBES = frozenset({"/healthz", "/readyz"})


class App(Starlette):
    """Starlette with the guard (web/guard.py) outside everything, its error page included."""

    def __init__(self, allowed_hosts: Iterable[str], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        #: Set by the lifespan (a served worker); an app run without one never warms.
        self.warmth: Warmth | None = None
        # The edge (request id, access log, Secure cookies) is outside even the guard,
        # so its refusals are logged too.
        self._guarded = access.Edge(Guard(super().__call__, allowed_hosts))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.warmth is not None and scope.get("path") not in _PROBES:
            self.warmth.seen()
        await self._guarded(scope, receive, send)


def create_app(
    allowed_hosts: Iterable[str] | None = None, multi_user: bool | None = None
) -> Starlette:
    """Build the web app (pages, /api/v1, /openapi.json, static files).

    It answers to loopback names and ``allowed_hosts`` (default: the allow_hosts
    setting, which ``serve`` fills with the address it listens on). With
    ``multi_user`` (default: the multi_user setting) it is a clinic server:
    accounts, consent and a diary per person (crampcare.clinicweb).
    """
    from crampcare import settings

    access.configure(settings.get("log_format"))
    multi = settings.multi_user() if multi_user is None else multi_user

    api = Api()
    page_routes: list[Route | Mount] = [
        Route("/", home),
        Route("/prefs", set_prefs, methods=["POST"]),
    ]
    for module in (session_routes, triage_routes, ask_routes, kb_routes):
        page_routes += module.register(api)
    clinic = None
    if multi:
        from crampcare.clinicweb import accounts_routes, clinic_routes, signin_routes
        from crampcare.clinicweb.auth import Clinic, current_person, session_bound

        diary = DiaryHolder(owner=current_person, bound=session_bound)
        clinic = Clinic(diary)
        page_routes += signin_routes.routes(clinic)
        page_routes += accounts_routes.register(api, clinic)
        page_routes += clinic_routes.register(api, clinic)
    else:
        diary = DiaryHolder()
    page_routes += diary_routes.register(api, diary)
    page_routes += pwa.routes()

    @cache
    def document() -> dict[str, Any]:
        # Built when first asked for (or by the warm-up), not at start: a third of a
        # second of pydantic schemas that would hold every worker's readiness back.
        return openapi_document(api, "crampcare", __version__)

    async def openapi(request: Request) -> Response:
        return JSONResponse(await run_in_threadpool(document))

    async def healthz(request: Request) -> Response:
        """Liveness: the process answers. It touches nothing, so it never waits on a disk."""
        return JSONResponse({"ok": True, "version": __version__})

    async def readyz(request: Request) -> Response:
        """Readiness: warm for people, and the diary database answers a query.

        Warm: this worker, and every other worker of this server, has answered a
        question and a free-text check itself (it waits for that up to READY_WAIT_S,
        then says "warming up"), so the first person after a 200 is not the one who
        opens the search. It also says how the
        semantic screen is; the screen's loading does not hold readiness back: until
        it is loaded, a free-text triage answers with the word rules and the
        red-flag checklist.
        """
        import crampcare.intake.semantic_screen as semantic_screen

        if not await run_in_threadpool(diary.reachable):
            return JSONResponse(
                {
                    "ok": False,
                    "reason": "the diary database is not reachable",
                    "semantic": semantic_screen.state(),
                },
                status_code=503,
            )
        warmth = getattr(request.app, "warmth", None)
        if warmth is not None and not warmth.for_people():
            deadline = time.monotonic() + READY_WAIT_S
            while not warmth.for_people() and time.monotonic() < deadline:
                await asyncio.sleep(0.005)
            if not warmth.for_people():
                return JSONResponse(
                    {"ok": False, "reason": "warming up", "semantic": semantic_screen.state()},
                    status_code=503,
                )
        return JSONResponse(
            {"ok": True, "version": __version__, "semantic": semantic_screen.state()}
        )

    routes = [
        # The API first: a phone's log is matched after a few patterns, not forty (no
        # page's path starts with /api/, so the order changes no answer).
        *api.routes(),
        *page_routes,
        Route("/openapi.json", openapi),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Mount("/static", StaticFiles(packages=[("crampcare.web", "static")]), name="static"),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Open the search index and lexicons in the background (the server answers
        # at once), then keep all that out of the cyclic GC's scans; with the GC
        # thresholds a served worker sets (web/server.py) this cut the pauses that
        # set ask's p99 under load (93 ms before).
        warmth = Warmth(SIBLINGS)
        if isinstance(app, App):
            app.warmth = warmth
        threading.Thread(
            target=_warm, args=(diary, clinic, warmth), name="crampcare-warm", daemon=True
        ).start()
        yield
        warmth.stopping.set()
        diary.close()

    app = App(
        settings.allowed_hosts() if allowed_hosts is None else allowed_hosts,
        routes=routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )
    # Lets a test that runs no lifespan close the database.
    app.state.diary = diary
    app.state.clinic = clinic
    if clinic is not None:
        from crampcare.clinicweb.auth import AuthGate

        # Inside the body limit, which bounds the form it reads for the CSRF token.
        app.add_middleware(AuthGate, clinic=clinic)
    app.add_middleware(BodyLimit)
    return app
