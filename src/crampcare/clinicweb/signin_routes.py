"""Multi-user mode's sign-in pages: sign in, sign out, sign up by invitation, recover.

These forms are posted before a session exists, so they carry the browser's
cookie token (web/csrf.py) rather than a session's. Wrong answers re-show the
form with one plain sentence and never say whether the user name exists.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from crampcare.accounts import AccountError, Locked
from crampcare.clinicweb.auth import (
    COOKIE,
    Clinic,
    clear_session_cookie,
    client_of,
    set_session_cookie,
)
from crampcare.web import csrf
from crampcare.web.templating import render


def safe_next(value: object) -> str:
    """A same-site path to go to after signing in; anything else goes home."""
    text = str(value or "/")
    if urlsplit(text).netloc or not text.startswith("/") or text.startswith(("//", "/\\")):
        return "/"
    return text


def _failed(request: Request, template: str, exc: AccountError, **context: object) -> Response:
    status = 429 if isinstance(exc, Locked) else 400
    response = render(request, template, status_code=status, error=str(exc), **context)
    if isinstance(exc, Locked):
        response.headers["retry-after"] = str(exc.retry_after_s)
    return response


def routes(clinic: Clinic) -> list[Route]:
    async def login(request: Request) -> Response:
        if request.method == "GET":
            return render(request, "login.html", next=safe_next(request.query_params.get("next")))
        form = await csrf.checked_form(request)
        username, nxt = str(form.get("username", "")), safe_next(form.get("next"))
        try:
            token, _ = await run_in_threadpool(
                clinic.sessions.login, username, str(form.get("password", "")), client_of(request)
            )
        except AccountError as exc:
            return _failed(request, "login.html", exc, next=nxt, username=username[:64])
        response = RedirectResponse(nxt, status_code=303)
        set_session_cookie(request, response, token)
        return response

    async def logout(request: Request) -> Response:
        await csrf.checked_form(request)
        token = request.cookies.get(COOKIE, "")
        if token:
            await run_in_threadpool(clinic.sessions.logout, token)
        response = RedirectResponse("/login", status_code=303)
        clear_session_cookie(request, response)
        return response

    async def signup(request: Request) -> Response:
        if request.method == "GET":
            return render(request, "signup.html", code=request.query_params.get("code", "")[:40])
        form = await csrf.checked_form(request)
        fields = {k: str(form.get(k, "")) for k in ("code", "username", "display_name")}
        password = str(form.get("password", ""))

        def create() -> tuple[str, list[str]]:
            account, codes = clinic.store.sign_up(
                fields["code"], fields["username"], fields["display_name"], password
            )
            token, _ = clinic.sessions.login(account.username, password, client_of(request))
            return token, codes

        try:
            token, codes = await run_in_threadpool(create)
        except AccountError as exc:
            return _failed(request, "signup.html", exc, **{k: v[:100] for k, v in fields.items()})
        response = render(request, "recovery_codes.html", codes=codes, next="/")
        set_session_cookie(request, response, token)
        return response

    async def recover(request: Request) -> Response:
        if request.method == "GET":
            return render(request, "recover.html")
        form = await csrf.checked_form(request)
        username = str(form.get("username", ""))
        try:
            token, _ = await run_in_threadpool(
                clinic.sessions.recover,
                username,
                str(form.get("code", "")),
                str(form.get("password", "")),
                client_of(request),
            )
        except AccountError as exc:
            return _failed(request, "recover.html", exc, username=username[:64])
        response = RedirectResponse("/account", status_code=303)
        set_session_cookie(request, response, token)
        return response

    return [
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/signup", signup, methods=["GET", "POST"]),
        Route("/recover", recover, methods=["GET", "POST"]),
    ]
