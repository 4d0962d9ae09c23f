"""Multi-user mode's gate: who is signed in, what they may reach, and CSRF on every change.

One ASGI layer inside the guard (web/guard.py) and the body limit:

* The session cookie (HttpOnly, SameSite=Lax, Secure when the request came
  over TLS, also behind a proxy that says so) names a session in the database,
  so any app process can answer any request.
* Everything but the sign-in pages, static files and health checks needs a
  session: pages redirect to /login, the API answers 401.
* Every state change from a session carries its CSRF token: the
  ``X-CSRF-Token`` header (the JSON API, scripts) or the ``csrf`` form field.
  Sign-in forms, made before a session exists, keep the per-browser cookie
  token of web/csrf.py.
* The signed-in person's id is put in a context variable that the diary
  holder reads (web/diary_db.py), so handlers only ever see their own diary.
* A phone's log or check-in (``DEFERRED``: a JSON write with the CSRF header)
  has its session checked in its write's own database call, on the same thread
  just before the write, instead of in a call of its own first: one trip to a
  database thread and one wait in the database lane instead of two. Nothing is
  cached: the session is read from the database in that request, so a revoked
  one writes nothing. Whatever the route answers, the gate lets no answer out
  until the session was checked (it checks it then, if the route did not) and
  sends the same 401, 403 or 503 as for any other request instead. On PostgreSQL
  the check and the write are one statement (``accounts.signed_write``): the
  handler's diary is a ``SessionBoundDiary``, whose write takes its person from
  the session lookup in the same statement, one round trip instead of two.
"""

from __future__ import annotations

import contextvars
import hmac
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crampcare.accounts import Accounts, Consent, Sessions, SignedIn, signed_write
from crampcare.accounts.owned import OwnedDiary
from crampcare.diary.models import CheckIn, CheckInIn, Episode, EpisodeIn
from crampcare.diary.store import Diary
from crampcare.web.diary_db import DiaryHolder
from crampcare.web.errors import ApiError
from crampcare.web.guard import refuse
from crampcare.web.heavy import DATABASE

COOKIE = "crampcare_session"
HEADER = "x-csrf-token"
SAFE = frozenset({"GET", "HEAD", "OPTIONS"})
#: Reachable without signing in: signing in itself, health checks, and everything that
#: holds no personal data. First aid, triage, the emergency page and the atlas must
#: never wait behind a password at 3 a.m.
PUBLIC_PATHS = frozenset(
    {
        "/",
        "/login",
        "/signup",
        "/recover",
        "/healthz",
        "/readyz",
        "/manifest.webmanifest",
        "/sw.js",
        "/offline",
        "/offline/check",
        "/emergency",
        "/now",
        "/now/session",
        "/now/done",
        "/check",
        "/plan",
        "/ask",
        "/points",
        "/prefs",
        "/openapi.json",
    }
)
PUBLIC_PREFIXES = ("/static/", "/points/")
#: Sign-in forms: checked against the browser's cookie token (no session yet).
PRE_SESSION = frozenset({"/login", "/signup", "/recover"})
#: The headers the CSRF check reads.
_CHECKED_HEADERS = frozenset({HEADER.encode(), b"content-type"})

#: Writes whose session is checked in the write's database call (see the module's text).
#: Each must reach the diary only through ``call_db`` (web/diary_db.py), whose first step
#: on its thread is ``current_person``.
DEFERRED = frozenset({("POST", "/api/v1/episodes"), ("PUT", "/api/v1/checkins")})
_UNREACHABLE = "The clinic's database is not reachable; try again shortly."
T = TypeVar("T")

_person: contextvars.ContextVar[int | None] = contextvars.ContextVar("person", default=None)


