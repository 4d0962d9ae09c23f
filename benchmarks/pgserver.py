"""A throwaway PostgreSQL server (for benchmarks, and the tests' session server in
tests/diary/conftest.py), and a simulated clinic copied into it.

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
from datetime import date
from pathlib import Path

import numpy as np

from crampcare.analysis.factors import RULES
from crampcare.analysis.nights import DAY_MIN, DiaryColumns
from crampcare.diary.models import FACTORS
from crampcare.diary.store import Diary


def _as_owner(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def postgres_server(prefix: str = "crampcare-bench-pg-") -> Iterator[str]:
    """Start a server on a free local port; yields the admin URL (database ``postgres``).

    Its folder is not under pytest's tmp folder: that one is private to root and
    postgres must enter it.
    """
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise SystemExit("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin")
    bindir = Path(found[-1]).parent
    base = Path(tempfile.mkdtemp(prefix=prefix))
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


def fill_postgres(url: str, cols: DiaryColumns) -> None:
    """The simulated records into the diary schema on PostgreSQL, by COPY."""
    import psycopg

    Diary.open(url).close()
    names = [r.name for r in RULES]
    kinds = [FACTORS[n][0] for n in names]
    values = [cols.factors[n].tolist() for n in names]
    day_text = {int(d): date.fromordinal(int(d)) for d in np.unique(cols.day)}
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
        with conn.cursor() as cur:
            copy_ci = (
                f"COPY checkins (person_id, day, {', '.join(names)}, custom, notes) FROM STDIN"
            )
            with cur.copy(copy_ci) as copy:
                for i, (p, d) in enumerate(
                    zip(cols.person.tolist(), cols.day.tolist(), strict=True)
                ):
                    row = [
                        None if v[i] != v[i] else k(v[i])
                        for v, k in zip(values, kinds, strict=True)
                    ]
                    copy.write_row((p + 1, day_text[d], *row, "{}", ""))
            day, minute = np.divmod(cols.ep_start, DAY_MIN)
            copy_ep = (
                "COPY episodes (person_id, started_at, location, side, woke, actions, helped, "
                "notes) FROM STDIN"
            )
            with cur.copy(copy_ep) as copy:
                for p, d, m in zip(
                    cols.ep_person.tolist(), day.tolist(), minute.tolist(), strict=True
                ):
                    stamp = f"{date.fromordinal(d).isoformat()} {m // 60:02d}:{m % 60:02d}:00"
                    copy.write_row((p + 1, stamp, "calf", "none", True, "[]", "[]", ""))
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")
