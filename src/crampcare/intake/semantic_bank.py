"""The semantic screen's bank: blind vignettes, labelled, read as neighbours.

Hand-written red-flag exemplars are few and in our own words; the bank holds
vignettes written by people who read only the triage reference, each with its
level and the red flag it names (``knowledge/data/lexicon/red_flag_bank.yaml``,
built by ``benchmarks/semantic_bank_build.py``). A text is compared as a whole
with every vignette; its ``k`` nearest vote. The red flag holding the largest
share of the vote (similarity-weighted; ordinary and doctor-level vignettes
vote for nothing) asks its settling question when its share and its closest
vignette are high enough, and raises the level when nearly all of the nearest
name it. It never lowers anything.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from crampcare.errors import CrampcareError
from crampcare.intake.model import ConcernLevel
from crampcare.knowledge.files import data_bytes, parse_yaml

FILE = "red_flag_bank.yaml"
_RED = ("emergency", "urgent")
_RANK = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}


class BankError(CrampcareError):
    """The bank file is not valid."""


class Vote(BaseModel):
    """How the nearest vignettes vote (cosine similarities, shares of the vote's weight)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    k: int = Field(ge=1, le=50, description="Nearest vignettes that vote.")
    ask_share: float = Field(ge=0, le=1)
    ask: float = Field(gt=0, le=1, description="The flag's closest vignette, to ask.")
    raise_share: float = Field(ge=0, le=1)
    raise_: float = Field(alias="raise", gt=0, le=1)
    #: A red-flag vignette this close as the single nearest asks its flag's question even
    #: when the vote's share falls short: a text that reads almost like a red-flag case is
    #: not left to a silent self-care by its other, ordinary neighbours. None: off.
    near: float | None = Field(default=None, gt=0, le=1)


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    level: Literal["self_care", "doctor", "urgent", "emergency"]
    flag: str | None = Field(default=None, description="The red-flag rule an E/U case names.")


class BankFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vote: Vote
    cases: list[Case] = Field(min_length=1)


def bank_bytes() -> bytes:
    """The packaged bank, as stored (its hash keys the embedding cache)."""
    return data_bytes("lexicon", FILE)


def load_bank(source: bytes | None = None) -> BankFile:
    raw = bank_bytes() if source is None else source
    doc = parse_yaml(raw, f"lexicon/{FILE}", BankError)
    try:
        data = BankFile.model_validate(doc)
    except ValidationError as exc:
        raise BankError(f"lexicon/{FILE}: {exc}") from exc
    for case in data.cases:
        if (case.level in _RED) != (case.flag is not None):
            raise BankError(f"lexicon/{FILE}: only emergency and urgent cases name a flag")
    if data.vote.ask > data.vote.raise_ or data.vote.ask_share > data.vote.raise_share:
        raise BankError(f"lexicon/{FILE}: the ask thresholds are above the raise thresholds")
    return data


@dataclass(frozen=True)
class Verdict:
    """The vote's outcome for one text."""

    flag: str
    share: float  # of the k nearest vignettes' weight
    similarity: float  # of the flag's closest vignette
    level: ConcernLevel | None  # raise to this (the lowest level of the flag's voters), or only ask


def vote(
    neighbours: list[tuple[int, float]], cases: list[Case], rule: Vote, may_raise: set[str]
) -> Verdict | None:
    """The vote of the nearest vignettes (index, similarity; nearest first), if it speaks."""
    near = neighbours[: rule.k]
    total = sum(max(s, 1e-6) for _, s in near)
    weight: dict[str, float] = defaultdict(float)
    best: dict[str, float] = {}
    lowest: dict[str, str] = {}
    for i, s in near:
        flag = cases[i].flag
        if flag is None:
            continue
        weight[flag] += max(s, 0.0)
        best[flag] = max(best.get(flag, -1.0), s)
        level = cases[i].level
        if flag not in lowest or _RANK[level] < _RANK[lowest[flag]]:
            lowest[flag] = level
    if not weight:
        return None
    flag = max(weight, key=lambda f: weight[f])  # ties: the nearer vignette's flag
    share, similarity = weight[flag] / total, best[flag]
    if share < rule.ask_share or similarity < rule.ask:
        first, closest = near[0]
        nearest_flag = cases[first].flag
        if rule.near is not None and nearest_flag is not None and closest >= rule.near:
            return Verdict(nearest_flag, weight[nearest_flag] / total, closest, None)
        return None
    raises = flag in may_raise and share >= rule.raise_share and similarity >= rule.raise_
    return Verdict(flag, share, similarity, cast(ConcernLevel, lowest[flag]) if raises else None)


def nearest(similarities: Any, k: int) -> list[tuple[int, float]]:
    """The k most similar rows of a vector of similarities, nearest first."""
    import numpy as np

    k = min(k, len(similarities))
    top = np.argpartition(-similarities, k - 1)[:k]
    top = top[np.argsort(-similarities[top], kind="stable")]
    return [(int(i), float(similarities[i])) for i in top]
