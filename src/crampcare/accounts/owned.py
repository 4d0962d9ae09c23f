"""One person's diary inside the clinic's shared database.

The web layer hands handlers an ``OwnedDiary`` instead of the shared ``Diary``
in multi-user mode. It forwards each diary operation with the signed-in
person's id filled in, and has nothing else: no default person, no
``persons()``, no engine. A handler that forgot whose diary it reads cannot
fall back to person 1; it fails instead of reading someone else's rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from crampcare.diary.models import CheckIn, CheckInIn, Episode, EpisodeIn
from crampcare.diary.sqlread import Records
from crampcare.diary.store import Diary, ImportSummary


class OwnedDiary:
    """The diary of ``person_id`` only; the signatures are ``Diary``'s without ``person_id``."""

    def __init__(self, diary: Diary, person_id: int) -> None:
        self._diary = diary
        self.person_id = person_id
        #: Stored rows of this person's that its reads left out as unreadable, each
        #: named once (as ``Diary.problems`` names them for the whole database).
        self.problems: list[str] = []

    def add_episode(self, episode: EpisodeIn, idempotency_key: str | None = None) -> Episode:
        return self._diary.add_episode(episode, self.person_id, idempotency_key)

    def get_episode(self, episode_id: int) -> Episode:
        return self._diary.get_episode(episode_id, self.person_id)

    def update_episode(self, episode_id: int, changes: Mapping[str, Any]) -> Episode:
        return self._diary.update_episode(episode_id, changes, self.person_id)

    def delete_episode(self, episode_id: int) -> None:
        self._diary.delete_episode(episode_id, self.person_id)

    def episodes(
        self,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        after: tuple[datetime, int] | None = None,
        newest_first: bool = False,
    ) -> Records[Episode]:
        return self._diary.episodes(
            since,
            until,
            self.person_id,
            limit=limit,
            offset=offset,
            after=after,
            newest_first=newest_first,
            problems=self.problems,
        )

    def set_checkin(self, checkin: CheckInIn) -> CheckIn:
        return self._diary.set_checkin(checkin, self.person_id)

    def merge_checkin(
        self,
        day: date,
        factors: Mapping[str, Any],
        custom: Mapping[str, bool | float] | None = None,
        notes: str | None = None,
    ) -> CheckIn:
        return self._diary.merge_checkin(day, factors, custom, notes, self.person_id)

    def get_checkin(self, day: date) -> CheckIn | None:
        return self._diary.get_checkin(day, self.person_id)

    def delete_checkin(self, day: date) -> None:
        self._diary.delete_checkin(day, self.person_id)

    def checkins(
        self,
        since: date | None = None,
        until: date | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        after: date | None = None,
        newest_first: bool = False,
    ) -> Records[CheckIn]:
        return self._diary.checkins(
            since,
            until,
            self.person_id,
            limit=limit,
            offset=offset,
            after=after,
            newest_first=newest_first,
            problems=self.problems,
        )

    def counts(self) -> tuple[int, int]:
        return self._diary.counts(self.person_id)

    def import_rows(
        self,
        rows: Iterable[EpisodeIn | CheckInIn],
        progress: Callable[[int], None] | None = None,
    ) -> ImportSummary:
        # Plain records only: a (person_id, record) pair would write into another diary.
        records = list(rows)
        if any(isinstance(r, tuple) for r in records):
            raise TypeError("an owned diary imports plain records only")
        return self._diary.import_rows(records, self.person_id, progress)
