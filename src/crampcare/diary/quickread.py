"""``report``'s reader: one person's whole diary from SQLite without importing SQLAlchemy.

The reading twin of ``quicklog``: importing SQLAlchemy is a fifth of a second,
about half of a whole report. Rows are built by ``sqlread`` (damaged ones left
out and named); anything unsure returns None and the caller opens ``Diary``.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from crampcare.diary import sqliteconn
from crampcare.diary.records import MAX_ID, CheckIn, Episode
from crampcare.diary.sqlread import Records, checkins, episodes
from crampcare.diary.sqlselect import checkin_query, episode_query


def read_whole(
    path: Path, person_id: int, since: date | None, problems: list[str]
) -> tuple[Records[Episode], Records[CheckIn]] | None:
    """One person's episodes and check-ins from a SQLite diary at the newest schema.

    None when it cannot be sure (no such file, another schema version, not a
    database): the caller then opens the full store, which migrates or explains.
    """
    from crampcare.diary.migrations.head import HEAD

    if not path.is_file() or not 1 <= person_id <= MAX_ID:
        return None
    sqliteconn.make_private(path)
    try:
        conn = sqliteconn.connect(path)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for both tables
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != HEAD:
            return None
        start = None if since is None else datetime.combine(since, datetime.min.time())
        sql, params = episode_query(person_id, since=start)
        eps = episodes(conn.execute(sql, params), problems)
        sql, params = checkin_query(person_id, since=since)
        cis = checkins(conn.execute(sql, params), problems)
        conn.execute("COMMIT")
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return eps, cis
