"""A throwaway PostgreSQL cluster on 127.0.0.1 that can be stopped and started again.

For the clinic load and fault runs (benchmarks/clinic_load.py, tests/deploy):
``initdb`` in a temporary folder, ``pg_ctl`` to start and stop it on the same
port, so an app pointed at it sees a real server go away and come back. As
root the cluster belongs to user ``postgres`` (``initdb`` refuses root).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType


def pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL binaries not found (install Debian's 'postgresql')")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    """``with PgCluster() as pg:`` a running server; ``pg.stop()``/``pg.start()`` mid-run."""

    def __init__(self, max_connections: int = 100) -> None:
        self.bindir = pg_bin()
        self.base = Path(tempfile.mkdtemp(prefix="crampcare-pgc-"))
        self.data, self.sock = self.base / "data", self.base / "sock"
        self.data.mkdir()
        self.sock.mkdir()
        if os.geteuid() == 0:
            for path in (self.base, self.data, self.sock):
                shutil.chown(path, "postgres")
        self.port = _free_port()
        self.max_connections = max_connections
        self._run(["initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync"])

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, cmd: list[str]) -> None:
        full = [str(self.bindir / cmd[0]), *cmd[1:]]
        if os.geteuid() == 0:
            full = ["runuser", "-u", "postgres", "--", *full]
        subprocess.run(full, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        # fsync stays on: the no-lost-writes check is about commits that really are durable.
        options = (
            f"-p {self.port} -h 127.0.0.1 -k {self.sock} -c max_connections={self.max_connections}"
        )
        log = str(self.base / "log")
        self._run(["pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start"])

    def stop(self, mode: str = "fast") -> None:
        """``fast``: roll back open transactions and drop every connection (a restart);
        ``immediate``: no clean shutdown at all (a crash)."""
        self._run(["pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop"])

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def close(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> PgCluster:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
