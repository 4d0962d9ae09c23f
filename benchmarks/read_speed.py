"""How fast the reader reads, and how long a first run takes, beside another tree.

Two figures, each for this tree and for ``--compare SRC`` (another tree's ``src``, the
round's baseline), interleaved in the same run so that a load spike hits both alike:

- **reading**: milliseconds a text for ``read_text`` over a share of the blind dev
  vignettes, warm (every pattern and glossary the share needs compiled by a first pass;
  the word channel's sums with numpy, as a server reads), median of ``-n`` passes, each
  in a fresh process;
- **first run**: seconds for ``crampcare now --plain`` with an empty cache folder, which
  answers and then builds the fast paths' table, the search index and the knowledge
  cache (what someone waits for once after installing).

Each line prints this tree's figure, the baseline's and their ratio.

Usage: python benchmarks/read_speed.py --compare ../base/src [-n 3] [--share 15]
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

ROOT = Path(__file__).resolve().parents[1]

_READ = """
import json, sys, time, zlib
from pathlib import Path
from crampcare.intake import neighbours, read_text
share = int(sys.argv[1])
texts = [
    json.loads(line)["text"]
    for path in sorted(Path(sys.argv[2]).glob("dev_*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
texts = [t for t in texts if zlib.crc32(t.encode("utf-8")) % share == 0]
for t in texts:
    read_text(t)
neighbours.index().vectorise()
start = time.perf_counter()
for t in texts:
    read_text(t)
print((time.perf_counter() - start) / len(texts) * 1000)
"""


def _env(src: Path, cache: str | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(src), "NO_COLOR": "1", "PYTHONHASHSEED": "0"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if cache is not None:
        env["CRAMPCARE_CACHE_DIR"] = cache
    return env


def reading_ms(src: Path, share: int) -> float:
    folder = ROOT / "tests" / "data" / "triage_blind"
    done = subprocess.run(
        [sys.executable, "-c", _READ, str(share), str(folder)],
        env=_env(src),
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip())


def first_run_s(src: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="crampcare-first-") as cache:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "crampcare", "now", "--plain"],
            env={**_env(src, cache), "CRAMPCARE_DATA_DIR": cache},
            capture_output=True,
            check=True,
        )
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, required=True, help="the baseline's src/")
    parser.add_argument("-n", type=int, default=3, help="passes of each (median)")
    parser.add_argument("--share", type=int, default=15, help="one dev text in this many")
    args = parser.parse_args()
    trees = {"this tree": ROOT / "src", "baseline": args.compare.resolve()}
    reads: dict[str, list[float]] = {name: [] for name in trees}
    firsts: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.n):
        for name, src in trees.items():  # interleaved: a spike hits both
            reads[name].append(reading_ms(src, args.share))
            firsts[name].append(first_run_s(src))
    for label, runs, unit in (("reading", reads, "ms/text"), ("first run", firsts, "s")):
        mine, base = (statistics.median(runs[name]) for name in trees)
        print(f"{label:10} {mine:8.2f} {unit:8} baseline {base:8.2f}   ratio {mine / base:.2f}")


if __name__ == "__main__":
    main()
