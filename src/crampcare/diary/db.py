"""Where the diary lives and how we talk to it: URL resolution, engines, write transactions.

SQLite is the default: one file, WAL journal, ``synchronous=FULL`` so a commit
that returned is on disk, and every write inside ``BEGIN IMMEDIATE`` so two
writers queue on the busy timeout instead of failing half-way. A
``postgresql://`` URL selects PostgreSQL through psycopg 3.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError

from crampcare.diary import sqliteconn
from crampcare.errors import CrampcareError
from crampcare.extras import require

DEFAULT_FILE = sqliteconn.DEFAULT_FILE
# Execution option that marks a connection's transactions as writes.
WRITE = "crampcare_write"


def resolve_url(url_or_path: str | Path | None = None) -> str:
    """A database URL from a path, a URL, ``CRAMPCARE_DB`` or the default file."""
    from crampcare import settings

    if url_or_path is not None and not str(url_or_path).strip():
        raise CrampcareError("--db is empty: give a file path or a postgresql:// URL")
    value = str(url_or_path) if url_or_path else settings.get("db")
    if not value:
        return f"sqlite:///{settings.data_dir() / DEFAULT_FILE}"
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases or memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


#: A served app process's PostgreSQL pool: the clinic runs 2 workers on a few cores, and
#: more connections than this only add contention (PostgreSQL's default allows 100).
#: The web app's database lane (web/heavy.py) uses at most ``pool_size`` at once; the
#: overflow is for the few calls outside it (signing in, account pages, readiness).
SERVER_POOL = {"pool_size": 8, "max_overflow": 8, "pool_timeout": 30}


def make_engine(url: str, serving: bool = False) -> Engine:
    """An engine with crampcare's durability settings; bad URLs raise CrampcareError.

    ``serving``: for a long-running web app process (a sized pool, no ping before
    each use; see below).
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise CrampcareError(f"not a database URL or path: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is None:
            raise CrampcareError(
                "an in-memory diary keeps nothing once the command ends: "
                "give a file path or a postgresql:// URL"
            )
        if path.is_dir():
            raise CrampcareError(f"{path} is a folder, not a diary database file")
        _refuse_other_files(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            sqliteconn.create_private(path)
        except OSError as exc:
            raise CrampcareError(f"cannot create the diary {path}: {exc.strerror or exc}") from exc
        engine = create_engine(
            url, connect_args={"timeout": sqliteconn.BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
        )
        _sqlite_discipline(engine)
        return engine
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        if parsed.drivername == "postgresql+psycopg":
            require("psycopg", "postgres")
        try:
            # A ping is a round trip before every use: as much as the write itself
            # once that is one statement. A served app skips it: a connection the
            # server dropped fails its request with a 503 (the client retries, with
            # its Idempotency-Key) and the pool discards every connection as old.
            pool = dict(SERVER_POOL, pool_pre_ping=False) if serving else {"pool_pre_ping": True}
            return create_engine(
                parsed,
                connect_args={"connect_timeout": 5},
                # Bound parameters are diary notes and times: keep them out of errors and logs.
                hide_parameters=True,
                **pool,
            )
        except ImportError as exc:  # another driver named in the URL (postgresql+asyncpg)
            raise CrampcareError(f"cannot use {parsed.drivername}: {exc}") from exc
    raise CrampcareError(
        f"unsupported database {backend!r}: use a SQLite path or postgresql:// URL"
    )


def _refuse_other_files(path: Path) -> None:
    # Before anything touches the file (create_private tightens its mode): a --db
    # pointing at /etc/passwd or a notes file is refused as it is.
    if not path.exists():
        return
    if not path.is_file():
        raise CrampcareError(f"{path} is not a diary database file")
    try:
        is_sqlite = sqliteconn.looks_like_sqlite(path)
    except OSError as exc:
        raise CrampcareError(f"cannot open the diary file {path}: {exc.strerror or exc}") from exc
    if not is_sqlite:
        raise CrampcareError(f"{path} is not a crampcare diary (not a SQLite database)")


def _sqlite_discipline(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # The same settings as every other connection to the diary; we issue BEGIN.
        sqliteconn.configure(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
