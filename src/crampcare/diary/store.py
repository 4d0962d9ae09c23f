"""The diary store: episodes and daily check-ins in SQLite (default) or PostgreSQL.

``Diary`` is the one interface the faces and the analysis use. Writes run in a
single transaction each (``BEGIN IMMEDIATE`` on SQLite); a bulk import is one
transaction, so it lands entirely or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from crampcare.diary import migrations, staging
from crampcare.diary.db import make_engine, resolve_url
from crampcare.diary.guard import DiaryBusy, guarded, translated
from crampcare.diary.sqlread import Records
from crampcare.diary.staging import ImportRow, ImportSummary
from crampcare.diary.store_base import NotFound
from crampcare.diary.store_checkins import CheckInMethods
from crampcare.diary.store_episodes import EpisodeMethods
from crampcare.diary.tables import checkins, episodes
from crampcare.errors import CrampcareError, validation_message

__all__ = [
    "Diary",
    "DiaryBusy",
    "ImportRow",
    "ImportSummary",
    "NotFound",
    "Records",
    "validation_message",
]


class Diary(EpisodeMethods, CheckInMethods):
    """A person's (or a clinic's) cramp diary. Open with ``Diary.open()``; use as a context.

    Its episode and check-in methods live in ``store_episodes`` and ``store_checkins``.
    """

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, url_or_path: str | Path | None = None, serving: bool = False) -> Diary:
        """Open (and create or migrate) the diary at a path or URL; default from settings.

        ``serving``: for a web app process (``db.make_engine``).
        """
        url = resolve_url(url_or_path)
        diary = cls(make_engine(url, serving), url)
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
