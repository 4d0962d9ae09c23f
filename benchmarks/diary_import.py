"""Benchmark: import a 1,000,000-row diary CSV: >= 50 % of a raw executemany's rate, all-or-nothing.

Generates the CSV in a temporary folder, then measures in the same run:
  1. ``import_file`` into a fresh SQLite diary (every row validated, one transaction);
  2. the same file with one bad row at the very end: must fail and leave the diary empty;
  3. a baseline: plain ``csv.reader`` + sqlite3 ``executemany`` of the raw cells into the
     same tables, same pragmas, one transaction, no validation at all.
Each figure is printed beside its same-run baseline as a ratio, with the peak memory
the import added (it streams: the figure should not grow with the file).
Usage: .venv/bin/python benchmarks/diary_import.py [ROWS]
"""

from __future__ import annotations

import csv
import random
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

from crampcare.diary.csvio import COLUMNS
from crampcare.diary.importer import ImportFailed, import_file
from crampcare.diary.store import Diary

TARGET_SHARE = 0.5  # of the raw executemany rate, same run
LOCATIONS = ("calf", "calf", "calf", "foot", "toes", "thigh_back")
SIDES = ("left", "right", "both", "none")


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """A diary CSV: one check-in per day and about thirteen episodes per check-in day.

    A check-in every 14th row keeps a million rows' days (71,429) inside the
    diary's accepted dates, 1900-01-01 .. 2100-12-31.
    """
    rng = random.Random(seed)
    index = {name: i for i, name in enumerate(COLUMNS)}
    start = date(1900, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        day = 0
        written = 0
        while written < rows:
            cells = [""] * len(COLUMNS)
            if written % 14 == 0:
                cells[index["record"]] = "checkin"
                cells[index["day"]] = (start + timedelta(days=day)).isoformat()
                cells[index["caffeine_cups"]] = str(rng.randint(0, 5))
                cells[index["heat"]] = rng.choice(("yes", "no"))
                cells[index["fluids_l"]] = str(rng.choice((1, 1.5, 2, 2.5)))
                day += 1
            else:
                moment = datetime.combine(start + timedelta(days=day), datetime.min.time())
                moment += timedelta(minutes=rng.randint(0, 24 * 60 - 1))
                cells[index["record"]] = "episode"
                cells[index["started_at"]] = moment.isoformat(timespec="seconds")
                cells[index["location"]] = rng.choice(LOCATIONS)
                cells[index["side"]] = rng.choice(SIDES)
                cells[index["intensity"]] = str(rng.randint(0, 10))
                cells[index["woke"]] = rng.choice(("yes", "no"))
                cells[index["actions"]] = "stretch; walk"
                cells[index["minutes_to_relief"]] = str(rng.randint(1, 10))
            writer.writerow(cells)
            written += 1


def baseline(path: Path, db: Path) -> float:
    """Raw csv + sqlite3 executemany of the cells, no validation; seconds taken."""
    Diary.open(db).close()  # same schema, made by the migrations
    index = {name: i for i, name in enumerate(COLUMNS)}
    ep_cols = (
        "started_at",
        "location",
        "side",
        "intensity",
        "woke",
        "actions",
        "minutes_to_relief",
    )
    ci_cols = ("day", "caffeine_cups", "heat", "fluids_l")
    ep_sql = (
        f"INSERT INTO episodes (person_id, notes, helped, {', '.join(ep_cols)}) "
        f"VALUES (1, '', '[]', {', '.join('?' for _ in ep_cols)})"
    )
    ci_sql = (
        f"INSERT INTO checkins (person_id, notes, custom, {', '.join(ci_cols)}) "
        f"VALUES (1, '', '{{}}', {', '.join('?' for _ in ci_cols)})"
    )
    began = time.perf_counter()
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        episodes: list[tuple[str, ...]] = []
        checkins: list[tuple[str, ...]] = []
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            for cells in reader:
                if cells[0] == "episode":
                    episodes.append(tuple(cells[index[c]] for c in ep_cols))
                else:
                    checkins.append(tuple(cells[index[c]] for c in ci_cols))
                if len(episodes) + len(checkins) >= 5000:
                    conn.executemany(ep_sql, episodes)
                    conn.executemany(ci_sql, checkins)
                    episodes.clear()
                    checkins.clear()
        conn.executemany(ep_sql, episodes)
        conn.executemany(ci_sql, checkins)
        conn.execute("COMMIT")
    return time.perf_counter() - began


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory(prefix="crampcare-bench-") as tmp:
        folder = Path(tmp)
        csv_path = folder / "diary.csv"
        began = time.perf_counter()
        generate(csv_path, rows)
        size_mb = csv_path.stat().st_size / 1e6
        print(f"generated {rows:,} rows ({size_mb:.0f} MB) in {time.perf_counter() - began:.1f} s")

        base = baseline(csv_path, folder / "baseline.sqlite3")
        print(
            f"baseline (csv + sqlite3 executemany, no validation): {base:.2f} s = "
            f"{rows / base:,.0f} rows/s"
        )
        rss_before = _peak_rss_mb()
        with Diary.open(folder / "import.sqlite3") as diary:
            began = time.perf_counter()
            summary = import_file(diary, csv_path)
            took = time.perf_counter() - began
            assert summary.episodes + summary.checkins == rows
            assert sum(diary.counts()) == rows
        share = base / took
        verdict = "OK" if share >= TARGET_SHARE else "BELOW TARGET"
        print(
            f"crampcare import: {took:.2f} s = {rows / took:,.0f} rows/s = {share:.0%} of the "
            f"baseline's rate (target >= {TARGET_SHARE:.0%}: {verdict}); peak memory "
            f"+{_peak_rss_mb() - rss_before:.0f} MB"
        )

        with csv_path.open("a", encoding="utf-8") as handle:
            handle.write("episode,2026-02-30T03:00:00" + "," * (len(COLUMNS) - 2) + "\n")
        with Diary.open(folder / "failed.sqlite3") as diary:
            began = time.perf_counter()
            try:
                import_file(diary, csv_path)
            except ImportFailed as exc:
                failed_after = time.perf_counter() - began
                assert [e.where for e in exc.errors] == [f"line {rows + 2}"]
            else:
                raise SystemExit("the bad last row was not caught")
            assert diary.counts() == (0, 0)
        print(
            f"bad last row: refused after {failed_after:.2f} s, diary left empty (all-or-nothing)"
        )


if __name__ == "__main__":
    main()
