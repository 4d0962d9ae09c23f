"""Speed of one person's full trigger analysis: ten years of diary.

A simulated person with 3,650 days (a check-in every day)
and about 1,500 episodes. Timed: ``analyse()`` from records to the finished
result (columns, pairing, 2x2 tables, RR + CI, Fisher, BH, trends, relief,
wording), charts excluded. Budget: 150 ms. Baseline measured in the same run:
a plain-Python pass that only counts the 2x2 tables (dict of cramp nights,
one loop over check-ins per factor), no statistics.

Usage: python benchmarks/analysis_person.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from crampcare.analysis.factors import RULES
from crampcare.analysis.nights import night_of
from crampcare.analysis.person import analyse
from crampcare.analysis.simulate import simulate
from crampcare.diary.models import CheckIn, Episode
from crampcare.diary.store import Diary

BUDGET_MS = 150.0


def plain_counts(episodes: list[Episode], checkins: list[CheckIn]) -> dict[str, list[int]]:
    """The 2x2 counts only, the obvious pure-Python way."""
    cramp_nights = {night_of(e.started_at) for e in episodes}
    out = {}
    for rule in RULES:
        cells = [0, 0, 0, 0]
        for c in checkins:
            v = getattr(c, rule.name)
            if v is None:
                continue
            v = float(v)
            hit = {
                "true": v >= 0.5,
                ">": v > rule.threshold,
                ">=": v >= rule.threshold,
                "<": v < rule.threshold,
            }[rule.op]
            cells[(0 if hit else 2) + (0 if c.day in cramp_nights else 1)] += 1
        out[rule.name] = cells
    return out


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm-up (imports, caches)
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    records, _ = simulate(1, 3650, seed=2024, cramp_rate=(0.3, 0.3), checkin_rate=(1.0, 1.0))
    eps, cis = records.episodes, records.checkins
    print(f"diary: {len(cis)} check-ins, {len(eps)} episodes over 3650 days")

    full = timed(lambda: analyse(eps, cis), args.repeat)
    base = timed(lambda: plain_counts(eps, cis), args.repeat)
    result = analyse(eps, cis)
    counts = plain_counts(eps, cis)
    for f in result.factors:  # same tables both ways
        cells = [f.cramp_nights_with, f.nights_with - f.cramp_nights_with]
        cells += [f.cramp_nights_without, f.nights_without - f.cramp_nights_without]
        assert counts[f.factor] == cells, f.factor
    med, best = statistics.median(full), min(full)
    print(
        f"full analysis (no charts): median {med:.1f} ms, best {best:.1f} ms "
        f"(budget {BUDGET_MS:.0f} ms) -> {'OK' if med < BUDGET_MS else 'OVER BUDGET'}"
    )
    print(f"baseline, plain-Python 2x2 counts only: median {statistics.median(base):.1f} ms")
    print(f"ratio full analysis / plain counts: {med / statistics.median(base):.2f}")

    # For context: what ``crampcare report`` adds before the analysis, reading the
    # same diary back from a SQLite file through the store.
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "diary.sqlite3"
        with Diary.open(path) as diary:
            diary.import_rows([*eps, *cis])

        def read_and_analyse() -> None:
            with Diary.open(path) as diary:
                analyse(diary.episodes(), diary.checkins())

        both = timed(read_and_analyse, max(3, args.repeat // 3))
    print(f"read from SQLite (Diary) + analysis: median {statistics.median(both):.1f} ms")


if __name__ == "__main__":
    main()
