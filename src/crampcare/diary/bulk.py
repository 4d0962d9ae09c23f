"""The check-in upsert (rows come from ``sqliterows``; the import's batches from ``staging``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite

from crampcare.diary.sqliterows import CHECKIN_COLUMNS
from crampcare.diary.tables import checkins


def upsert_checkins(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert check-ins; one already stored for the same person and day is replaced."""
    if not rows:
        return
    dialect = conn.dialect.name
    if dialect == "postgresql":
        # Imported here: a SQLite diary never needs PostgreSQL's dialect.
        from sqlalchemy.dialects import postgresql

        stmt: Any = postgresql.insert(checkins)
    elif dialect == "sqlite":
        stmt = sqlite.insert(checkins)
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(dialect)
    replace = {name: stmt.excluded[name] for name in CHECKIN_COLUMNS if name != "person_id"}
    stmt = stmt.on_conflict_do_update(index_elements=["person_id", "day"], set_=replace)
    conn.execute(stmt, list(rows))
