"""One-statement PostgreSQL calls on the driver's own connection, for a served app's hot paths.

A clinic's phones log an episode, and every request of theirs looks up its
session: each is one statement, run hundreds of times a second. Through
SQLAlchemy's Connection each cost about 0.6 ms of CPU (checkout events,
execution context, result wrapping); on psycopg's connection, borrowed from
the same pool, about 0.17 ms. The statements are still built by SQLAlchemy
from the table definitions (compiled once), and psycopg prepares them on the
server after a few uses. Autocommit: one statement is all-or-nothing by itself
and needs no BEGIN and COMMIT round trips. Errors come out as SQLAlchemy's, so
``diary.guard.translated`` reads them as it reads any other.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import JSON, Engine, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement


@cache
def dialect() -> Any:
    """PostgreSQL's dialect, made once (imported on first use: a SQLite diary, which
    imports this module, never needs it; its import is a twentieth of a server's start)."""
    from sqlalchemy.dialects.postgresql import psycopg as pg_psycopg

    return pg_psycopg.dialect()  # type: ignore[no-untyped-call]


@cache
def _json_columns(table: Table) -> frozenset[str]:
    return frozenset(c.name for c in table.columns if isinstance(c.type, JSON))


def compiled(statement: ClauseElement, keys: tuple[str, ...] = ()) -> str:
    """The statement's PostgreSQL text with ``%(name)s`` parameters (for psycopg)."""
    return str(statement.compile(dialect=dialect(), column_keys=list(keys)))


def params(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` as psycopg takes them: JSON columns wrapped, as SQLAlchemy would dump them."""
    from psycopg.types.json import Json

    json_cols = _json_columns(table)
    return {k: Json(v) if k in json_cols else v for k, v in values.items()}


def _as_sqlalchemy(exc: Exception, invalidated: bool = False) -> DBAPIError:
    import psycopg

    wrapped = DBAPIError.instance(
        None, None, exc, psycopg.Error, hide_parameters=True, connection_invalidated=invalidated
    )
    assert isinstance(wrapped, DBAPIError)  # what it makes of any DB-API error
    return wrapped


@contextmanager
def autocommit(engine: Engine) -> Iterator[Any]:
    """A pooled connection's psycopg connection in autocommit mode, back to the pool after."""
    import psycopg

    try:
        # A new connection's failure (the server is down) comes as the driver's own.
        pooled = engine.raw_connection()
    except psycopg.Error as exc:
        raise _as_sqlalchemy(exc) from exc
    raw = pooled.driver_connection
    assert raw is not None  # a live pooled connection
    try:
        raw.autocommit = True
        yield raw
    except psycopg.Error as exc:
        gone = raw.closed or raw.broken
        if gone:
            # As SQLAlchemy does on a lost connection: the server went away, so every
            # pooled connection is as dead as this one; the next checkouts open new ones
            # instead of each failing one more request.
            engine.pool._invalidate(pooled, exc)
        raise _as_sqlalchemy(exc, gone) from exc
    finally:
        if not raw.closed and not raw.broken:
            raw.autocommit = False  # the pool's other users expect transactions
        pooled.close()


# -- the served app's other hot paths: a check-in, and one page of a list -------------


@cache
def _checkin_upsert() -> str:
    from sqlalchemy.dialects.postgresql import insert

    from crampcare.diary.sqliterows import CHECKIN_COLUMNS
    from crampcare.diary.tables import checkins

    stmt = insert(checkins)
    replace = {name: stmt.excluded[name] for name in CHECKIN_COLUMNS if name != "person_id"}
    upsert = stmt.on_conflict_do_update(index_elements=["person_id", "day"], set_=replace)
    return compiled(upsert.returning(checkins.c.id), CHECKIN_COLUMNS)


def upsert_checkin(engine: Engine, values: Mapping[str, Any]) -> int:
    """Store a day's check-in, replacing that day's, in one statement; its id.

    (Was: the upsert, a SELECT of the id and a COMMIT, three round trips.)
    """
    from crampcare.diary.tables import checkins

    with autocommit(engine) as raw:
        row = raw.execute(_checkin_upsert(), params(checkins, values)).fetchone()
    assert row is not None  # an upsert always returns its row
    return int(row[0])


@cache
def page_query(
    table: Table,
    *,
    since: bool,
    until: str | None,
    after: bool,
    newest_first: bool,
    limit: bool,
    offset: bool,
) -> str:
    """One person's rows of ``table`` in key order, for one shape of request (compiled once).

    ``until`` is ``"<"``, ``"<="`` or None; the key is (started_at, id) for
    episodes and the day for check-ins. Parameters: ``person``, ``since``,
    ``until``, ``after`` (the key, as a tuple), ``limit``, ``offset``.
    """
    from sqlalchemy import bindparam, select, tuple_

    episodes = "started_at" in table.c
    when = table.c.started_at if episodes else table.c.day
    key = tuple_(when, table.c.id) if episodes else when
    query = select(table).where(table.c.person_id == bindparam("person"))
    if since:
        query = query.where(when >= bindparam("since"))
    if until == "<":
        query = query.where(when < bindparam("until"))
    elif until == "<=":
        query = query.where(when <= bindparam("until"))
    if after:
        bound = tuple_(bindparam("after_when"), bindparam("after_id")) if episodes else None
        mark = bound if bound is not None else bindparam("after_when")
        query = query.where(key < mark if newest_first else key > mark)
    order = [when, table.c.id] if episodes else [when]
    query = query.order_by(*(c.desc() for c in order) if newest_first else order)
    if limit:
        query = query.limit(bindparam("limit"))
    if offset:
        query = query.offset(bindparam("offset"))
    return compiled(query)


def fetch(engine: Engine, sql: str, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """Rows (tuples, in the SELECT's column order) of one autocommit SELECT.

    No BEGIN and no ROLLBACK after; ``diary.rows`` builds them into records.
    """
    with autocommit(engine) as raw:
        found: list[tuple[Any, ...]] = raw.execute(sql, values).fetchall()
    return found
