"""Clinic scale: factor analysis of 10,000 simulated persons x 365 days.

Timed: ``population_factors`` on columns (pairing check-ins with nights, the
2x2 table of every person and factor, RR + CI, Fisher's exact test, BH per
person, pooled Mantel-Haenszel RR per factor). Budget: 5 s. Baseline in the
same run: the same 2x2 counts (no statistics) by one SQL GROUP BY in SQLite,
over the diary's own tables (created by ``Diary.open``, so the storage schema)
filled from the same simulation. The counts are checked to be identical.

Usage: python benchmarks/analysis_clinic.py [--persons 10000] [--days 365]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

from crampcare.analysis.factors import RULES
from crampcare.analysis.nights import DAY_MIN, DiaryColumns
from crampcare.analysis.population import MORE, count_tables, population_factors
from crampcare.analysis.simulate import simulate_columns
from crampcare.diary.store import Diary

BUDGET_S = 5.0
_SQL_OP = {"true": "= 1", ">": "> {t}", ">=": ">= {t}", "<": "< {t}"}


def fill_sqlite(path: Path, cols: DiaryColumns) -> None:
    """The simulated records into the diary schema, as the bulk import stores them."""
    Diary.open(path).close()  # create the tables through the migrations
    con = sqlite3.connect(path)
    names = [r.name for r in RULES]
    day_text = {int(d): date.fromordinal(int(d)).isoformat() for d in np.unique(cols.day)}
    values = [[None if x != x else x for x in cols.factors[n].tolist()] for n in names]
    rows = (
        (int(p) + 1, day_text[int(d)], *(v[i] for v in values), "{}", "")
        for i, (p, d) in enumerate(zip(cols.person.tolist(), cols.day.tolist(), strict=True))
    )
    con.execute("BEGIN")
    con.executemany(
        f"INSERT INTO checkins (person_id, day, {', '.join(names)}, custom, notes) "
        f"VALUES ({', '.join('?' * (len(names) + 4))})",
        rows,
    )
    day, minute = np.divmod(cols.ep_start, DAY_MIN)
    ep_rows = (
        (
            int(p) + 1,
            f"{date.fromordinal(int(d)).isoformat()} {m // 60:02d}:{m % 60:02d}:00.000000",
        )
        for p, d, m in zip(cols.ep_person.tolist(), day.tolist(), minute.tolist(), strict=True)
    )
    con.executemany(
        "INSERT INTO episodes (person_id, started_at, location, side, woke, actions, helped, "
        "notes) VALUES (?, ?, 'calf', 'none', 1, '[]', '[]', '')",
        ep_rows,
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def sql_counts(path: Path, persons: int) -> tuple[np.ndarray, float]:
    """The 2x2 counts per person and factor by one GROUP BY; returns (counts, seconds)."""
    sums = []
    for r in RULES:
        x = f"({r.name} {_SQL_OP[r.op].format(t=r.threshold)})"
        sums += [f"SUM({x})", f"SUM(NOT {x})"]  # NULL (unanswered) counts in neither
    # Cramp nights first, into an indexed temp table; DATE like checkins.day, so the
    # comparison needs no affinity conversion and the primary key is used.
    nights = """
        CREATE TEMP TABLE nights (person_id INTEGER, night DATE, PRIMARY KEY (person_id, night))
        WITHOUT ROWID;
        INSERT OR IGNORE INTO nights
            SELECT person_id, date(started_at, '-18 hours') FROM episodes
            WHERE time(started_at, '-18 hours') < '18:00:00';
    """
    query = f"""
        SELECT person_id, cramp, {", ".join(sums)}
        FROM (
            SELECT c.*, EXISTS (
                SELECT 1 FROM nights n WHERE n.person_id = c.person_id AND n.night = c.day
            ) AS cramp
            FROM checkins c
        )
        GROUP BY person_id, cramp
    """
    con = sqlite3.connect(path)
    t0 = time.perf_counter()
    con.executescript(nights)
    rows = con.execute(query).fetchall()
    seconds = time.perf_counter() - t0
    con.close()
    out = np.zeros((persons, len(RULES), 4), np.int64)
    for person, cramp, *cells in rows:
        pairs = np.array([c or 0 for c in cells], np.int64).reshape(len(RULES), 2)
        # cells: exposed cramp, exposed quiet, unexposed cramp, unexposed quiet
        out[person - 1, :, 0 if cramp else 1] = pairs[:, 0]
        out[person - 1, :, 2 if cramp else 3] = pairs[:, 1]
    return out, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    t0 = time.perf_counter()
    cols, truth = simulate_columns(args.persons, args.days, seed=7)
    print(
        f"simulated {args.persons} persons x {args.days} days: {cols.day.size:,} check-ins, "
        f"{cols.ep_start.size:,} episodes ({time.perf_counter() - t0:.1f} s, not timed below)"
    )
    t0 = time.perf_counter()
    names, tables = count_tables(cols)
    t_counts = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = population_factors(cols)
    t_full = time.perf_counter() - t0
    verdict = "OK" if t_full < BUDGET_S else "OVER BUDGET"
    print(f"numpy 2x2 counts only:                   {t_counts:6.2f} s")
    print(
        f"numpy full population analysis:          {t_full:6.2f} s "
        f"(budget {BUDGET_S:.0f} s) -> {verdict}"
    )

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "clinic.sqlite3"
        t0 = time.perf_counter()
        fill_sqlite(path, cols)
        print(f"(filled SQLite in the diary schema in {time.perf_counter() - t0:.1f} s, not timed)")
        sql, t_sql = sql_counts(path, args.persons)
    assert names == [r.name for r in RULES]
    assert np.array_equal(sql, tables), "SQL and numpy counts differ"
    print(f"SQLite GROUP BY, the same 2x2 counts:    {t_sql:6.2f} s (identical counts)")
    print(f"ratio numpy counts / SQL counts:         {t_counts / t_sql:6.3f}")
    print(f"ratio numpy full analysis / SQL counts:  {t_full / t_sql:6.3f}")

    # What the clinic sees: pooled relative risks and how many persons each factor flags.
    planted = {n: sum(n in p.relative_risks for p in truth.persons) for n in names}
    print("\nfactor                 pooled RR (95 % CI)    persons flagged  persons planted")
    for j, n in enumerate(names):
        flagged = int((result.status[:, j] == MORE).sum())
        print(
            f"{n:22s} {result.pooled_rr[j]:4.2f} ({result.pooled_low[j]:4.2f}-"
            f"{result.pooled_high[j]:4.2f})      {flagged:6d}           {planted[n]:6d}"
        )


if __name__ == "__main__":
    main()
