"""The clinic's counting queries in two halves at once, both in one snapshot.

A database runs one query on one core. The clinic's counting is two GROUP BY
queries over every check-in; split by person into two halves, each half runs on
a connection of its own in a thread (the drivers let go of the GIL while the
database works), so the counting uses both cores of a small server and takes
about half as long when one is free.

The halves must see the same diary: a check-in logged between them could
otherwise be counted in neither or make the two counts disagree.

- PostgreSQL: the first transaction exports its snapshot and the second one
  takes it (``SET TRANSACTION SNAPSHOT``): the same data, by construction.
- SQLite (WAL): each connection starts its read transaction, then a third
  connection's ``PRAGMA data_version`` (which changes with every commit by
  anyone else) is compared with its value from before: unchanged, no commit
  fell between the two starts, so both read the same snapshot. Changed, the
  counting runs in one transaction as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from typing import Any, TypeVar

import numpy as np
from sqlalchemy import Connection

from crampcare.analysis.population import I64
from crampcare.diary.db import sqlite_path
from crampcare.diary.store import Diary

T = TypeVar("T")
Rows = list[Any]
#: Fewer stored check-ins than this are counted in one part: not worth a thread.
MIN_SPLIT = 200_000


@contextmanager
def _sqlite_pair(diary: Diary) -> Iterator[tuple[Connection, Connection] | None]:
    path = sqlite_path(diary.url)
    assert path is not None
    with ExitStack() as stack:
        watch = sqlite3.connect(path, isolation_level=None)
        stack.callback(watch.close)
        before = watch.execute("PRAGMA data_version").fetchone()[0]
        conns = []
        for _ in range(2):
            conn = stack.enter_context(diary.engine.connect())
            stack.enter_context(conn.begin())
            conn.exec_driver_sql("SELECT COUNT(*) FROM alembic_version").scalar_one()
            conns.append(conn)
        same = watch.execute("PRAGMA data_version").fetchone()[0] == before
        yield (conns[0], conns[1]) if same else None


@contextmanager
def _postgres_pair(diary: Diary) -> Iterator[tuple[Connection, Connection] | None]:
    with ExitStack() as stack:
        conns = []
        for _ in range(2):
            conn = stack.enter_context(diary.engine.connect())
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            stack.enter_context(conn.begin())
            conns.append(conn)
        snapshot = conns[0].exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
        # Quoted by hand (SET takes no parameters); the id is PostgreSQL's own hex-and-dash.
        assert all(ch.isalnum() or ch == "-" for ch in snapshot), snapshot
        conns[1].exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
        yield conns[0], conns[1]


@contextmanager
def one_snapshot(diary: Diary) -> Iterator[tuple[Connection, Connection] | None]:
    """Two connections reading one snapshot of ``diary``, or None if that failed."""
    dialect = diary.engine.dialect.name
    pair = _sqlite_pair if dialect == "sqlite" else _postgres_pair
    with pair(diary) as conns:
        yield conns


def split_person(conn: Connection, stored: int) -> int | None:
    """The person id at which half of the stored check-ins lie on each side."""
    if stored < MIN_SPLIT:
        return None
    found = conn.exec_driver_sql(
        f"SELECT person_id FROM checkins ORDER BY person_id LIMIT 1 OFFSET {stored // 2:d}"
    ).scalar()
    return None if found is None else int(found)


def in_parallel(
    conns: tuple[Connection, Connection], work: Callable[[Connection, int], T]
) -> tuple[T, T]:
    """``work(conn, part)`` for parts 0 and 1, each on its connection in its own thread."""
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(work, conns[0], 0)
        second = pool.submit(work, conns[1], 1)
        return first.result(), second.result()


def tables(
    every: Rows, cramp: Rows, with_episodes: set[int], nf: int
) -> tuple[list[int], I64, I64, I64]:
    """Person ids, 2x2 tables per person and factor, check-ins and cramp nights per person.

    ``every``, ``cramp``: rows of ``clinic_store.counting_sql``'s queries; ``nf`` factors."""
    ids = sorted({int(r[0]) for r in every} | with_episodes)
    index = {p: i for i, p in enumerate(ids)}

    def matrix(rows: Rows) -> I64:
        out = np.zeros((len(ids), 1 + 2 * nf), np.int64)
        if rows:
            arr = np.array(rows, np.int64)
            out[[index[int(p)] for p in arr[:, 0]]] = arr[:, 1:]
        return out

    all_days, cramp_days = matrix(every), matrix(cramp)
    days = all_days[:, 0]
    exposed, answered = all_days[:, 1::2], all_days[:, 2::2]
    c_exposed, c_answered = cramp_days[:, 1::2], cramp_days[:, 2::2]
    tables = np.stack(
        [
            c_exposed,  # exposed, cramp night
            exposed - c_exposed,  # exposed, quiet night
            c_answered - c_exposed,  # not exposed, cramp night
            (answered - exposed) - (c_answered - c_exposed),  # not exposed, quiet night
        ],
        axis=-1,
    )
    return ids, tables, days, cramp_days[:, 0]
