"""A served response goes out in one write, with the same bytes uvicorn's own protocol sends."""

from __future__ import annotations

import asyncio
import re
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from crampcare.web.one_write import OneWriteProtocol
from crampcare.web.turns import heavy
from tests.web.conftest import _free_port

#: Writes each connection's transport was asked to make, by the protocol class.
WRITES: list[list[bytes]] = []


class _Counted:
    def __init__(self, transport: Any, log: list[bytes]) -> None:
        self._transport, self._log = transport, log

    def write(self, data: bytes) -> None:
        self._log.append(bytes(data))
        self._transport.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class CountedOneWrite(OneWriteProtocol):
    def connection_made(self, transport: Any) -> None:
        WRITES.append([])
        counted: Any = _Counted(transport, WRITES[-1])
        super().connection_made(counted)


async def _page(request: Request) -> Response:
    return PlainTextResponse("hello " * 200, headers={"x-note": "kept"})


async def _empty(request: Request) -> Response:
    return Response(status_code=204)


async def _stream(request: Request) -> Response:
    async def parts() -> AsyncIterator[bytes]:
        yield b"first,"
        await asyncio.sleep(0)
        yield b"second"

    return StreamingResponse(parts(), media_type="text/plain")


APP = Starlette(
    routes=[
        Route("/", _page, methods=["GET", "HEAD"]),
        Route("/empty", _empty),
        Route("/stream", _stream),
    ]
)


@pytest.fixture(scope="module", params=["httptools", CountedOneWrite], ids=["uvicorn", "one"])
def server(request: pytest.FixtureRequest) -> Iterator[tuple[int, Any]]:
    port = _free_port()
    config = uvicorn.Config(
        APP, host="127.0.0.1", port=port, http=request.param, log_level="warning", lifespan="off"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.01)
    assert srv.started
    yield port, request.param
    srv.should_exit = True
    thread.join(10)


def _exchange(port: int, raw: bytes, responses: int) -> bytes:
    """Send ``raw`` on one connection and read until ``responses`` have come (or it closes)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(raw)
        got = b""
        while got.count(b"HTTP/1.1 ") < responses or not _complete(got):
            part = s.recv(65536)
            if not part:
                break
            got += part
    return re.sub(rb"date: [^\r]*\r\n", b"date: -\r\n", got)


def _complete(data: bytes) -> bool:
    last = data.rfind(b"HTTP/1.1 ")
    head, sep, body = data[last:].partition(b"\r\n\r\n")
    if not sep:
        return False
    if b"transfer-encoding: chunked" in head:
        return body.endswith(b"0\r\n\r\n")
    length = re.search(rb"content-length: (\d+)", head)
    return length is None or len(body) >= int(length.group(1)) or b"HEAD" in head


EXCHANGES = {
    "two on one connection": (
        b"GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /empty HTTP/1.1\r\nHost: a\r\n\r\n",
        2,
    ),
    "head": (b"HEAD / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", 1),
    "close": (b"GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", 1),
    "stream": (b"GET /stream HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", 1),
}
SEEN: dict[str, dict[str, bytes]] = {}


@pytest.mark.parametrize("name", list(EXCHANGES))
def test_the_bytes_on_the_wire_are_uvicorns(server: tuple[int, Any], name: str) -> None:
    port, protocol = server
    raw, responses = EXCHANGES[name]
    got = _exchange(port, raw, responses)
    assert got.count(b"HTTP/1.1 ") == responses
    kind = "uvicorn" if protocol == "httptools" else "one"
    SEEN.setdefault(name, {})[kind] = got
    if len(SEEN[name]) == 2:
        assert SEEN[name]["one"] == SEEN[name]["uvicorn"]


def test_a_whole_response_is_one_write(server: tuple[int, Any]) -> None:
    port, protocol = server
    if protocol == "httptools":
        pytest.skip("uvicorn's own protocol writes the head and the body apart")
    WRITES.clear()
    _exchange(port, EXCHANGES["two on one connection"][0], 2)
    writes = WRITES[-1]
    assert [w.split(b"\r\n", 1)[0] for w in writes] == [
        b"HTTP/1.1 200 OK",
        b"HTTP/1.1 204 No Content",
    ]
    assert writes[0].endswith(b"hello " * 200)
    WRITES.clear()
    _exchange(port, EXCHANGES["head"][0], 1)
    assert len(WRITES[-1]) == 1 and WRITES[-1][0].endswith(b"\r\n\r\n")


def test_each_new_connection_is_told_to_the_searches_queue(
    server: tuple[int, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """So that a turn lets one search go while connections are being made (web/turns.py)."""
    port, protocol = server
    if protocol == "httptools":
        pytest.skip("uvicorn's own protocol tells nothing: its queue keeps one search a turn")
    told: list[int] = []
    monkeypatch.setattr(heavy, "connected", lambda: told.append(1))
    raw, responses = EXCHANGES["close"]
    for _ in range(2):
        assert _exchange(port, raw, responses).count(b"HTTP/1.1 ") == 1
    assert len(told) == 2
