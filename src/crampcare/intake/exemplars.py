"""The red-flag exemplars of the semantic screen: a typed, checked YAML file.

Each flag names a red-flag rule (its topic), the question that settles it, the
level it may raise to and a few lay descriptions; ordinary-cramp sentences
(``negatives``) calibrate what is not a worry.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from crampcare.errors import CrampcareError
from crampcare.intake.lexicon_schema import read_typed
from crampcare.intake.model import ConcernLevel
from crampcare.knowledge.files import data_bytes

FILE = "red_flag_exemplars.yaml"


class ExemplarError(CrampcareError):
    """The exemplar file is not valid."""


class Thresholds(BaseModel):
    """Cosine similarities: to raise, to ask, and the lead a flag needs over ordinary cramps."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    raise_: float = Field(alias="raise", gt=0, le=1)
    ask: float = Field(gt=0, le=1)
    margin: float = Field(ge=0, le=1)
    raise_margin: float | None = Field(
        default=None, ge=0, le=1, description="The lead a raise needs (default: margin)."
    )
    strong: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="At or above this similarity, any lead over ordinary cramps asks.",
    )
    ask_at_most: int = Field(
        default=3, ge=1, description="Question-only concerns per text, strongest first."
    )
    asks: bool = Field(
        default=True, description="False: the exemplars only raise (the bank's vote asks)."
    )
    window: int = Field(
        default=1, ge=1, le=2, description="2: adjacent sentences are also read as one part."
    )


class Flag(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    topic: str = Field(description="A red-flag rule id (entries/red_flags.yaml).")
    question: str = Field(description="An id of crampcare.intake.questions.QUESTIONS.")
    level: ConcernLevel
    raise_: bool = Field(default=True, alias="raise", description="False: only ever ask.")
    exemplars: list[str] = Field(min_length=3, max_length=12)


class ExemplarFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    thresholds: Thresholds
    flags: list[Flag] = Field(min_length=1)
    negatives: list[str] = Field(default_factory=list)


def exemplar_bytes() -> bytes:
    """The packaged exemplar file, as stored (its hash keys the embedding cache)."""
    return data_bytes("lexicon", FILE)


def load_exemplars(source: bytes | None = None) -> ExemplarFile:
    """Parse and validate the exemplars (the packaged file unless ``source`` is given)."""
    data = read_typed(ExemplarFile, FILE, ExemplarError, source)
    if data.thresholds.ask > data.thresholds.raise_:
        raise ExemplarError(f"lexicon/{FILE}: the ask threshold is above the raise threshold")
    if data.thresholds.strong is not None and data.thresholds.strong < data.thresholds.ask:
        raise ExemplarError(f"lexicon/{FILE}: the strong threshold is below the ask threshold")
    return data


def problems(data: ExemplarFile) -> list[str]:
    """What does not fit the rest of the program: unknown rules or questions, levels."""
    from crampcare.intake.questions import QUESTIONS
    from crampcare.triage_rules import red_flags
    from crampcare.vocabulary import LEVEL_ORDER

    rules = {r.id: r for r in red_flags()}
    questions = {q.id for q in QUESTIONS}
    out: list[str] = []
    seen: set[str] = set()
    for flag in data.flags:
        if flag.topic in seen:
            out.append(f"{flag.topic}: listed twice")
        seen.add(flag.topic)
        rule = rules.get(flag.topic)
        if rule is None:
            out.append(f"{flag.topic}: no such red-flag rule")
        elif LEVEL_ORDER[flag.level] > LEVEL_ORDER[rule.level]:
            out.append(f"{flag.topic}: level {flag.level} is above its rule's {rule.level}")
        if flag.question not in questions:
            out.append(f"{flag.topic}: no such question {flag.question!r}")
        if len(set(flag.exemplars)) != len(flag.exemplars):
            out.append(f"{flag.topic}: an exemplar is listed twice")
    return out


def titles() -> dict[str, str]:
    """Each red-flag rule's title, lower-cased to sit inside a sentence."""
    from crampcare.triage_rules import red_flags

    return {r.id: r.title[:1].lower() + r.title[1:] for r in red_flags()}
