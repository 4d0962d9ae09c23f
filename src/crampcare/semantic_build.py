"""Rebuild the shipped embeddings: ``PYTHONPATH=src python -m crampcare.semantic_build``.

Run from a checkout with the ``semantic`` extra after editing the red-flag
bank, the exemplars or the knowledge base's entries, or how a text is read
(the lexicon's context rules change what ``bank_text`` keeps), and commit what
it writes (``knowledge/data/embeddings/``, see :mod:`crampcare.semantic_vectors`).
``--check`` reads the files and compares them with the shipped key without
torch (exit code 1, and the command to run, when they differ).

The build is incremental: a row whose string is embedded unchanged is taken
from the shipped array, and only new strings go to the model (a few changed
vignettes take seconds, not the 13 minutes of all 17,920). Beside each array a
``.rows`` file says which string each row was made from (:data:`ROWS`); rows
are reused only with the same model, version and ``RECIPE``, so bumping
``RECIPE`` embeds everything again, as does ``--full``. With nothing changed it
writes the very bytes that are shipped.

Its own module, apart from the reader: it needs ask's index, and the search
package reads the shipped embeddings too.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable
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

__all__ = ["ROWS", "ask_passages", "build", "check", "main", "row_digests", "write"]

#: Each array's ``.rows`` file: the ``texts_sha256`` of the key written with it (32
#: bytes), then the first 8 bytes of each embedded string's SHA-256, in row order: 143 KB
#: for the bank, where the strings themselves would take 2.6 MB. Not package data: only
#: a build reads them.
ROWS: dict[Kind, str] = {kind: name.removesuffix(".npy") + ".rows" for kind, name in ARRAYS.items()}
_DIGEST = 8

#: Texts to unit-length float32 rows (the model's :func:`encode`; a fake in tests).
Embed = Callable[[list[str]], Any]


def ask_passages() -> list[str]:
    """The passages ask's hybrid ranking embeds, one per entry of the packaged index."""
    from crampcare.search.index import cached_index
    from crampcare.search.semantic import passages

    # (tantivy may still be merging a segment into the folder as it is removed: a folder
    # left behind in the temporary directory is no failure, round s39's CI found)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
        return passages(cached_index(Path(folder)))


def check(version: str | None = None) -> list[str]:
    """Why the shipped key does not fit the packaged files and entries (empty: it fits)."""
    problems = mismatches(version)
    entry = shipped_key().get("ask")
    if not isinstance(entry, dict) or entry.get("texts_sha256") != texts_sha256(ask_passages()):
        problems.append("ask: the knowledge base's passages differ from those shipped")
    return problems


def build(full: bool = False) -> tuple[dict[str, Any], dict[str, int]]:
    """Embed the exemplars, the bank and ask's passages; write them with their key (torch).

    Also how many strings of each went to the model (all with ``full``, else only new ones).
    """
    todo: dict[Kind, tuple[bytes, list[str]]] = {
        kind: (source, embedded_texts(kind, source)) for kind, source in sources().items()
    }
    todo["ask"] = (b"", ask_passages())

    def embed(texts: list[str]) -> Any:
        from crampcare.semantic_model import load_model

        return encode(load_model(), texts)  # the model loads only when a string is new

    return write(write_folder(), todo, embed, reuse=not full)


