"""Merging answers into a day's check-in: read, merge and write in ONE transaction.

The CLI's ``day`` and the web check-in form both call this (through
``Diary.merge_checkin``). Reading the day in one transaction and writing it in
another lost answers when two check-ins of the same day ran at once; here the
read happens inside the write transaction and holds the day:

- SQLite: the store's write transaction is ``BEGIN IMMEDIATE``, so writers queue.
- PostgreSQL: the day's row is made to exist (``INSERT ... ON CONFLICT DO NOTHING``,
  which waits for a concurrent insert of the same day) and then locked with
  ``SELECT ... FOR UPDATE`` until the commit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, select

from crampcare.diary.bulk import upsert_checkins
from crampcare.diary.models import FACTORS, CheckIn, CheckInIn
from crampcare.diary.sqliterows import CHECKIN_COLUMNS, checkin_values
from crampcare.diary.tables import checkins
from crampcare.errors import CrampcareError, validation_message


def merge(
    conn: Connection,
    day: date,
    factors: Mapping[str, Any],
    custom: Mapping[str, bool | float] | None,
    notes: str | None,
    person_id: int,
) -> CheckIn:
    """Merge into the stored check-in of ``day`` on ``conn`` (inside its write transaction)."""
    unknown = [name for name in factors if name not in FACTORS]
    if unknown:
        raise CrampcareError(f"{unknown[0]!r} is not a standard factor")
    where = (checkins.c.person_id == person_id, checkins.c.day == day)
    query = select(checkins).where(*where)
    if conn.dialect.name == "postgresql":
        # Imported here: a SQLite diary never needs PostgreSQL's dialect.
        from sqlalchemy.dialects import postgresql

        conn.execute(
            postgresql.insert(checkins)
            .values(person_id=person_id, day=day, custom={}, notes="")
            .on_conflict_do_nothing(index_elements=["person_id", "day"])
        )
        query = query.with_for_update()
    row = conn.execute(query).first()
    current: dict[str, Any] = {"day": day}
    if row is not None:
        current = {k: row._mapping[k] for k in CHECKIN_COLUMNS if k != "person_id"}
    merged = {**current, **factors}
    merged["custom"] = {**(current.get("custom") or {}), **(custom or {})}
    if notes is not None:
        merged["notes"] = notes
    try:
        checkin = CheckInIn.model_validate(merged)
    except ValidationError as exc:
        raise CrampcareError(validation_message(exc)) from exc
    upsert_checkins(conn, [checkin_values(checkin, person_id)])
    new_id = conn.execute(select(checkins.c.id).where(*where)).scalar_one()
    return CheckIn(id=new_id, person_id=person_id, **checkin.model_dump())
