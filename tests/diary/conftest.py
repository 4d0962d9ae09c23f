"""Diary fixtures: a real PostgreSQL server for the session, and a diary per backend.

The server is started from the system's PostgreSQL binaries (``initdb`` +
``pg_ctl``) in a temporary folder on a free port of 127.0.0.1 and stopped at the
end. No binaries is a failure, not a skip: CI installs PostgreSQL. ``initdb``
refuses to run as root, so as root the cluster belongs to user ``postgres``.
"""

from __future__ import annotations

import glob
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.pgserver import postgres_server

from crampcare.diary.store import Diary


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.fail(
            "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin "
            "(install the 'postgresql' package; the storage contract tests need it)"
        )
    return Path(found[-1]).parent


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A running PostgreSQL server; yields the admin URL (database ``postgres``)."""
    _pg_bin()  # no binaries: a failure that says what to install
    with postgres_server(prefix="crampcare-pg-") as url:
        yield url


_counter = itertools.count()


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A fresh, empty PostgreSQL database on the session's server."""
    import psycopg

    name = f"diary_{os.getpid()}_{next(_counter)}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return pg_server.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same contract, two backends: a SQLite file, and a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "diary.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def diary(db_url: str) -> Iterator[Diary]:
    with Diary.open(db_url) as opened:
        yield opened
