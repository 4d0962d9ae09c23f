"""Benchmark: ``crampcare log --now ...`` end to end, process start to committed row (< 400 ms).

Runs the real console script many times against a temporary data folder and
prints the median and 90th percentile, beside baselines measured in the same
run: ``python -c pass`` (interpreter start) and ``crampcare --help`` (the CLI's
own start-up). The first log creates and migrates the diary; it is shown apart.
Usage: .venv/bin/python benchmarks/diary_log.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crampcare.diary.store import Diary

TARGET_MS = 400
LOG = ["log", "--now", "--where", "calf", "--side", "left", "--intensity", "7"]


def _crampcare() -> str:
    script = Path(sys.executable).with_name("crampcare")
    return str(script) if script.exists() else "crampcare"


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """Wall-clock milliseconds from spawning ``cmd`` to its exit (it must succeed)."""
    began = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - began) * 1000


def summary(label: str, samples: list[float]) -> float:
    ordered = sorted(samples)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    median = statistics.median(ordered)
    print(f"{label:<34} median {median:6.0f} ms   p90 {p90:6.0f} ms   (n={len(samples)})")
    return median


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    crampcare = _crampcare()
    with tempfile.TemporaryDirectory(prefix="crampcare-logbench-") as tmp:
        env = {**os.environ, "CRAMPCARE_DATA_DIR": tmp, "NO_COLOR": "1"}
        env.pop("CRAMPCARE_DB", None)
        first = timed([crampcare, *LOG], env)
        logs, passes, helps = [], [], []
        for _ in range(runs):  # interleaved, so load changes hit all three alike
            passes.append(timed([sys.executable, "-c", "pass"], env))
            helps.append(timed([crampcare, "--help"], env))
            logs.append(timed([crampcare, *LOG], env))
        with Diary.open(Path(tmp) / "diary.sqlite3") as diary:
            stored = len(diary.episodes())
    assert stored == runs + 1, f"expected {runs + 1} committed episodes, found {stored}"
    print(f"first log (creates + migrates the diary): {first:.0f} ms")
    summary("python -c pass", passes)
    startup = summary("crampcare --help", helps)
    median = summary("crampcare log --now ...", logs)
    print(f"log's own cost beyond the CLI's start-up: {median - startup:.0f} ms")
    verdict = "OK" if median < TARGET_MS else "ABOVE TARGET"
    print(f"log --now median {median:.0f} ms vs target < {TARGET_MS} ms: {verdict}")
    print(f"every run committed its row: {stored} episodes stored")


if __name__ == "__main__":
    main()
