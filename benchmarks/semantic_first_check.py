"""The first free-text check on a fresh install: what the shipped embeddings save.

For each source tree given (today's checkout first, then e.g. a release
worktree as the baseline), with an empty data and cache folder each time:

- ``cli``: ``crampcare check --text … --semantic --json``, the whole process
  (wall seconds and its peak resident memory);
- ``serve``: ``crampcare serve`` started, then one free-text check sent as soon
  as it accepts connections: seconds from the start to that answer (the server
  warms the screen at start-up, so the check waits for it), and the server's
  memory once it has answered (resident, proportional and private, from
  ``/proc``).

Runs alternate between the trees, so a busy machine slows both alike; compare
the trees as ratios, never with figures from another run.

Usage: python -m benchmarks.semantic_first_check [--runs N] TREE [TREE ...]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

TEXT = "My right calf has swelled up, it's warm and sore to press, since yesterday."


def _env(tree: Path, folder: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=f"{tree / 'src'}:{tree}",
        CRAMPCARE_DATA_DIR=folder,
        XDG_CACHE_HOME=os.path.join(folder, "xdg-cache"),
        CRAMPCARE_SEMANTIC_TRIAGE="on",
    )
    return env


def cli(tree: Path) -> tuple[float, float]:
    """(Wall seconds, peak resident MB) of one whole `check --semantic` process."""
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "crampcare", "check", "--text", TEXT, "--semantic", "--json"],
            env=_env(tree, folder),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert proc.stdout is not None
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    concerns = json.loads(out)["intake"]["concerns"]
    assert any(c["channel"] == "semantic" for c in concerns), "the screen did not run"
    return wall, usage.ru_maxrss / 1024


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _memory(pid: int) -> dict[str, float]:
    """Resident, proportional and private MB of a process, from /proc/PID/smaps_rollup."""
    fields: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        fields[name] = float(value.split()[0]) / 1024
    private = fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)
    return {"rss": fields["Rss"], "pss": fields["Pss"], "private": private}


def serve(tree: Path) -> tuple[float, dict[str, float]]:
    """(Seconds from start to the first free-text answer, the server's memory after it)."""
    port = _free_port()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "crampcare", "serve", "--port", str(port)],
            env=_env(tree, folder),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            body = json.dumps({"text": TEXT}).encode()
            url = f"http://127.0.0.1:{port}/api/v1/triage/text"
            while True:
                try:
                    request = urllib.request.Request(
                        url, body, {"Content-Type": "application/json"}, method="POST"
                    )
                    with urllib.request.urlopen(request, timeout=600) as response:
                        answer = json.loads(response.read())
                    break
                except (ConnectionError, urllib.error.URLError):
                    if proc.poll() is not None:
                        raise RuntimeError("serve exited") from None
                    time.sleep(0.05)
            seconds = time.perf_counter() - start
            concerns = answer["intake"]["concerns"]
            assert any(c["channel"] == "semantic" for c in concerns), "the screen did not run"
            return seconds, _memory(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    results: dict[Path, dict[str, list[float]]] = {t: {} for t in args.trees}
    for _ in range(args.runs):
        for tree in args.trees:
            got = results[tree]
            wall, peak = cli(tree)
            got.setdefault("cli_s", []).append(wall)
            got.setdefault("cli_peak_mb", []).append(peak)
            seconds, memory = serve(tree)
            got.setdefault("serve_first_check_s", []).append(seconds)
            for name, value in memory.items():
                got.setdefault(f"serve_{name}_mb", []).append(value)
            print(f"{tree}: cli {wall:.1f} s, serve {seconds:.1f} s", file=sys.stderr)
    first = args.trees[0]
    for name in results[first]:
        cells = []
        for tree in args.trees:
            median = statistics.median(results[tree][name])
            base = statistics.median(results[args.trees[-1]][name])
            cells.append(f"{tree.name} {median:.1f} ({median / base:.2f}x)")
        print(f"{name}: " + ", ".join(cells))
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
