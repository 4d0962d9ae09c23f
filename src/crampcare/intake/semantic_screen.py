"""A second, independent triage channel: the person's sentences against red-flag exemplars.

Rules miss wordings nobody wrote down. With the optional ``semantic`` extra,
each sentence is embedded and compared with short lay descriptions of every
red flag (``knowledge/data/lexicon/red_flag_exemplars.yaml``). A sentence close
enough to a flag raises a :class:`Concern`: it may raise the level (``level``)
or ask the flag's settling question, never lower anything. Without the extra,
:func:`screen` returns ``[]`` at once and torch is never imported.

A second source of neighbours is the bank of labelled blind vignettes
(:mod:`crampcare.intake.semantic_bank`): the whole text is compared with each,
and the nearest vote for a red flag. With ``asks: false`` in the exemplar file
the exemplars only raise and the bank's vote does the asking (chosen by
cross-validation, docs/semantic-triage.md).

The exemplars' and the bank's embeddings ship with the package
(:mod:`crampcare.semantic_vectors`, rebuilt by ``python -m
crampcare.semantic_build``), so a run embeds only the person's text.
When a file no longer matches what was shipped (edited locally), its
embeddings are computed once and cached under the user cache folder, keyed by
a hash of the file and the model name.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from crampcare.intake.exemplars import ExemplarFile, exemplar_bytes, load_exemplars, titles
from crampcare.intake.model import Concern, Intake
from crampcare.intake.screen_text import readable_parts
from crampcare.intake.semantic_bank import BankFile, bank_bytes, load_bank, nearest, vote
from crampcare.semantic_model import MODEL_NAME, available, load_model

# What is embedded, and how, is the shipped embeddings' recipe: defined with them.
from crampcare.semantic_vectors import Kind, bank_text, embedded_texts, encode, shipped

__all__ = [
    "Score",
    "SemanticScreen",
    "available",
    "enabled",
    "screen",
    "screened",
    "screened_if_loaded",
    "start_loading",
    "state",
    "warm",
]

log = logging.getLogger("crampcare.semantic")

#: Bump when the cache's layout or the embedding recipe changes.
_LAYOUT = "2"


def cache_key(source: bytes) -> str:
    """What the cached exemplar embeddings depend on: the file, the model, the layout."""
    digest = hashlib.sha256(source + b"\0" + MODEL_NAME.encode() + b"\0" + _LAYOUT.encode())
    return digest.hexdigest()[:20]


@dataclass(frozen=True)
class Score:
    """How close one part of the text came to one red flag (and to ordinary cramps)."""

    topic: str
    words: str
    similarity: float
    negative: float  # best similarity to an ordinary-cramp exemplar


@dataclass
class SemanticScreen:
    """The model, the exemplars and their unit-length embeddings."""

    model: Any
    exemplars: ExemplarFile
    matrix: Any  # (n exemplars + n negatives) x dim, flags' exemplars first, in file order
    owners: list[int]  # flag index of each row; -1 for a negative
    titles: dict[str, str]  # topic -> the red flag's title, for the reason
    bank: BankFile | None = None
    bank_matrix: Any = None  # one row per bank vignette, in file order

    @classmethod
    def open(
        cls,
        cache_dir: Path | None = None,
        source: bytes | None = None,
        bank_source: bytes | None = None,
        with_bank: bool = True,
    ) -> SemanticScreen:
        """Load the model, the exemplars' and the bank's embeddings (computed once, then cached)."""
        if source is None:
            source = exemplar_bytes()
        exemplars = load_exemplars(source)
        if cache_dir is None:
            from crampcare.settings import cache_dir as settings_cache_dir

            cache_dir = settings_cache_dir() / "semantic-screen"
        owners: list[int] = []
        for i, flag in enumerate(exemplars.flags):
            owners += [i] * len(flag.exemplars)
        owners += [-1] * len(exemplars.negatives)
        model = load_model()
        matrix = _vectors(model, "exemplars", source, len(owners), cache_dir)
        screen = cls(model, exemplars, matrix, owners, titles())
        if with_bank:
            if bank_source is None:
                bank_source = bank_bytes()
            screen.bank = load_bank(bank_source)
            rows = len(screen.bank.cases)
            screen.bank_matrix = _vectors(model, "bank", bank_source, rows, cache_dir)
        return screen

    def scores(self, text: str) -> list[Score]:
        """For every readable part of the text, its best similarity to each flag."""
        import numpy as np

        parts = readable_parts(text, self.exemplars.thresholds.window)
        if not parts:
            return []
        sims = (
            self.matrix @ encode(self.model, [read for _, read in parts]).T
        )  # rows: exemplars, columns: parts
        owners = np.asarray(self.owners)
        negative = sims[owners == -1].max(axis=0) if (owners == -1).any() else np.zeros(len(parts))
        out: list[Score] = []
        for i, flag in enumerate(self.exemplars.flags):
            best = sims[owners == i].max(axis=0)
            for j, (words, _) in enumerate(parts):
                out.append(Score(flag.topic, words, float(best[j]), float(negative[j])))
        return out

    def concerns(self, scores: list[Score]) -> list[Concern]:
        """The concerns the scores earn under the file's thresholds, strongest per flag."""
        limits = self.exemplars.thresholds
        by_topic = {f.topic: f for f in self.exemplars.flags}
        best: dict[str, tuple[tuple[bool, float], Concern]] = {}
        for s in scores:
            flag = by_topic[s.topic]
            lead = s.similarity - s.negative
            # "It went away" and "it is not going away" embed alike, so a sentence
            # very close to a flag may tie with ordinary cramps: it still asks.
            strong = limits.strong is not None and s.similarity >= limits.strong and lead > 0
            may_ask = (
                limits.asks and s.similarity >= limits.ask and (lead >= limits.margin or strong)
            )
            raise_margin = limits.margin if limits.raise_margin is None else limits.raise_margin
            raises = flag.raise_ and s.similarity >= limits.raise_ and lead >= raise_margin
            if not (may_ask or raises):
                continue
            concern = Concern(
                topic=flag.topic,
                words=s.words,
                reason=f'"{s.words}" may describe this: {self.titles.get(flag.topic, flag.topic)}.',
                question=flag.question,
                level=flag.level if raises else None,
                channel="semantic",
            )
            # Per flag, a part that raises wins over a closer part that only asks.
            strength = (raises, s.similarity)
            held = best.get(flag.topic)
            if held is None or strength > held[0]:
                best[flag.topic] = (strength, concern)
        ranked = [c for _, c in sorted(best.values(), key=lambda sc: -sc[0][1])]
        # A long list of weak questions buries the one that matters.
        asks = [c for c in ranked if c.level is None][: limits.ask_at_most]
        return [c for c in ranked if c.level is not None or c in asks]

    def bank_concern(self, text: str) -> Concern | None:
        """The bank's vote on the whole text, as a concern (or None when it does not speak)."""
        if self.bank is None:
            return None
        similarities = self.bank_matrix @ encode(self.model, [bank_text(text)])[0]
        may_raise = {f.topic for f in self.exemplars.flags if f.raise_}
        verdict = vote(
            nearest(similarities, self.bank.vote.k), self.bank.cases, self.bank.vote, may_raise
        )
        flag = {f.topic: f for f in self.exemplars.flags}.get(verdict.flag) if verdict else None
        if verdict is None or flag is None:
            return None
        title = self.titles.get(flag.topic, flag.topic)
        return Concern(
            topic=flag.topic,
            words=_shorten(text),
            reason=f"What you wrote may describe this: {title}.",
            question=flag.question,
            level=verdict.level,
            channel="semantic",
        )

    def screen(self, text: str) -> list[Concern]:
        out = self.concerns(self.scores(text))
        extra = self.bank_concern(text)
        if extra is not None:
            held = next((c for c in out if c.topic == extra.topic), None)
            # One concern per flag: the bank's replaces a question-only one, not a raise.
            if held is None or (held.level is None and extra.level is not None):
                out = [c for c in out if c is not held] + [extra]
        return out


