"""Stored rows -> records, for the store's readers.

A stored row that breaks today's limits (written by hand, or by an older
version) must not break every reader: ``pg_episodes`` and ``pg_checkins`` (as
``sqlread`` for SQLite) leave it out and name it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Row

from crampcare.diary import pgread, sqlread, tables
from crampcare.diary.models import MAX_ID, CheckIn, Episode
from crampcare.diary.sqliterows import CHECKIN_COLUMNS
from crampcare.diary.sqlread import Records
from crampcare.errors import CrampcareError


def pg_episodes(found: Iterable[Sequence[Any]], problems: list[str]) -> Records[Episode]:
    """PostgreSQL rows of ``episodes`` (all columns) as episodes; unreadable ones left out.

    Built by ``pgread`` without validation when they are exactly what validation
    gives; any other row is validated (as the SQLite reads do: ``sqlread``).
    """
    return sqlread.records(found, pgread.episodes, _pg_episode, _episode_label, problems)


def pg_checkins(found: Iterable[Sequence[Any]], problems: list[str]) -> Records[CheckIn]:
    """PostgreSQL rows of ``checkins`` (all columns) as check-ins; unreadable ones left out."""
    return sqlread.records(found, pgread.checkins, _pg_checkin, _checkin_label, problems)


_EPISODE_NAMES = tuple(c.name for c in tables.episodes.columns)
_CHECKIN_NAMES = tuple(c.name for c in tables.checkins.columns)


def _pg_episode(row: Sequence[Any]) -> Episode:
    data = dict(zip(_EPISODE_NAMES, row, strict=True))
    data.pop("idempotency_key")
    return Episode.model_validate(data)


def _pg_checkin(row: Sequence[Any]) -> CheckIn:
    return CheckIn.model_validate(dict(zip(_CHECKIN_NAMES, row, strict=True)))


def _episode_label(row: Sequence[Any]) -> str:
    return f"episode {row[0]}"


def _checkin_label(row: Sequence[Any]) -> str:
    return f"the check-in of {row[2]}"


def episode(row: Row[Any]) -> Episode:
    data = dict(row._mapping)
    # The phone's idempotency key is how an entry arrived, not part of the episode.
    data.pop("idempotency_key", None)
    return Episode.model_validate(data)


def checkin(row: Row[Any]) -> CheckIn:
    data = dict(row._mapping)
    return CheckIn.model_validate({k: data[k] for k in ("id", *CHECKIN_COLUMNS)})


def person(person_id: int) -> int:
    """``person_id`` if a diary can hold it (PostgreSQL's INTEGER would overflow)."""
    if not 1 <= person_id <= MAX_ID:
        raise CrampcareError(f"no person {person_id} (a person id is 1 to {MAX_ID})")
    return person_id


def start_of(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time())


def as_day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
