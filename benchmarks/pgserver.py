"""A throwaway PostgreSQL server for benchmarks (as tests/diary/conftest.py starts one).

``initdb`` refuses to run as root, so as root the cluster belongs to user ``postgres``.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _as_owner(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a server on a free local port; yields the admin URL (database ``postgres``)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise SystemExit("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin")
    bindir = Path(found[-1]).parent
    base = Path(tempfile.mkdtemp(prefix="crampcare-bench-pg-"))
    data, sock = base / "data", base / "sock"
    for folder in (data, sock):
        folder.mkdir()
    if os.geteuid() == 0:
        for folder in (base, data, sock):
            shutil.chown(folder, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])

    def run(cmd: list[str]) -> None:
        subprocess.run(_as_owner(cmd), check=True, capture_output=True, text=True, timeout=300)

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
