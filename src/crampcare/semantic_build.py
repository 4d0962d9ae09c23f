"""Rebuild the shipped embeddings: ``PYTHONPATH=src python -m crampcare.semantic_build``.

Run from a checkout with the ``semantic`` extra after editing the red-flag
bank, the exemplars or the knowledge base's entries, and commit what it writes
(``knowledge/data/embeddings/``, see :mod:`crampcare.semantic_vectors`).
``--check`` reads the files and compares them with the shipped key without
torch (exit code 1, and the command to run, when they differ).

Its own module, apart from the reader: it needs ask's index, and the search
package reads the shipped embeddings too.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from crampcare.semantic_vectors import (
    ARRAYS,
    COMMAND,
    KEY_FILE,
    Kind,
    embedded_texts,
    encode,
    key_for,
    mismatches,
    model_version,
    shipped_key,
    sources,
    texts_sha256,
    write_folder,
)

__all__ = ["ask_passages", "build", "check", "main"]


def ask_passages() -> list[str]:
    """The passages ask's hybrid ranking embeds, one per entry of the packaged index."""
    from crampcare.search.index import cached_index
    from crampcare.search.semantic import passages

    with tempfile.TemporaryDirectory() as folder:
        return passages(cached_index(Path(folder)))


def check(version: str | None = None) -> list[str]:
    """Why the shipped key does not fit the packaged files and entries (empty: it fits)."""
    problems = mismatches(version)
    entry = shipped_key().get("ask")
    if not isinstance(entry, dict) or entry.get("texts_sha256") != texts_sha256(ask_passages()):
        problems.append("ask: the knowledge base's passages differ from those shipped")
    return problems


def build() -> dict[str, Any]:
    """Embed the exemplars, the bank and ask's passages; write them with their key (torch)."""
    import numpy as np

    from crampcare.semantic_model import load_model

    model = load_model()
    folder = write_folder()
    os.makedirs(folder, exist_ok=True)
    todo: dict[Kind, tuple[bytes, list[str]]] = {
        kind: (source, embedded_texts(kind, source)) for kind, source in sources().items()
    }
    todo["ask"] = (b"", ask_passages())
    key: dict[str, Any] = {}
    for kind, (source, texts) in todo.items():
        matrix = encode(model, texts).astype(np.float16)
        tmp = os.path.join(folder, f".{ARRAYS[kind]}.tmp")
        with open(tmp, "wb") as out:
            np.save(out, matrix, allow_pickle=False)
        os.replace(tmp, os.path.join(folder, ARRAYS[kind]))
        key[kind] = {**key_for(source), "texts_sha256": texts_sha256(texts), "rows": len(texts)}
        if kind == "ask":
            del key[kind]["source_sha256"]  # matched by its passages alone
    with open(os.path.join(folder, KEY_FILE), "w", encoding="utf-8") as out:
        json.dump(key, out, indent=2, sort_keys=True)
        out.write("\n")
    return key


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in ([], ["--check"]):
        print(f"usage: {COMMAND} [--check]", file=sys.stderr)
        return 2
    if args == ["--check"]:
        # Without the extra the model's version cannot be read: the one shipped is assumed.
        version = model_version() or shipped_key().get("bank", {}).get("model_version")
        problems = check(version)
        for line in problems:
            print(line)
        if problems:
            print(f"the shipped embeddings are out of date: run {COMMAND}")
        return 1 if problems else 0
    key = build()
    print(", ".join(f"{kind}: {entry['rows']} texts embedded" for kind, entry in key.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
