"""The edge of the app: a request id, one JSON log line per request, Secure cookies over HTTPS.

A clinic's log collector (journald, Loki, …) wants one parsable line per request
and a way to find the lines of one request across nginx and the app: nginx
passes its ``$request_id`` as ``X-Request-ID`` and the app logs and returns it.

The line holds no personal data: no query string (a question or a search can
be in it), no client address, no body, no user agent. The path is the route's
pattern where it has parameters (``/api/v1/checkins/{day}``, not the day),
else the path itself, cut short.

Behind a TLS proxy the app itself speaks plain HTTP; uvicorn turns the proxy's
``X-Forwarded-Proto: https`` (trusted from the addresses in
``--forwarded-allow-ips``) into the request's scheme, and from that every
cookie set on the answer gets ``Secure``, so a browser never sends the form
token or a session over plain HTTP.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import sys
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ACCESS = logging.getLogger("crampcare.access")
#: The id of the request being served, for every log line written while serving it.
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "crampcare_request_id", default=None
)
_GOOD_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_MAX_PATH = 200
_CONVERTER = re.compile(r"\{(\w+):\w+\}")
# Fields a record may carry into the JSON line (set with ``extra=``).
_FIELDS = ("method", "path", "status", "duration_ms")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id and request fields."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        rid = getattr(record, "request_id", None) or request_id.get()
        if rid:
            line["request_id"] = rid
        for field in _FIELDS:
            if hasattr(record, field):
                line[field] = getattr(record, field)
        return json.dumps(line, ensure_ascii=False)


JsonFormatter.converter = time.gmtime


def configure(mode: str) -> None:
    """``json``: the app's logs, access lines included, go to stderr as JSON lines."""
    if mode != "json":
        return
    root = logging.getLogger("crampcare")
    if any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        return  # the app is built more than once in one process (tests)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    root.propagate = False


def _incoming_id(scope: Scope) -> str | None:
    for key, value in scope.get("headers", []):
        if key == b"x-request-id":
            candidate = value.decode("latin-1")
            return candidate if _GOOD_ID.fullmatch(candidate) else None
    return None


def _logged_path(scope: Scope) -> str:
    route = scope.get("route")
    pattern = getattr(route, "path", "")
    if "{" in pattern:
        return _CONVERTER.sub(r"{\1}", str(pattern))
    return str(scope.get("path", ""))[:_MAX_PATH]


def _secure(header: bytes) -> bytes:
    return header if b"secure" in header.lower() else header + b"; Secure"


class Edge:
    """Outermost layer: request id in and out, the access line, Secure cookies over HTTPS."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = _incoming_id(scope) or uuid.uuid4().hex
        token = request_id.set(rid)
        https = scope.get("scheme") == "https"
        status = 500  # what the server sends if the app fails before answering
        start = time.perf_counter()

        async def send_at_edge(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [
                    (k, _secure(v) if https and k.lower() == b"set-cookie" else v)
                    for k, v in message.get("headers", [])
                ]
                headers.append((b"x-request-id", rid.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_at_edge)
        finally:
            if ACCESS.isEnabledFor(logging.INFO):
                ACCESS.info(
                    "request",
                    extra={
                        "request_id": rid,
                        "method": scope.get("method", ""),
                        "path": _logged_path(scope),
                        "status": status,
                        "duration_ms": round((time.perf_counter() - start) * 1000, 1),
                    },
                )
            request_id.reset(token)
