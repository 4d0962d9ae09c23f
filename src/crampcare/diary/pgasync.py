"""PostgreSQL on the event loop: a served process's hottest statements without a thread.

Every clinic request checks its session, and a log writes one row. Run on a
database thread, each statement is two hand-overs of the GIL between the
event loop and that thread; under load the loop thread holds the GIL for
its switch interval (5 ms) before the database thread may read its answer,
so a 0.3 ms statement waited several milliseconds, twice per log, and the
p99 of a log was that wait. psycopg's async connection sends the statement
and reads the answer on the event loop itself, where waiting costs nothing.

Each event loop keeps at most ``SIZE`` connections, opened on first use and
kept; a request that finds them all busy waits its turn (first come, first
served). The statements are the same one-statement autocommit ones as
``pgfast``'s, so nothing can be half-written. Errors come out as SQLAlchemy's,
so ``diary.guard.translated`` reads them (a server that went away: 503).
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import Engine

from crampcare.diary.db import CONNECT_ARGS
from crampcare.diary.pgfast import as_sqlalchemy

#: Connections per event loop (one per worker process), beside the engine's pool.
SIZE = 6


class _LoopPool:
    """One event loop's connections: the idle ones, and a bound on those in use."""

    def __init__(self, size: int) -> None:
        self.idle: list[Any] = []
        self.turns = asyncio.Semaphore(size)

    def drop_idle(self) -> None:
        # They talk to the server life that just ended (or a loop that ended):
        # closing them now spares the next requests one failure each.
        idle, self.idle = self.idle, []
        for conn in idle:
            conn.pgconn.finish()  # what ``close`` does, callable from any thread


_lock = threading.Lock()
_pools: weakref.WeakKeyDictionary[Engine, dict[asyncio.AbstractEventLoop, _LoopPool]] = (
    weakref.WeakKeyDictionary()
)


def _pool(engine: Engine) -> _LoopPool:
    loop = asyncio.get_running_loop()
    with _lock:
        loops = _pools.setdefault(engine, {})
        pool = loops.get(loop)
        if pool is None:
            # A new loop (a test client makes one per request): the connections of
            # loops that have ended can never be used again.
            for ended in [old for old in loops if old.is_closed()]:
                loops.pop(ended).drop_idle()
            pool = loops[loop] = _LoopPool(SIZE)
        return pool


def forget(engine: Engine) -> None:
    """Close every kept connection to ``engine``'s database (the diary is closing)."""
    with _lock:
        for pool in _pools.pop(engine, {}).values():
            pool.drop_idle()


async def _connect(engine: Engine) -> Any:
    import psycopg

    _, kwargs = engine.dialect.create_connect_args(engine.url)
    kwargs.pop("context", None)  # SQLAlchemy's adapters: the statements bind plain values
    params: dict[str, Any] = {**kwargs, **CONNECT_ARGS}
    return await psycopg.AsyncConnection.connect(autocommit=True, **params)


@asynccontextmanager
async def connection(engine: Engine) -> AsyncIterator[Any]:
    """An autocommit ``psycopg.AsyncConnection`` to ``engine``'s database, for one statement."""
    import psycopg

    pool = _pool(engine)
    async with pool.turns:
        conn = None
        while pool.idle and conn is None:
            conn = pool.idle.pop()
            if conn.closed or conn.broken:
                conn = None
        try:
            if conn is None:
                conn = await _connect(engine)
        except psycopg.Error as exc:
            raise as_sqlalchemy(exc) from exc
        kept = False
        try:
            yield conn
            kept = True
        except psycopg.Error as exc:
            gone = conn.closed or conn.broken
            kept = not gone
            if gone:
                pool.drop_idle()
            raise as_sqlalchemy(exc, gone) from exc
        finally:
            idle = conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
            if kept and idle:
                pool.idle.append(conn)
            else:
                # Cancelled mid-statement, or broken: its state is unknown, so it goes.
                await conn.close()
