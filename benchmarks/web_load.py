"""Web load benchmark: wrk on 127.0.0.1 against the app and same-run baselines.

Measures, with 2 worker processes and 50 connections (bounded runs):
- a bare Starlette "hello" app (the baseline for pages),
- the home page of `crampcare serve`,
- `POST /api/v1/ask`, against the rate at which 2 processes call the core
  search directly (the baseline for the API),
and the time from start to the first answer, and memory per worker.
The question mix repeats, so a worker that keeps answers (web/ask_routes.py) answers
most of it from memory; a second ask run makes every question new (a number is
appended to each) to show the cost of an answer nobody asked before.

Usage: .venv/bin/python benchmarks/web_load.py [--seconds 8]
Needs `wrk` (Debian package `wrk`).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
#: The held-out evaluation questions (people's wording, on and off topic, some with red
#: flags), so the load is the mix ask really gets and no cache sees one question twice
#: in a row.
QUESTIONS = [
    json.loads(line)["question"]
    for name in sorted(HERE.glob("ask_heldout*.jsonl"))
    for line in name.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
HELLO_APP = textwrap.dedent(
    """
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    async def hello(request):
        return PlainTextResponse("hello")

    app = Starlette(routes=[Route("/", hello)])
    """
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, timeout: float = 30) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return time.monotonic() - start
        except httpx.HTTPError:
            time.sleep(0.01)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def wrk(
    url: str, seconds: int, script: Path | None = None, during: Callable[[], object] | None = None
) -> dict[str, float]:
    """One bounded wrk run; ``during`` is called once, halfway through."""
    cmd = ["wrk", "-t2", "-c50", f"-d{seconds}s", "--latency", "--timeout", "5s"]
    if script is not None:
        cmd += ["-s", str(script)]
    run = subprocess.Popen([*cmd, url], stdout=subprocess.PIPE, text=True)
    if during is not None:
        time.sleep(seconds / 2)
        during()
    out, _ = run.communicate()
    if run.returncode:
        raise RuntimeError(f"wrk failed: {out}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    assert p99 is not None, out
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rate,
        "p99_ms": float(p99.group(1)) * scale,
        "errors": float(non2xx.group(1)) if non2xx else 0.0,
    }


def connections_by_process(port: int) -> list[int]:
    """How many established connections each server process holds (needs ``ss``)."""
    if shutil.which("ss") is None:
        return []
    out = subprocess.run(
        ["ss", "-tnpH", "state", "established", f"( sport = :{port} )"],
        capture_output=True,
        text=True,
    ).stdout
    counts: dict[str, int] = {}
    for pid in re.findall(r"pid=(\d+)", out):
        counts[pid] = counts.get(pid, 0) + 1
    return sorted(counts.values())


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0


def smaps_mb(pid: int) -> dict[str, float]:
    """RSS, PSS (shared pages divided among their users) and private memory, from smaps_rollup.

    RSS counts a shared library's pages in full in every process that maps it (torch's
    are hundreds of MB); PSS splits them, and private is what the process alone holds.
    """
    text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    kb = {k: int(v) for k, v in re.findall(r"^(\w+):\s+(\d+) kB", text, re.MULTILINE)}
    private = kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0)
    return {
        "rss": round(kb.get("Rss", 0) / 1024, 1),
        "pss": round(kb.get("Pss", 0) / 1024, 1),
        "private": round(private / 1024, 1),
    }


def children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(x) for x in out.stdout.split()]


def _search_worker(seconds: float, data_dir: str, queue: Any) -> None:
    os.environ["CRAMPCARE_DATA_DIR"] = data_dir
    from crampcare.search import ask, searcher

    searcher().warm("lexical")  # as `serve` does: the speller's index
    for q in QUESTIONS:  # warm: index open, lexicon loaded
        ask(q)
    n = 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        ask(QUESTIONS[n % len(QUESTIONS)])
        n += 1
    queue.put(n / seconds)


def direct_search_rate(seconds: float, data_dir: str, processes: int = 2) -> float:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [
        ctx.Process(target=_search_worker, args=(seconds, data_dir, queue))
        for _ in range(processes)
    ]
    for p in procs:
        p.start()
    rates = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    return float(sum(rates))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install wrk")
    work = Path(tempfile.mkdtemp(prefix="crampcare-load-"))
    env = {**os.environ, "CRAMPCARE_DATA_DIR": str(work / "data")}
    (work / "hello_app.py").write_text(HELLO_APP)
    lua = work / "ask.lua"
    # The same question mix as the direct baseline, in turn.
    bodies = ", ".join(json.dumps(json.dumps({"question": q})) for q in QUESTIONS)
    lua.write_text(
        f"local bodies = {{{bodies}}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #bodies + 1\n"
        '  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, bodies[i])\n'
        "end\n"
    )
    # Every question new: the same mix, each with a number no earlier question had
    # (each wrk thread counts in its own range).
    fresh = work / "ask_fresh.lua"
    fresh.write_text(
        f"local bodies = {{{bodies}}}\n"
        "local threads = 0\n"
        "function setup(thread)\n"
        "  threads = threads + 1\n"
        '  thread:set("first", threads * 100000000)\n'
        "end\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i + 1\n"
        "  local body = bodies[(i - 1) % #bodies + 1]\n"
        "  body = body:sub(1, -3) .. ' ' .. tostring(first + i) .. body:sub(-2)\n"
        '  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)\n'
        "end\n"
    )
    results: dict[str, Any] = {}

    port = free_port()
    hello = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "hello_app:app",
            "--workers",
            "2",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        cwd=work,
        env=env,
    )
    try:
        wait_ready(f"http://127.0.0.1:{port}/")
        time.sleep(1)
        results["hello"] = wrk(f"http://127.0.0.1:{port}/", args.seconds)
    finally:
        hello.terminate()
        hello.wait()

    port = free_port()
    start = time.monotonic()
    app = subprocess.Popen(
        [sys.executable, "-m", "crampcare", "serve", "--workers", "2", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    try:
        # Readiness (issue 16's ready time), not liveness: /readyz answers once the
        # diary does; it does not wait for the semantic model.
        wait_ready(f"http://127.0.0.1:{port}/readyz", timeout=120)
        results["ready_s"] = time.monotonic() - start
        base = f"http://127.0.0.1:{port}"
        for q in QUESTIONS:  # warm each worker's index and caches
            # A loaded machine can take more than httpx's 5 s to answer the first one.
            httpx.post(base + "/api/v1/ask", json={"question": q}, timeout=60)
        time.sleep(1)
        results["home"] = wrk(base + "/", args.seconds)
        split: list[int] = []
        results["ask"] = wrk(
            base + "/api/v1/ask",
            args.seconds,
            lua,
            during=lambda: split.extend(connections_by_process(port)),
        )
        # wrk's 50 connections stay open; how they fell between the two workers sets
        # the queue each question waits in, so the tail depends on it.
        results["ask_split"] = split
        results["ask_fresh"] = wrk(base + "/api/v1/ask", args.seconds, fresh)
        workers = children(app.pid)
        results["worker_rss_mb"] = [round(rss_mb(pid), 1) for pid in workers]
        results["worker_memory_mb"] = [smaps_mb(pid) for pid in workers]
    finally:
        app.terminate()
        app.wait()

    results["direct_search_rps"] = direct_search_rate(args.seconds, env["CRAMPCARE_DATA_DIR"])
    shutil.rmtree(work, ignore_errors=True)

    hello_r, home_r, ask_r = results["hello"], results["home"], results["ask"]
    print("Web load, 2 workers, 50 connections, wrk on 127.0.0.1")
    print(f"{'':34} {'req/s':>9} {'p99 ms':>8}")
    print(f"{'bare Starlette hello (baseline)':34} {hello_r['rps']:9.0f} {hello_r['p99_ms']:8.1f}")
    print(f"{'home page':34} {home_r['rps']:9.0f} {home_r['p99_ms']:8.1f}")
    print(f"{'core search, 2 processes (baseline)':34} {results['direct_search_rps']:9.0f}")
    print(f"{'POST /api/v1/ask':34} {ask_r['rps']:9.0f} {ask_r['p99_ms']:8.1f}")
    fresh_r = results["ask_fresh"]
    print(f"{'  the same, every question new':34} {fresh_r['rps']:9.0f} {fresh_r['p99_ms']:8.1f}")
    print(f"home / hello: {home_r['rps'] / hello_r['rps']:.0%} (target >= 50 %)")
    direct = results["direct_search_rps"]
    print(f"ask / direct search: {ask_r['rps'] / direct:.0%} (target >= 70 %)")
    print(f"ask, every question new / direct search: {fresh_r['rps'] / direct:.0%}")
    print(f"ready after {results['ready_s']:.2f} s (target <= 1.5 s)")
    print(f"memory per worker: {results['worker_rss_mb']} MB (target < 150 MB)")
    for n, mem in enumerate(results["worker_memory_mb"]):
        shares = f"RSS {mem['rss']} MB, PSS {mem['pss']} MB, private {mem['private']} MB"
        print(f"  worker {n + 1}: {shares}")
    if results["ask_split"]:
        print(f"ask: connections per worker during the run: {results['ask_split']}")
    if home_r["errors"] or ask_r["errors"] or fresh_r["errors"]:
        errors = f"home {home_r['errors']:.0f}, ask {ask_r['errors']:.0f} / {fresh_r['errors']:.0f}"
        print(f"non-2xx responses: {errors}")


if __name__ == "__main__":
    main()
