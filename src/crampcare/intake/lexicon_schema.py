"""The lexicon files' schema (pydantic): checked when the lexicon is first read.

Kept apart from ``intake.lexicon``, which reads the validated values as plain
data: the start-up fast path takes them from its table (``knowledge.files.checked``),
so `check` and `ask` read the lexicon without importing pydantic.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from crampcare.errors import CrampcareError
from crampcare.intake.model import MedicineClass
from crampcare.intake.shape import LexiconError
from crampcare.knowledge.schema import SourceRef


class PhraseSchema(BaseModel):
    """Lay wording for one or more Intake values."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    means: dict[str, Any]
    patterns: tuple[str, ...] = Field(min_length=1)
    negatable: bool = True


class PhraseFileSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phrases: tuple[PhraseSchema, ...]


class MedicineNameSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    brands: tuple[str, ...] = ()


class MedicineClassSchema(BaseModel):
    """A class of medicines with its members, brand names and lay phrases."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: MedicineClass
    label: str
    causes_cramps: bool
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    medicines: tuple[MedicineNameSchema, ...] = ()
    lay: tuple[str, ...] = ()
    note: str | None = None


class MedicineFileSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")

    classes: tuple[MedicineClassSchema, ...]


def _checker(model: type[BaseModel], name: str) -> Any:
    def check(doc: Any) -> dict[str, Any]:
        try:
            return model.model_validate(doc).model_dump()
        except ValidationError as exc:
            raise LexiconError(f"lexicon/{name}: {exc}") from exc

    return check


def phrases(name: str) -> Any:
    """The validator of a phrase file (``phrases.yaml``, ``places.yaml``): plain values."""
    return _checker(PhraseFileSchema, name)


def medicines(name: str = "medicines.yaml") -> Any:
    """The validator of ``medicines.yaml``: plain values."""
    return _checker(MedicineFileSchema, name)


M = TypeVar("M", bound=BaseModel)


def read_typed(
    model: type[M], name: str, error: type[CrampcareError], source: bytes | None = None
) -> M:
    """A lexicon file (``source``, else the packaged one) parsed and validated as ``model``;
    any fault is ``error`` naming the file (the semantic channel's bank and exemplars)."""
    from crampcare.knowledge.files import data_bytes, parse_yaml

    raw = data_bytes("lexicon", name) if source is None else source
    doc = parse_yaml(raw, f"lexicon/{name}", error)
    try:
        return model.model_validate(doc)
    except ValidationError as exc:
        raise error(f"lexicon/{name}: {exc}") from exc
