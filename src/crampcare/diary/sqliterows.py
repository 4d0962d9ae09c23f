"""The one episode (and check-in) row builder, without importing SQLAlchemy.

Every writer makes its rows here: the store's single writes and updates, the
check-in merge, the bulk import (both backends) and the quick ``log --now``.
``episode_row`` gives a record's values in ``EPISODE_COLUMNS`` order; the SQLite
writers store them as ``sqlite_episode`` does, in exactly the formats SQLAlchemy
writes for these column types (a test reads them back through SQLAlchemy), and
SQLAlchemy writers take ``episode_values``. One list of columns, from the models:
the tables must match it (a test checks).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from crampcare.diary.models import EPISODE_FIELDS, FACTORS, AnyCheckIn, AnyEpisode

#: Columns a writer fills, in insert order (the tables' columns minus ``id`` and
#: the episode's ``idempotency_key``, which only the store's single write sets).
EPISODE_COLUMNS: tuple[str, ...] = ("person_id", *EPISODE_FIELDS)
CHECKIN_COLUMNS: tuple[str, ...] = ("person_id", "day", *FACTORS, "custom", "notes")

INSERT_EPISODE = (
    f"INSERT INTO episodes ({', '.join(EPISODE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in EPISODE_COLUMNS)})"
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


def episode_row(ep: AnyEpisode, person_id: int) -> tuple[Any, ...]:
    """An episode's column values, in ``EPISODE_COLUMNS`` order."""
    return (
        person_id,
        local_naive(ep.started_at),
        ep.duration_s,
        ep.location,
        ep.side,
        ep.intensity,
        ep.woke,
        list(ep.actions),
        list(ep.helped),
        ep.minutes_to_relief,
        ep.notes,
    )


def checkin_row(ci: AnyCheckIn, person_id: int) -> tuple[Any, ...]:
    """A check-in's column values, in ``CHECKIN_COLUMNS`` order."""
    return (
        person_id,
        ci.day,
        *(getattr(ci, name) for name in _FACTOR_NAMES),
        dict(ci.custom),
        ci.notes,
    )


def episode_values(ep: AnyEpisode, person_id: int) -> dict[str, Any]:
    """The ``episodes`` row for SQLAlchemy (which converts the values itself)."""
    return dict(zip(EPISODE_COLUMNS, episode_row(ep, person_id), strict=True))


def checkin_values(ci: AnyCheckIn, person_id: int) -> dict[str, Any]:
    """The ``checkins`` row for SQLAlchemy."""
    return dict(zip(CHECKIN_COLUMNS, checkin_row(ci, person_id), strict=True))


def sqlite_episode(ep: AnyEpisode, person_id: int) -> tuple[Any, ...]:
    """An episode as SQLite stores it: the ``INSERT_EPISODE`` parameters."""
    pid, started, duration, location, side, intensity, woke, did, helped, relief, notes = (
        episode_row(ep, person_id)
    )
    return (
        pid,
        sqlite_datetime(started),
        duration,
        location,
        side,
        intensity,
        int(woke),
        json.dumps(did) if did else "[]",
        json.dumps(helped) if helped else "[]",
        relief,
        notes,
    )


def sqlite_checkin(ci: AnyCheckIn, person_id: int) -> tuple[Any, ...]:
    """A check-in as SQLite stores it, in ``CHECKIN_COLUMNS`` order."""
    row = checkin_row(ci, person_id)
    custom = row[-2]
    return (
        row[0],
        row[1].isoformat(),
        *(int(v) if isinstance(v, bool) else v for v in row[2:-2]),
        json.dumps(custom) if custom else "{}",
        row[-1],
    )
