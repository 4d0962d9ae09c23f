"""The red-flag rules as triage reads them: plain, slotted data, no pydantic.

``knowledge.schema.RedFlag`` validates ``red_flags.yaml`` (pydantic, 18 models);
triage only reads the validated values. Here they are held as small frozen
dataclasses made from the validated document, which the start-up fast path takes
from its table (``knowledge.files.checked``): `check` and `ask` triage without
importing pydantic, and the YAML is validated whenever the table does not hold it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from crampcare.vocabulary import Level

if TYPE_CHECKING:
    from crampcare.knowledge.schema import RedFlag

#: The schema name of the validated red flags in ``knowledge.files``' table.
SCHEMA = "red_flags/1"
FILE = ("entries", "red_flags.yaml")


@dataclass(frozen=True, slots=True)
class FlagSource:
    """Where a rule comes from: a seed article and a locating quote, or a URL."""

    seed: str | None = None
    passage: str | None = None
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class FlagCondition:
    """A condition over Intake fields (``knowledge.schema.Condition``'s values)."""

    all_: tuple[FlagCondition, ...] | None = None
    any_: tuple[FlagCondition, ...] | None = None
    not_: FlagCondition | None = None
    field: str | None = None
    is_: Any = None
    gt: float | None = None
    ge: float | None = None
    lt: float | None = None
    le: float | None = None
    contains: str | None = None
    in_: tuple[str, ...] | None = None

    def fields(self) -> set[str]:
        """Every Intake field this condition reads."""
        out: set[str] = {self.field} if self.field else set()
        for sub in (*(self.all_ or ()), *(self.any_ or ()), *((self.not_,) if self.not_ else ())):
            out |= sub.fields()
        return out


@dataclass(frozen=True, slots=True)
class FlagRule:
    """A red-flag rule: when ``when`` holds, the level is at least ``level``."""

    id: str
    title: str
    level: Level
    when: FlagCondition
    message: str
    next_steps: tuple[str, ...]
    sources: tuple[FlagSource, ...]
    related: tuple[str, ...]


def _rule(data: dict[str, Any]) -> FlagCondition:
    def many(key: str) -> tuple[FlagCondition, ...] | None:
        items = data.get(key)
        return None if items is None else tuple(_rule(c) for c in items)

    inner = data.get("not_")
    found = data.get("in_")
    return FlagCondition(
        all_=many("all_"),
        any_=many("any_"),
        not_=None if inner is None else _rule(inner),
        field=data.get("field"),
        is_=data.get("is_"),
        gt=data.get("gt"),
        ge=data.get("ge"),
        lt=data.get("lt"),
        le=data.get("le"),
        contains=data.get("contains"),
        in_=None if found is None else tuple(found),
    )


def flag(data: dict[str, Any]) -> FlagRule:
    """A rule from a validated ``RedFlag``'s values (``model_dump()``)."""
    return FlagRule(
        id=data["id"],
        title=data["title"],
        level=data["level"],
        when=_rule(data["when"]),
        message=data["message"],
        next_steps=tuple(data["next_steps"]),
        sources=tuple(FlagSource(**s) for s in data["sources"]),
        related=tuple(data["related"]),
    )


def of_models(flags: tuple[RedFlag, ...] | list[RedFlag]) -> tuple[FlagRule, ...]:
    """Rules from validated ``RedFlag`` models (a knowledge base's)."""
    return tuple(flag(f.model_dump()) for f in flags)


def validate(doc: Any) -> list[dict[str, Any]]:
    """``red_flags.yaml``'s document validated (pydantic), as plain values."""
    from crampcare.knowledge.loader import parse_entries
    from crampcare.knowledge.schema import RedFlag

    items = parse_entries(doc["entries"], FILE[-1])
    return [e.model_dump() for e in items if isinstance(e, RedFlag)]


def checked_table() -> dict[tuple[str, bytes], bytes]:
    """The packaged red flags validated, for ``knowledge.files.preload_checked``."""
    from crampcare.knowledge.files import checked_marshalled, data_bytes

    return checked_marshalled(SCHEMA, data_bytes(*FILE), "/".join(FILE), validate)


@cache
def packaged() -> tuple[FlagRule, ...]:
    """The packaged red-flag rules (validated now, unless the fast table holds them)."""
    from crampcare.knowledge.files import checked, data_bytes

    # Triage needs only this one file; reading it alone keeps `check` fast.
    return tuple(flag(d) for d in checked(SCHEMA, data_bytes(*FILE), "/".join(FILE), validate))
