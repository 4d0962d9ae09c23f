"""Importing without starving other writers: stage in short transactions, publish once.

A million-row import used to hold SQLite's write lock for its whole length, so a
3 a.m. ``log`` waited out the busy timeout and failed. Now the rows go, batch by
batch, each batch its own short transaction, into TEMPORARY tables private to the
import's connection (SQLite keeps them in a separate temp database, so staging
takes no lock on the diary). When every row was good, ONE transaction copies them
into the diary with two ``INSERT ... SELECT`` statements: all or nothing, and the
diary is locked only for that copy. If the rows raise (a bad line found at the
end), the staging tables are dropped and nothing was published.

On SQLite the batches go straight to the driver's ``executemany`` as pre-converted
tuples (SQLAlchemy's per-row processing would dominate a big import); the values
are in exactly the formats SQLAlchemy writes (see ``sqliterows``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Integer, MetaData, Table, text

from crampcare.diary.csvfast import StoredCheckIn, StoredEpisode
from crampcare.diary.db import WRITE
from crampcare.diary.models import AnyCheckIn, AnyEpisode, CheckIn, CheckInIn, Episode, EpisodeIn
from crampcare.diary.sqliterows import (
    CHECKIN_COLUMNS,
    EPISODE_COLUMNS,
    checkin_values,
    episode_values,
    sqlite_checkin,
    sqlite_episode,
)
from crampcare.diary.tables import checkins, episodes

Record = AnyEpisode | AnyCheckIn | StoredEpisode | StoredCheckIn
ImportRow = Record | tuple[int, Record]


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote."""

    episodes: int
    checkins: int


_meta = MetaData()


def _stage(source: Table, name: str) -> Table:
    columns = [Column(c.name, c.type) for c in source.columns if c.name != "id"]
    return Table(
        name,
        _meta,
        Column("seq", Integer, primary_key=True, autoincrement=True),
        *columns,
        prefixes=["TEMPORARY"],
    )


STAGE_EPISODES = _stage(episodes, "import_episodes")
STAGE_CHECKINS = _stage(checkins, "import_checkins")


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


_SQLITE_EPISODE = _insert_sql("temp.import_episodes", EPISODE_COLUMNS)
_SQLITE_CHECKIN = _insert_sql("temp.import_checkins", CHECKIN_COLUMNS)

_ep_cols = ", ".join(EPISODE_COLUMNS)
_ci_cols = ", ".join(CHECKIN_COLUMNS)
PUBLISH_EPISODES = (
    f"INSERT INTO episodes ({_ep_cols}) SELECT {_ep_cols} FROM import_episodes ORDER BY seq"
)
# The last check-in staged for a person and day wins (PostgreSQL refuses to update
# one row twice in a statement); the WHERE also keeps SQLite's parser from taking
# ON CONFLICT for a join constraint.
PUBLISH_CHECKINS = (
    f"INSERT INTO checkins ({_ci_cols}) SELECT {_ci_cols} FROM import_checkins "
    "WHERE seq IN (SELECT max(seq) FROM import_checkins GROUP BY person_id, day) "
    "ON CONFLICT (person_id, day) DO UPDATE SET "
    + ", ".join(f"{n} = excluded.{n}" for n in CHECKIN_COLUMNS if n != "person_id")
)


def _drop(conn: Connection) -> None:
    for table in (STAGE_EPISODES, STAGE_CHECKINS):
        table.drop(conn, checkfirst=True)


def import_rows(
    conn: Connection,
    rows: Iterable[ImportRow],
    person_id: int,
    progress: Callable[[int], None] | None,
    batch_size: int,
) -> ImportSummary:
    """Stage ``rows`` in batches on ``conn``, then publish them in one transaction."""
    fast = conn.dialect.name == "sqlite"
    with conn.begin():
        _drop(conn)
        STAGE_EPISODES.create(conn)
        STAGE_CHECKINS.create(conn)
    published = False
    try:
        n_ep, n_ci = _fill(conn, rows, person_id, progress, batch_size, fast)
        writer = conn.execution_options(**{WRITE: True})
        with writer.begin():
            if n_ep:
                writer.execute(text(PUBLISH_EPISODES))
            if n_ci:
                writer.execute(text(PUBLISH_CHECKINS))
            _drop(writer)
        published = True
    finally:
        if not published and not conn.closed:
            if conn.in_transaction():
                conn.rollback()
            with conn.begin():
                _drop(conn)
    return ImportSummary(episodes=n_ep, checkins=n_ci)


def _fill(
    conn: Connection,
    rows: Iterable[ImportRow],
    person_id: int,
    progress: Callable[[int], None] | None,
    batch_size: int,
    fast: bool,
) -> tuple[int, int]:
    raw: Any = conn.connection.driver_connection if fast else None
    ep_batch: list[Any] = []
    ci_batch: list[Any] = []
    n_ep = n_ci = done = 0

    def flush() -> None:
        # Each batch is its own short transaction on the private staging tables.
        with conn.begin():
            if fast:
                if ep_batch:
                    raw.executemany(_SQLITE_EPISODE, ep_batch)
                if ci_batch:
                    raw.executemany(_SQLITE_CHECKIN, ci_batch)
            else:
                if ep_batch:
                    conn.execute(STAGE_EPISODES.insert(), ep_batch)
                if ci_batch:
                    conn.execute(STAGE_CHECKINS.insert(), ci_batch)
        ep_batch.clear()
        ci_batch.clear()
        if progress is not None:
            progress(done)

    for item in rows:
        if type(item) is tuple:  # a (person_id, record) pair; Stored* rows are tuples too
            who, record = item
        else:
            who, record = person_id, item
        kind = type(record)
        if kind in (StoredEpisode, StoredCheckIn) and not fast:
            raise TypeError("rows in SQLite's stored form can only go into a SQLite diary")
        if kind is StoredEpisode:  # already in SQLite's form (csvfast; SQLite only)
            ep_batch.append((who, *record))  # type: ignore[misc]  # StoredEpisode, a tuple
            n_ep += 1
        elif kind is StoredCheckIn:
            ci_batch.append((who, *record))  # type: ignore[misc]  # StoredCheckIn, a tuple
            n_ci += 1
        elif isinstance(record, EpisodeIn | Episode):
            ep_batch.append(sqlite_episode(record, who) if fast else episode_values(record, who))
            n_ep += 1
        elif isinstance(record, CheckInIn | CheckIn):
            ci_batch.append(sqlite_checkin(record, who) if fast else checkin_values(record, who))
            n_ci += 1
        else:
            raise TypeError(f"not a diary record: {type(record).__name__}")
        done += 1
        if len(ep_batch) + len(ci_batch) >= batch_size:
            flush()
    flush()
    return n_ep, n_ci
