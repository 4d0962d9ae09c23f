"""Where ask's tail latency under load comes from: wrk runs with each worker's scheduling.

For the bare Starlette hello app and for ``crampcare serve`` (2 workers, wrk's 50
connections, as ``web_load.py``), prints each run's rate and latency percentiles
beside what the two worker processes' main threads did meanwhile: CPU time, time
spent runnable but waiting for a core (``/proc/PID/schedstat``), how often each was
last seen on core 0 (the burner's core, sampled every 20 ms) and the connections
each held. It also prints the least mean latency a closed loop allows: wrk keeps
all 50 requests outstanding, so by Little's law the mean latency is 50 / rate,
whatever the server does with them.

The repeated mix runs twice on the same workers: in the first run a worker
answers, once, each question that the warm-up happened to send to the other
worker (``web_load.py`` warms with a new connection per question, so each worker
sees about half); the second run is the steady state of the answers kept.

Usage: python benchmarks/web_tail.py [--seconds 8] [--burner] [--tree /tmp/base-2ad5]
Needs ``wrk``; Linux only (``/proc``).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from benchmarks import web_load

CONNECTIONS = 50


def wrk(url: str, seconds: int, script: Path | None) -> dict[str, float]:
    """One wrk run as web_load's, with the 50th, 90th and 99th percentiles."""
    cmd = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "5s"]
    if script is not None:
        cmd += ["-s", str(script)]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    found = re.search(r"Requests/sec:\s+([\d.]+)", out)
    assert found is not None, out
    result = {"rps": float(found.group(1))}
    for pct, value, unit in re.findall(r"\s(50|90|99)%\s+([\d.]+)(us|ms|s)\b", out):
        result[f"p{pct}"] = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    return result


def schedstat(pid: int) -> tuple[int, int]:
    """Nanoseconds on a core and runnable but waiting for one, of the process's main thread."""
    on_cpu, waiting, _ = Path(f"/proc/{pid}/schedstat").read_text().split()
    return int(on_cpu), int(waiting)


class Watch:
    """What each worker's main thread does during one run."""

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids
        self.start = {pid: schedstat(pid) for pid in pids}
        self.on_core0 = {pid: [0, 0] for pid in pids}
        self.running = True
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while self.running:
            for pid in self.pids:
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                self.on_core0[pid][0] += fields[36] == "0"  # field 39: the last core
                self.on_core0[pid][1] += 1
            time.sleep(0.02)

    def stop(self) -> list[dict[str, float]]:
        self.running = False
        self.thread.join()
        rows = []
        for pid in self.pids:
            (cpu0, wait0), (cpu1, wait1) = self.start[pid], schedstat(pid)
            seen, total = self.on_core0[pid]
            rows.append(
                {
                    "cpu_s": (cpu1 - cpu0) / 1e9,
                    "waiting_s": (wait1 - wait0) / 1e9,
                    "on_core0": seen / total if total else 0.0,
                }
            )
        return rows


def measured(url: str, seconds: int, script: Path | None, pids: list[int], port: int) -> Any:
    watch = Watch(pids)
    split: list[int] = []
    timer = threading.Timer(
        seconds / 2, lambda: split.extend(web_load.connections_by_process(port))
    )
    timer.start()
    try:
        result: dict[str, Any] = wrk(url, seconds, script)
    finally:
        timer.join()
        result["workers"] = watch.stop()
    result["split"] = split
    return result


def hello(work: Path, seconds: int) -> dict[str, Any]:
    (work / "hello_app.py").write_text(web_load.HELLO_APP)
    port = web_load.free_port()
    app = subprocess.Popen(
        [
            *(sys.executable, "-m", "uvicorn", "hello_app:app", "--workers", "2"),
            *("--port", str(port), "--log-level", "warning", "--no-access-log"),
        ],
        cwd=work,
    )
    try:
        web_load.wait_ready(f"http://127.0.0.1:{port}/")
        time.sleep(1)
        # uvicorn's supervisor also has a resource tracker child, which serves nothing.
        pids = [p for p in web_load.children(app.pid) if "spawn_main" in _cmdline(p)]
        return {"hello": measured(f"http://127.0.0.1:{port}/", seconds, None, pids, port)}
    finally:
        app.terminate()
        app.wait()


def _cmdline(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


def crampcare(tree: Path, work: Path, seconds: int) -> dict[str, Any]:
    scripts = web_load.write_scripts(work)
    folder = work / "tree"
    env = web_load.tree_env(tree, folder)
    subprocess.run(
        [sys.executable, "-c", "from crampcare.search import searcher; searcher()"],
        env=env,
        cwd=tree,
        check=True,
    )
    port = web_load.free_port()
    base = f"http://127.0.0.1:{port}"
    app = web_load.start_serve(tree, env, port)
    try:
        web_load.wait_ready(base + "/readyz", timeout=120)
        web_load.semantic_settled(base, 600)
        for q in web_load.QUESTIONS:  # web_load's warm-up
            httpx.post(base + "/api/v1/ask", json={"question": q}, timeout=60)
        time.sleep(1)
        pids = web_load.children(app.pid)
        url = base + "/api/v1/ask"
        return {
            "repeated mix, first run": measured(url, seconds, scripts["ask"], pids, port),
            "repeated mix, second run": measured(url, seconds, scripts["ask"], pids, port),
            "every question new": measured(url, seconds, scripts["fresh"], pids, port),
        }
    finally:
        app.terminate()
        app.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--burner", action="store_true", help="keep core 0 busy throughout")
    parser.add_argument("--tree", type=Path, default=web_load.HERE.parent)
    args = parser.parse_args()
    burner = web_load.start_burner() if args.burner else None
    work = Path(tempfile.mkdtemp(prefix="crampcare-tail-"))
    try:
        runs = {**hello(work, args.seconds), **crampcare(args.tree.resolve(), work, args.seconds)}
    finally:
        web_load.stop_burner(burner)
    print(
        f"2 workers, {CONNECTIONS} connections, wrk on 127.0.0.1"
        + (", burner on core 0" if burner else "")
        + f"; load average {os.getloadavg()[0]:.1f}"
    )
    for name, r in runs.items():
        print(
            f"{name}: {r['rps']:.0f} req/s, p50 {r['p50']:.1f} ms, p90 {r['p90']:.1f} ms, "
            f"p99 {r['p99']:.1f} ms; Little's law's mean {1000 * CONNECTIONS / r['rps']:.1f} ms; "
            f"connections per worker {r['split']}"
        )
        for n, w in enumerate(r["workers"], start=1):
            print(
                f"  worker {n}: {w['cpu_s']:.2f} s on a core, {w['waiting_s']:.2f} s runnable "
                f"and waiting for one, seen on core 0 {100 * w['on_core0']:.0f} % of the time"
            )


if __name__ == "__main__":
    main()
