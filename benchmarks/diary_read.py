"""Benchmark: reading a diary through the store vs a raw ``fetchall`` of the same rows.

Target: ``Diary.episodes()`` + ``Diary.checkins()`` (records checked and built)
take at most 2x a plain sqlite3 ``SELECT * ... fetchall()`` of the same rows and
order, in the same run. Best of 7 each, the two taking turns (on a shared machine a
burst of load then falls on both, not on one). The ratio of CPU times (this process's,
best of the same runs) is printed too: on a loaded machine a wall-clock minimum is
often a lucky run of one side, a CPU time much less so.
Usage: .venv/bin/python benchmarks/diary_read.py [ROWS [RUNS]]
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from benchmarks.diary_import import generate
from crampcare.diary.importer import import_file
from crampcare.diary.store import Diary

TARGET = 2.0


def best_of_turns(
    first: Callable[[], object], second: Callable[[], object], runs: int = 7
) -> tuple[tuple[float, float], tuple[float, float]]:
    """(wall, CPU) of each, the best of ``runs`` turns."""
    times: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, took, used in zip((first, second), times, cpu, strict=True):
            began, began_cpu = time.perf_counter(), time.process_time()
            fn()
            took.append(time.perf_counter() - began)
            used.append(time.process_time() - began_cpu)
    return (min(times[0]), min(cpu[0])), (min(times[1]), min(cpu[1]))


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    with tempfile.TemporaryDirectory(prefix="crampcare-bench-") as tmp:
        folder = Path(tmp)
        generate(folder / "diary.csv", rows)
        db = folder / "diary.sqlite3"
        with Diary.open(db) as diary:
            import_file(diary, folder / "diary.csv")

        with closing(sqlite3.connect(db)) as conn, Diary.open(db) as diary:

            def raw() -> None:
                conn.execute(
                    "SELECT * FROM episodes WHERE person_id = 1 ORDER BY started_at, id"
                ).fetchall()
                conn.execute("SELECT * FROM checkins WHERE person_id = 1 ORDER BY day").fetchall()

            n = len(diary.episodes()) + len(diary.checkins())
            assert n == rows, n
            (base, base_cpu), (took, took_cpu) = best_of_turns(
                raw, lambda: (diary.episodes(), diary.checkins()), runs
            )
        ratio = took / base
        verdict = "OK" if ratio <= TARGET else "ABOVE TARGET"
        print(f"raw sqlite3 fetchall of {rows:,} rows: {base * 1000:.0f} ms")
        print(
            f"store read (checked records): {took * 1000:.0f} ms = {ratio:.2f}x the raw fetchall "
            f"(target <= {TARGET:g}x: {verdict})"
        )
        print(
            f"CPU: raw {base_cpu * 1000:.0f} ms, store {took_cpu * 1000:.0f} ms = "
            f"{took_cpu / base_cpu:.2f}x (load average {os.getloadavg()[0]:.1f})"
        )


if __name__ == "__main__":
    main()