class PendingSession:
    """A request's session, checked once on a database thread when first needed."""

    def __init__(self, clinic: Clinic, token: str, csrf: str) -> None:
        self.clinic = clinic
        self.token = token
        self.csrf = csrf
        self.checked = False
        self.who: SignedIn | None = None
        #: (status, message) the gate answers with instead of the route, if any.
        self.refusal: tuple[int, str] | None = None
        self._lock = threading.RLock()

    def check(self) -> None:
        """Read the session now (blocking: a database thread's call); idempotent."""
        with self._lock:
            if self.checked:
                return
            try:
                who = self.clinic.sessions.lookup(self.token)
            except Exception:
                # The database is away (or the accounts cannot be opened): refused, as
                # any request's session check is then; nothing is written.
                self.refusal = (503, _UNREACHABLE)
                who = None
            self._settle(who)

    def _settle(self, who: SignedIn | None) -> None:
        """Record what the session lookup found: the account, or why the request is refused."""
        if self.refusal is None:
            if who is None:
                self.refusal = (401, "Please sign in.")
            elif not hmac.compare_digest(self.csrf.encode(), who.csrf.encode()):
                self.refusal, who = (403, _EXPIRED), None
        self.who, self.checked = who, True

    def write(
        self, together: Callable[[], tuple[SignedIn | None, T | None]], alone: Callable[[int], T]
    ) -> T:
        """The request's write, its session checked in the same statement when it can be.

        ``together()`` runs the write with the session lookup in one statement: the
        session found (None: none live) and what was written (None: nothing, for a
        token that differs or an Idempotency-Key used before). ``alone(person)``
        is the write as any request makes it once its session is checked: for a
        key used before (it answers with the earlier entry), and where ``together``
        cannot run. If ``together`` fails, the session is checked on its own: a
        dead session or an unreachable database gets its refusal, as before; a live
        one gets the write's own error (nothing was written: it is one statement).
        """
        with self._lock:
            if not self.checked and 0 < len(self.token) <= 128:
                try:
                    who, written = together()
                except Exception:
                    self.check()
                    if self.refusal is None:
                        raise
                else:
                    self._settle(who)
                    if written is not None and self.who is not None:
                        return written
        return alone(self.person())

    def now(self) -> datetime:
        """The sessions' clock (``Accounts.clock``), which decides whether one is live."""
        return self.clinic.store.clock()

    def person(self) -> int:
        """The session's account id; ApiError (the gate's refusal) if it is not live."""
        self.check()
        if self.who is None:
            status, message = self.refusal or (401, "Please sign in.")
            raise ApiError(status, message)
        return self.who.account.id


_pending: contextvars.ContextVar[PendingSession | None] = contextvars.ContextVar(
    "pending_session", default=None
)


class SessionBoundDiary:
    """A ``DEFERRED`` write's diary on PostgreSQL, before its session is read.

    Its ``add_episode`` and ``set_checkin`` check the session in their own
    statement (``PendingSession.write``); anything else checks it first and goes
    to the person's ``OwnedDiary``, as in any other request.
    """

    def __init__(self, diary: Diary, pending: PendingSession) -> None:
        self._diary = diary
        self._pending = pending

    def add_episode(self, episode: EpisodeIn, idempotency_key: str | None = None) -> Episode:
        pending, diary = self._pending, self._diary
        # The sessions' clock inside the call: opening the accounts may fail too.
        return pending.write(
            lambda: signed_write.add_episode(
                diary, pending.token, pending.csrf, episode, idempotency_key, pending.now()
            ),
            lambda person: OwnedDiary(diary, person).add_episode(episode, idempotency_key),
        )

    def set_checkin(self, checkin: CheckInIn) -> CheckIn:
        pending, diary = self._pending, self._diary
        return pending.write(
            lambda: signed_write.set_checkin(
                diary, pending.token, pending.csrf, checkin, pending.now()
            ),
            lambda person: OwnedDiary(diary, person).set_checkin(checkin),
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(OwnedDiary(self._diary, self._pending.person()), name)


def session_bound(diary: Diary) -> SessionBoundDiary | None:
    """The diary of a ``DEFERRED`` write whose session is not read yet (PostgreSQL), or None."""
    pending = _pending.get()
    if pending is None or pending.checked or diary.engine.dialect.name != "postgresql":
        return None
    return SessionBoundDiary(diary, pending)


def current_person() -> int | None:
    """The signed-in account's id in this request (None when nobody is).

    For a ``DEFERRED`` write, the session is checked here, on the database thread
    of the write (so never call this on the event loop).
    """
    person = _person.get()
    if person is None:
        pending = _pending.get()
        if pending is not None:
            return pending.person()
    return person


class Clinic:
    """The accounts layer on the diary's own engine, opened on first use."""

    def __init__(self, holder: DiaryHolder) -> None:
        self.holder = holder
        self._lock = threading.Lock()
        self._store: Accounts | None = None

    @property
    def store(self) -> Accounts:
        engine = self.holder.shared().engine
        with self._lock:
            # Rebuilt if the diary was reopened (a closed holder opens a new engine).
            if self._store is None or self._store.engine is not engine:
                store = Accounts(engine)
                store.migrate()
                self._store = store
            return self._store

    @property
    def sessions(self) -> Sessions:
        return Sessions(self.store)

    @property
    def consent(self) -> Consent:
        return Consent(self.store)


def signed_in(request: Request) -> SignedIn:
    """The request's session; 401 if none (the gate lets no such request through)."""
    found: SignedIn | None = getattr(request.state, "signed_in", None)
    if found is None:
        raise ApiError(401, "Please sign in.")
    return found


def require_role(request: Request, *roles: str) -> SignedIn:
    """The session, if its account has one of ``roles``; else 404 (the page is not theirs)."""
    who = signed_in(request)
    if who.account.role not in roles:
        raise ApiError(404, "Not found.")
    return who


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )


def clear_session_cookie(request: Request, response: Response) -> None:
    response.delete_cookie(
        COOKIE, httponly=True, samesite="lax", secure=request.url.scheme == "https", path="/"
    )


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


