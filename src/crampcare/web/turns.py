"""Heavy handlers take turns: at most one per turn of the event loop.

A search costs about half a millisecond of CPU; a page costs a twentieth of
that. In one turn the event loop runs every callback that was ready when the
turn began, and it looks for new connections only between turns (uvloop
accepts one connection per turn). So a burst of 25 questions on one worker
made a turn of 25 searches, and the 25th new connection waited for 25 such
turns before its first byte was read: 300 ms at the start of every load test,
and the same wait for anyone opening the home page behind a burst of questions.

Queued here, the searches run one per turn, in arrival order; between two of
them the loop reads sockets, accepts a connection and serves light pages.
Throughput is the same (a turn costs a few microseconds of polling).

Triage is not queued: a red-flag check is cheaper than a search and must
never wait behind other people's questions.
"""

from __future__ import annotations

import asyncio
from collections import deque


class Turns:
    """A first-come, first-served queue that lets one waiter go per event-loop turn."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiting: deque[asyncio.Future[None]] = deque()
        self._releasing = False

    async def wait(self) -> None:
        """Return in a later turn of the loop, after everyone who asked earlier."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            # A new loop (tests start one per client): the old one's queue died with it.
            self._loop, self._waiting, self._releasing = loop, deque(), False
        turn: asyncio.Future[None] = loop.create_future()
        self._waiting.append(turn)
        if not self._releasing:
            self._releasing = True
            loop.call_soon(self._release, loop)
        await turn

    def _release(self, loop: asyncio.AbstractEventLoop) -> None:
        while self._waiting:
            turn = self._waiting.popleft()
            if not turn.done():  # a client that hung up cancels its turn
                turn.set_result(None)
                break
        if self._waiting:
            loop.call_soon(self._release, loop)
        else:
            self._releasing = False

    def __len__(self) -> int:
        return len(self._waiting)


#: One queue per worker process for the CPU-heavy handlers (ask, free-text triage).
heavy = Turns()
