"""Ask's latency over time within a wrk run, beside what each worker did meanwhile.

``web_load.py`` prints one p99 for a whole run; this says *when* the slow requests
came and what the workers were doing then. wrk stamps each request with the
monotonic clock (its ``X-Request-ID``, which the app echoes) and writes
(sent, latency) for every response; each worker process, through a probe loaded
as ``sitecustomize`` (benchmark only, nothing in the app), writes its cache misses,
its garbage collections and its event-loop stalls (a 1 ms timer late by over 5 ms)
on the same clock. The run is then cut into 250 ms slices.

Runs, on one ``serve --workers 2`` after web_load's sequential warm-up: the repeated
mix twice (cold: the warm-up sent each question to one worker only; then warm), and
with ``--fresh`` the every-question-new load.

Usage: python benchmarks/web_timeline.py [--seconds 8] [--burner] [--tree /tmp/base-a506]
Needs ``wrk`` (built with LuaJIT, as Debian's); Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

from benchmarks import web_load

PROBE = textwrap.dedent(
    """
    # Loaded as sitecustomize in the server under test only (web_timeline.py).
    import os, sys, time

    _dir = os.environ.get("CRAMPCARE_PROBE_DIR")

    def _install():
        import gc, asyncio
        import crampcare.web.server as server
        from crampcare.web import ask_routes

        original = server.worker_app

        def out():
            return open(os.path.join(_dir, f"worker-{os.getpid()}.jsonl"), "a", buffering=1)

        def worker_app():
            app = original()
            f = out()
            started = {}

            def on_gc(phase, info):
                if phase == "start":
                    started["t"] = time.monotonic()
                else:
                    t = started.get("t", time.monotonic())
                    d = time.monotonic() - t
                    if d > 0.0005:
                        f.write(f'{{"gc": {info["generation"]}, "t": {t}, "d": {d}}}\\n')

            gc.callbacks.append(on_gc)
            answer = ask_routes._answer

            async def timed(*args, **kwargs):
                t = time.monotonic()
                try:
                    return await answer(*args, **kwargs)
                finally:
                    f.write(f'{{"miss": 1, "t": {t}, "d": {time.monotonic() - t}}}\\n')

            ask_routes._answer = timed

            async def lag():
                loop = asyncio.get_running_loop()
                while True:
                    t = loop.time()
                    await asyncio.sleep(0.001)
                    late = loop.time() - t - 0.001
                    if late > 0.005:
                        f.write(f'{{"stall": 1, "t": {t}, "d": {late}}}\\n')

            async def wrapped(scope, receive, send):
                if scope["type"] == "lifespan":
                    asyncio.get_running_loop().create_task(lag())
                await app(scope, receive, send)

            return wrapped

        server.worker_app = worker_app

    if _dir and "serve" in sys.argv:
        _install()
    """
)

#: wrk's script: the repeated mix (or every question new), each request stamped with
#: CLOCK_MONOTONIC in microseconds; each response's (sent, latency) goes to a file.
LUA = textwrap.dedent(
    """
    local ffi = require("ffi")
    ffi.cdef[[
      typedef struct { long tv_sec; long tv_nsec; } crampcare_ts;
      int clock_gettime(int clk, crampcare_ts *tp);
    ]]
    local ts = ffi.new("crampcare_ts")
    local function now_us()
      ffi.C.clock_gettime(1, ts)
      return tonumber(ts.tv_sec) * 1000000 + math.floor(tonumber(ts.tv_nsec) / 1000)
    end
    local bodies = {BODIES}
    local fresh = FRESH
    local threads = 0
    function setup(thread)
      threads = threads + 1
      thread:set("id", threads)
    end
    local i = 0
    local out = nil
    local lines = {}
    request = function()
      i = i + 1
      local body = bodies[(i - 1) % #bodies + 1]
      if fresh then
        body = body:sub(1, -3) .. ' ' .. tostring(id * 100000000 + i) .. body:sub(-2)
      end
      return wrk.format("POST", nil, {["Content-Type"] = "application/json",
        ["X-Request-ID"] = string.format("%d", now_us())}, body)
    end
    response = function(status, headers, body)
      local sent = tonumber(headers["x-request-id"] or headers["X-Request-ID"] or "0")
      lines[#lines + 1] = string.format("%d %d %d", sent, now_us() - sent, status)
      if #lines >= 2000 then
        if out == nil then out = io.open("OUT" .. id, "a") end
        out:write(table.concat(lines, "\\n"), "\\n")
        out:flush()
        lines = {}
      end
    end
    function done(summary, latency, requests) end
    """
)


def lua(work: Path, name: str, fresh: bool, out: Path) -> Path:
    bodies = ", ".join(json.dumps(json.dumps({"question": q})) for q in web_load.QUESTIONS)
    path = work / f"{name}.lua"
    text = LUA.replace("BODIES", bodies).replace("FRESH", "true" if fresh else "false")
    path.write_text(text.replace("OUT", str(out) + "-"))
    return path


def run(url: str, seconds: int, script: Path, out: Path) -> list[tuple[float, float]]:
    """One wrk run; (sent, latency) in seconds on CLOCK_MONOTONIC for every logged response."""
    cmd = ["wrk", "-t2", "-c50", f"-d{seconds}s", "--timeout", "5s", "-s", str(script), url]
    subprocess.run(cmd, capture_output=True, text=True, check=True)
    rows = []
    for part in sorted(out.parent.glob(out.name + "-*")):
        for line in part.read_text().splitlines():
            sent, latency, _ = line.split()
            rows.append((int(sent) / 1e6, int(latency) / 1e6))
        part.unlink()
    return sorted(rows)


def pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def events(probe: Path, since: float, until: float) -> dict[str, list[dict[str, Any]]]:
    """Each worker's probe lines between two times."""
    found: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(probe.glob("worker-*.jsonl")):
        rows = [json.loads(x) for x in path.read_text().splitlines()]
        found[path.stem] = [r for r in rows if since <= r["t"] <= until]
    return found


def show(name: str, rows: list[tuple[float, float]], seen: dict[str, list[dict[str, Any]]]) -> None:
    start, end = rows[0][0], rows[-1][0]
    latencies = [lat for _, lat in rows]
    settled = [lat for s, lat in rows if s > start + 1]
    print(
        f"\n{name}: {len(rows)} responses logged, {len(rows) / (end - start):.0f}/s, "
        f"p50 {1000 * pct(latencies, 0.5):.1f} ms, p99 {1000 * pct(latencies, 0.99):.1f} ms, "
        f"p99 after the first second {1000 * pct(settled, 0.99):.1f} ms"
    )
    slow = sorted(latencies)[int(0.99 * len(latencies))]
    print(f"  slowest 1 % (>= {1000 * slow:.1f} ms) by 250 ms slice; probe events per worker")
    step = 0.25
    t = start
    while t < end:
        part = [lat for s, lat in rows if t <= s < t + step]
        over = sum(lat >= slow for lat in part)
        cells = []
        for worker, evs in seen.items():
            inside = [e for e in evs if t <= e["t"] < t + step]
            misses = [e for e in inside if "miss" in e]
            gcs = [e for e in inside if "gc" in e]
            stalls = [e for e in inside if "stall" in e]
            worst = max((e["d"] for e in stalls), default=0)
            cells.append(
                f"{worker[-5:]}: {len(misses)} miss {1000 * sum(e['d'] for e in misses):.0f} ms, "
                f"gc {len(gcs)} ({1000 * sum(e['d'] for e in gcs):.0f} ms), "
                f"stalls {len(stalls)} (max {1000 * worst:.0f} ms)"
            )
        print(
            f"  {t - start:5.2f}s n={len(part):5d} p99 {1000 * pct(part, 0.99):6.1f} ms "
            f"slow {over:4d} | " + " | ".join(cells)
        )
        t += step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--burner", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="also every question new")
    parser.add_argument("--tree", type=Path, default=web_load.HERE.parent)
    args = parser.parse_args()
    tree = args.tree.resolve()
    work = Path(tempfile.mkdtemp(prefix="crampcare-timeline-"))
    probe = work / "probe"
    probe.mkdir()
    (probe / "sitecustomize.py").write_text(PROBE)
    env = web_load.tree_env(tree, work / "tree")
    subprocess.run(
        [sys.executable, "-c", "from crampcare.search import searcher; searcher()"],
        env=env,
        cwd=tree,
        check=True,
    )
    env = {**env, "PYTHONPATH": f"{probe}:{env['PYTHONPATH']}", "CRAMPCARE_PROBE_DIR": str(probe)}
    burner = web_load.start_burner() if args.burner else None
    port = web_load.free_port()
    base = f"http://127.0.0.1:{port}"
    app = web_load.start_serve(tree, env, port)
    try:
        web_load.wait_ready(base + "/readyz", timeout=120)
        web_load.semantic_settled(base, 600)
        web_load.warm(base)
        time.sleep(1)
        out = work / "lat"
        names = [("repeated mix, first run", False), ("repeated mix, second run", False)]
        if args.fresh:
            names.append(("every question new", True))
        for name, fresh in names:
            rows = run(base + "/api/v1/ask", args.seconds, lua(work, "s", fresh, out), out)
            show(name, rows, events(probe, rows[0][0], rows[-1][0] + 1))
    finally:
        app.terminate()
        app.wait()
        web_load.stop_burner(burner)
    print(f"\nload average {os.getloadavg()[0]:.1f}" + (", burner on core 0" if burner else ""))


if __name__ == "__main__":
    main()
