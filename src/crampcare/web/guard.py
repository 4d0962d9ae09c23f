"""The outermost layer of the web app: who may talk to it, and what every answer carries.

``serve`` is for one person on their own machine, so the browser on that
machine is the threat model's front door. Two attacks reach a loopback server
from an ordinary web page:

* DNS rebinding: a page at ``evil.example`` re-points its own name at
  127.0.0.1, so its same-origin requests land here with ``Host: evil.example``.
  Only the Host header tells them apart, so names outside the allow-list get a
  400 before any handler runs.
* Cross-site requests: a page on any other origin (another port on localhost
  counts) can POST forms, ``fetch(..., {mode: "no-cors"})`` and
  ``navigator.sendBeacon`` without a preflight. Browsers label these with
  ``Sec-Fetch-Site`` and ``Origin``; a state-changing request that is not
  same-origin gets a 403. Clients that are not browsers (curl, scripts) send
  neither header and pass, as they could forge them anyway.

Every response also gets the security headers here, including the 500 page and
the 413 of the body limit, which are made outside Starlette's own middleware.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("crampcare.web")

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# worker-src and manifest-src: the PWA's service worker and manifest are served from here.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; worker-src 'self'; manifest-src 'self'; "
    "base-uri 'self'; form-action 'self'; object-src 'none'"
)
_COMMON = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
# Static files hold no health data and may be cached; everything else may.
_NO_STORE = (b"cache-control", b"no-store")
_STATIC_PREFIX = "/static/"
#: The request headers the guard reads (ASGI gives their names in lower case).
_READ = frozenset({b"host", b"sec-fetch-site", b"sec-fetch-mode", b"origin"})


def host_name(host_header: str) -> str:
    """The name in a Host header, without port, brackets or trailing dot, lower case."""
    value = host_header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return value[1:end] if end > 0 else ""
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def normalise(name: str) -> str:
    """A configured host name or address in the form ``host_name`` returns."""
    name = name.strip().lower()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    return name.rstrip(".")


def is_loopback(host: str) -> bool:
    """Whether binding to ``host`` keeps the server on this machine."""
    name = normalise(host)
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_wildcard(host: str) -> bool:
    return normalise(host) in ("0.0.0.0", "::", "")


def names_for_bind(host: str, extra: Iterable[str] = ()) -> list[str]:
    """The host names a server bound to ``host`` answers to, beyond the loopback ones.

    Bound to every interface, it answers to this machine's name and its address
    on the local network (what a phone on the same Wi-Fi would type).
    """
    import socket

    names = [normalise(h) for h in extra if h.strip()]
    if not is_wildcard(host):
        names.append(normalise(host))
        return names
    names.append(socket.gethostname().lower())
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
            names.append(probe.getsockname()[0])
        except OSError:
            pass
    return names


class Guard:
    """Host allow-list, cross-site refusal and security headers, around the whole app."""

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset({*LOOPBACK_NAMES, *(normalise(h) for h in allowed_hosts if h)})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # Only the headers read here (decoding every header of every request cost more).
        headers = {
            k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"] if k in _READ
        }
        path: str = scope["path"]
        extra = list(_COMMON)
        if not path.startswith(_STATIC_PREFIX):
            extra.append(_NO_STORE)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                added = [(k, v) for k, v in extra if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *added]}
            await send(message)

        host = headers.get("host", "")
        if host_name(host) not in self.allowed:
            await refuse(send_with_headers, 400, "This server does not answer to that host name.")
            return
        refusal = cross_site_refusal(scope["method"], headers, host)
        if refusal:
            await refuse(send_with_headers, 403, refusal)
            return
        # Starlette's error middleware sends the 500 and logs the error (without its
        # message: see error_pages.server_error), then re-raises for the server to log it
        # again, message, request data and all. It stops here.
        with contextlib.suppress(Exception):
            await self.app(scope, receive, send_with_headers)


def cross_site_refusal(method: str, headers: dict[str, str], host: str) -> str | None:
    """Why a request from another site is refused, or None if it may go on."""
    site = headers.get("sec-fetch-site")
    # Reading is safe for any origin (a cross-site page cannot see the answer), except
    # subresource loads that might leak through side channels; navigations are fine.
    if method in SAFE_METHODS:
        if site in ("cross-site", "same-site") and headers.get("sec-fetch-mode") != "navigate":
            return "Requests from other sites are not accepted."
        return None
    if site is not None and site not in ("same-origin", "none"):
        return "Changes from other sites are not accepted."
    origin = headers.get("origin")
    # "null" is what a browser sends for its own form posts under Referrer-Policy:
    # no-referrer, and for sandboxed frames. Where Sec-Fetch-Site is missing (older
    # browsers) it cannot be told apart, and the form token and the JSON content
    # type stand guard instead.
    if origin not in (None, "null") and urlsplit(origin).netloc.lower() != host.lower():
        return "Changes from other sites are not accepted."
    return None


async def refuse(send: Send, status: int, message: str) -> None:
    """Answer an ASGI request with the API's JSON error body, before any app runs."""
    body = json.dumps({"error": message, "status": status}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
