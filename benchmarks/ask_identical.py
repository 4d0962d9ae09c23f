"""Ask's answers, byte for byte, in this tree and a baseline tree: the check a speed-up passes.

Every question of ``benchmarks/ask_heldout*.jsonl`` (as asked, and with a number
appended, as ``web_load.py`` makes a question new) and every text of
``tests/data/triage_blind/*.jsonl`` is sent to each tree twice: through the API
(``POST /api/v1/ask`` in a worker set up as a served one: numpy sums for the word
channel) and to the core's ``ask`` in a plain process (the pure-Python sums of a
single ``crampcare ask``). The bodies (or error bodies) must be identical; the first
differences are printed.

Usage: .venv/bin/python benchmarks/ask_identical.py --base /tmp/base-bca6 [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def texts() -> list[str]:
    """The held-out questions (also made new, with a number) and the blind triage texts."""
    asked = [
        json.loads(line)["question"]
        for name in sorted(HERE.glob("ask_heldout*.jsonl"))
        for line in name.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    blind = [
        json.loads(line)["text"]
        for name in sorted((ROOT / "tests" / "data" / "triage_blind").glob("*.jsonl"))
        for line in name.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [*asked, *(f"{q} {n + 100000001}" for n, q in enumerate(asked)), *blind]


#: Run in a process of the tree under test: prints one JSON line per text,
#: [API status, API body, core body] (the body as text).
ANSWERS = textwrap.dedent(
    """
    import json, sys
    from starlette.testclient import TestClient
    from crampcare.web.app import create_app
    from crampcare.web.api_base import json_response
    from crampcare.search import ask
    from crampcare.intake import neighbours

    texts = json.load(open(sys.argv[1]))
    served = sys.argv[2] == "served"
    if served:
        neighbours.index().vectorise()
    client = TestClient(create_app(), base_url="http://localhost")
    for text in texts:
        if served:
            r = client.post("/api/v1/ask", json={"question": text})
            print(json.dumps([r.status_code, r.text]))
        else:
            try:
                body = json_response(ask(text)).body.decode()
            except Exception as exc:
                body = f"{type(exc).__name__}: {exc}"
            print(json.dumps([0, body]))
    """
)


def answers(tree: Path, work: Path, path: Path, how: str) -> list[str]:
    env = {
        **os.environ,
        "CRAMPCARE_DATA_DIR": str(work / tree.name.replace("/", "_") / "data"),
        "PYTHONPATH": f"{tree / 'src'}:{tree}",
        "NO_COLOR": "1",
        # Some scores' last digit depends on set order (a sum over a set of stems), in
        # the baseline too: one seed for both trees.
        "PYTHONHASHSEED": "0",
    }
    env.pop("CRAMPCARE_SEMANTIC_TRIAGE", None)
    out = subprocess.run(
        [sys.executable, "-c", ANSWERS, str(path), how],
        env=env,
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts")
    args = parser.parse_args(argv)
    asked = texts()
    if args.limit:
        asked = asked[: args.limit]
    work = Path(tempfile.mkdtemp(prefix="ask-identical-"))
    path = work / "texts.json"
    path.write_text(json.dumps(asked))
    differ = 0
    for how in ("served", "core"):
        base = answers(args.base.resolve(), work / "base", path, how)
        this = answers(ROOT, work / "this", path, how)
        assert len(base) == len(this) == len(asked), (len(base), len(this), len(asked))
        diffs = [(t, b, n) for t, b, n in zip(asked, base, this, strict=True) if b != n]
        digest = hashlib.sha256("\n".join(this).encode()).hexdigest()[:16]
        print(f"{how}: {len(asked)} texts, {len(diffs)} answers differ (sha256 {digest})")
        for text, b, n in diffs[:5]:
            print(f"  {text[:80]!r}\n    base {b[:300]}\n    this {n[:300]}")
        differ += len(diffs)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
