"""A bare HTTP/1.1 client on asyncio streams: one keep-alive connection per simulated person.

httpx is the right client for tests, but not for a crowd: with a thousand
connections in one pool its bookkeeping became the bottleneck (about 150
requests/s against an endpoint that does nothing, and connect time-outs with
one shared pool), so the figures measured the client. This one writes the
request line and reads the status, headers and a Content-Length body: enough
for crampcare's JSON API, and cheap enough to leave the server as the limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any


class Connection:
    """One person's connection; reconnects once if the server closed a kept-alive one."""

    def __init__(self, host: str, port: int, timeout: float = 30.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes]:
        """(status, body); raises OSError or TimeoutError when no answer came."""
        data = b"" if body is None else json.dumps(body).encode()
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
        head += f"Content-Length: {len(data)}\r\n"
        if body is not None:
            head += "Content-Type: application/json\r\n"
        for name, value in (headers or {}).items():
            head += f"{name}: {value}\r\n"
        message = head.encode() + b"\r\n" + data
        for attempt in (1, 2):
            fresh = self._writer is None
            try:
                if self._writer is None:
                    reader, opened = await asyncio.wait_for(
                        asyncio.open_connection(self.host, self.port), self.timeout
                    )
                    self._reader, self._writer = reader, opened
                self._writer.write(message)
                return await asyncio.wait_for(self._response(), self.timeout)
            except (OSError, asyncio.IncompleteReadError, TimeoutError) as exc:
                await self.close()
                if fresh or attempt == 2:
                    raise OSError(f"no answer: {type(exc).__name__}") from exc
        raise AssertionError("unreachable")

    async def _response(self) -> tuple[int, bytes]:
        assert self._reader is not None
        line = await self._reader.readline()
        if not line:
            raise ConnectionResetError("closed by the server")
        status = int(line.split()[1])
        length, close = 0, False
        while True:
            header = await self._reader.readline()
            if header in (b"\r\n", b"\n", b""):
                break
            name, _, value = header.decode("latin-1").partition(":")
            name = name.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "connection" and "close" in value.lower():
                close = True
            elif name == "transfer-encoding":
                raise ValueError("chunked answers are not read by this client")
        payload = await self._reader.readexactly(length)
        if close:
            await self.close()
        return status, payload

    async def close(self) -> None:
        writer, self._reader, self._writer = self._writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()
