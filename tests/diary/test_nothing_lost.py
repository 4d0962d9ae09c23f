"""Nothing acknowledged is ever lost: SIGKILL a logging process at random moments.

A child process logs episodes in a loop and prints each id only after the
store returned (the acknowledgement). We kill it mid-stream, several rounds,
through both write paths (the SQLAlchemy store and the quick ``log --now``
path), then check that every printed id is in the diary and that SQLite's
integrity check passes.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from crampcare.diary.store import Diary

CHILD = """
import sys
from datetime import datetime, timedelta
from crampcare.diary.models import EpisodeIn

mode, path = sys.argv[1], sys.argv[2]
if mode == "store":
    from crampcare.diary.store import Diary
    diary = Diary.open(path)
    def add(ep):
        return diary.add_episode(ep).id
else:
    from crampcare.diary import quicklog
    def add(ep):
        return quicklog.add_episode(ep, path)
print("ready", flush=True)
i = 0
while True:
    i += 1
    ep = EpisodeIn(started_at=datetime(2026, 1, 1) + timedelta(seconds=i), intensity=i % 11,
                   notes="x" * (i % 700), actions=["stretch"] * (i % 3))
    print(add(ep), flush=True)
"""


def _round(mode: str, path: Path, rng: random.Random) -> list[int]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, mode, str(path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "ready":
                ready.set()
            else:
                lines.append(line.strip())

    reader = threading.Thread(target=read)
    reader.start()
    assert ready.wait(30), "the logging process did not start"
    time.sleep(rng.uniform(0.05, 0.6))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    reader.join(10)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return [int(line) for line in lines if line]


@pytest.mark.slow
def test_every_acknowledged_episode_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    Diary.open(path).close()
    rng = random.Random(int(os.environ.get("CRAMPCARE_KILL_SEED", "20261121")))
    acknowledged: list[int] = []
    deadline = time.monotonic() + 30
    for mode in ["store", "quick"] * 4:
        acknowledged += _round(mode, path, rng)
        if time.monotonic() > deadline:
            break
    assert len(acknowledged) > 8, "too few writes to mean anything"
    assert len(set(acknowledged)) == len(acknowledged)
    with Diary.open(path) as diary:
        stored = {e.id for e in diary.episodes()}
    assert set(acknowledged) <= stored
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
