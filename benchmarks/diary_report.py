"""Benchmark: ``crampcare report`` for one person's 10 years, whole process.

Target: <= 0.4 s for the text report, and with ``--charts`` once the charts are
cached (the first run of a diary state draws them with matplotlib). Each figure
is printed beside ``python -c pass`` measured in the same run. Best of 3.
Usage: .venv/bin/python benchmarks/diary_report.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crampcare.analysis.simulate import simulate
from crampcare.diary.store import Diary

TARGET_S = 0.4


def run(args: list[str], env: dict[str, str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="crampcare-bench-") as tmp:
        folder = Path(tmp)
        db = folder / "diary.sqlite3"
        records, _ = simulate(1, 3650, seed=3)
        with Diary.open(db) as diary:
            diary.import_rows([*records.episodes, *records.checkins])
            print(f"one person, 10 years: {sum(diary.counts())} records")
        env = {**os.environ, "CRAMPCARE_DATA_DIR": str(folder / "data"), "NO_COLOR": "1"}
        report = [sys.executable, "-m", "crampcare", "report", "--db", str(db)]
        base = run([sys.executable, "-c", "pass"], env)
        print(f"python -c pass: {base:.3f} s")
        began = time.perf_counter()
        subprocess.run(
            [*report, "--charts", str(folder / "charts0")], env=env, check=True, stdout=-3
        )
        first = time.perf_counter() - began
        figures = {
            "report (text)": run(report, env),
            "report --format json": run([*report, "--format", "json"], env),
            "report --charts (cached)": run([*report, "--charts", str(folder / "charts")], env),
        }
        for name, took in figures.items():
            verdict = "OK" if took <= TARGET_S else "ABOVE TARGET"
            print(
                f"{name}: {took:.3f} s = {took / base:.0f}x python -c pass "
                f"(target <= {TARGET_S} s: {verdict})"
            )
        print(f"report --charts, first run of this diary (draws with matplotlib): {first:.2f} s")


if __name__ == "__main__":
    main()
