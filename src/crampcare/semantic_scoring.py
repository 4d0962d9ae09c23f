"""One semantic screen: how close a text comes to each red flag, and what that earns.

The model, the exemplars and the bank with their embeddings, opened once
(:meth:`SemanticScreen.open`), and the rules that turn similarities into
concerns: the exemplars' thresholds per readable part of the text, and the
bank's vote on the whole text. Kept apart from ``crampcare.intake.semantic_screen``,
which decides whether the process has a screen at all (the setting, the
background load, its state) and hands texts to the one it has. It lives beside
``semantic_model`` and ``semantic_vectors``, not in ``intake``, which stays within
its share of the code (tests/test_package_share.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crampcare.intake.exemplars import ExemplarFile, exemplar_bytes, load_exemplars, titles
from crampcare.intake.model import Concern
from crampcare.intake.screen_text import readable_parts
from crampcare.semantic_bank import BankFile, bank_bytes, load_bank, nearest, vote
from crampcare.semantic_cache import embeddings
from crampcare.semantic_model import load_model
from crampcare.semantic_vectors import bank_text, encode

__all__ = ["Score", "SemanticScreen"]


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
        matrix = embeddings(model, "exemplars", source, len(owners), cache_dir)
        screen = cls(model, exemplars, matrix, owners, titles())
        if with_bank:
            if bank_source is None:
                bank_source = bank_bytes()
            screen.bank = load_bank(bank_source)
            rows = len(screen.bank.cases)
            screen.bank_matrix = embeddings(model, "bank", bank_source, rows, cache_dir)
        return screen

    def scores(self, text: str) -> list[Score]:
        """For every readable part of the text, its best similarity to each flag."""
        parts = readable_parts(text, self.exemplars.thresholds.window)
        if not parts:
            return []
        return self.scores_of(parts, encode(self.model, [read for _, read in parts]))

    def scores_of(self, parts: list[tuple[str, str]], vectors: Any) -> list[Score]:
        """:meth:`scores` for parts already embedded (``vectors``: one row per part)."""
        import numpy as np

        sims = self.matrix @ vectors.T  # rows: exemplars, columns: parts
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
