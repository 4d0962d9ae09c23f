"""The diary store: episodes and daily check-ins in SQLite (default) or PostgreSQL.

``Diary`` is the one interface the faces and the analysis use. Writes run in a
single transaction each (``BEGIN IMMEDIATE`` on SQLite); a bulk import is one
transaction, so it lands entirely or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, delete, func, insert, select, tuple_, update
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from crampcare.diary import bulk, migrations, rows, sqliterows, sqlread, staging
from crampcare.diary.db import WRITE, make_engine, resolve_url, sqlite_path
from crampcare.diary.guard import DiaryBusy, guarded, translated
from crampcare.diary.models import MAX_ID, CheckIn, CheckInIn, Episode, EpisodeIn
from crampcare.diary.sqliterows import local_naive
from crampcare.diary.sqlread import Records
from crampcare.diary.staging import ImportRow, ImportSummary
from crampcare.diary.tables import checkins, episodes
from crampcare.errors import CrampcareError, validation_message

T = TypeVar("T")


__all__ = [
    "Diary",
    "DiaryBusy",
    "ImportRow",
    "ImportSummary",
    "NotFound",
    "Records",
    "validation_message",
]


class NotFound(CrampcareError):
    """No record with that id (for this person)."""


def _known(episode_id: int) -> int:
    # Past the id range no episode can exist; asking PostgreSQL would overflow.
    if not 1 <= episode_id <= MAX_ID:
        raise NotFound(f"no episode with id {episode_id}")
    return episode_id


class Diary:
    """A person's (or a clinic's) cramp diary. Open with ``Diary.open()``; use as a context."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._writer = engine.execution_options(**{WRITE: True})
        self._sqlite = engine.dialect.name == "sqlite"
        #: Stored records the readers left out because they break today's limits
        #: (written by hand or by an older version); one line each, for the faces.
        self.problems: list[str] = []

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, url_or_path: str | Path | None = None) -> Diary:
        """Open (and create or migrate) the diary at a path or URL; default from settings."""
        url = resolve_url(url_or_path)
        diary = cls(make_engine(url), url)
        try:
            diary._prepare()
        except BaseException:
            diary.close()
            raise
        return diary

    def _prepare(self) -> None:
        try:
            with self.engine.connect() as conn:
                revision = migrations.current_revision(conn)
            if revision != migrations.HEAD:
                with self._writer.begin() as conn:
                    if migrations.current_revision(conn) != migrations.HEAD:
                        migrations.upgrade(conn)
        except DBAPIError as exc:
            raise CrampcareError(self._describe(exc)) from exc
        except SQLAlchemyError as exc:
            raise CrampcareError(f"cannot open the diary {self.where}: {exc}") from exc
        except Exception as exc:
            if type(exc).__module__.startswith("alembic"):
                raise CrampcareError(
                    f"the diary {self.where} has an unknown schema version "
                    f"(written by a newer crampcare?): {exc}"
                ) from exc
            raise

    @property
    def where(self) -> str:
        """The database location for messages (no password)."""
        path = sqlite_path(self.url)
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    def _describe(self, exc: DBAPIError) -> str:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if self.engine.dialect.name == "sqlite":
            if "not a database" in reason or "malformed" in reason:
                return f"{self.where} is not a crampcare diary (not a SQLite database)"
            return f"cannot open the diary file {self.where}: {reason}"
        return f"cannot reach the diary database {self.where}: {reason}"

    def close(self) -> None:
        """Release connections (the file stays consistent whether or not this runs)."""
        self.engine.dispose()

    def __enter__(self) -> Diary:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (``BEGIN IMMEDIATE`` on SQLite); commits on success."""
        with translated(self.where), self._writer.begin() as conn:
            yield conn

    # -- episodes ------------------------------------------------------------------------

    def add_episode(
        self, episode: EpisodeIn, person_id: int = 1, idempotency_key: str | None = None
    ) -> Episode:
        """Store one episode; when this returns, the episode is durably committed.

        With an ``idempotency_key`` already used by this person, nothing is written
        and the episode stored the first time is returned: a client that never saw
        the answer (a phone losing its signal) can safely send the same entry again.
        """
        values = sqliterows.episode_values(episode, person_id)
        episode = episode.model_copy(update={"started_at": values["started_at"]})
        if idempotency_key is not None:
            values["idempotency_key"] = idempotency_key
        try:
            with self.write() as conn:
                if idempotency_key is not None:
                    earlier = self._by_key(conn, idempotency_key, person_id)
                    if earlier is not None:
                        return earlier
                key = conn.execute(insert(episodes).values(values)).inserted_primary_key
                assert key is not None  # a plain insert always has a primary key
                # Built before the commit: if this fails, nothing was stored.
                stored = Episode(id=key[0], person_id=person_id, **episode.model_dump())
        except IntegrityError:
            # Two servers raced on one key (PostgreSQL): the other one's row stands.
            if idempotency_key is None:
                raise
            with self.engine.connect() as conn:
                earlier = self._by_key(conn, idempotency_key, person_id)
            if earlier is None:
                raise
            return earlier
        return stored

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
                    episodes.c.id == _known(episode_id), episodes.c.person_id == person_id
                )
            ).first()
        if row is None:
            raise NotFound(f"no episode with id {episode_id}")
        try:
            return rows.episode(row)
        except ValidationError:
            data = dict(row._mapping)
            data.pop("idempotency_key", None)
            return Episode.model_construct(**data)

    def update_episode(
        self, episode_id: int, changes: Mapping[str, Any], person_id: int = 1
    ) -> Episode:
        """Change some fields of an episode; the result is validated like new input."""
        with self.write() as conn:
            row = conn.execute(
                select(episodes).where(
                    episodes.c.id == _known(episode_id), episodes.c.person_id == person_id
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
                    episodes.c.id == _known(episode_id), episodes.c.person_id == person_id
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
    ) -> Records[Episode]:
        """Episodes by start; ``since``/``until`` inclusive (a date means the whole day).

        ``limit`` reads one page in the database, not the whole diary; the page
        starts after the episode whose (start, id) is ``after`` (keyset paging:
        stable while others write) or, for the pages of the web app, ``offset``
        rows in. A stored row that cannot be read is left out, named in
        ``problems`` and counted in the result's ``skipped``.
        """
        rows.person(person_id)
        start = None if since is None else rows.start_of(since)
        end: datetime | None = None
        inclusive = isinstance(until, datetime)
        if isinstance(until, datetime):
            end = until
        elif until is not None:
            end = rows.start_of(until + timedelta(days=1))
        with self.engine.connect() as conn:
            if self._sqlite:
                sql, params = sqlread.episode_query(
                    person_id,
                    start,
                    end,
                    until_inclusive=inclusive,
                    after=after,
                    limit=limit,
                    offset=offset,
                    newest_first=newest_first,
                )
                return sqlread.episodes(self._raw(conn).execute(sql, params), self.problems)
            query = select(episodes).where(episodes.c.person_id == person_id)
            if start is not None:
                query = query.where(episodes.c.started_at >= start)
            if end is not None:
                column = episodes.c.started_at
                query = query.where(column <= end if inclusive else column < end)
            key = tuple_(episodes.c.started_at, episodes.c.id)
            if after is not None:
                query = query.where(key < tuple_(*after) if newest_first else key > tuple_(*after))
            if newest_first:
                query = query.order_by(episodes.c.started_at.desc(), episodes.c.id.desc())
            else:
                query = query.order_by(episodes.c.started_at, episodes.c.id)
            query = query.limit(limit).offset(offset or None)
            found = conn.execute(query)
            return rows.readable(found, rows.episode, "episode {id}", self.problems)

    @staticmethod
    def _raw(conn: Connection) -> Any:
        # The driver's own connection: its rows come without SQLAlchemy's per-value
        # processing (``sqlread`` converts them, and survives values it cannot).
        raw = conn.connection.driver_connection
        assert raw is not None  # a live pooled connection
        return raw

    # -- check-ins -----------------------------------------------------------------------

    def set_checkin(self, checkin: CheckInIn, person_id: int = 1) -> CheckIn:
        """Store the check-in for its day, replacing any earlier one for that day."""
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
    ) -> Records[CheckIn]:
        """Check-ins by day, ``since``/``until`` inclusive; paging and damage as episodes."""
        rows.person(person_id)
        first = None if since is None else rows.as_day(since)
        last = None if until is None else rows.as_day(until)
        with self.engine.connect() as conn:
            if self._sqlite:
                sql, params = sqlread.checkin_query(
                    person_id,
                    first,
                    last,
                    after=after,
                    limit=limit,
                    offset=offset,
                    newest_first=newest_first,
                )
                return sqlread.checkins(self._raw(conn).execute(sql, params), self.problems)
            query = select(checkins).where(checkins.c.person_id == person_id)
            if first is not None:
                query = query.where(checkins.c.day >= first)
            if last is not None:
                query = query.where(checkins.c.day <= last)
            if after is not None:
                query = query.where(
                    checkins.c.day < after if newest_first else checkins.c.day > after
                )
            order = checkins.c.day.desc() if newest_first else checkins.c.day
            found = conn.execute(query.order_by(order).limit(limit).offset(offset or None))
            return rows.readable(found, rows.checkin, "the check-in of {day}", self.problems)

    # -- whole diary ---------------------------------------------------------------------

    @guarded
    def persons(self) -> list[int]:
        """Every person with at least one record."""
        with self.engine.connect() as conn:
            ids = set(conn.execute(select(episodes.c.person_id).distinct()).scalars())
            ids |= set(conn.execute(select(checkins.c.person_id).distinct()).scalars())
        return sorted(ids)

    @guarded
    def counts(self, person_id: int = 1) -> tuple[int, int]:
        """(episodes, check-ins) stored for a person."""
        with self.engine.connect() as conn:
            n_ep = conn.execute(
                select(func.count()).where(episodes.c.person_id == person_id)
            ).scalar_one()
            n_ci = conn.execute(
                select(func.count()).where(checkins.c.person_id == person_id)
            ).scalar_one()
        return int(n_ep), int(n_ci)

    def import_rows(
        self,
        rows: Iterable[ImportRow],
        person_id: int = 1,
        progress: Callable[[int], None] | None = None,
        batch_size: int = 5000,
    ) -> ImportSummary:
        """Write many records: all of them, or none if anything fails.

        The rows go in short transactions into a private staging table, then one quick
        transaction publishes them (``staging``), so a long import never makes a
        3 a.m. ``log`` wait. ``rows`` may be a generator that raises at the end (e.g.
        after reporting every bad line of a file); then nothing is published. A row
        may be a ``(person_id, record)`` pair to import several people's diaries at
        once. Check-ins replace an existing check-in for the same person and day.
        """
        with translated(self.where), self.engine.connect() as conn:
            return staging.import_rows(conn, rows, person_id, progress, batch_size)
