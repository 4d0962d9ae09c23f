"""Typed models for knowledge-base entries.

Every entry kind of DESIGN.md is a pydantic model. The YAML files under
``knowledge/data`` are validated against these at load time, so a typo in the
data fails loudly with the file and entry named, never silently at run time.

The models live by idea: what every entry has (``entries``), the advice entries
(``advice``) and red flags (``flags``); every name is exported here, where
callers import them from.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from crampcare.knowledge.advice import (
    LINK_LABELS,
    LOOKALIKE_LABELS,
    Acupoint,
    Cause,
    CauseCategory,
    DiagramPosition,
    Food,
    Link,
    Nutrients,
    Phase,
    Prevention,
    Remedy,
    RemedyKind,
    Route,
    Schedule,
    Step,
    Technique,
    TechniqueKind,
    View,
)
from crampcare.knowledge.entries import (
    ID_PATTERN,
    NEVER_ADVISED,
    SEED_FILES,
    Contraindication,
    Entry,
    EntryId,
    Graded,
    Source,
    SourceRef,
)
from crampcare.knowledge.flags import (
    Condition,
    RedFlag,
)

__all__ = [
    "ID_PATTERN",
    "KINDS",
    "LINK_LABELS",
    "LOOKALIKE_LABELS",
    "NEVER_ADVISED",
    "SEED_FILES",
    "Acupoint",
    "AnyEntry",
    "Cause",
    "CauseCategory",
    "Condition",
    "Contraindication",
    "CoverageItem",
    "DiagramPosition",
    "Entry",
    "EntryId",
    "Food",
    "Graded",
    "Link",
    "Nutrients",
    "Phase",
    "Prevention",
    "RedFlag",
    "Remedy",
    "RemedyKind",
    "Route",
    "Schedule",
    "Source",
    "SourceRef",
    "Step",
    "Technique",
    "TechniqueKind",
    "View",
]

AnyEntry = Annotated[
    Source | Technique | Acupoint | Remedy | Cause | Prevention | Food | RedFlag,
    Field(discriminator="kind"),
]

KINDS: tuple[str, ...] = (
    "source",
    "technique",
    "acupoint",
    "remedy",
    "cause",
    "prevention",
    "food",
    "red_flag",
)


class CoverageItem(BaseModel):
    """One seed paragraph: the entries that hold its advice, or why it holds none."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    seed: str
    passage: str = Field(min_length=3, description="A quote that locates the paragraph.")
    ids: tuple[EntryId, ...] = ()
    skip: str | None = Field(default=None, description="Why this paragraph gives no advice.")

    @model_validator(mode="after")
    def _ids_or_skip(self) -> CoverageItem:
        if bool(self.ids) == bool(self.skip):
            raise ValueError("a coverage item has either 'ids' or 'skip', not both or neither")
        if self.seed not in SEED_FILES:
            raise ValueError(f"unknown seed file {self.seed!r}")
        return self
