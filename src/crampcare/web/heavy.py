"""Blocking work on worker threads of its own kind, a few at a time.

Off the event loop is not enough: Starlette runs every blocking call on one
shared pool of 40 threads per process. Forty PDFs asked for at once (a clinic
printing plans for a group) would fill it, and a person's quick log would wait
behind seconds of layout. So each heavy kind of work has a lane: rendering
(PDF layout, a report's statistics) takes at most ``RENDER.slots`` threads,
database calls at most ``DATABASE.slots``, and the rest queue among themselves
on the event loop, where waiting costs nothing.

The database lane is as wide as a served process's connection pool
(``diary.db.SERVER_POOL``): a thread that got a slot always gets a connection
at once. Before, 40 threads contended for 15 connections; the pool opened and
closed its overflow connections over and over (a new PostgreSQL backend each
time), and the threads fought over the GIL while they waited.
"""

from __future__ import annotations

import asyncio
import functools
import weakref
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import anyio
import anyio.to_thread

from crampcare.diary.db import SERVER_POOL

P = ParamSpec("P")
T = TypeVar("T")


class Lane:
    """Threads for one kind of blocking work, at most ``slots`` at once per process."""

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self._limiters: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, anyio.CapacityLimiter
        ] = weakref.WeakKeyDictionary()

    def _limiter(self) -> anyio.CapacityLimiter:
        # One per event loop: a limiter belongs to the loop it was made in.
        loop = asyncio.get_running_loop()
        limiter = self._limiters.get(loop)
        if limiter is None:
            limiter = self._limiters[loop] = anyio.CapacityLimiter(self.slots)
        return limiter

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``fn(*args, **kwargs)`` on one of this lane's threads."""
        return await anyio.to_thread.run_sync(
            functools.partial(fn, *args, **kwargs), limiter=self._limiter()
        )


#: Renders at once per process: two cores' worth of layout, plus slack for I/O.
RENDER = Lane(4)
#: Database calls at once per process: one per pooled connection.
DATABASE = Lane(int(SERVER_POOL["pool_size"]))
#: Kept for the tests and callers that read it.
SLOTS = RENDER.slots


async def render(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``fn(*args, **kwargs)`` on a rendering thread, without holding the shared pool."""
    return await RENDER.run(fn, *args, **kwargs)