class AuthGate:
    """Sessions, the sign-in wall and CSRF for multi-user mode (see the module's text)."""

    def __init__(self, app: ASGIApp, clinic: Clinic) -> None:
        self.app = app
        self.clinic = clinic

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        token = request.cookies.get(COOKIE, "")
        if token and (scope["method"], scope["path"]) in DEFERRED:
            sent = _header(scope, HEADER.encode())
            if sent is not None:
                await self._deferred(scope, receive, send, PendingSession(self.clinic, token, sent))
                return
        # A change (a log, a check-in) is checked ahead of reads, as its write goes.
        lane = DATABASE.run if scope["method"] in SAFE else DATABASE.run_urgent
        try:
            who = await lane(self.clinic.sessions.lookup, token) if token else None
        except SQLAlchemyError:
            await refuse(send, 503, _UNREACHABLE)
            return
        scope.setdefault("state", {})["signed_in"] = who
        path: str = scope["path"]
        if who is None and not is_public(path):
            await self._ask_to_sign_in(scope, receive, send)
            return
        if scope["method"] not in SAFE and who is not None and path not in PRE_SESSION:
            checked = await self._checked(scope, receive, send, who)
            if checked is None:
                return
            receive = checked
        reset = _person.set(who.account.id if who is not None else None)
        try:
            await self.app(scope, receive, send)
        finally:
            _person.reset(reset)

    async def _deferred(
        self, scope: Scope, receive: Receive, send: Send, pending: PendingSession
    ) -> None:
        """A ``DEFERRED`` write: the route runs, its database call checks the session."""
        refused = started = False

        async def send_checked(message: Message) -> None:
            nonlocal refused, started
            if refused:
                return  # the route's answer is dropped; the refusal went instead
            if message["type"] == "http.response.start":
                started = True
                if not pending.checked:
                    # The route answered without its write (a 422, say): check now, so
                    # that a dead session gets its 401 here as before, not the route's.
                    await DATABASE.run_urgent(pending.check)
                if pending.refusal is not None:
                    refused = True
                    await refuse(send, *pending.refusal)
                    return
            await send(message)

        scope.setdefault("state", {})["signed_in"] = None  # not read by these routes
        reset = _pending.set(pending)
        try:
            await self.app(scope, receive, send_checked)
        except Exception:
            # A failure on the way (the server's 500 is sent outside this layer): a dead
            # session still gets its refusal, as it did before the route ran.
            if started:
                raise
            if not pending.checked:
                await DATABASE.run_urgent(pending.check)
            if pending.refusal is None:
                raise
            await refuse(send, *pending.refusal)
        finally:
            _pending.reset(reset)

    async def _ask_to_sign_in(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        if path.startswith("/api/") or scope["method"] not in SAFE:
            await refuse(send, 401, "Please sign in.")
            return
        from urllib.parse import quote

        query = scope.get("query_string", b"").decode("latin-1")
        target = path + (f"?{query}" if query else "")
        response = Response(
            status_code=303, headers={"location": f"/login?next={quote(target, safe='')}"}
        )
        await response(scope, receive, send)

    async def _checked(
        self, scope: Scope, receive: Receive, send: Send, who: SignedIn
    ) -> Receive | None:
        """The body's ``receive`` after a good CSRF token; None once a 403 has been sent."""
        headers = {
            k.decode("latin-1"): v.decode("latin-1")
            for k, v in scope["headers"]
            if k in _CHECKED_HEADERS
        }
        sent = headers.get(HEADER)
        if sent is not None:
            if hmac.compare_digest(sent.encode(), who.csrf.encode()):
                return receive
            await refuse(send, 403, _EXPIRED)
            return None
        if scope["path"].startswith("/api/"):
            await refuse(send, 403, _API_TOKEN)
            return None
        kind = headers.get("content-type", "").split(";")[0].strip().lower()
        if kind not in ("application/x-www-form-urlencoded", "multipart/form-data"):
            await refuse(send, 403, _EXPIRED)
            return None
        body = await _buffer(receive)
        form = await Request(scope, _replay(body, receive)).form()
        field = str(form.get("csrf", ""))
        await form.close()
        if not hmac.compare_digest(field.encode(), who.csrf.encode()):
            await refuse(send, 403, _EXPIRED)
            return None
        return _replay(body, receive)


_API_TOKEN = (
    "Send the session's CSRF token (the csrf-token meta tag of any page) in the "
    "X-CSRF-Token header."
)
_EXPIRED = "This form has expired. Go back, reload the page and try again."


def _header(scope: Scope, name: bytes) -> str | None:
    """A request header's value (the last, as a dict of the headers has it), or None."""
    found = None
    for key, value in scope["headers"]:
        if key == name:
            found = value
    return None if found is None else found.decode("latin-1")


async def _buffer(receive: Receive) -> bytes:
    """The whole request body (the body limit outside bounds its size)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives ``body`` once, then waits on the real one (disconnects)."""
    done = False

    async def replay() -> Message:
        nonlocal done
        if done:
            return await receive()
        done = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
