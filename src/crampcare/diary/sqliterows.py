"""Diary records as SQLite row tuples, without importing SQLAlchemy.

Used by the bulk import and by the quick ``log --now`` path. Values are written
in exactly the formats SQLAlchemy writes for these column types (a test reads
them back through SQLAlchemy to prove it), so both paths make the same rows.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from crampcare.diary.models import EPISODE_FIELDS, FACTORS, CheckInIn, EpisodeIn

# Column order of the inserts below (the tables' columns minus ``id``; a test checks).
EPISODE_COLUMNS: tuple[str, ...] = ("person_id", *EPISODE_FIELDS)
CHECKIN_COLUMNS: tuple[str, ...] = ("person_id", "day", *FACTORS, "custom", "notes")

INSERT_EPISODE = (
    f"INSERT INTO episodes ({', '.join(EPISODE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in EPISODE_COLUMNS)})"
)
UPSERT_CHECKIN = (
    f"INSERT INTO checkins ({', '.join(CHECKIN_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in CHECKIN_COLUMNS)}) "
    "ON CONFLICT (person_id, day) DO UPDATE SET "
    + ", ".join(f"{n} = excluded.{n}" for n in CHECKIN_COLUMNS if n != "person_id")
)
_FACTOR_NAMES = tuple(FACTORS)


def local_naive(value: datetime) -> datetime:
    """Diary times are local wall-clock times; an offset given on input is converted."""
    if value.tzinfo is None:
        return value
    return value.astimezone().replace(tzinfo=None)


def sqlite_datetime(value: datetime) -> str:
    """SQLAlchemy's SQLite DATETIME storage format, so its reads parse it as usual."""
    return value.isoformat(" ", "microseconds")


def sqlite_episode(ep: EpisodeIn, person_id: int) -> tuple[Any, ...]:
    """An episode as the ``INSERT_EPISODE`` parameters."""
    return (
        person_id,
        sqlite_datetime(local_naive(ep.started_at)),
        ep.duration_s,
        ep.location,
        ep.side,
        ep.intensity,
        int(ep.woke),
        json.dumps(ep.actions) if ep.actions else "[]",
        json.dumps(ep.helped) if ep.helped else "[]",
        ep.minutes_to_relief,
        ep.notes,
    )


def sqlite_checkin(ci: CheckInIn, person_id: int) -> tuple[Any, ...]:
    """A check-in as the ``UPSERT_CHECKIN`` parameters."""
    factors = []
    for name in _FACTOR_NAMES:
        value = getattr(ci, name)
        factors.append(int(value) if isinstance(value, bool) else value)
    return (
        person_id,
        ci.day.isoformat(),
        *factors,
        json.dumps(ci.custom) if ci.custom else "{}",
        ci.notes,
    )
