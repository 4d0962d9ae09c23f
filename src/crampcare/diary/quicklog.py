"""The 3 a.m. path: store one episode in a SQLite diary without importing SQLAlchemy.

``crampcare log --now`` must be done in well under half a second, and loading
SQLAlchemy alone costs about a third of that on a slow machine. This path
uses the store's connection settings (``sqliteconn``) and ``BEGIN IMMEDIATE``
and writes the same row (``sqliterows``). It only runs against an existing diary whose
schema is at the newest migration; anything else returns None and the caller
uses ``Diary`` (which creates, migrates or explains the problem).

``insert`` imports neither pydantic nor the models, so the command line's fast
path (``crampcare.fastlog``) can write through it before the CLI loads.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from crampcare.diary import sqliteconn
from crampcare.diary.migrations.head import HEAD
from crampcare.diary.sqliteconn import sqlite_file

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from crampcare.diary.models import EpisodeIn


class Busy(Exception):
    """Another writer held the diary past the busy timeout; nothing was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def add_episode(episode: EpisodeIn, url_or_path: str | Path | None = None) -> int | None:
    """Commit ``episode`` durably and return its id, or None to use the full store."""
    from crampcare.diary.sqliterows import INSERT_EPISODE, sqlite_episode

    try:
        return insert(url_or_path, INSERT_EPISODE, sqlite_episode(episode, 1))
    except Busy as exc:
        # The full store would only wait as long again: say so now.
        from crampcare.diary.guard import busy

        raise busy(str(exc.path)) from exc.__cause__


def insert(url_or_path: str | Path | None, sql: str, params: Sequence[object]) -> int | None:
    """Run one INSERT (``sqliterows.INSERT_EPISODE`` and its parameters) and return the new id.

    None when the diary is not an existing SQLite file at the newest migration
    (the caller uses the full store); ``Busy`` when another writer held it too long.
    """
    path = sqlite_file(url_or_path)
    if path is None or not path.is_file():
        return None
    # A diary made before files were private is tightened here as in the store.
    sqliteconn.make_private(path)
    try:
        conn = sqliteconn.connect(path)
    except sqlite3.Error as exc:
        if _busy(exc):
            raise Busy(path) from exc
        return None
    with closing(conn):
        try:
            conn.execute("BEGIN IMMEDIATE")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != HEAD:
                conn.execute("ROLLBACK")
                return None
            cursor = conn.execute(sql, tuple(params))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if _busy(exc):
                raise Busy(path) from exc
            return None
        return cursor.lastrowid


def _busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text
