"""Ready time of `crampcare serve --workers 2`: this tree against a baseline tree, same run.

For each tree, in turn (so a load spike hits both alike), a whole `crampcare serve`
is started and the time from the start of the process to the first answer of
`/healthz` (liveness) and of `/readyz` answering ready (readiness, issue 16's target:
1.5 s) is taken. Ready must mean ready for people: the moment `/readyz` first
answers 200, one question (`POST /api/v1/ask`) and one free-text check
(`POST /api/v1/triage/text`) are sent, and the time each took is printed ("ask after
ready", "check after ready", in ms): a worker that said ready before its search
was warm shows here. For a tree whose `/readyz` reports the semantic screen, also the
time until it says "ready" in several answers in a row (both workers loaded the
model; with ``--model``). Each tree has its own data folder and bytecode folder, warmed by one
uncounted start (the search index cached and the modules compiled, as for someone
who started the app before). The load average is printed with every run: the
machine is shared.

Usage: python benchmarks/ready_time.py [--base /tmp/base-aaed] [-n 5] [--burner] [--model]
(`--burner` keeps one core busy with a spinning process for the whole run.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.web_load import free_port, start_burner, stop_burner, tree_env

HERE = Path(__file__).resolve().parents[1]


def first_requests(url: str) -> dict[str, float]:
    """Milliseconds a question and a free-text check take, sent the moment it is ready."""
    took: dict[str, float] = {}
    for name, path, body in (
        ("ask after ready", "/api/v1/ask", {"question": "cramp in my calf after a run"}),
        ("check after ready", "/api/v1/triage/text", {"text": "calf cramp at night, gone now"}),
    ):
        t = time.monotonic()
        answer = httpx.post(url + path, json=body, timeout=60)
        answer.raise_for_status()
        took[name] = (time.monotonic() - t) * 1000
    return took


def start(tree: Path, folder: Path, model: bool = False) -> tuple[dict[str, float], str]:
    """One start of `serve --workers 2` from ``tree``: seconds to each milestone."""
    port = free_port()
    env = tree_env(tree, folder)
    url = f"http://127.0.0.1:{port}"
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "crampcare", "serve", "--workers", "2", "--port", str(port)],
        env=env,
        cwd=tree,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    got: dict[str, float] = {}
    semantic = "?"
    in_a_row = 0
    try:
        while time.monotonic() - t0 < 180:
            for name in ("healthz", "readyz"):
                try:
                    r = httpx.get(f"{url}/{name}", timeout=5)
                except httpx.HTTPError:
                    continue
                if r.status_code != 200:
                    continue
                if name == "readyz" and name not in got:
                    got[name] = time.monotonic() - t0
                    got.update(first_requests(url))
                got.setdefault(name, time.monotonic() - t0)
                if name == "readyz":
                    semantic = r.json().get("semantic", "(not reported)")
                    in_a_row = in_a_row + 1 if semantic in ("ready", "off", "failed") else 0
                    if in_a_row >= 6:  # either worker may answer: several in a row
                        got["semantic"] = time.monotonic() - t0
            if "readyz" in got and (in_a_row >= 6 or semantic == "(not reported)" or not model):
                break
            time.sleep(0.02)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return got, semantic


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, default=Path("/tmp/base-aaed"))
    parser.add_argument("-n", type=int, default=5)
    parser.add_argument("--burner", action="store_true")
    parser.add_argument(
        "--model", action="store_true", help="also wait for the semantic model (a minute or more)"
    )
    args = parser.parse_args()
    trees = {"base": args.base.resolve(), "this": HERE}
    burner = start_burner() if args.burner else None
    times: dict[str, dict[str, list[float]]] = {k: {} for k in trees}
    try:
        with tempfile.TemporaryDirectory(prefix="crampcare-ready-") as tmp:
            folders = {k: Path(tmp) / k for k in trees}
            for name, tree in trees.items():
                start(tree, folders[name])  # warm: index cached, bytecode written
            for i in range(args.n):
                for name, tree in trees.items():
                    got, semantic = start(tree, folders[name], args.model)
                    for key, value in got.items():
                        times[name].setdefault(key, []).append(value)
                    shown = ", ".join(f"{k} {v:.2f}" for k, v in got.items())
                    load = os.getloadavg()
                    print(
                        f"run {i + 1} {name}: {shown}; semantic {semantic}; "
                        f"load {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}",
                        flush=True,
                    )
    finally:
        stop_burner(burner)
    print(
        f"\nMedian of {args.n} starts (s; the first requests in ms), serve --workers 2"
        + (", burner" if burner else "")
    )
    for name, by in times.items():
        parts = [
            f"{k} {statistics.median(v):.2f} (min {min(v):.2f}, max {max(v):.2f})"
            for k, v in by.items()
        ]
        print(f"  {name:5} {trees[name]}: " + "; ".join(parts))
    if len(times) == 2:
        base, this = times["base"], times["this"]
        ratios = [
            f"{k} {statistics.median(this[k]) / statistics.median(base[k]):.2f}"
            for k in this
            if k in base and statistics.median(base[k])
        ]
        print("  this/base (medians): " + "; ".join(ratios))


if __name__ == "__main__":
    main()
