"""The semantic screen's bank: blind vignettes, labelled, read as neighbours.

Hand-written red-flag exemplars are few and in our own words; the bank holds
vignettes written by people who read only the triage reference, each with its
level and the red flag it names (``knowledge/data/lexicon/red_flag_bank.yaml``,
built by ``benchmarks/semantic_bank_build.py``). A text is compared as a whole
with every vignette; its ``k`` nearest vote. The red flag holding the largest
share of the vote (similarity-weighted; ordinary and doctor-level vignettes
vote for nothing) asks its settling question when its share and its closest
vignette are high enough, and raises the level when nearly all of the nearest
name it (:mod:`crampcare.bank_vote`, shared with the word channel); since round s18
an emergency has its own, lower bar (``emergency_share``, ``emergency``). It
never lowers anything.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from crampcare.bank_vote import Verdict, vote
from crampcare.errors import CrampcareError
from crampcare.intake.lexicon_schema import read_typed
from crampcare.knowledge.files import data_bytes

FILE = "red_flag_bank.yaml"
_RED = ("emergency", "urgent")

__all__ = [
    "FILE",
    "BankError",
    "BankFile",
    "Case",
    "Verdict",
    "Vote",
    "load_bank",
    "nearest",
    "vote",
]


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
    #: The emergency bar (round s18): when the emergency vignettes among the ``k`` nearest
    #: hold this share of the vote and the closest of them is ``emergency`` close, the
    #: level is raised to emergency, with a lower bar than the raise of the vote. None: off.
    emergency_share: float | None = Field(default=None, gt=0, le=1)
    emergency: float | None = Field(default=None, gt=0, le=1)


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    level: Literal["self_care", "doctor", "urgent", "emergency"]
    flag: str | None = Field(default=None, description="The red-flag rule an E/U case names.")


class BankFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vote: Vote
    #: The word channel (``crampcare.neighbour_build``) indexes only the first ``words``
    #: cases (None: all). Since round s17 the semantic bank holds five times the sets;
    #: the word channel keeps the older, smaller bank, its index read on ``check`` and
    #: in ask's red-flag screen (docs/neighbour-triage.md, "Round s17").
    words: int | None = Field(default=None, ge=1)
    cases: list[Case] = Field(min_length=1)


def bank_bytes() -> bytes:
    """The packaged bank, as stored (its hash keys the embedding cache)."""
    return data_bytes("lexicon", FILE)


def load_bank(source: bytes | None = None) -> BankFile:
    data = read_typed(BankFile, FILE, BankError, source)
    for case in data.cases:
        if (case.level in _RED) != (case.flag is not None):
            raise BankError(f"lexicon/{FILE}: only emergency and urgent cases name a flag")
    if data.words is not None and data.words > len(data.cases):
        raise BankError(f"lexicon/{FILE}: words is more than the cases")
    if data.vote.ask > data.vote.raise_ or data.vote.ask_share > data.vote.raise_share:
        raise BankError(f"lexicon/{FILE}: the ask thresholds are above the raise thresholds")
    if (data.vote.emergency_share is None) != (data.vote.emergency is None):
        raise BankError(f"lexicon/{FILE}: the emergency bar needs both its share and closeness")
    return data


def nearest(similarities: Any, k: int) -> list[tuple[int, float]]:
    """The k most similar rows of a vector of similarities, nearest first."""
    import numpy as np

    k = min(k, len(similarities))
    top = np.argpartition(-similarities, k - 1)[:k]
    top = top[np.argsort(-similarities[top], kind="stable")]
    return [(int(i), float(similarities[i])) for i in top]
