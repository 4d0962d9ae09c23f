"""How the nearest labelled vignettes of the red-flag bank vote (both neighbour channels).

The bank (``knowledge/data/lexicon/red_flag_bank.yaml``) holds blind vignettes,
each with its level and, for an emergency or urgent one, the red-flag rule it
names. A text's ``k`` nearest vignettes vote: the red flag holding the largest
share of the vote (similarity-weighted; ordinary and doctor-level vignettes
vote for nothing) asks its settling question when its share and its closest
vignette are high enough, and raises the level when nearly all of the nearest
name it. An emergency has its own, lower bar (``emergency_share``, ``emergency``): when
the emergency-level vignettes among the nearest hold that share of the vote and the
closest of them is that close, the level is raised to emergency whatever the other
levels' vote says (a missed emergency costs most; only the semantic channel has one).
The semantic channel finds the neighbours by sentence embeddings
(:mod:`crampcare.semantic_bank`), the word channel by shared words and letters
(:mod:`crampcare.intake.neighbours`); the vote is the same.

No pydantic here: the word channel runs in ``check --text``'s fast path. It sits beside
the channels' other shared parts (``neighbour_*``, ``semantic_*``), not in intake.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Protocol, cast

from crampcare.intake.model import ConcernLevel

_RANK = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}


class VoteRule(Protocol):
    """A vote's thresholds (cosine similarities, shares of the vote's weight)."""

    @property
    def k(self) -> int: ...
    @property
    def ask_share(self) -> float: ...
    @property
    def ask(self) -> float: ...
    @property
    def raise_share(self) -> float: ...
    @property
    def raise_(self) -> float: ...
    @property
    def near(self) -> float | None: ...
    @property
    def emergency_share(self) -> float | None: ...
    @property
    def emergency(self) -> float | None: ...


class Labelled(Protocol):
    """A bank vignette as the vote sees it: its level and the red flag it names."""

    @property
    def level(self) -> str: ...
    @property
    def flag(self) -> str | None: ...


class Labels(Protocol):
    """The bank's vignettes by number (a list, or the word channel's lazy labels)."""

    def __getitem__(self, i: int, /) -> Labelled: ...


@dataclass(frozen=True)
class Verdict:
    """The vote's outcome for one text."""

    flag: str
    share: float  # of the k nearest vignettes' weight
    similarity: float  # of the flag's closest vignette
    level: ConcernLevel | None  # raise to this (the lowest level of the flag's voters), or only ask


def vote(
    neighbours: list[tuple[int, float]],
    cases: Labels,
    rule: VoteRule,
    may_raise: set[str] | frozenset[str],
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
    alarm = _emergency(near, cases, rule, may_raise, total)
    if alarm is not None:
        return alarm
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


def _emergency(
    near: list[tuple[int, float]],
    cases: Labels,
    rule: VoteRule,
    may_raise: set[str] | frozenset[str],
    total: float,
) -> Verdict | None:
    """The emergency bar: the emergency vignettes (of flags that may raise) among the
    nearest hold ``emergency_share`` of the vote, the closest of them ``emergency`` close.
    Raises to emergency, naming the emergency flag with the largest share."""
    if rule.emergency_share is None or rule.emergency is None:
        return None
    weight: dict[str, float] = defaultdict(float)
    best: dict[str, float] = {}
    for i, s in near:
        case = cases[i]
        if case.level == "emergency" and case.flag is not None and case.flag in may_raise:
            weight[case.flag] += max(s, 0.0)
            best[case.flag] = max(best.get(case.flag, -1.0), s)
    if not weight or sum(weight.values()) / total < rule.emergency_share:
        return None
    if max(best.values()) < rule.emergency:
        return None
    flag = max(weight, key=lambda f: weight[f])
    return Verdict(flag, sum(weight.values()) / total, max(best.values()), "emergency")
