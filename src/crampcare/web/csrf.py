"""CSRF protection for HTML forms: a per-browser token in a cookie and in each form.

A page on another site can make a browser POST a form to localhost; it cannot
read our cookie, so it cannot copy the token into the form. JSON endpoints need
``Content-Type: application/json``, which a cross-site form cannot send.
"""

from __future__ import annotations

import hmac
import secrets

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from crampcare.web.errors import ApiError

COOKIE = "csrftoken"
FIELD = "csrf"


def token(request: Request) -> str:
    """The browser's token (a new one if it has none; ``remember`` stores it).

    Signed in (multi-user mode), it is the session's own token (clinicweb/auth.py).
    """
    session = getattr(request.state, "signed_in", None)
    if session is not None:
        return str(session.csrf)
    existing = request.cookies.get(COOKIE, "")
    if len(existing) == 43:
        return existing
    cached: str | None = getattr(request.state, "csrf_new", None)
    if cached is None:
        cached = secrets.token_urlsafe(32)
        request.state.csrf_new = cached
    return cached


def remember(request: Request, response: Response) -> Response:
    """Set the cookie when this request created the token."""
    new: str | None = getattr(request.state, "csrf_new", None)
    if new is not None:
        response.set_cookie(COOKIE, new, httponly=True, samesite="strict", max_age=30 * 86400)
    return response


async def checked_form(request: Request) -> FormData:
    """The POSTed form, after checking its token against the cookie (403 otherwise)."""
    form = await request.form()
    sent = str(form.get(FIELD, ""))
    session = getattr(request.state, "signed_in", None)
    expected = str(session.csrf) if session is not None else request.cookies.get(COOKIE, "")
    if not expected or not hmac.compare_digest(sent, expected):
        raise ApiError(403, "This form has expired. Go back, reload the page and try again.")
    return form
