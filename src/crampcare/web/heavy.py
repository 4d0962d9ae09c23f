"""Blocking work on worker threads of its own kind, a few at a time; writes first.

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

Within a lane, urgent calls go first: a person logging a cramp (a write, and
the session check in front of it) never queues behind other people's list
reads and reports. Under a burst the queue is here, in the lane, so this is
where the order is decided; each kind is still served first come, first served.

A call that holds a slot runs on the lane's own threads (a plain executor, as many
threads as slots, the caller's context variables copied in): anyio's
``to_thread.run_sync`` did the same with a capacity limiter, cancel scopes and
run-variable look-ups that cost about a third more of the event loop's time per
call, twice in every signed-in write (the session check, then the write).
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import weakref
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

from crampcare.diary.db import SERVER_POOL

P = ParamSpec("P")
T = TypeVar("T")


class _Slots:
    """A lane's free slots on one event loop, and who waits for one (urgent ones first)."""

    def __init__(self, slots: int) -> None:
        self.free = slots
        self.urgent: deque[asyncio.Future[None]] = deque()
        self.normal: deque[asyncio.Future[None]] = deque()
        # Threads for the calls that hold a slot: as many as the slots.
        self.threads = ThreadPoolExecutor(slots, thread_name_prefix="crampcare-lane")

    async def acquire(self, urgent: bool) -> None:
        if self.free and not self.urgent and not self.normal:
            self.free -= 1
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        queue = self.urgent if urgent else self.normal
        queue.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()  # granted just as the client went: pass the slot on
            else:
                queue.remove(waiter)
            raise

    def release(self) -> None:
        for queue in (self.urgent, self.normal):
            while queue:
                waiter = queue.popleft()
                if not waiter.done():
                    waiter.set_result(None)  # the slot passes straight to the next
                    return
        self.free += 1

    def __len__(self) -> int:
        return len(self.urgent) + len(self.normal)


class Lane:
    """Threads for one kind of blocking work, at most ``slots`` at once per process."""

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self._loops: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Slots] = (
            weakref.WeakKeyDictionary()
        )

    def _state(self) -> _Slots:
        # One per event loop: futures and limiters belong to the loop they were made in.
        loop = asyncio.get_running_loop()
        state = self._loops.get(loop)
        if state is None:
            state = self._loops[loop] = _Slots(self.slots)
        return state

    def waiting(self) -> int:
        """Calls queued for a slot on the running loop."""
        return len(self._state())

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``fn(*args, **kwargs)`` on one of this lane's threads, in arrival order."""
        return await self._run(False, functools.partial(fn, *args, **kwargs))

    async def run_urgent(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """As ``run``, ahead of every call that is not urgent."""
        return await self._run(True, functools.partial(fn, *args, **kwargs))

    async def _run(self, urgent: bool, call: Callable[[], T]) -> T:
        state = self._state()
        await state.acquire(urgent)
        try:
            # The thread sees the request's context variables (whose diary, request id).
            running = state.threads.submit(contextvars.copy_context().run, call)
        except BaseException:
            state.release()
            raise
        try:
            result = await asyncio.wrap_future(running)
        except asyncio.CancelledError:
            # The caller went (a client gone); the call runs on in its thread, which
            # keeps its slot (and its connection) until it ends.
            loop = asyncio.get_running_loop()
            running.add_done_callback(lambda _: loop.call_soon_threadsafe(state.release))
            raise
        except BaseException:
            state.release()
            raise
        state.release()
        return result


#: Renders at once per process: two cores' worth of layout, plus slack for I/O.
RENDER = Lane(4)
#: Database calls at once per process: one per pooled connection.
DATABASE = Lane(int(SERVER_POOL["pool_size"]))
#: Kept for the tests and callers that read it.
SLOTS = RENDER.slots


async def render(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``fn(*args, **kwargs)`` on a rendering thread, without holding the shared pool."""
    return await RENDER.run(fn, *args, **kwargs)
