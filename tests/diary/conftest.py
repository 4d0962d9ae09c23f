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
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from crampcare.diary.store import Diary


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.fail(
            "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin "
            "(install the 'postgresql' package; the storage contract tests need it)"
        )
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A running PostgreSQL server; yields the admin URL (database ``postgres``)."""
    bindir = _pg_bin()
    # Not under pytest's tmp folder: that one is private to root and postgres must enter it.
    base = Path(tempfile.mkdtemp(prefix="crampcare-pg-"))
    data, sock = base / "data", base / "sock"
    data.mkdir()
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(data, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()

    def run(cmd: list[str]) -> None:
        subprocess.run(_as_owner(cmd), check=True, capture_output=True, text=True, timeout=120)

    run([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync"])
    options = f"-p {port} -h 127.0.0.1 -k {sock} -F"
    log = str(base / "log")
    run([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", log, "-w", "start"])
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(base, ignore_errors=True)


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
