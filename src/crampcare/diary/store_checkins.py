"""The ``Diary``'s daily check-ins: set, merge answers, get, delete, read a page."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import delete, select

from crampcare.diary import bulk, pgfast, rows, sqliterows, sqlread, sqlselect
from crampcare.diary.guard import guarded, translated
from crampcare.diary.models import CheckIn, CheckInIn
from crampcare.diary.sqlread import Records
from crampcare.diary.store_base import DiaryBase, NotFound
from crampcare.diary.tables import checkins


class CheckInMethods(DiaryBase):
    """Part of ``Diary``: one person's daily check-ins, one per day."""

    def set_checkin(self, checkin: CheckInIn, person_id: int = 1) -> CheckIn:
        """Store the check-in for its day, replacing any earlier one for that day."""
        if not self._sqlite:
            # One autocommit upsert that returns the id (diary/pgfast.py).
            values = sqliterows.checkin_values(checkin, person_id)
            with translated(self.where):
                new_id = pgfast.upsert_checkin(self.engine, values)
            return CheckIn(id=new_id, person_id=person_id, **checkin.model_dump())
        with self.write() as conn:
            bulk.upsert_checkins(conn, [sqliterows.checkin_values(checkin, person_id)])
            new_id = conn.execute(
                select(checkins.c.id).where(
                    checkins.c.person_id == person_id, checkins.c.day == checkin.day
                )
            ).scalar_one()
            stored = CheckIn(id=new_id, person_id=person_id, **checkin.model_dump())
        return stored

    def merge_checkin(
        self,
        day: date,
        factors: Mapping[str, Any],
        custom: Mapping[str, bool | float] | None = None,
        notes: str | None = None,
        person_id: int = 1,
    ) -> CheckIn:
        """Merge answers into the day's check-in in ONE transaction (see ``checkin_merge``).

        ``factors`` sets the standard factors it names (None clears one); ``custom``
        adds to or changes the day's own factors; ``notes`` replaces the notes if given.
        Two people checking in at once both keep what they entered.
        """
        from crampcare.diary.checkin_merge import merge

        with self.write() as conn:
            return merge(conn, day, factors, custom, notes, person_id)

    @guarded
    def get_checkin(self, day: date, person_id: int = 1) -> CheckIn | None:
        """The check-in for a day, or None."""
        found = self.checkins(since=day, until=day, person_id=person_id)
        return found[0] if found else None

    def delete_checkin(self, day: date, person_id: int = 1) -> None:
        """Delete the check-in for a day; NotFound if there is none."""
        with self.write() as conn:
            gone = conn.execute(
                delete(checkins).where(checkins.c.person_id == person_id, checkins.c.day == day)
            ).rowcount
        if not gone:
            raise NotFound(f"no check-in for {day.isoformat()}")

    @guarded
    def checkins(
        self,
        since: date | None = None,
        until: date | None = None,
        person_id: int = 1,
        *,
        limit: int | None = None,
        offset: int = 0,
        after: date | None = None,
        newest_first: bool = False,
        problems: list[str] | None = None,
    ) -> Records[CheckIn]:
        """Check-ins by day, ``since``/``until`` inclusive; paging and damage as episodes."""
        rows.person(person_id)
        noted = self.problems if problems is None else problems
        first = None if since is None else rows.as_day(since)
        last = None if until is None else rows.as_day(until)
        if not self._sqlite:
            # One autocommit SELECT on psycopg's connection (diary/pgfast.py).
            sql = pgfast.page_query(
                checkins,
                since=first is not None,
                until=None if last is None else "<=",
                after=after is not None,
                newest_first=newest_first,
                limit=limit is not None,
                offset=bool(offset),
            )
            values = {"person": person_id, "since": first, "until": last, "after_when": after}
            found = pgfast.fetch(self.engine, sql, values | {"limit": limit, "offset": offset})
            return rows.pg_checkins(found, noted)
        with self.engine.connect() as conn:
            sql, params = sqlselect.checkin_query(
                person_id,
                first,
                last,
                after=after,
                limit=limit,
                offset=offset,
                newest_first=newest_first,
            )
            return sqlread.checkins(self._raw(conn).execute(sql, params), noted)
