"""Load the packaged knowledge base (YAML) into validated, typed entries.

Entries live in ``knowledge/data/entries/*.yaml`` (each file: ``entries: [...]``),
the seed coverage map in ``knowledge/data/coverage/*.yaml`` (``items: [...]``).
Errors name the file and the entry, so a bad edit is easy to find.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, get_args

from pydantic import TypeAdapter, ValidationError

from crampcare.errors import CrampcareError, validation_message
from crampcare.knowledge.files import data_root, parse_yaml
from crampcare.knowledge.files import fingerprint_of as _fingerprint
from crampcare.knowledge.files import yaml_files as _yaml_files
from crampcare.knowledge.schema import KINDS, AnyEntry, CoverageItem, Entry
from crampcare.vocabulary import Grade

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

# The C loader is several times faster; fall back where libyaml is missing.


@cache
def _entry_adapter() -> TypeAdapter[Entry]:
    # Built on first use: building it costs tens of milliseconds that the
    # cached start-up path (see ``load``) never needs to pay.
    return TypeAdapter(AnyEntry)


T = TypeVar("T", bound=Entry)

#: Each kind's model, as the discriminated union ``AnyEntry`` picks it.
_BY_KIND: dict[str, type[Entry]] = {
    get_args(model.model_fields["kind"].annotation)[0]: model
    for model in get_args(get_args(AnyEntry)[0])
}


class KnowledgeBaseError(CrampcareError):
    """The knowledge-base data is invalid."""


class UnknownEntry(CrampcareError, KeyError):
    """No entry has this id."""

    def __init__(self, entry_id: str, suggestions: list[str]) -> None:
        super().__init__(entry_id)
        self.entry_id = entry_id
        self.suggestions = suggestions

    @property
    def hint(self) -> str:
        """ " Did you mean: ...?" when there are close matches, else empty."""
        return f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""

    def __str__(self) -> str:
        return f"No knowledge-base entry has the id {self.entry_id!r}.{self.hint}"


@dataclass(frozen=True)
class KnowledgeBase:
    """All entries, by id, in file order; plus the coverage map."""

    entries: dict[str, Entry]
    coverage: tuple[CoverageItem, ...] = ()
    fingerprint: str = ""
    origin: dict[str, str] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def get(self, entry_id: str) -> Entry:
        """The entry with this id (case-insensitive; acupoint codes work too)."""
        key = entry_id.strip().lower()
        if key in self.entries:
            return self.entries[key]
        import difflib

        close = difflib.get_close_matches(key, list(self.entries), n=3, cutoff=0.6)
        raise UnknownEntry(entry_id, close)

    def select(self, kind: str | None = None, grade: Grade | str | None = None) -> list[Entry]:
        """Entries of a kind and/or grade, in file order."""
        return [
            e
            for e in self.entries.values()
            if (kind is None or e.kind == kind) and (grade is None or e.grade == grade)
        ]

    def of_kind(self, cls: type[T]) -> list[T]:
        """Entries of one model class, typed."""
        return [e for e in self.entries.values() if isinstance(e, cls)]


def _data_root() -> Traversable:
    return data_root()


def _read(path: Traversable, key: str) -> tuple[list[Any], bytes]:
    """The list under ``key`` in a YAML file, and the file's bytes."""
    raw = path.read_bytes()
    doc = parse_yaml(raw, path.name, KnowledgeBaseError)
    if doc is None:
        return [], raw
    if not isinstance(doc, dict) or not isinstance(doc.get(key), list):
        raise KnowledgeBaseError(f"{path.name}: expected a mapping with a '{key}' list")
    return doc[key], raw


def _describe(exc: ValidationError) -> str:
    return validation_message(exc, limit=5)


def parse_entries(items: Iterable[Any], origin: str) -> list[Entry]:
    """Validate raw entry mappings; errors name the file and the entry id."""
    out: list[Entry] = []
    for i, item in enumerate(items):
        ident = item.get("id", f"#{i + 1}") if isinstance(item, dict) else f"#{i + 1}"
        if isinstance(item, dict) and item.get("kind") not in KINDS:
            raise KnowledgeBaseError(
                f"{origin}: entry {ident}: unknown kind {item.get('kind')!r}; "
                f"use one of {', '.join(KINDS)}"
            )
        model = _BY_KIND.get(str(item.get("kind"))) if isinstance(item, dict) else None
        try:
            if model is not None:
                # The union picks the model by kind and validates with its schema; the
                # model's own validator does the same without building the union's
                # adapter (25-60 ms a process, half of `check`'s red-flag load).
                with contextlib.suppress(ValidationError):
                    out.append(model.model_validate(item))
                    continue
            # Through the union: its error message says where, as it always has.
            out.append(_entry_adapter().validate_python(item))
        except ValidationError as exc:
            raise KnowledgeBaseError(f"{origin}: entry {ident}: {_describe(exc)}") from exc
    return out


def load_from(root: Traversable) -> KnowledgeBase:
    """Load and validate the knowledge base under ``root`` (entries/ and coverage/)."""
    entries: dict[str, Entry] = {}
    origin: dict[str, str] = {}
    for path in _yaml_files(root / "entries"):
        items, _ = _read(path, "entries")
        for entry in parse_entries(items, path.name):
            if entry.id in entries:
                raise KnowledgeBaseError(
                    f"{path.name}: duplicate id {entry.id!r} (also in {origin[entry.id]})"
                )
            entries[entry.id] = entry
            origin[entry.id] = path.name
    coverage: list[CoverageItem] = []
    for path in _yaml_files(root / "coverage"):
        items, _ = _read(path, "items")
        for i, item in enumerate(items):
            try:
                coverage.append(CoverageItem.model_validate(item))
            except ValidationError as exc:
                raise KnowledgeBaseError(f"{path.name}: item {i + 1}: {_describe(exc)}") from exc
    return KnowledgeBase(entries, tuple(coverage), _fingerprint(root), origin)


def _cached(root: Traversable) -> KnowledgeBase:
    """Load through a pickle of the validated entries, keyed by the data's hash.

    Parsing and validating the YAML takes ~100 ms; a person in pain waits for
    `crampcare now`, so later runs read the pickle instead (a few ms). The cache
    is derived data: any change to the YAML changes the key.
    """
    import pickle

    from crampcare.settings import cache_dir

    key = _fingerprint(root)
    path = cache_dir() / f"kb-{key}.pickle"
    try:
        with path.open("rb") as fh:
            kb = pickle.load(fh)
        if isinstance(kb, KnowledgeBase) and kb.fingerprint == key:
            return kb
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError):
        pass
    kb = load_from(root)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
    return kb


def fingerprint() -> str:
    """The packaged knowledge base's hash, without loading it (for derived caches)."""
    return _fingerprint(_data_root())


@cache
def load() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process (through a cache)."""
    return _cached(_data_root())
