"""The lexicon's validated tables as plain, slotted data (no pydantic).

``intake.lexicon_schema`` validates the lexicon files (pydantic); the start-up fast
path holds the validated values in its table (``knowledge.files.checked``), so a
short `check` or `ask` reads them here without importing pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crampcare.flag_rules import FlagSource
from crampcare.intake.model import MedicineClass
from crampcare.intake.shape import LexiconError
from crampcare.knowledge.files import checked, checked_marshalled, data_bytes


@dataclass(frozen=True, slots=True)
class Phrase:
    """Lay wording for one or more Intake values (validated by ``lexicon_schema``)."""

    means: dict[str, Any]
    patterns: tuple[str, ...]
    negatable: bool = True


@dataclass(frozen=True, slots=True)
class MedicineName:
    name: str
    brands: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MedicineClassEntry:
    """A class of medicines with its members, brand names and lay phrases."""

    id: MedicineClass
    label: str
    causes_cramps: bool
    sources: tuple[FlagSource, ...]
    medicines: tuple[MedicineName, ...] = ()
    lay: tuple[str, ...] = ()
    note: str | None = None

    @classmethod
    def of(cls, data: dict[str, Any]) -> MedicineClassEntry:
        """From validated values (``lexicon_schema.MedicineClassSchema.model_dump()``)."""
        return cls(
            id=data["id"],
            label=data["label"],
            causes_cramps=data["causes_cramps"],
            sources=tuple(FlagSource(**s) for s in data["sources"]),
            medicines=tuple(MedicineName(m["name"], tuple(m["brands"])) for m in data["medicines"]),
            lay=tuple(data["lay"]),
            note=data["note"],
        )


#: The lexicon files validated by a schema: file -> (schema name, validator's name
#: in ``lexicon_schema``).
_SCHEMAS = {
    "phrases.yaml": ("lexicon-phrases/1", "phrases"),
    "places.yaml": ("lexicon-phrases/1", "phrases"),
    "medicines.yaml": ("lexicon-medicines/1", "medicines"),
}


def _validator(name: str) -> Any:
    def validate(doc: Any) -> Any:
        # pydantic, only when the fast table does not hold these bytes validated
        from crampcare.intake import lexicon_schema

        return getattr(lexicon_schema, _SCHEMAS[name][1])(name)(doc)

    return validate


def validated(name: str) -> Any:
    """A lexicon file's document, validated by its schema, as plain values."""
    schema = _SCHEMAS[name][0]
    raw = data_bytes("lexicon", name)
    return checked(schema, raw, f"lexicon/{name}", _validator(name), LexiconError)


def checked_table() -> dict[tuple[str, bytes], bytes]:
    """The lexicon files validated, for ``knowledge.files.preload_checked``."""
    out: dict[tuple[str, bytes], bytes] = {}
    for name, (schema, _) in _SCHEMAS.items():
        raw = data_bytes("lexicon", name)
        out.update(checked_marshalled(schema, raw, f"lexicon/{name}", _validator(name)))
    return out
