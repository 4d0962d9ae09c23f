"""Start-up time of the 3 a.m. commands, as whole processes, beside bare Python.

The person is in pain: each command's median is printed as a ratio to
`python -c pass` measured in the same run (interleaved, so a load spike hits
all alike), against issue 16's targets: `now --plain`, `check --text ... --json`,
`log --now ...` and `--help` at most 10x, `ask` at most 12x (`log --now`, `check`
and `ask` are also timed with the fast path switched off, as the Typer app alone).
The last column is each command's median CPU time (user + system) and its ratio to
bare Python's, less disturbed than the wall clock by other processes on a shared machine.
Each command runs N times after one warm-up run (the file cache and crampcare's
own caches warm, as for someone who has used the program before). Commands run
as `python -m crampcare` (the installed console script may predate the tree);
caches and the diary go to a temporary folder.

``--compare SRC`` also times `check` and `ask` with another tree's ``src`` first on
the module search path, interleaved in the same run (``--only`` keeps the run to
bare Python, `check` and `ask`).

Usage: python benchmarks/startup.py [-n 15] [--importtime] [--compare SRC] [--only]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

CRAMPCARE = [sys.executable, "-m", "crampcare"]
CHECK_TEXT = "calf cramp at night, no swelling"
BASELINE = "python -c pass"

COMMANDS: dict[str, list[str]] = {
    BASELINE: [sys.executable, "-c", "pass"],
    "crampcare --help": [*CRAMPCARE, "--help"],
    "crampcare now --plain": [*CRAMPCARE, "now", "--plain"],
    "crampcare now --json": [*CRAMPCARE, "now", "--json"],
    "crampcare check --text … --json": [*CRAMPCARE, "check", "--text", CHECK_TEXT, "--json"],
    "  check, Typer app only": [*CRAMPCARE, "check", "--text", CHECK_TEXT, "--json"],
    "crampcare log --now …": [*CRAMPCARE, "log", "--now", "--where", "calf", "--intensity", "6"],
    "  the same, Typer app only": [*CRAMPCARE, "log", "--now", "--where", "calf", "-i", "6"],
    "crampcare ask …": [*CRAMPCARE, "ask", "is tonic water good for cramps?"],
    "  ask, Typer app only": [*CRAMPCARE, "ask", "is tonic water good for cramps?"],
}
#: The most each command may take, as a multiple of the same-run baseline (issue 16).
TARGETS = {
    "crampcare --help": 10.0,
    "crampcare now --plain": 10.0,
    "crampcare check --text … --json": 10.0,
    "crampcare log --now …": 10.0,
    "crampcare ask …": 12.0,
}
ENV = {**os.environ, "NO_COLOR": "1"}
#: Commands run with the fast path switched off, to show what it saves in the same run.
APP_ONLY = {"  the same, Typer app only", "  check, Typer app only", "  ask, Typer app only"}


#: Commands run with another tree first on the path (``--compare``): name -> its src.
OTHER: dict[str, str] = {}


#: CPU milliseconds (user + system) of each run, by command: on a shared machine the
#: wall clock mostly measures the other processes; CPU time much less so.
CPU: dict[str, list[float]] = {}


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def run_once(argv: list[str], app_only: bool = False, src: str | None = None) -> float:
    """Wall-clock milliseconds for one whole process (its CPU time is kept in ``CPU``
    under the command line); fails loudly on a non-zero exit."""
    env = {**ENV, "CRAMPCARE_FASTPATH": "off"} if app_only else dict(ENV)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([src, env.get("PYTHONPATH", "")])
        # Its own caches: the fast path's table is keyed by the tree's files, and two
        # trees sharing one would rebuild it on every run.
        env["CRAMPCARE_CACHE_DIR"] = env["CRAMPCARE_CACHE_DIR"] + "-other"
    cpu0, t0 = _children_cpu(), time.perf_counter()
    done = subprocess.run(argv, capture_output=True, env=env, stdin=subprocess.DEVNULL)
    ms = (time.perf_counter() - t0) * 1000
    CPU.setdefault(" ".join(argv) + f"|{app_only}|{src}", []).append(_children_cpu() - cpu0)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.decode()}")
    return ms


def measure(n: int) -> dict[str, list[float]]:
    """N timings per command, interleaved so a load spike hits all commands alike."""
    for name, argv in COMMANDS.items():
        # warm the file cache and crampcare's caches
        run_once(argv, name in APP_ONLY, OTHER.get(name))
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    CPU.clear()
    for _ in range(n):
        for name, argv in COMMANDS.items():
            times[name].append(run_once(argv, name in APP_ONLY, OTHER.get(name)))
    return times


def cpu_times() -> dict[str, list[float]]:
    """The CPU milliseconds of the timed runs, by command name."""
    return {
        name: CPU[" ".join(argv) + f"|{name in APP_ONLY}|{OTHER.get(name)}"]
        for name, argv in COMMANDS.items()
    }


def importtime(argv: list[str], top: int = 12) -> list[tuple[int, str]]:
    """The slowest imports (cumulative microseconds) of one run, via -X importtime."""
    cmd = [sys.executable, "-X", "importtime", *argv[1:]]
    done = subprocess.run(cmd, capture_output=True, text=True, env=ENV, stdin=subprocess.DEVNULL)
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
        "--importtime", action="store_true", help="also list the slowest imports of each command"
    )
    parser.add_argument("--compare", metavar="SRC", help="another tree's src, timed alike")
    parser.add_argument("--only", action="store_true", help="only bare Python, check and ask")
    args = parser.parse_args()
    if args.only:
        for name in [n for n in COMMANDS if n != BASELINE and "check" not in n and "ask" not in n]:
            del COMMANDS[name]
    if args.compare:
        for name in ("crampcare check --text … --json", "crampcare ask …"):
            other = f"  {name.split()[1]}, {args.compare}"
            COMMANDS[other], OTHER[other] = COMMANDS[name], args.compare
    with tempfile.TemporaryDirectory(prefix="crampcare-startup-") as folder:
        ENV["CRAMPCARE_DATA_DIR"] = folder
        ENV["CRAMPCARE_CACHE_DIR"] = os.path.join(folder, "cache")
        if ENV.pop("PYTHONDONTWRITEBYTECODE", None):
            # Installed, crampcare runs from bytecode (pip compiles it); without any, each
            # run would compile its modules from source again (~10 % of `check`). The
            # bytecode goes to the temporary folder, not into the tree.
            ENV["PYTHONPYCACHEPREFIX"] = os.path.join(folder, "pycache")
            print("PYTHONDONTWRITEBYTECODE was set: timing from bytecode in a temporary folder")
        times = measure(args.n)
        report(times, args.n)
        if args.importtime:
            for name, argv in COMMANDS.items():
                if name in TARGETS:
                    print(f"\nSlowest imports of `{name}` (cumulative):")
                    for micros, module in importtime(argv):
                        print(f"  {micros / 1000:7.1f} ms  {module}")


def report(times: dict[str, list[float]], n: int) -> None:
    base = statistics.median(times[BASELINE])
    cpu = cpu_times()
    cpu_base = statistics.median(cpu[BASELINE])
    print(f"Start-up, whole processes, median of {n} runs; ratio to `{BASELINE}` in this run")
    print(f"{'command':34} {'median':>8} {'fastest':>8} {'ratio':>7}  {'target':13} CPU (ratio)")
    failed = False
    for name, samples in times.items():
        median = statistics.median(samples)
        ratio = median / base
        verdict = ""
        if name in TARGETS:
            ok = ratio <= TARGETS[name]
            failed |= not ok
            verdict = f"<= {TARGETS[name]:.0f}x {'ok' if ok else 'OVER'}"
        used = statistics.median(cpu[name])
        print(
            f"{name:34} {median:6.0f} ms {min(samples):6.0f} ms {ratio:6.1f}x  {verdict:13} "
            f"{used:4.0f} ms ({used / cpu_base:.1f}x)"
        )
    if failed:
        print("Some targets are not met.")


if __name__ == "__main__":
    main()
