"""Turning records into table rows, and the fast path for writing many of them.

On SQLite the bulk path hands pre-converted tuples straight to the driver's
``executemany`` inside the caller's transaction (SQLAlchemy's per-row parameter
processing would otherwise dominate a million-row import); the values are stored
in exactly the formats SQLAlchemy itself writes and reads back. Other databases
go through SQLAlchemy Core's multi-row insert.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite

from crampcare.diary.models import FACTORS, CheckInIn, EpisodeIn
from crampcare.diary.sqliterows import (
    INSERT_EPISODE,
    UPSERT_CHECKIN,
    local_naive,
    sqlite_checkin,
    sqlite_episode,
)
from crampcare.diary.tables import CHECKIN_FIELDS, checkins, episodes

if TYPE_CHECKING:
    from crampcare.diary.store import ImportRow, ImportSummary

_FACTOR_NAMES = tuple(FACTORS)


def episode_values(ep: EpisodeIn, person_id: int) -> dict[str, Any]:
    """The ``episodes`` row for a record."""
    return {
        "person_id": person_id,
        "started_at": local_naive(ep.started_at),
        "duration_s": ep.duration_s,
        "location": ep.location,
        "side": ep.side,
        "intensity": ep.intensity,
        "woke": ep.woke,
        "actions": list(ep.actions),
        "helped": list(ep.helped),
        "minutes_to_relief": ep.minutes_to_relief,
        "notes": ep.notes,
    }


def checkin_values(ci: CheckInIn, person_id: int) -> dict[str, Any]:
    """The ``checkins`` row for a record."""
    values: dict[str, Any] = {"person_id": person_id, "day": ci.day}
    for name in _FACTOR_NAMES:
        values[name] = getattr(ci, name)
    values["custom"] = dict(ci.custom)
    values["notes"] = ci.notes
    return values


def upsert_checkins(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert check-ins; one already stored for the same person and day is replaced."""
    if not rows:
        return
    dialect = conn.dialect.name
    if dialect == "postgresql":
        stmt: Any = postgresql.insert(checkins)
    elif dialect == "sqlite":
        stmt = sqlite.insert(checkins)
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(dialect)
    replace = {name: stmt.excluded[name] for name in CHECKIN_FIELDS if name != "person_id"}
    stmt = stmt.on_conflict_do_update(index_elements=["person_id", "day"], set_=replace)
    conn.execute(stmt, list(rows))


# -- the SQLite fast path -------------------------------------------------------------------


def write_rows(
    conn: Connection,
    rows: Iterable[ImportRow],
    person_id: int,
    progress: Callable[[int], None] | None,
    batch_size: int,
) -> ImportSummary:
    """Write records in batches on ``conn`` (the caller owns the transaction)."""
    from crampcare.diary.store import ImportSummary

    fast = conn.dialect.name == "sqlite"
    raw: Any = conn.connection.driver_connection if fast else None
    ep_batch: list[Any] = []
    ci_batch: list[Any] = []
    n_ep = n_ci = done = 0

    def flush() -> None:
        if fast:
            if ep_batch:
                raw.executemany(INSERT_EPISODE, ep_batch)
            if ci_batch:
                raw.executemany(UPSERT_CHECKIN, ci_batch)
        else:
            if ep_batch:
                conn.execute(episodes.insert(), ep_batch)
            upsert_checkins(conn, ci_batch)
        ep_batch.clear()
        ci_batch.clear()
        if progress is not None:
            progress(done)

    for item in rows:
        if isinstance(item, tuple):
            who, record = item
        else:
            who, record = person_id, item
        if isinstance(record, EpisodeIn):
            ep_batch.append(sqlite_episode(record, who) if fast else episode_values(record, who))
            n_ep += 1
        elif isinstance(record, CheckInIn):
            ci_batch.append(sqlite_checkin(record, who) if fast else checkin_values(record, who))
            n_ci += 1
        else:
            raise TypeError(f"not a diary record: {type(record).__name__}")
        done += 1
        if len(ep_batch) + len(ci_batch) >= batch_size:
            flush()
    flush()
    return ImportSummary(episodes=n_ep, checkins=n_ci)
