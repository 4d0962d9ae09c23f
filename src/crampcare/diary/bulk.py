"""Turning records into table rows, and the check-in upsert.

The import's batched path lives in ``staging``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite

from crampcare.diary.models import FACTORS, CheckInIn, EpisodeIn
from crampcare.diary.sqliterows import local_naive
from crampcare.diary.tables import CHECKIN_FIELDS, checkins

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