def write(
    folder: str, todo: dict[Kind, tuple[bytes, list[str]]], embed: Embed, reuse: bool = True
) -> tuple[dict[str, Any], dict[str, int]]:
    """Write each kind's array, ``.rows`` file and key entry into ``folder``: the key, and
    how many strings of each kind were embedded (the others kept the folder's rows)."""
    import numpy as np

    os.makedirs(folder, exist_ok=True)
    key: dict[str, Any] = {}
    embedded: dict[str, int] = {}
    for kind, (source, texts) in todo.items():
        wanted: dict[str, Any] = {
            **key_for(source),
            "texts_sha256": texts_sha256(texts),
            "rows": len(texts),
        }
        digests = row_digests(texts)
        old = _reusable(folder, kind, wanted, texts) if reuse else None
        rows = _rows(digests, old[1]) if old is not None else [None] * len(texts)
        new = [text for text, row in zip(texts, rows, strict=True) if row is None]
        if old is None or len(new) == len(texts):
            matrix = embed(texts).astype(np.float16)  # as a full build: every text, in order
        else:
            matrix = np.empty((len(texts), old[0].shape[1]), dtype=np.float16)
            kept = np.array([row is not None for row in rows])
            matrix[kept] = old[0][[row for row in rows if row is not None]]
            if new:
                matrix[~kept] = embed(new).astype(np.float16)
        array = io.BytesIO()
        np.save(array, matrix, allow_pickle=False)
        _replace(os.path.join(folder, ARRAYS[kind]), array.getvalue())
        _replace(
            os.path.join(folder, ROWS[kind]),
            bytes.fromhex(wanted["texts_sha256"]) + b"".join(digests),
        )
        key[kind], embedded[kind] = wanted, len(new)
        if kind == "ask":
            del key[kind]["source_sha256"]  # matched by its passages alone
    with open(os.path.join(folder, KEY_FILE), "w", encoding="utf-8") as out:
        json.dump(key, out, indent=2, sort_keys=True)
        out.write("\n")
    return key, embedded


def row_digests(texts: list[str]) -> list[bytes]:
    """What a ``.rows`` file keeps of each string: the first 8 bytes of its SHA-256."""
    return [hashlib.sha256(text.encode()).digest()[:_DIGEST] for text in texts]


def _rows(digests: list[bytes], shipped: dict[bytes, list[int]]) -> list[int | None]:
    """Each string's row in the shipped array (None: new). A string that is there more
    than once takes its rows in turn, so an unchanged array is copied row for row."""
    seen: dict[bytes, int] = {}
    out: list[int | None] = []
    for digest in digests:
        rows = shipped.get(digest)
        n = seen[digest] = seen.get(digest, -1) + 1
        out.append(rows[min(n, len(rows) - 1)] if rows else None)
    return out


def _reusable(
    folder: str, kind: Kind, wanted: dict[str, Any], texts: list[str]
) -> tuple[Any, dict[bytes, list[int]]] | None:
    """The folder's array for ``kind`` and the rows of each string digest it embeds, when
    made by the model, version and recipe wanted (None: nothing can be reused)."""
    import numpy as np

    try:
        with open(os.path.join(folder, KEY_FILE), encoding="utf-8") as fh:
            entry = json.load(fh)[kind]
        head = bytes.fromhex(entry["texts_sha256"])
        matrix = np.load(os.path.join(folder, ARRAYS[kind]), allow_pickle=False)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if any(entry.get(name) != wanted[name] for name in ("model", "model_version", "recipe")):
        return None
    rows = entry.get("rows")
    if matrix.dtype != np.float16 or matrix.ndim != 2 or matrix.shape[0] != rows:
        return None
    try:
        with open(os.path.join(folder, ROWS[kind]), "rb") as fh:
            kept = fh.read()
    except OSError:
        kept = b""
    if kept[:32] == head and len(kept) == 32 + _DIGEST * rows:
        digests = [kept[i : i + _DIGEST] for i in range(32, len(kept), _DIGEST)]
    elif entry["texts_sha256"] == wanted["texts_sha256"] and rows == len(texts):
        digests = row_digests(texts)  # no .rows file yet, but the very strings shipped
    else:
        return None  # a .rows file of another key: which row is which is unknown
    found: dict[bytes, list[int]] = {}
    for row, digest in enumerate(digests):
        found.setdefault(digest, []).append(row)
    return matrix, found


def _replace(path: str, data: bytes) -> None:
    """Write a file through a temporary one, so no reader sees half of it."""
    tmp = os.path.join(os.path.dirname(path), f".{os.path.basename(path)}.tmp")
    with open(tmp, "wb") as out:
        out.write(data)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in ([], ["--check"], ["--full"]):
        print(f"usage: {COMMAND} [--check | --full]", file=sys.stderr)
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
    key, embedded = build(full=args == ["--full"])
    print(
        ", ".join(
            f"{kind}: {entry['rows']} texts ({embedded[kind]} embedded now)"
            for kind, entry in key.items()
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
