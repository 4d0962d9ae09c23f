"""The embeddings of the exemplar file and of the bank: shipped, cached, or made now.

Kept apart from the screen that scores with them: which rows a file's
embeddings come from (the ones shipped with the package when the file is the
one they were made from, else a cache file under the user cache folder keyed by
a hash of the file, the model and the layout, else the model now) is a question
of files and caching, not of triage.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crampcare.semantic_model import MODEL_NAME

# What is embedded, and how, is the shipped embeddings' recipe: defined with them.
from crampcare.semantic_vectors import Kind, embedded_texts, encode, shipped

#: Bump when the cache's layout or the embedding recipe changes.
_LAYOUT = "2"


def cache_key(source: bytes) -> str:
    """What the cached exemplar embeddings depend on: the file, the model, the layout."""
    digest = hashlib.sha256(source + b"\0" + MODEL_NAME.encode() + b"\0" + _LAYOUT.encode())
    return digest.hexdigest()[:20]


def embeddings(model: Any, kind: Kind, source: bytes, rows: int, cache_dir: Path) -> Any:
    """A file's embeddings: shipped when they were made from it, else cached or embedded now."""
    matrix = shipped(kind, source, rows)
    if matrix is not None:
        return matrix

    def embed() -> Any:
        texts = embedded_texts(kind, source)
        # Only a threshold changed: the texts, and so the shipped rows, are the same.
        same = shipped(kind, source, rows, texts)
        return same if same is not None else encode(model, texts)

    return _cached(cache_dir / f"{kind}-{cache_key(source)}.npy", embed, rows)


# Embeddings by cache file name (which hashes their content): a process that opens
# several cache folders (the test suite) embeds the bank once, not once a folder.
_embedded: dict[str, Any] = {}


def _cached(path: Path, embed: Callable[[], Any], rows: int) -> Any:
    """The embeddings from the cache file, or made now by ``embed`` and cached."""
    import numpy as np

    if path.is_file():
        try:
            loaded = np.load(path)
        except (OSError, ValueError):  # a damaged cache is rebuilt, not trusted
            loaded = None
        if loaded is not None and loaded.shape[0] == rows:
            return loaded
    matrix = _embedded.get(path.name)
    if matrix is None or matrix.shape[0] != rows:
        matrix = embed()
        _embedded[path.name] = matrix
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written to a temp file and renamed, so readers never load half an array.
    fd, tmp = tempfile.mkstemp(suffix=".npy", dir=path.parent)
    with os.fdopen(fd, "wb") as out:
        np.save(out, matrix)
    os.replace(tmp, path)
    return matrix
