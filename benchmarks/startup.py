"""Start-up time of the 3 a.m. commands, as whole processes, beside bare Python.

The person is in pain: `crampcare now --plain` and `crampcare check --text ... --json`
must answer in at most 300 ms on this machine. Each command runs N times (after
one warm-up run, so the file cache is warm, as it is for someone who has used the
program before); the median and the fastest are printed beside `python -c pass`
measured in the same run, so a slow machine shows up as a slow baseline.

Usage: python benchmarks/startup.py [-n 15] [--importtime]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_MS = 300.0
BIN = Path(sys.executable).parent
CRAMPCARE = str(BIN / "crampcare")
CHECK_TEXT = "calf cramp at night, no swelling"

COMMANDS: dict[str, list[str]] = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "crampcare --help": [CRAMPCARE, "--help"],
    "crampcare now --plain": [CRAMPCARE, "now", "--plain"],
    "crampcare now --json": [CRAMPCARE, "now", "--json"],
    "crampcare check --text … --json": [CRAMPCARE, "check", "--text", CHECK_TEXT, "--json"],
}
#: Commands the 300 ms target applies to.
TARGETED = {"crampcare now --plain", "crampcare check --text … --json"}


def run_once(argv: list[str]) -> float:
    """Wall-clock milliseconds for one whole process; fails loudly on a non-zero exit."""
    env = {**os.environ, "NO_COLOR": "1"}
    t0 = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, env=env, stdin=subprocess.DEVNULL)
    ms = (time.perf_counter() - t0) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.decode()}")
    return ms


def measure(n: int) -> dict[str, list[float]]:
    """N timings per command, interleaved so a load spike hits all commands alike."""
    for argv in COMMANDS.values():
        run_once(argv)  # warm the file cache (and the knowledge-base cache, if any)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(n):
        for name, argv in COMMANDS.items():
            times[name].append(run_once(argv))
    return times


def importtime(argv: list[str], top: int = 12) -> list[tuple[int, str]]:
    """The slowest imports (cumulative microseconds) of one run, via -X importtime."""
    script = argv[0]
    cmd = [sys.executable, "-X", "importtime", script, *argv[1:]]
    if script == sys.executable:
        cmd = [sys.executable, "-X", "importtime", *argv[1:]]
    done = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    rows: list[tuple[int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = (part.strip() for part in line[12:].split("|"))
        rows.append((int(cumulative), name))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="runs per command (default 15)")
    parser.add_argument(
        "--importtime", action="store_true", help="also list the slowest imports of `now`"
    )
    args = parser.parse_args()
    times = measure(args.n)
    base = statistics.median(times["python -c pass"])
    print(f"Start-up, whole processes, median of {args.n} runs (target {TARGET_MS:.0f} ms)")
    print(f"{'command':34} {'median':>8} {'fastest':>8} {'- python':>9}  target")
    failed = False
    for name, samples in times.items():
        median = statistics.median(samples)
        verdict = ""
        if name in TARGETED:
            ok = median <= TARGET_MS
            failed |= not ok
            verdict = "ok" if ok else "OVER"
        print(
            f"{name:34} {median:6.0f} ms {min(samples):6.0f} ms {median - base:6.0f} ms  {verdict}"
        )
    if args.importtime:
        print("\nSlowest imports of `crampcare now --plain` (cumulative):")
        for micros, module in importtime(COMMANDS["crampcare now --plain"]):
            print(f"  {micros / 1000:7.1f} ms  {module}")
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
