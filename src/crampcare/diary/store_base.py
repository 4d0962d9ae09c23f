"""What every part of the ``Diary`` shares: its engine, where it is, one write transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, Engine

from crampcare.diary.db import WRITE, sqlite_path
from crampcare.diary.guard import translated
from crampcare.diary.models import MAX_ID
from crampcare.errors import CrampcareError


class NotFound(CrampcareError):
    """No record with that id (for this person)."""


def known(episode_id: int) -> int:
    # Past the id range no episode can exist; asking PostgreSQL would overflow.
    if not 1 <= episode_id <= MAX_ID:
        raise NotFound(f"no episode with id {episode_id}")
    return episode_id


class DiaryBase:
    """The state the episode and check-in methods of ``Diary`` work on."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._writer = engine.execution_options(**{WRITE: True})
        self._sqlite = engine.dialect.name == "sqlite"
        #: Stored records the readers left out because they break today's limits
        #: (written by hand or by an older version); one line each, for the faces.
        self.problems: list[str] = []

    @cached_property
    def where(self) -> str:
        """The database location for messages (no password).

        Every write names it to its error translation (``guard.translated``), before
        any error: parsing the URL again for each cost a served log about 3 % of its
        database thread's time.
        """
        path = sqlite_path(self.url)
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (``BEGIN IMMEDIATE`` on SQLite); commits on success."""
        with translated(self.where), self._writer.begin() as conn:
            yield conn

    @staticmethod
    def _raw(conn: Connection) -> Any:
        # The driver's own connection: its rows come without SQLAlchemy's per-value
        # processing (``sqlread`` converts them, and survives values it cannot).
        raw = conn.connection.driver_connection
        assert raw is not None  # a live pooled connection
        return raw
