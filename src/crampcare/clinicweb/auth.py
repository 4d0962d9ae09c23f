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
"""

from __future__ import annotations

import contextvars
import hmac
import threading

from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crampcare.accounts import Accounts, Consent, Sessions, SignedIn
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

_person: contextvars.ContextVar[int | None] = contextvars.ContextVar("person", default=None)


def current_person() -> int | None:
    """The signed-in account's id in this request (None when nobody is)."""
    return _person.get()


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
        # A change (a log, a check-in) is checked ahead of reads, as its write goes.
        lane = DATABASE.run if scope["method"] in SAFE else DATABASE.run_urgent
        try:
            who = await lane(self.clinic.sessions.lookup, token) if token else None
        except SQLAlchemyError:
            await refuse(send, 503, "The clinic's database is not reachable; try again shortly.")
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
