"""A small checker for the shape of the intake's own YAML tables.

The context, concern, compound and spelling tables are read on every
``crampcare check``; building a pydantic model for each costs more start-up
than the tables themselves, so their shape (known keys, required keys, types)
is checked here, with the same one-line errors.
"""

from __future__ import annotations

from typing import Any

from crampcare.errors import CrampcareError


class LexiconError(CrampcareError):
    """A lexicon file is invalid."""


def record(
    data: Any, where: str, required: dict[str, type], optional: dict[str, type] | None = None
) -> dict[str, Any]:
    """``data`` as a mapping with exactly these keys of these types, or LexiconError."""
    optional = optional or {}
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected a mapping, got {type(data).__name__}")
    unknown = sorted(set(data) - set(required) - set(optional))
    if unknown:
        raise LexiconError(f"{where}: unknown keys {unknown}")
    missing = sorted(set(required) - set(data))
    if missing:
        raise LexiconError(f"{where}: missing keys {missing}")
    for key, value in data.items():
        kind = required.get(key) or optional[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise LexiconError(f"{where}: {key} must be {kind.__name__}")
    return data


def strings(data: Any, where: str, *, empty: bool = False) -> tuple[str, ...]:
    """A list of strings (non-empty unless ``empty``), as a tuple."""
    if not isinstance(data, list) or not all(isinstance(x, str) and x for x in data):
        raise LexiconError(f"{where}: expected a list of strings")
    if not data and not empty:
        raise LexiconError(f"{where}: must not be empty")
    return tuple(data)


def one_of(value: Any, where: str, options: tuple[str, ...]) -> str:
    if value not in options:
        raise LexiconError(f"{where}: {value!r} is not one of {list(options)}")
    return str(value)
