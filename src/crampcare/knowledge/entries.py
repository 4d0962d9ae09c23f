"""What every knowledge-base entry has: an id, a title, sources, contraindications.

The base models of ``knowledge.schema`` (which exports every entry model).
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from crampcare.vocabulary import Grade, Situation

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
EntryId = Annotated[str, Field(pattern=ID_PATTERN, min_length=2, max_length=60)]

SEED_FILES = (
    "000_dd7beb3daf05069a.txt",
    "001_45299d1cb45338b0.txt",
    "002_206b154d7945aaec.txt",
    "003_481998d6d33d97d1.txt",
    "004_9c0c292a1c51c41a.txt",
)


#: Grades that must never appear as advice in a plan or a first-aid session.
NEVER_ADVISED = frozenset({Grade.AVOID, Grade.CLINICIAN_ONLY})


_ALLERGY = re.compile(r"^allergy:[a-z][a-z0-9_]*$")


def _check_condition(value: str) -> str:
    if value in Situation.__members__.values() or _ALLERGY.match(value):
        return value
    known = ", ".join(s.value for s in Situation)
    raise ValueError(f"unknown contraindication {value!r}: use one of {known} or allergy:<thing>")


class Contraindication(BaseModel):
    """A situation in which the item must not be offered, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    condition: str
    reason: str = Field(min_length=10)

    @field_validator("condition")
    @classmethod
    def _known(cls, value: str) -> str:
        return _check_condition(value)


class SourceRef(BaseModel):
    """Where a fact comes from: a seed article and a short locating quote, or a URL."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    seed: str | None = None
    passage: str | None = Field(
        default=None,
        description="A short quote (at most 10 words) that locates the passage in the seed.",
    )
    url: str | None = Field(default=None, pattern=r"^https?://")
    note: str | None = None

    @model_validator(mode="after")
    def _one_of_seed_or_url(self) -> SourceRef:
        if (self.seed is None) == (self.url is None):
            raise ValueError("a source has exactly one of 'seed' or 'url'")
        if self.seed is not None:
            if self.seed not in SEED_FILES:
                raise ValueError(f"unknown seed file {self.seed!r}")
            if not self.passage:
                raise ValueError("a seed source needs the 'passage' it comes from")
        return self


class Entry(BaseModel):
    """Fields every entry has."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: EntryId
    kind: str
    title: str = Field(min_length=3, max_length=120)
    text: str = Field(min_length=20, description="Plain-language text in our own words.")
    aliases: tuple[str, ...] = ()
    questions: tuple[str, ...] = Field(
        default=(), description="Example questions this entry answers (for `ask`)."
    )
    related: tuple[EntryId, ...] = ()
    sources: tuple[SourceRef, ...] = Field(min_length=1)

    grade: Grade | None = None
    evidence: str | None = None
    warning: str | None = Field(
        default=None,
        description="Required for avoid/clinician_only: the warning an answer leads with.",
    )
    cautions: tuple[str, ...] = ()
    contraindications: tuple[Contraindication, ...] = ()
    only_for: tuple[str, ...] = Field(
        default=(),
        description="Situations this entry is about (magnesium in pregnancy): it is offered "
        "only to people in one of them.",
    )
    superseded_for: tuple[str, ...] = Field(
        default=(),
        description="Situations whose evidence another entry gives (magnesium tablets: the "
        "'does not work' grade is for cramps outside pregnancy): plans there leave it out.",
    )
    suited_to: tuple[str, ...] = Field(
        default=(),
        description="Situations whose own guidance names this item (NHS pregnancy advice: "
        "gentle exercise, drinking water): for them it leads its grade and is never capped.",
    )

    @field_validator("only_for", "superseded_for", "suited_to")
    @classmethod
    def _known_situations(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_condition(v) for v in value)

    def contraindicated_for(self, situations: set[str]) -> list[Contraindication]:
        """The contraindications that apply to a person in these situations."""
        return [c for c in self.contraindications if c.condition in situations]


class Graded(Entry):
    """An entry that gives advice or makes a claim, so carries a grade and its evidence."""

    grade: Grade
    evidence: str = Field(min_length=20, description="Why this grade: the evidence, briefly.")

    @model_validator(mode="after")
    def _warned(self) -> Graded:
        if self.grade in NEVER_ADVISED and not self.warning:
            raise ValueError(f"a {self.grade.value} entry needs a 'warning' giving the reason")
        return self


class Source(Entry):
    """A seed article or an outside reference."""

    kind: Literal["source"]
    seed: str | None = None
    url: str | None = Field(default=None, pattern=r"^https?://")
    publisher: str | None = None
