"""Web load benchmark: wrk on 127.0.0.1 against the app and same-run baselines.

Measures, with 2 worker processes and 50 connections (bounded runs):
- a bare Starlette "hello" app (the baseline for pages),
- the home page of `crampcare serve`,
- `POST /api/v1/ask`, against the rate at which 2 processes call the core
  search directly (the baseline for the API),
and the ready time (start to the first 200 from /readyz), the first question's
answer right after it, and memory per worker. The question mix repeats, so a worker
that keeps answers (web/ask_routes.py) answers most of it from memory. It runs twice:
cold (after a warm-up that sent each question to one of the two workers) and then
steady (both workers have seen every question: the figure for the target); a third ask
run makes every question new (a number is appended to each, in the direct baseline
too) to show the cost of an answer nobody asked before. The loads run once the
semantic model has loaded in both workers (steady state), not while torch loads.

With ``--base TREE`` the same is measured for a baseline tree in the same run and
each figure is printed beside it with the ratio this/base; the machine is shared,
so only same-run ratios mean anything.

Usage: .venv/bin/python benchmarks/web_load.py [--seconds 8] [--base /tmp/base-aaed] [--burner]
       [--rounds 2]
Needs `wrk` (Debian package `wrk`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
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


#: The direct baseline: the core's ``ask`` in a process of the tree under test, on the
#: same questions in turn, after the warm-up a served worker does (the speller's index,
#: numpy for the word channel where the tree has it). Prints questions a second.
DIRECT = textwrap.dedent(
    """
    import json, sys, time
    from crampcare.search import ask, searcher

    seconds, path = float(sys.argv[1]), sys.argv[2]
    questions = json.load(open(path))
    fresh = sys.argv[3] == "fresh"
    searcher().warm("lexical")
    try:  # what a served worker does once it serves (trees that have it)
        from crampcare.intake.neighbours import index

        index().vectorise()
    except (ImportError, AttributeError):
        pass
    for q in questions:
        ask(q)
    n = 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        q = questions[n % len(questions)]
        ask(f"{q} {n}" if fresh else q)
        n += 1
    print(n / seconds)
    """
)


def tree_env(tree: Path, folder: Path) -> dict[str, str]:
    """The environment that runs ``tree``'s code with its own data and bytecode folders."""
    env = {
        **os.environ,
        "CRAMPCARE_DATA_DIR": str(folder / "data"),
        "PYTHONPATH": f"{tree / 'src'}:{tree}",
        "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
        "NO_COLOR": "1",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("CRAMPCARE_SEMANTIC_TRIAGE", None)
    return env


def direct_search_rate(
    tree: Path, folder: Path, seconds: float, questions: Path, fresh: bool, processes: int = 2
) -> float:
    """Questions a second from ``processes`` processes calling the core ``ask`` directly."""
    env = tree_env(tree, folder)
    args = [str(seconds), str(questions), "fresh" if fresh else "same"]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", DIRECT, *args], env=env, cwd=tree, stdout=subprocess.PIPE
        )
        for _ in range(processes)
    ]
    return sum(float(p.communicate()[0]) for p in procs)


def semantic_settled(url: str, timeout: float) -> tuple[float, str]:
    """Seconds until both workers' /readyz stop saying the semantic model is loading."""
    start = time.monotonic()
    in_a_row, state = 0, "?"
    while time.monotonic() - start < timeout:
        try:
            state = httpx.get(url + "/readyz", timeout=5).json().get("semantic", "(not reported)")
        except httpx.HTTPError:
            state = "?"
        in_a_row = in_a_row + 1 if state not in ("loading", "?") else 0
        if in_a_row >= 6:  # either worker may answer: several in a row
            return time.monotonic() - start, state
        time.sleep(0.25)
    return time.monotonic() - start, state


def warm(base: str) -> None:
    """Each question once, a new connection each (each lands on either worker)."""
    for q in QUESTIONS:
        # A loaded machine can take more than httpx's 5 s to answer the first one.
        httpx.post(base + "/api/v1/ask", json={"question": q}, timeout=60)


