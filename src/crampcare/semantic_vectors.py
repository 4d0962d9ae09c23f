"""The semantic screen's embeddings, computed once and shipped inside the package.

Embedding the bank's 1,570 vignettes and the exemplars took a fresh install
more than 30 seconds, in the first free-text check of ``serve`` and again in
every fresh test process. So they are embedded once, by the people who change
them, and shipped as package data (``knowledge/data/embeddings/``): one
float16 array per file and a small key saying what they were made from (a hash
of the source file, the model's name and version, and the recipe's version).

Rebuild them after editing the bank or the exemplars, from a checkout, with
the ``semantic`` extra installed::

    PYTHONPATH=src python -m crampcare.semantic_build

(:mod:`crampcare.semantic_build`: it embeds only strings not embedded before;
``--check`` says, without torch and in a few seconds, whether the shipped key
still matches the files). At run time a
file that does not match its key (a bank edited locally, another model
version) is not used: the screen embeds it and keeps it in the user cache
folder, as before. Ask's hybrid ranking ships its entries' embeddings the
same way, matched by the hash of the exact passages embedded.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any, Literal

from crampcare.intake.exemplars import exemplar_bytes, load_exemplars
from crampcare.intake.screen_text import neutral, readable_parts
from crampcare.semantic_bank import bank_bytes, load_bank
from crampcare.semantic_model import MODEL_NAME, MODEL_PACKAGE

__all__ = [
    "COMMAND",
    "RECIPE",
    "Kind",
    "bank_text",
    "embedded_texts",
    "encode",
    "key_for",
    "mismatches",
    "shipped",
]

Kind = Literal["exemplars", "bank", "ask"]

#: Bump when how a string is embedded changes (it voids the shipped arrays: the next build
#: embeds every string). Which strings are embedded is told by their hash, row by row.
RECIPE = "3"
#: The command that rebuilds the shipped embeddings, for messages.
COMMAND = "python -m crampcare.semantic_build"

FOLDER = "embeddings"
KEY_FILE = "semantic.json"
ARRAYS: dict[Kind, str] = {
    "exemplars": "red_flag_exemplars.npy",
    "bank": "red_flag_bank.npy",
    "ask": "ask_entries.npy",  # the knowledge base's entries, for ask's hybrid ranking
}


def model_version() -> str:
    """The installed model package's version ("" when the extra is not installed)."""
    from importlib import metadata

    try:
        return metadata.version(MODEL_PACKAGE.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return ""


def key_for(source: bytes, version: str | None = None) -> dict[str, str]:
    """What one shipped array depends on (``texts`` is added by the build and a test)."""
    return {
        "source_sha256": hashlib.sha256(source).hexdigest(),
        "model": MODEL_NAME,
        "model_version": model_version() if version is None else version,
        "recipe": RECIPE,
    }


def texts_sha256(texts: list[str]) -> str:
    """A hash of the exact strings embedded: catches a change of the recipe's code."""
    return hashlib.sha256("\0".join(texts).encode()).hexdigest()


def write_folder() -> str:
    from crampcare.knowledge.files import data_root

    # Written where the package is read from: a checkout's src/ when run as documented.
    return os.path.join(str(data_root()), FOLDER)


def shipped_key() -> dict[str, Any]:
    """The shipped key ({} when there is none)."""
    from crampcare.knowledge.files import data_bytes

    try:
        loaded = json.loads(data_bytes(FOLDER, KEY_FILE))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def shipped(kind: Kind, source: bytes, rows: int, texts: list[str] | None = None) -> Any:
    """The shipped embeddings of ``source`` as float32 (None when they are not for it).

    Given the strings the file embeds as, a file whose bytes changed but whose
    strings did not (a threshold tuned) still gets them.
    """
    import io

    import numpy as np

    from crampcare.knowledge.files import data_bytes

    entry = shipped_key().get(kind)
    if not isinstance(entry, dict):
        return None
    wanted = key_for(source)
    if texts is not None:
        del wanted["source_sha256"]
        wanted["texts_sha256"] = texts_sha256(texts)
    if any(entry.get(name) != value for name, value in wanted.items()):
        return None
    try:
        # 1.2 MB read whole (a memory map would be turned into float32 at once anyway).
        matrix = np.load(io.BytesIO(data_bytes(FOLDER, ARRAYS[kind])), allow_pickle=False)
    except (OSError, ValueError):
        return None
    if matrix.ndim != 2 or matrix.shape[0] != rows:
        return None
    return matrix.astype(np.float32)


def bank_text(text: str) -> str:
    """What is embedded of a whole text for the bank: its readable sentences, one after another."""
    return " ".join(read for _, read in readable_parts(text, 1)) or neutral(text)


def embedded_texts(kind: Kind, source: bytes) -> list[str]:
    """The exact strings embedded for a file, in the order of its matrix's rows.

    Exemplars: each flag's exemplars in file order, then the negatives, each made
    neutral; the bank: each vignette as :func:`bank_text` reads it.
    """
    if kind == "bank":
        return [bank_text(c.text) for c in load_bank(source).cases]
    exemplars = load_exemplars(source)
    texts = [t for flag in exemplars.flags for t in flag.exemplars] + exemplars.negatives
    return [neutral(t) for t in texts]


def encode(model: Any, texts: list[str]) -> Any:
    """Unit-length float32 embeddings of the texts, one row each."""
    import numpy as np

    vectors = model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
    return np.asarray(vectors, dtype=np.float32)


def sources() -> dict[Kind, bytes]:
    """The packaged files the screen's shipped arrays are made from (ask's: its index)."""
    return {"exemplars": exemplar_bytes(), "bank": bank_bytes()}


def mismatches(version: str | None = None) -> list[str]:
    """Why the shipped key does not fit the packaged files (empty: it fits)."""
    key = shipped_key()
    out: list[str] = []
    for kind, source in sources().items():
        entry = key.get(kind)
        if not isinstance(entry, dict):
            out.append(f"{kind}: no shipped embeddings")
            continue
        for name, value in key_for(source, version).items():
            if entry.get(name) != value:
                out.append(f"{kind}: {name} is {entry.get(name)!r}, now {value!r}")
    return out
