"""One write per response: uvicorn's httptools protocol with the head sent with the body.

uvicorn writes a response's status line and headers when the app starts the response,
and the body when the app sends it: two writes, so two system calls, two TCP segments
and two wake-ups of the client for an answer that is ready whole (every answer of ask,
every page). On a loaded machine each wake-up is a chance for the scheduler to switch
the worker out: sampled under wrk's 50 connections, a served worker's event loop spent
three quarters of its time inside those writes. Here the head is held and goes out in
the same write as the body's first part; the bytes on the wire are the same.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol, RequestResponseCycle

from crampcare.web.turns import heavy


class _Kept:
    """Stands in for the transport while uvicorn writes a response's head: keeps it."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.parts.append(bytes(data))


class _Headed:
    """The transport, with the held head written in front of the first write."""

    def __init__(self, transport: Any, head: bytes) -> None:
        self._transport = transport
        self.head = head

    def write(self, data: bytes) -> None:
        if self.head:
            data, self.head = self.head + data, b""
        self._transport.write(data)

    def flush(self) -> None:
        if self.head:
            self.write(b"")

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class OneWriteCycle(RequestResponseCycle):
    """A request's cycle whose response head waits for the body's first part."""

    head = b""

    async def send(self, message: Any) -> None:
        if message["type"] == "http.response.start" and not self.response_started:
            if self.flow.write_paused and not self.disconnected:
                await self.flow.drain()  # before the swap: nothing else runs during it
            transport, kept = self.transport, _Kept()
            self.transport = kept  # type: ignore[assignment]
            try:
                await super().send(message)
            finally:
                self.transport = transport
            self.head = b"".join(kept.parts)
            return
        if not self.head:
            await super().send(message)
            return
        transport, headed = self.transport, _Headed(self.transport, self.head)
        self.head = b""
        self.transport = headed  # type: ignore[assignment]
        try:
            await super().send(message)
        finally:
            self.transport = transport
        if not self.disconnected:
            headed.flush()  # a HEAD request's body is not written: its head still is


class OneWriteProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol whose requests' cycles write each response once.

    It also tells the searches' queue of each new connection (``web/turns.py``).
    """

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        heavy.connected()

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        cycle = self.cycle
        if type(cycle) is RequestResponseCycle:
            # Made by uvicorn a moment ago; its task has not run yet.
            cycle.__class__ = OneWriteCycle