def measure_tree(
    tree: Path, folder: Path, seconds: int, scripts: dict[str, Path]
) -> dict[str, Any]:
    """Start ``serve --workers 2`` from ``tree`` and run the pages and ask under wrk."""
    results: dict[str, Any] = {}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    start = time.monotonic()
    app = start_serve(tree, tree_env(tree, folder), port)
    try:
        # Readiness (issue 16's ready time), not liveness: /readyz answers once the
        # diary does; it does not wait for the semantic model.
        wait_ready(base + "/readyz", timeout=120)
        results["ready_s"] = time.monotonic() - start
        # The first real question, the moment the app says it is ready.
        t = time.monotonic()
        first = httpx.post(
            base + "/api/v1/ask", json={"question": "cramp in my calf after a run"}, timeout=60
        )
        results["first_ask_ms"] = (time.monotonic() - t) * 1000
        assert first.status_code == 200, first.text
        # The load runs in the steady state: a worker loading torch on a thread would
        # measure the model's loading, not ask.
        results["semantic_s"], results["semantic"] = semantic_settled(base, 600)
        warm(base)
        time.sleep(1)
        results["home"] = wrk(base + "/", seconds)
        # The repeated mix twice on the same workers. The warm-up sent each question
        # once, on a new connection, so each worker has seen about half of them: the
        # first run is a cold start (each worker answers the rest once, under load);
        # in it every connection goes through the whole mix, so both workers have seen
        # every question before the second run, the steady state.
        results["ask_cold"] = wrk(base + "/api/v1/ask", seconds, scripts["ask"])
        split: list[int] = []
        results["ask"] = wrk(
            base + "/api/v1/ask",
            seconds,
            scripts["ask"],
            during=lambda: split.extend(connections_by_process(port)),
        )
        # wrk's 50 connections stay open; how they fell between the two workers sets
        # the queue each question waits in, so the tail depends on it.
        results["ask_split"] = split
        results["ask_fresh"] = wrk(base + "/api/v1/ask", seconds, scripts["fresh"])
        workers = children(app.pid)
        results["worker_memory_mb"] = [smaps_mb(pid) for pid in workers]
    finally:
        app.terminate()
        app.wait()
    results["direct"] = direct_search_rate(tree, folder, seconds, scripts["questions"], False)
    results["direct_fresh"] = direct_search_rate(tree, folder, seconds, scripts["questions"], True)
    return results


