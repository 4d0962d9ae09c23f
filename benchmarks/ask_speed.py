"""Speed of ``ask``: warm query latency (lexical, hybrid) and whole-process start-up.

Baselines measured in the same run: plain BM25 over the seed paragraphs (the
quality baseline of ask_eval.py) for query latency; ``python -c pass`` and
``python -c "import typer"`` for the process.

Targets (issue 5): lexical p95 <= 2 ms, hybrid p95 <= 40 ms (index warm),
``crampcare ask "..."`` <= 400 ms as a whole process in lexical mode.

Usage: python -m benchmarks.ask_speed [--rounds N] [--runs N] [--no-hybrid]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.ask_eval import DEV_SET, HELD_OUT, baseline_system, load_questions, seed_paragraphs

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def timed(
    func: Callable[[str], object], questions: list[str], rounds: int
) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds per call, every question ``rounds`` times, after a warm-up.

    CPU time is reported beside wall time because this machine is shared: under load
    the wall clock includes waiting for a core, which says nothing about ``ask``.
    """
    for q in questions:
        func(q)
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(rounds):
        for q in questions:
            start, start_cpu = time.perf_counter(), time.thread_time()
            func(q)
            cpu.append((time.thread_time() - start_cpu) * 1000)
            wall.append((time.perf_counter() - start) * 1000)
    return wall, cpu


def report(name: str, times: tuple[list[float], list[float]], target: float | None = None) -> None:
    wall, cpu = times
    verdict = ""
    if target is not None:
        verdict = "  ok" if percentile(wall, 95) <= target else "  over (wall)"
        if verdict != "  ok" and percentile(cpu, 95) <= target:
            verdict += ", ok (cpu)"
    print(
        f"{name:<34} n={len(wall):<5} wall median={statistics.median(wall):8.3f} "
        f"p95={percentile(wall, 95):8.3f} ms | cpu median={statistics.median(cpu):8.3f} "
        f"p95={percentile(cpu, 95):8.3f} ms{verdict}"
    )


def process_times(
    cmd: list[str], runs: int, env: dict[str, str]
) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + system of the child) milliseconds per run."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
        wall.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        cpu.append(used * 1000)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="Passes over the questions.")
    parser.add_argument("--runs", type=int, default=15, help="Process start-ups per command.")
    parser.add_argument("--no-hybrid", action="store_true")
    args = parser.parse_args(argv)

    from crampcare.search import Searcher
    from crampcare.search.semantic import available

    questions = [q.question for q in load_questions(DEV_SET) + load_questions(HELD_OUT)]
    cache = Path(tempfile.mkdtemp(prefix="ask-speed-"))
    searcher = Searcher(cache)
    print(
        f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
    )
    print(f"== warm queries ({len(questions)} questions x {args.rounds} rounds)")
    baseline = baseline_system(seed_paragraphs())
    report("baseline: BM25 over seed paragraphs", timed(baseline, questions, args.rounds))
    report(
        "lexical rank (no triage)",
        timed(lambda q: searcher.rank(q, "lexical"), questions, args.rounds),
        2.0,
    )
    report(
        "lexical ask (with red-flag triage)",
        timed(lambda q: searcher.ask(q, mode="lexical"), questions, args.rounds),
        2.0,
    )
    if available() and not args.no_hybrid:
        start = time.perf_counter()
        searcher.semantic()
        print(f"hybrid: model + embeddings ready in {time.perf_counter() - start:.1f} s")
        report(
            "hybrid ask",
            timed(lambda q: searcher.ask(q, mode="hybrid"), questions, max(1, args.rounds // 4)),
            40.0,
        )
    else:
        print("hybrid: skipped (semantic extra not installed or --no-hybrid)")

    print(f"== whole process ({args.runs} runs each; index already cached)")
    env = {**os.environ, "CRAMPCARE_DATA_DIR": str(cache.parent / (cache.name + "-data"))}
    exe = Path(sys.executable)
    crampcare = str(exe.parent / "crampcare")
    ask = [crampcare, "ask", "is tonic water good for cramps?"]
    subprocess.run(ask, check=True, stdout=subprocess.DEVNULL, env=env)  # builds the index
    report("python -c pass", process_times([str(exe), "-c", "pass"], args.runs, env))
    report(
        "python -c 'import typer'", process_times([str(exe), "-c", "import typer"], args.runs, env)
    )
    report("crampcare --help", process_times([crampcare, "--help"], args.runs, env))
    report('crampcare ask "..." (lexical)', process_times(ask, args.runs, env), 400.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
