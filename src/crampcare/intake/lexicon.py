"""The intake lexicon: lay phrases and medicine names, as typed, compiled data.

The tables live in the knowledge base (``knowledge/data/lexicon/*.yaml``) so
they can be read, reviewed and cited like any other knowledge; this module
validates them and compiles their patterns once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from crampcare.errors import CrampcareError
from crampcare.intake.model import MedicineClass
from crampcare.knowledge.schema import SourceRef

_FLAGS = re.IGNORECASE


class LexiconError(CrampcareError):
    """A lexicon file is invalid."""


class Phrase(BaseModel):
    """Lay wording for one or more Intake values."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    means: dict[str, Any]
    patterns: tuple[str, ...] = Field(min_length=1)
    negatable: bool = True


class PhraseFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phrases: tuple[Phrase, ...]


class MedicineName(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    brands: tuple[str, ...] = ()


class MedicineClassEntry(BaseModel):
    """A class of medicines with its members, brand names and lay phrases."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: MedicineClass
    label: str
    causes_cramps: bool
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    medicines: tuple[MedicineName, ...] = ()
    lay: tuple[str, ...] = ()
    note: str | None = None


class MedicineFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    classes: tuple[MedicineClassEntry, ...]


@dataclass(frozen=True)
class Compiled:
    """A phrase with its patterns compiled (whole words, case-insensitive)."""

    phrase: Phrase
    regexes: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class MedicineHit:
    """What one medicine word means: its generic name and class."""

    generic: str | None
    cls: str


@dataclass(frozen=True)
class Lexicon:
    phrases: tuple[Compiled, ...]
    place_groups: tuple[tuple[Compiled, ...], ...]
    classes: dict[str, MedicineClassEntry]
    medicine_words: dict[str, MedicineHit]
    medicine_regex: re.Pattern[str]
    lay_medicines: tuple[tuple[re.Pattern[str], str], ...]


def word_regex(pattern: str) -> re.Pattern[str]:
    """Compile a lexicon pattern so that it only matches whole words."""
    return re.compile(rf"(?<![\w'-])(?:{pattern})(?![\w'-])", _FLAGS)


def _load_yaml(name: str) -> Any:
    path = resources.files("crampcare.knowledge") / "data" / "lexicon" / name
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(path.read_bytes(), Loader=loader)
    except yaml.YAMLError as exc:
        raise LexiconError(f"lexicon/{name}: not valid YAML: {exc}") from exc


def _compile(phrases: tuple[Phrase, ...], name: str) -> tuple[Compiled, ...]:
    out = []
    for phrase in phrases:
        try:
            regexes = tuple(word_regex(p) for p in phrase.patterns)
        except re.error as exc:
            raise LexiconError(f"lexicon/{name}: bad pattern in {phrase.patterns}: {exc}") from exc
        out.append(Compiled(phrase, regexes))
    return tuple(out)


def _phrases(name: str) -> tuple[Compiled, ...]:
    try:
        data = PhraseFile.model_validate(_load_yaml(name))
    except ValidationError as exc:
        raise LexiconError(f"lexicon/{name}: {exc}") from exc
    return _compile(data.phrases, name)


def _group(places: tuple[Compiled, ...]) -> tuple[tuple[Compiled, ...], ...]:
    """Place phrases grouped by the field they set; each group picks its own matches.

    "right calf" is both a side and a location; grouping keeps both. Phrases
    that mean nothing guard the locations ("pull your toes up" is first aid).
    """
    groups: dict[str, list[Compiled]] = {}
    for item in places:
        key = next(iter(item.phrase.means), "locations")
        groups.setdefault(key, []).append(item)
    return tuple(tuple(g) for g in groups.values())


@cache
def load_lexicon() -> Lexicon:
    """The packaged lexicon, validated and compiled once per process."""
    try:
        meds = MedicineFile.model_validate(_load_yaml("medicines.yaml"))
    except ValidationError as exc:
        raise LexiconError(f"lexicon/medicines.yaml: {exc}") from exc
    words: dict[str, MedicineHit] = {}
    lay: list[tuple[re.Pattern[str], str]] = []
    for entry in meds.classes:
        for med in entry.medicines:
            for word in (med.name, *med.brands):
                words[word.lower()] = MedicineHit(med.name, entry.id)
        lay.extend((word_regex(p), entry.id) for p in entry.lay)
    # Longest names first, so "conjugated oestrogens" wins over a shorter word.
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return Lexicon(
        phrases=_phrases("phrases.yaml"),
        place_groups=_group(_phrases("places.yaml")),
        classes={c.id: c for c in meds.classes},
        medicine_words=words,
        medicine_regex=word_regex(alternation),
        lay_medicines=tuple(lay),
    )
