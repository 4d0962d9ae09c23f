"""One reader for blind vignette files, plain or sealed.

A development set is plain JSONL under ``tests/data/triage_blind``. A sealed set is
kept in the repository gzip-compressed under ``benchmarks/sealed`` so that it survives
a new machine (the 2026-12-07 set, kept outside the repository, did not) while no text
search of the tree, and no reading of the tests, turns up its words. A sealed set is
only ever scored: the benchmarks refuse to list its misses or to put it in a bank.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

SEALED_DIR = Path(__file__).resolve().parent / "sealed"


def is_sealed(path: Path) -> bool:
    """A file under a folder named ``sealed``, or any gzip-compressed set."""
    return "sealed" in path.resolve().parts[:-1] or path.suffix == ".gz"


def read(path: Path) -> list[dict[str, Any]]:
    """Every vignette of a file, in order (blank lines skipped)."""
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
