"""The diary store: episodes and daily check-ins in SQLite (default) or PostgreSQL.

``Diary`` is the one interface the faces and the analysis use. Writes run in a
single transaction each (``BEGIN IMMEDIATE`` on SQLite); a bulk import is one
transaction, so it lands entirely or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, Row, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from crampcare.diary import bulk, migrations
from crampcare.diary.db import WRITE, make_engine, resolve_url, sqlite_path
from crampcare.diary.models import CheckIn, CheckInIn, Episode, EpisodeIn
from crampcare.diary.sqliterows import local_naive
from crampcare.diary.tables import CHECKIN_FIELDS, checkins, episodes
from crampcare.errors import CrampcareError

Record = EpisodeIn | CheckInIn
ImportRow = Record | tuple[int, Record]


class NotFound(CrampcareError):
    """No record with that id (for this person)."""


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote."""

    episodes: int
    checkins: int


def validation_message(exc: ValidationError) -> str:
    """A pydantic error as one plain line: ``field: reason; field: reason``."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "value"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


class Diary:
    """A person's (or a clinic's) cramp diary. Open with ``Diary.open()``; use as a context."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._writer = engine.execution_options(**{WRITE: True})

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
        with self._writer.begin() as conn:
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
        values = bulk.episode_values(episode, person_id)
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
        except IntegrityError:
            # Two servers raced on one key (PostgreSQL): the other one's row stands.
            if idempotency_key is None:
                raise
            with self.engine.connect() as conn:
                earlier = self._by_key(conn, idempotency_key, person_id)
            if earlier is None:
                raise
            return earlier
        assert key is not None  # a plain insert always has a primary key
        return Episode(id=key[0], person_id=person_id, **episode.model_dump())

    @staticmethod
    def _by_key(conn: Connection, idempotency_key: str, person_id: int) -> Episode | None:
        row = conn.execute(
            select(episodes).where(
                episodes.c.person_id == person_id,
                episodes.c.idempotency_key == idempotency_key,
            )
        ).first()
        return None if row is None else _episode(row)

    def get_episode(self, episode_id: int, person_id: int = 1) -> Episode:
        """One episode by id; NotFound if it does not exist."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(episodes).where(
                    episodes.c.id == episode_id, episodes.c.person_id == person_id
                )
            ).first()
        if row is None:
            raise NotFound(f"no episode with id {episode_id}")
        return _episode(row)

    def update_episode(
        self, episode_id: int, changes: Mapping[str, Any], person_id: int = 1
    ) -> Episode:
        """Change some fields of an episode; the result is validated like new input."""
        with self.write() as conn:
            row = conn.execute(
                select(episodes).where(
                    episodes.c.id == episode_id, episodes.c.person_id == person_id
                )
            ).first()
            if row is None:
                raise NotFound(f"no episode with id {episode_id}")
            current = _episode(row).model_dump(exclude={"id", "person_id"})
            try:
                changed = EpisodeIn.model_validate({**current, **changes})
            except ValidationError as exc:
                raise CrampcareError(validation_message(exc)) from exc
            started = local_naive(changed.started_at)
            changed = changed.model_copy(update={"started_at": started})
            conn.execute(
                update(episodes)
                .where(episodes.c.id == episode_id)
                .values(bulk.episode_values(changed, person_id))
            )
        return Episode(id=episode_id, person_id=person_id, **changed.model_dump())

    def delete_episode(self, episode_id: int, person_id: int = 1) -> None:
        """Delete an episode; NotFound if it does not exist."""
        with self.write() as conn:
            gone = conn.execute(
                delete(episodes).where(
                    episodes.c.id == episode_id, episodes.c.person_id == person_id
                )
            ).rowcount
        if not gone:
            raise NotFound(f"no episode with id {episode_id}")

    def episodes(
        self,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        person_id: int = 1,
    ) -> list[Episode]:
        """Episodes by start; ``since``/``until`` inclusive (a date means the whole day)."""
        query = select(episodes).where(episodes.c.person_id == person_id)
        if since is not None:
            query = query.where(episodes.c.started_at >= _start_of(since))
        if until is not None:
            if isinstance(until, datetime):
                query = query.where(episodes.c.started_at <= until)
            else:
                query = query.where(episodes.c.started_at < _start_of(until + timedelta(days=1)))
        query = query.order_by(episodes.c.started_at, episodes.c.id)
        with self.engine.connect() as conn:
            return [_episode(row) for row in conn.execute(query)]

    # -- check-ins -----------------------------------------------------------------------

    def set_checkin(self, checkin: CheckInIn, person_id: int = 1) -> CheckIn:
        """Store the check-in for its day, replacing any earlier one for that day."""
        with self.write() as conn:
            bulk.upsert_checkins(conn, [bulk.checkin_values(checkin, person_id)])
            new_id = conn.execute(
                select(checkins.c.id).where(
                    checkins.c.person_id == person_id, checkins.c.day == checkin.day
                )
            ).scalar_one()
        return CheckIn(id=new_id, person_id=person_id, **checkin.model_dump())

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

    def checkins(
        self, since: date | None = None, until: date | None = None, person_id: int = 1
    ) -> list[CheckIn]:
        """Check-ins by day, ``since``/``until`` inclusive."""
        query = select(checkins).where(checkins.c.person_id == person_id)
        if since is not None:
            query = query.where(checkins.c.day >= _day(since))
        if until is not None:
            query = query.where(checkins.c.day <= _day(until))
        with self.engine.connect() as conn:
            return [_checkin(row) for row in conn.execute(query.order_by(checkins.c.day))]

    # -- whole diary ---------------------------------------------------------------------

    def persons(self) -> list[int]:
        """Every person with at least one record."""
        with self.engine.connect() as conn:
            ids = set(conn.execute(select(episodes.c.person_id).distinct()).scalars())
            ids |= set(conn.execute(select(checkins.c.person_id).distinct()).scalars())
        return sorted(ids)

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
        """Write many records in ONE transaction: all of them, or none if anything fails.

        ``rows`` may be a generator that raises at the end (e.g. after reporting every
        bad line of a file); the exception rolls the whole import back. A row may be a
        ``(person_id, record)`` pair to import several people's diaries at once.
        Check-ins replace an existing check-in for the same person and day.
        """
        with self.write() as conn:
            return bulk.write_rows(conn, rows, person_id, progress, batch_size)


def _start_of(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time())


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _episode(row: Row[Any]) -> Episode:
    data = dict(row._mapping)
    data.pop("idempotency_key", None)
    return Episode.model_validate(data)


def _checkin(row: Row[Any]) -> CheckIn:
    data = dict(row._mapping)
    return CheckIn.model_validate({k: data[k] for k in ("id", *CHECKIN_FIELDS)})
