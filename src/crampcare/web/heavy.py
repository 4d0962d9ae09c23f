"""Heavy rendering (PDF layout) on worker threads of its own, a few at a time.

Off the event loop is not enough: Starlette runs every blocking call (each
diary read and write included) on one shared pool of 40 threads per process.
Forty PDFs asked for at once (a clinic printing plans for a group) would fill
it, and a person's quick log would wait behind seconds of layout. Rendering
here takes at most ``SLOTS`` threads; the rest queue among themselves.
"""

from __future__ import annotations

import asyncio
import functools
import weakref
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import anyio
import anyio.to_thread

P = ParamSpec("P")
T = TypeVar("T")

#: Renders at once per process: two cores' worth of layout, plus slack for I/O.
SLOTS = 4
_limiters: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = (
    weakref.WeakKeyDictionary()
)


def _limiter() -> anyio.CapacityLimiter:
    # One per event loop: a limiter belongs to the loop it was made in.
    loop = asyncio.get_running_loop()
    limiter = _limiters.get(loop)
    if limiter is None:
        limiter = _limiters[loop] = anyio.CapacityLimiter(SLOTS)
    return limiter


async def render(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``fn(*args, **kwargs)`` on a rendering thread, without holding the shared pool."""
    return await anyio.to_thread.run_sync(
        functools.partial(fn, *args, **kwargs), limiter=_limiter()
    )