def start_serve(tree: Path, env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    """`crampcare serve --workers 2` from ``tree`` on ``port``, its output discarded."""
    return subprocess.Popen(
        [sys.executable, "-m", "crampcare", "serve", "--workers", "2", "--port", str(port)],
        env=env,
        cwd=tree,
        stdout=subprocess.DEVNULL,
    )


def warm_start(tree: Path, folder: Path) -> None:
    """One uncounted start of the whole server: the search index cached and every module's
    bytecode written, the app's and the semantic model's (as ready_time.py warms).

    It was ``searcher()`` alone, which compiles a fifth of the modules a start imports
    (225 of some 1,100): the counted start then compiled the rest, the web app's in
    the supervisor and torch's in the workers' model load, and the "ready" column
    measured that compiling (first start 16-30 s, a second 6.6-9.5 s at load 10-12,
    round s11).
    """
    port = free_port()
    app = start_serve(tree, tree_env(tree, folder), port)
    try:
        semantic_settled(f"http://127.0.0.1:{port}", 600)  # torch imported: compiled too
    finally:
        app.terminate()
        app.wait()


def write_scripts(work: Path) -> dict[str, Path]:
    """wrk's request scripts and the question list for the direct baseline."""
    questions = work / "questions.json"
    questions.write_text(json.dumps(QUESTIONS))
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
    return {"ask": lua, "fresh": fresh, "questions": questions}


def hello_rate(work: Path, seconds: int) -> dict[str, float]:
    """A bare Starlette "hello" app under uvicorn with 2 workers: the pages' baseline."""
    (work / "hello_app.py").write_text(HELLO_APP)
    port = free_port()
    hello = subprocess.Popen(
        [
            *(sys.executable, "-m", "uvicorn", "hello_app:app", "--workers", "2"),
            *("--port", str(port), "--log-level", "warning", "--no-access-log"),
        ],
        cwd=work,
    )
    try:
        wait_ready(f"http://127.0.0.1:{port}/")
        time.sleep(1)
        return wrk(f"http://127.0.0.1:{port}/", seconds)
    finally:
        hello.terminate()
        hello.wait()


def report(name: str, r: dict[str, Any], hello: dict[str, float]) -> list[tuple[str, float, str]]:
    """One tree's figures: (label, value, unit)."""
    rows = [
        ("ready (/readyz 200 after start)", r["ready_s"], "s"),
        ("first ask right after ready", r["first_ask_ms"], "ms"),
        ("semantic model settled after ready", r["semantic_s"], "s"),
        ("home page req/s", r["home"]["rps"], "req/s"),
        ("home / hello", r["home"]["rps"] / hello["rps"], "x"),
        ("core ask direct, 2 processes", r["direct"], "q/s"),
        ("ask req/s, repeated mix, cold (first run)", r["ask_cold"]["rps"], "req/s"),
        ("ask p99, repeated mix, cold (first run)", r["ask_cold"]["p99_ms"], "ms"),
        ("POST /api/v1/ask req/s (repeated mix)", r["ask"]["rps"], "req/s"),
        ("POST /api/v1/ask p99 (repeated mix)", r["ask"]["p99_ms"], "ms"),
        ("ask / direct (repeated mix)", r["ask"]["rps"] / r["direct"], "x"),
        ("core ask direct, every question new", r["direct_fresh"], "q/s"),
        ("POST /api/v1/ask req/s, every question new", r["ask_fresh"]["rps"], "req/s"),
        ("POST /api/v1/ask p99, every question new", r["ask_fresh"]["p99_ms"], "ms"),
        ("ask / direct, every question new", r["ask_fresh"]["rps"] / r["direct_fresh"], "x"),
    ]
    rows += [
        (f"worker {n + 1} PSS", mem["pss"], "MB") for n, mem in enumerate(r["worker_memory_mb"])
    ]
    return rows


def start_burner() -> subprocess.Popen[bytes]:
    """A CPU burner on core 0: the other load every benchmark is run beside once."""
    return subprocess.Popen(["taskset", "-c", "0", sys.executable, "-c", "while 1: pass"])


def stop_burner(burner: subprocess.Popen[bytes] | None) -> None:
    if burner is not None:
        burner.kill()
        burner.wait()


def print_table(tables: dict[str, list[tuple[str, float, str]]]) -> None:
    """The trees' figures side by side, with this/base when there is a base."""
    names = list(tables)
    print(
        f"{'':46}"
        + "".join(f"{n:>12}" for n in names)
        + ("   this/base" if "base" in tables else "")
    )
    for i, (label, _, unit) in enumerate(tables[names[-1]]):
        values = [tables[n][i][1] for n in names]
        cells = "".join(f"{v:12.2f}" for v in values)
        ratio = f"{values[-1] / values[0]:12.2f}" if len(values) == 2 and values[0] else ""
        print(f"{label + ' (' + unit + ')':46}{cells}{ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument(
        "--base", type=Path, default=None, help="a baseline tree, measured in the same run"
    )
    parser.add_argument("--burner", action="store_true", help="keep core 0 busy throughout")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="measure the trees in turn this many times (base, this, base, this, ...); "
        "each round is printed, then the median of every figure",
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install wrk")
    burner = start_burner() if args.burner else None
    work = Path(tempfile.mkdtemp(prefix="crampcare-load-"))
    trees = {"this": HERE.parent}
    if args.base is not None:
        trees = {"base": args.base.resolve(), **trees}
    rounds: list[dict[str, dict[str, Any]]] = []
    try:
        scripts = write_scripts(work)
        loads = [os.getloadavg()[0]]
        hello = hello_rate(work, args.seconds)
        for name, tree in trees.items():
            warm_start(tree, work / name)
        for _ in range(args.rounds):
            measured: dict[str, dict[str, Any]] = {}
            for name, tree in trees.items():
                measured[name] = measure_tree(tree, work / name, args.seconds, scripts)
                loads.append(os.getloadavg()[0])
            rounds.append(measured)
    finally:
        stop_burner(burner)
        shutil.rmtree(work, ignore_errors=True)

    print("Web load, 2 workers, 50 connections, wrk on 127.0.0.1" + (", burner" if burner else ""))
    print(
        f"load average (1 min) before and after each tree: {', '.join(f'{x:.1f}' for x in loads)}"
    )
    print(
        f"bare Starlette hello (baseline): {hello['rps']:.0f} req/s, p99 {hello['p99_ms']:.1f} ms"
    )
    tables = [{name: report(name, r, hello) for name, r in m.items()} for m in rounds]
    for n, table in enumerate(tables, start=1):
        if len(tables) > 1:
            print(f"round {n}")
        print_table(table)
        for name, r in rounds[n - 1].items():
            print(
                f"{name}: semantic {r['semantic']}; ask connections per worker {r['ask_split']}; "
                f"non-2xx home {r['home']['errors']:.0f}, cold {r['ask_cold']['errors']:.0f}, "
                f"ask {r['ask']['errors']:.0f}, new {r['ask_fresh']['errors']:.0f}"
            )
    if len(tables) > 1:
        print(f"median of {len(tables)} rounds")
        print_table(
            {
                name: [
                    (label, statistics.median(t[name][i][1] for t in tables), unit)
                    for i, (label, _, unit) in enumerate(tables[0][name])
                ]
                for name in tables[0]
            }
        )
    print("targets: ask p99 < 50 ms at >= 0.7x direct; home >= 0.5x hello; ready <= 1.5 s")


if __name__ == "__main__":
    main()
