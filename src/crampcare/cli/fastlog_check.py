"""Before the table lets ``crampcare.fastlog`` answer ``log --now``, it must agree with the app.

The fast reader takes the options, places and limits from the Typer command and
the models, but its acknowledgement, its JSON and its row are its own code. So
when the table is built, a few ``log --now`` requests run through the real app
and through the fast reader, each into a fresh diary; if any output or stored
row differs (a reworded message, a new column), the table leaves ``log`` out and
the app answers it until the two agree again.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from crampcare import fastlog

PROBES: tuple[tuple[str, ...], ...] = (
    ("--now",),
    ("--now", "--json", "--no-woke"),
    (
        *("--now", "-w", "thigh", "-s", "left", "-i", "7", "-d", "90s", "--woke"),
        *("--did", "stretch, walk", "--helped", "walk", "--relief-min", "2.5", "--notes", "n"),
    ),
    ("--now", "--json", "--where", "toes", "--side", "both", "-i", "0", "--duration", "2m"),
)
_TIME = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?")


def agrees(spec: dict[str, Any]) -> bool:
    """Whether the fast reader prints and stores what the app does for every probe."""
    try:
        return _agrees(spec)
    except Exception:
        # No temporary folder, a diary that would not open: unproven, so the app answers
        # log (the stored help and now answers are still worth keeping).
        return False


def _agrees(spec: dict[str, Any]) -> bool:
    from crampcare.cli import inprocess
    from crampcare.diary.store import Diary

    with tempfile.TemporaryDirectory(prefix="crampcare-fastlog-") as folder:
        empty = Path(folder) / "empty.sqlite3"
        with Diary.open(empty):
            pass  # closed, so the file holds the whole schema: copies are current diaries
        for number, probe in enumerate(PROBES):
            slow_db, fast_db = (Path(folder) / f"{side}{number}.sqlite3" for side in "sf")
            for path in (slow_db, fast_db):
                shutil.copyfile(empty, path)
            done = inprocess.run(["log", *probe, "--db", str(slow_db)])
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                served = fastlog.serve([*probe, "--db", str(fast_db)], spec)
            if not served or done.code != 0:
                return False
            if _masked(done.stdout.decode("utf-8")) != _masked(out.getvalue()):
                return False
            if _rows(slow_db) != _rows(fast_db):
                return False
    return True


def _masked(text: str) -> str:
    # The two runs are moments apart: their times may differ, nothing else may.
    return _TIME.sub("<time>", text)


def _rows(path: Path) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        columns = [c[1] for c in conn.execute("PRAGMA table_info(episodes)")]
        typed = ", ".join(f"{c}, typeof({c})" for c in columns)
        rows = conn.execute(f"SELECT {typed} FROM episodes ORDER BY id").fetchall()
    return [tuple(_masked(v) if isinstance(v, str) else v for v in row) for row in rows]