def _shorten(text: str, at_most: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= at_most else flat[: at_most - 1].rsplit(" ", 1)[0] + "…"


def _vectors(model: Any, kind: Kind, source: bytes, rows: int, cache_dir: Path) -> Any:
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


_lock = threading.Lock()
_default: SemanticScreen | None = None
#: The background load ``start_loading`` began (a server's), and whether a load failed.
_loader: threading.Thread | None = None
_failed = False
# Not ``_lock``, which a load holds for its whole seconds: a request never waits on it.
_start_lock = threading.Lock()

State = Literal["off", "loading", "ready", "failed"]


def _screen() -> SemanticScreen:
    global _default, _failed
    # The web app warms this in a background thread while requests may arrive.
    with _lock:
        if _default is None:
            try:
                _default = SemanticScreen.open()
            except BaseException:
                _failed = True
                raise
            _failed = False
        return _default


def enabled() -> bool:
    """Whether the screen runs: the extra is installed and the setting does not turn it off."""
    from crampcare.settings import get

    return get("semantic_triage").strip().lower() not in {"off", "0", "no", "false"} and (
        available()
    )


def warm() -> bool:
    """Load the model and exemplars now (seconds) if the screen is enabled; whether it is."""
    if not enabled():
        return False
    _screen().screen("calf cramp at night")
    return True


def _load() -> None:
    try:
        warm()
    except Exception:  # said by state() and by every result that goes without the screen
        log.exception("loading the semantic triage screen failed")


def start_loading() -> threading.Thread | None:
    """Load the screen on a background thread (a server's start); returns at once.

    The thread doing it (one at a time), or None when it is loaded, failed, or off.
    """
    global _loader
    with _start_lock:
        if _default is not None or _failed or not enabled():
            return None
        if _loader is None or not _loader.is_alive():
            _loader = threading.Thread(target=_load, name="crampcare-semantic-load", daemon=True)
            _loader.start()
        return _loader


def state() -> State:
    """``off`` (not enabled), ``loading``, ``ready``, or ``failed`` (see the log)."""
    if not enabled():
        return "off"
    if _default is not None:
        return "ready"
    return "failed" if _failed else "loading"


def screen(text: str) -> list[Concern]:
    """Concerns the text's sentences raise by meaning; ``[]`` when the screen is not enabled."""
    if not text.strip() or not enabled():
        return []
    return _screen().screen(text)


def screened(intake: Intake, text: str) -> Intake:
    """The intake with the semantic concerns of its text added (topics already raised skipped)."""
    extra = [c for c in screen(text) if c.topic not in {k.topic for k in intake.concerns}]
    if not extra:
        return intake
    return replace(intake, concerns=[*intake.concerns, *extra])


def screened_if_loaded(intake: Intake, text: str, start: bool = True) -> Intake | None:
    """``screened`` when the screen is loaded (or off); None while it is still loading.

    Never waits for the model: a server answers with the lexical result and the
    red-flag checklist meanwhile (``assess(..., screen_pending=True)``), and the
    load is started in the background if nothing started it yet (unless ``start``
    is False: a served worker's warm-up starts it once its first visitors are served).
    """
    if not text.strip() or not enabled():
        return intake
    loaded = _default
    if loaded is None:
        if start:
            start_loading()
        return None
    extra = [c for c in loaded.screen(text) if c.topic not in {k.topic for k in intake.concerns}]
    return replace(intake, concerns=[*intake.concerns, *extra]) if extra else intake
