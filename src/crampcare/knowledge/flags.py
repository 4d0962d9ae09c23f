"""Red-flag entries: a condition over Intake fields and what it means (exported by
``knowledge.schema``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from crampcare.knowledge.entries import Entry
from crampcare.vocabulary import Level

# --- red flags ------------------------------------------------------------


class Condition(BaseModel):
    """A condition over Intake fields.

    Exactly one of: ``all`` / ``any`` (lists of conditions), ``not`` (one
    condition), or ``field`` with one comparison (``is``, ``gt``, ``ge``,
    ``lt``, ``le``, ``contains``, ``in``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)

    all_: tuple[Condition, ...] | None = Field(default=None, alias="all")
    any_: tuple[Condition, ...] | None = Field(default=None, alias="any")
    not_: Condition | None = Field(default=None, alias="not")
    field: str | None = None
    is_: Any = Field(default=None, alias="is")
    gt: float | None = None
    ge: float | None = None
    lt: float | None = None
    le: float | None = None
    contains: str | None = None
    in_: tuple[str, ...] | None = Field(default=None, alias="in")

    @model_validator(mode="after")
    def _one_form(self) -> Condition:
        groups = [self.all_ is not None, self.any_ is not None, self.not_ is not None]
        if self.field is None:
            if sum(groups) != 1:
                raise ValueError("a condition needs exactly one of all/any/not/field")
        else:
            if any(groups):
                raise ValueError("a field condition cannot also have all/any/not")
            ops = [
                self.is_ is not None,
                self.gt is not None,
                self.ge is not None,
                self.lt is not None,
                self.le is not None,
                self.contains is not None,
                self.in_ is not None,
            ]
            if sum(ops) != 1:
                raise ValueError("a field condition needs exactly one comparison")
        return self

    def fields(self) -> set[str]:
        """Every Intake field this condition reads."""
        out: set[str] = {self.field} if self.field else set()
        for sub in (*(self.all_ or ()), *(self.any_ or ()), *((self.not_,) if self.not_ else ())):
            out |= sub.fields()
        return out


class RedFlag(Entry):
    """A triage rule: when the condition holds, the level is at least ``level``."""

    kind: Literal["red_flag"]
    level: Level
    when: Condition
    message: str = Field(min_length=10, description="What the person is told, in plain words.")
    next_steps: tuple[str, ...] = ()
