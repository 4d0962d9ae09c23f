"""The ``Diary``'s episodes: add (idempotent), get, update, delete, read a page."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects import sqlite

from crampcare.diary import pgfast, rows, sqliterows, sqlread, sqlselect
from crampcare.diary.guard import guarded, translated
from crampcare.diary.models import Episode, EpisodeIn
from crampcare.diary.sqliterows import local_naive
from crampcare.diary.sqlread import Records
from crampcare.diary.store_base import DiaryBase, NotFound, known
from crampcare.diary.tables import episodes
from crampcare.errors import CrampcareError, validation_message


def _insert_once(dialect: Any) -> Any:
    return (
        dialect.insert(episodes)
        .on_conflict_do_nothing(index_elements=["person_id", "idempotency_key"])
        .returning(episodes.c.id)
    )


# Built once, so each call only binds values.
_INSERT_ONCE = _insert_once(sqlite)


@cache
def _pg_insert_once() -> str:
    # PostgreSQL's dialect only where it is used: a SQLite diary never imports it.
    from sqlalchemy.dialects import postgresql

    keys = (*sqliterows.EPISODE_COLUMNS, "idempotency_key")
    return pgfast.compiled(_insert_once(postgresql), keys)


def new_episode_row(
    episode: EpisodeIn, person_id: int, idempotency_key: str | None
) -> tuple[dict[str, Any], Episode]:
    """The row an ``add_episode`` inserts, and the record it returns (its id comes after)."""
    values = sqliterows.episode_values(episode, person_id)
    episode = episode.model_copy(update={"started_at": values["started_at"]})
    values["idempotency_key"] = idempotency_key
    # ``episode`` was validated as input: no need to validate the record again.
    return values, Episode(id=1, person_id=person_id, **episode.model_dump())


class EpisodeMethods(DiaryBase):
    """Part of ``Diary``: one person's cramp episodes."""

    def add_episode(
        self, episode: EpisodeIn, person_id: int = 1, idempotency_key: str | None = None
    ) -> Episode:
        """Store one episode; when this returns, the episode is durably committed.

        With an ``idempotency_key`` already used by this person, nothing is written
        and the episode stored the first time is returned: a client that never saw
        the answer (a phone losing its signal) can safely send the same entry again.
        """
        values, stored = new_episode_row(episode, person_id, idempotency_key)
        # One statement: a key used before inserts nothing (and returns no id), also
        # when two servers race on it.
        if self._sqlite:
            with self.write() as conn:
                new_id = conn.execute(_INSERT_ONCE, values).scalar()
        else:
            with translated(self.where), pgfast.autocommit(self.engine) as raw:
                row = raw.execute(_pg_insert_once(), pgfast.params(episodes, values)).fetchone()
            new_id = None if row is None else row[0]
        if new_id is None:
            assert idempotency_key is not None  # only a used key skips the insert
            with translated(self.where, reading=True), self.engine.connect() as conn:
                earlier = self._by_key(conn, idempotency_key, person_id)
            if earlier is None:  # deleted between the insert and this read
                raise NotFound("the episode sent earlier with this Idempotency-Key was deleted")
            return earlier
        return stored.model_copy(update={"id": new_id})

    @staticmethod
    def _by_key(conn: Connection, idempotency_key: str, person_id: int) -> Episode | None:
        row = conn.execute(
            select(episodes).where(
                episodes.c.person_id == rows.person(person_id),
                episodes.c.idempotency_key == idempotency_key,
            )
        ).first()
        return None if row is None else rows.episode(row)

    @guarded
    def get_episode(self, episode_id: int, person_id: int = 1) -> Episode:
        """One episode by id; NotFound if it does not exist.

        A stored row outside today's limits is returned as it is (unvalidated),
        so it can still be shown, edited into range or deleted.
        """
        with self.engine.connect() as conn:
            row = conn.execute(
                select(episodes).where(
                    episodes.c.id == known(episode_id), episodes.c.person_id == person_id
                )
            ).first()
        if row is None:
            raise NotFound(f"no episode with id {episode_id}")
        try:
            return rows.episode(row)
        except ValidationError:
            data = dict(row._mapping)
            data.pop("idempotency_key", None)
            return Episode(**data)

    def update_episode(
        self, episode_id: int, changes: Mapping[str, Any], person_id: int = 1
    ) -> Episode:
        """Change some fields of an episode; the result is validated like new input."""
        with self.write() as conn:
            row = conn.execute(
                select(episodes).where(
                    episodes.c.id == known(episode_id), episodes.c.person_id == person_id
                )
            ).first()
            if row is None:
                raise NotFound(f"no episode with id {episode_id}")
            # The row as stored (not re-validated), so an out-of-range row can be fixed.
            current = {
                k: v
                for k, v in row._mapping.items()
                if k not in ("id", "person_id", "idempotency_key")
            }
            try:
                changed = EpisodeIn.model_validate({**current, **changes})
            except ValidationError as exc:
                raise CrampcareError(validation_message(exc)) from exc
            started = local_naive(changed.started_at)
            changed = changed.model_copy(update={"started_at": started})
            conn.execute(
                update(episodes)
                .where(episodes.c.id == episode_id)
                .values(sqliterows.episode_values(changed, person_id))
            )
            stored = Episode(id=episode_id, person_id=person_id, **changed.model_dump())
        return stored

    def delete_episode(self, episode_id: int, person_id: int = 1) -> None:
        """Delete an episode; NotFound if it does not exist."""
        with self.write() as conn:
            gone = conn.execute(
                delete(episodes).where(
                    episodes.c.id == known(episode_id), episodes.c.person_id == person_id
                )
            ).rowcount
        if not gone:
            raise NotFound(f"no episode with id {episode_id}")

    @guarded
    def episodes(
        self,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        person_id: int = 1,
        *,
        limit: int | None = None,
        offset: int = 0,
        after: tuple[datetime, int] | None = None,
        newest_first: bool = False,
        problems: list[str] | None = None,
    ) -> Records[Episode]:
        """Episodes by start; ``since``/``until`` inclusive (a date means the whole day).

        ``limit`` reads one page in the database, not the whole diary; the page
        starts after the episode whose (start, id) is ``after`` (keyset paging:
        stable while others write) or, for the pages of the web app, ``offset``
        rows in. A stored row that cannot be read is left out, named in
        ``problems`` (the diary's, unless another list is given) and counted in
        the result's ``skipped``.
        """
        rows.person(person_id)
        noted = self.problems if problems is None else problems
        start = None if since is None else rows.start_of(since)
        end: datetime | None = None
        inclusive = isinstance(until, datetime)
        if isinstance(until, datetime):
            end = until
        elif until is not None:
            end = rows.start_of(until + timedelta(days=1))
        if not self._sqlite:
            # One autocommit SELECT on psycopg's connection (diary/pgfast.py).
            sql = pgfast.page_query(
                episodes,
                since=start is not None,
                until=None if end is None else "<=" if inclusive else "<",
                after=after is not None,
                newest_first=newest_first,
                limit=limit is not None,
                offset=bool(offset),
            )
            when, last_id = after if after is not None else (None, None)
            found = pgfast.fetch(
                self.engine,
                sql,
                {"person": person_id, "since": start, "until": end, "after_when": when}
                | {"after_id": last_id, "limit": limit, "offset": offset},
            )
            return rows.pg_episodes(found, noted)
        with self.engine.connect() as conn:
            sql, params = sqlselect.episode_query(
                person_id,
                start,
                end,
                until_inclusive=inclusive,
                after=after,
                limit=limit,
                offset=offset,
                newest_first=newest_first,
            )
            return sqlread.episodes(self._raw(conn).execute(sql, params), noted)
