"""Refuse oversized request bodies before anything reads them."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_LIMIT = 1024 * 1024
UPLOAD_LIMIT = 64 * 1024 * 1024
_UPLOAD_PATHS = ("/api/v1/diary/import", "/diary/import")


class BodyLimit:
    """413 for bodies over the limit (by Content-Length, or as they stream in)."""

    def __init__(self, app: ASGIApp, limit: int = DEFAULT_LIMIT) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = UPLOAD_LIMIT if scope["path"].startswith(_UPLOAD_PATHS) else self.limit
        # The last one counts, as a dict of the headers would have it.
        length = None
        for key, value in scope.get("headers", []):
            if key == b"content-length":
                length = value
        if length is not None and length.isdigit() and int(length) > limit:
            await _too_large(scope, send, limit)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await _too_large(scope, send, limit)


class _TooLarge(Exception):
    pass


async def _too_large(scope: Scope, send: Send, limit: int) -> None:
    body = json.dumps(
        {"error": f"The request body is larger than {limit // 1024} KiB.", "status": 413}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
