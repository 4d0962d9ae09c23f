"""Benchmark: ``crampcare report`` for one person's 10 years, whole process.

Target: <= 0.4 s for the text report, and with ``--charts`` once the charts are
cached (the first run of a diary state draws them with matplotlib). Each figure
is printed beside ``python -c pass`` measured in the same run, and beside the
Typer app doing the same (``CRAMPCARE_FASTPATH=off``: ``report`` before
``crampcare.fastreport``). Best of 5, the commands taking turns. Each command's
CPU time (user + system, best of the same runs) is printed too: on a quiet machine a
whole process takes little more than its CPU time; on a loaded one, its wall time
is mostly waiting for a core.
Usage: .venv/bin/python benchmarks/diary_report.py [RUNS]
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


def in_turns(
    commands: dict[str, tuple[list[str], dict[str, str]]], runs: int = 5
) -> dict[str, tuple[float, float]]:
    """Best (wall, CPU) time of each command; each round runs every command once."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (args, env) in commands.items():
            began = time.perf_counter()
            child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL)
            _pid, status, usage = os.wait4(child.pid, 0)
            times[name].append(time.perf_counter() - began)
            cpu[name].append(usage.ru_utime + usage.ru_stime)
            if status:
                raise subprocess.CalledProcessError(status, args)
    return {name: (min(times[name]), min(cpu[name])) for name in commands}


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
        began = time.perf_counter()
        subprocess.run(
            [*report, "--charts", str(folder / "charts0")], env=env, check=True, stdout=-3
        )
        first = time.perf_counter() - began
        app = {**env, "CRAMPCARE_FASTPATH": "off"}
        (folder / "charts").mkdir()  # the fast path writes into an existing folder only
        charts = [*report, "--charts", str(folder / "charts")]
        runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
        figures = in_turns(
            {
                "python -c pass": ([sys.executable, "-c", "pass"], env),
                "report (text)": (report, env),
                "report --format json": ([*report, "--format", "json"], env),
                "report --charts (cached)": (charts, env),
                "app: report (text)": (report, app),
                "app: report --charts (cached)": (charts, app),
            },
            runs,
        )
        base, base_cpu = figures.pop("python -c pass")
        print(f"python -c pass: {base:.3f} s (CPU {base_cpu:.3f} s)")
        for name, (took, used) in figures.items():
            verdict = "OK" if took <= TARGET_S else "ABOVE TARGET"
            print(
                f"{name}: {took:.3f} s = {took / base:.0f}x python -c pass "
                f"(target <= {TARGET_S} s: {verdict}); CPU {used:.3f} s"
            )
        print(f"load average {os.getloadavg()[0]:.1f}")
        print(f"report --charts, first run of this diary (draws with matplotlib): {first:.2f} s")


if __name__ == "__main__":
    main()
