"""ConText for free-text intake: is a finding denied, hypothetical, over, someone else's, unsure?

The trigger phrases, their direction and reach, and the clause terminators
are data (``knowledge/data/lexicon/context.yaml``). A trigger gives a finding
its category when it stands before it (forward) or after it (backward) in the
same clause, within its number of words. Triggers and terminators inside a
matched lay phrase ("can't catch my breath", "stopped sweating") belong to
that phrase and count for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from crampcare.intake.lazy import Lazy

Category = Literal["negated", "hypothetical", "historical", "other", "uncertain"]
_WORD = re.compile(r"[\w']+")


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    direction: Literal["forward", "backward"]
    scope_words: int = Field(ge=1, le=30)
    triggers: tuple[str, ...] = Field(min_length=1)


class ContextFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    terminators: tuple[str, ...] = Field(min_length=1)
    categories: dict[Category, tuple[Rule, ...]]
    self_signals: tuple[str, ...] = ()
    uncertain_still_fires: tuple[str, ...] = ()
    historical_still_fires: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Compiled:
    category: Category
    forward: bool
    scope: int
    pattern: Lazy


@dataclass(frozen=True)
class Rules:
    terminator: re.Pattern[str]
    rules: tuple[_Compiled, ...]
    self_signal: re.Pattern[str] | None
    uncertain_still_fires: frozenset[str]
    historical_still_fires: frozenset[str]


@dataclass(frozen=True)
class Context:
    """The context of one finding; ``negated`` holds the denying words."""

    negated: str | None = None
    hypothetical: bool = False
    historical: bool = False
    other: bool = False
    uncertain: bool = False

    @property
    def fires(self) -> bool:
        """Present, real, the patient's and certain (negation is read by the caller)."""
        return not (self.hypothetical or self.historical or self.other or self.uncertain)


@cache
def rules() -> Rules:
    """The packaged context rules, validated and compiled once per process."""
    from crampcare.intake.lexicon import LexiconError, load_yaml

    try:
        data = ContextFile.model_validate(load_yaml("context.yaml"))
    except ValidationError as exc:
        raise LexiconError(f"lexicon/context.yaml: {exc}") from exc
    compiled = tuple(
        _Compiled(category, rule.direction == "forward", rule.scope_words, Lazy(trigger))
        for category, items in data.categories.items()
        for rule in items
        for trigger in rule.triggers
    )
    signals = "|".join(f"(?:{s})" for s in data.self_signals)
    return Rules(
        terminator=re.compile("|".join(f"(?:{t})" for t in data.terminators), re.IGNORECASE),
        rules=compiled,
        self_signal=re.compile(signals, re.IGNORECASE) if signals else None,
        uncertain_still_fires=frozenset(data.uncertain_still_fires),
        historical_still_fires=frozenset(data.historical_still_fires),
    )


def _inside(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def bounds(
    sentence: str, start: int, end: int, spans: Sequence[tuple[int, int]] = ()
) -> tuple[int, int]:
    """The clause around ``sentence[start:end]``: from the last terminator before it to the next."""
    left, right = 0, len(sentence)
    for b_start, b_end in _terminators(sentence, tuple(spans)):
        if b_end <= start:
            left = b_end
        elif b_start >= end:
            right = b_start
            break
    return left, right


@lru_cache(maxsize=64)
def _terminators(sentence: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Where clauses end in a sentence (outside matched phrases); every finding asks."""
    return tuple(
        (b.start(), b.end())
        for b in rules().terminator.finditer(sentence)
        if b.end() > b.start() and not _inside(b.start(), spans)
    )


def read(sentence: str, start: int, end: int, spans: Sequence[tuple[int, int]] = ()) -> Context:
    """The context of the finding at ``sentence[start:end]``; ``spans`` are matched phrases."""
    left, right = bounds(sentence, start, end, spans)
    lowered = sentence.lower()
    found: dict[str, str] = {}
    for rule in rules().rules:
        if rule.category in found:
            continue
        if rule.forward:
            for m in rule.pattern.finditer(sentence, lowered, left, start):
                if _inside(m.start(), spans):
                    continue
                if len(_WORD.findall(sentence[m.end() : start])) <= rule.scope:
                    found[rule.category] = m.group()
        else:
            for m in rule.pattern.finditer(sentence, lowered, end, right):
                if _inside(m.start(), spans):
                    continue
                if len(_WORD.findall(sentence[end : m.start()])) <= rule.scope:
                    found[rule.category] = m.group()
                    break
    return Context(
        negated=found.get("negated"),
        hypothetical="hypothetical" in found,
        historical="historical" in found,
        other="other" in found,
        uncertain="uncertain" in found,
    )


def speaks_for_self(text: str) -> bool:
    """Whether the writer says outright that they are the one asking about."""
    signal = rules().self_signal
    return bool(signal and signal.search(text))
