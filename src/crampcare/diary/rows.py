"""Stored rows -> records, for the store's readers; pydantic errors as one line.

A stored row that breaks today's limits (written by hand, or by an older
version) must not break every reader: ``readable`` leaves it out and names it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy import Row

from crampcare.diary.models import MAX_ID, CheckIn, Episode
from crampcare.diary.sqliterows import CHECKIN_COLUMNS
from crampcare.diary.sqlread import Records
from crampcare.errors import CrampcareError, validation_message

M = TypeVar("M")
MAX_PROBLEMS = 1000


def readable(
    rows: Iterable[Row[Any]], make: Callable[[Row[Any]], M], label: str, problems: list[str]
) -> Records[M]:
    """The rows as records; one that fails validation is left out, named and counted.

    (PostgreSQL's reads; SQLite's go through ``sqlread``, which says the same.)
    """
    out: Records[M] = Records()
    for row in rows:
        try:
            out.append(make(row))
        except ValidationError as exc:
            out.skipped += 1
            name = label.format(**row._mapping)
            reason = validation_message(exc)
            line = f"{name} cannot be read as it is stored and was left out ({reason})"
            # A long-lived diary (the web app's) reads the same rows again and again.
            if line not in problems and len(problems) < MAX_PROBLEMS:
                problems.append(line)
    return out


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
