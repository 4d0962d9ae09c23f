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

Once the worker's connections are open (none new for ``SETTLED_S``), a turn lets
up to ``BATCH`` searches go, still first come, first served: the same work in a
quarter of the turns, and each search runs beside other searches instead of
between the polling, the reading and the first half of the next request, whose
code pushed the search's out of the processor's caches (round s16, one worker
under 25 connections of new questions: 6-12 % less CPU a question with 4 a turn
than with one, in three paired runs). New connections are still accepted one
per turn of a single search: a burst of them (a load test's start, a clinic's
morning) meets the queue as before. A server whose protocol does not report
connections (``connected``; uvicorn's own, under systemd) keeps one per turn.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque

#: Searches a turn lets go once no connection has been made for ``SETTLED_S``: a page
#: or a check that comes meanwhile waits for at most this many (a few milliseconds).
BATCH = 4
#: How long after the last new connection a turn still lets only one search go.
SETTLED_S = 0.25


class Turns:
    """A first-come, first-served queue that lets one waiter go per event-loop turn
    (up to ``BATCH`` once told of no new connection for ``SETTLED_S``)."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiting: deque[asyncio.Future[None]] = deque()
        self._releasing = False
        #: When the last connection was made (``time.monotonic``), or None: never told.
        self._connected: float | None = None

    def connected(self) -> None:
        """A new connection was made: turns let one search go for a while."""
        self._connected = time.monotonic()

    def _batch(self) -> int:
        """How many waiters this turn lets go."""
        if self._connected is None or time.monotonic() - self._connected < SETTLED_S:
            return 1
        return BATCH

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
        left = self._batch()
        while self._waiting and left:
            turn = self._waiting.popleft()
            if not turn.done():  # a client that hung up cancels its turn
                turn.set_result(None)
                left -= 1
        if self._waiting:
            loop.call_soon(self._release, loop)
        else:
            self._releasing = False

    def __len__(self) -> int:
        return len(self._waiting)


#: One queue per worker process for the CPU-heavy handlers (ask, free-text triage).
heavy = Turns()
