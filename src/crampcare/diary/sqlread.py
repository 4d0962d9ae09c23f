"""Reading a SQLite diary at the speed of the driver, and surviving any row a hand wrote.

The store's SQLite reads, and ``report``'s (which never imports SQLAlchemy),
come through here. Validation is split in two:

- SQLite checks every row's types and ranges in C, in the SELECT itself (the
  ``ok`` column of ``sqlselect``'s queries). A row it passes is built
  straight into the model (``fast``): its values are exactly what validation
  would produce, so it is not validated again in Python.
- Any other row goes through pydantic as before (``slow``). One that still
  fails — text in a number column, a date that does not exist, broken JSON —
  is left out, named in ``problems``, and counted in ``Records.skipped``: one
  damaged row never stops the person reading the rest of their diary.

No SQLAlchemy here (it costs a fifth of a second to import).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from crampcare.diary.models import (
    FACTORS,
    MAX_ITEM,
    MAX_ITEMS,
    MAX_NOTES,
    CheckIn,
    Episode,
)

M = TypeVar("M", bound=BaseModel)
MAX_PROBLEMS = 1000


class Records(list[M], Generic[M]):
    """Records read from the diary; ``skipped``: stored rows left out as unreadable."""

    skipped: int = 0


_FACTOR_NAMES = tuple(FACTORS)
_BOOL_AT = frozenset(i for i, n in enumerate(_FACTOR_NAMES) if FACTORS[n][0] is bool)


# -- building records ------------------------------------------------------------------------

_set = object.__setattr__
_EPISODE_SET = set(Episode.model_fields)
_CHECKIN_SET = set(CheckIn.model_fields)


def _built(cls: type[M], values: dict[str, Any], fields: set[str]) -> M:
    # What ``model_construct`` does, without its per-field Python loop: the values
    # passed the same checks the model makes (in SQL and just above). Every field is
    # set, so records share one fields-set (pydantic only ever adds a field to it).
    obj = cls.__new__(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", fields)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


_LISTS: dict[str, tuple[str, ...] | None] = {}


def _clean_list(text: str) -> list[str] | None:
    """A stored JSON list of actions, if it is exactly what validation would keep."""
    if text == "[]":
        return []
    # A diary repeats a handful of action lists: each stored spelling is checked once
    # (every record still gets a list of its own).
    found = _LISTS.get(text, ())
    if found != ():
        return None if found is None else list(found)
    checked = _check_list(text)
    if len(_LISTS) < 4096:
        _LISTS[text] = None if checked is None else tuple(checked)
    return checked


def _check_list(text: str) -> list[str] | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if type(value) is not list or len(value) > MAX_ITEMS:
        return None
    for item in value:
        if (
            type(item) is not str
            or not item
            or len(item) > MAX_ITEM
            or item != item.strip()
            or "\x00" in item
        ):
            return None
    return value


def _clean_notes(text: str) -> bool:
    return len(text) <= MAX_NOTES and "\x00" not in text


def _episode_fast(row: Sequence[Any]) -> Episode | None:
    try:
        started = datetime.fromisoformat(row[2])
    except ValueError:
        return None
    actions = _clean_list(row[8])
    helped = _clean_list(row[9])
    notes = row[11]
    if actions is None or helped is None or started.tzinfo is not None:
        return None
    if not _clean_notes(notes):
        return None
    values = {
        "started_at": started,
        "duration_s": row[3],
        "location": row[4],
        "side": row[5],
        "intensity": row[6],
        "woke": row[7] == 1,
        "actions": actions,
        "helped": helped,
        "minutes_to_relief": row[10],
        "notes": notes,
        "id": row[0],
        "person_id": row[1],
    }
    return _built(Episode, values, _EPISODE_SET)


def _checkin_fast(row: Sequence[Any]) -> CheckIn | None:
    custom_text = row[-3]
    notes = row[-2]
    if custom_text != "{}" or not _clean_notes(notes):
        return None  # custom factors are rare: the model checks them
    try:
        day = date.fromisoformat(row[2])
    except ValueError:
        return None
    values: dict[str, Any] = {"day": day}
    for i, name in enumerate(_FACTOR_NAMES):
        value = row[3 + i]
        values[name] = value == 1 if i in _BOOL_AT and value is not None else value
    values["custom"] = {}
    values["notes"] = notes
    values["id"] = row[0]
    values["person_id"] = row[1]
    return _built(CheckIn, values, _CHECKIN_SET)


class Unreadable(ValueError):
    """A stored value of the wrong kind for its column (SQLite lets any value in)."""


def _json(name: str, text: Any) -> Any:
    if not isinstance(text, str):
        raise Unreadable(f"{name}: stored {type(text).__name__}, not JSON text")
    try:
        return json.loads(text)
    except ValueError:
        raise Unreadable(f"{name}: stored text is not JSON") from None


def _time(name: str, value: Any) -> datetime:
    if not isinstance(value, str):
        raise Unreadable(f"{name}: stored {type(value).__name__}, not a time")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise Unreadable(f"{name}: {value[:40]!r} is not a time") from None


def _day(value: Any) -> date:
    if not isinstance(value, str):
        raise Unreadable(f"day: stored {type(value).__name__}, not a date")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Unreadable(f"day: {value[:40]!r} is not a date") from None


def _typed(name: str, value: Any, kind: type) -> Any:
    """The stored value if it has its column's kind (a flag is 0 or 1); else Unreadable."""
    if value is None:
        return None
    if kind is bool:
        if type(value) is int and value in (0, 1):
            return value == 1
    elif kind is int:
        if type(value) is int:
            return value
    elif kind is float:
        if type(value) in (int, float):
            return value
    elif type(value) is kind:
        return value
    raise Unreadable(f"{name}: stored {type(value).__name__} {str(value)[:40]!r}")


def _episode_slow(row: Sequence[Any]) -> Episode:
    data = {
        "id": row[0],
        "person_id": row[1],
        "started_at": _time("started_at", row[2]),
        "duration_s": _typed("duration_s", row[3], int),
        "location": _typed("location", row[4], str),
        "side": _typed("side", row[5], str),
        "intensity": _typed("intensity", row[6], int),
        "woke": _typed("woke", row[7], bool),
        "actions": _json("actions", row[8]),
        "helped": _json("helped", row[9]),
        "minutes_to_relief": _typed("minutes_to_relief", row[10], float),
        "notes": _typed("notes", row[11], str),
    }
    return Episode.model_validate(data)


def _checkin_slow(row: Sequence[Any]) -> CheckIn:
    data: dict[str, Any] = {"id": row[0], "person_id": row[1], "day": _day(row[2])}
    for i, (name, (kind, _label)) in enumerate(FACTORS.items()):
        data[name] = _typed(name, row[3 + i], kind)
    data["custom"] = _json("custom", row[-3])
    data["notes"] = _typed("notes", row[-2], str)
    return CheckIn.model_validate(data)


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        from crampcare.errors import validation_message

        return validation_message(exc)
    return str(exc) or type(exc).__name__


def _left_out(name: str, exc: Exception, problems: list[str]) -> None:
    line = f"{name} cannot be read as it is stored and was left out ({_reason(exc)})"
    # A long-lived diary (the web app's) reads the same rows again and again.
    if line not in problems and len(problems) < MAX_PROBLEMS:
        problems.append(line)


def _records(
    rows: Iterable[Sequence[Any]],
    fast: Callable[[Sequence[Any]], M | None],
    slow: Callable[[Sequence[Any]], M],
    label: Callable[[Sequence[Any]], str],
    problems: list[str],
) -> Records[M]:
    # The last column says whether SQLite's own checks passed: those rows take the fast path.
    out: Records[M] = Records()
    for row in rows:
        made = fast(row) if row[-1] == 1 else None
        if made is None:
            try:
                made = slow(row)
            except (ValidationError, ValueError, TypeError, OverflowError) as exc:
                out.skipped += 1
                _left_out(label(row), exc, problems)
                continue
        out.append(made)
    return out


def episodes(rows: Iterable[Sequence[Any]], problems: list[str]) -> Records[Episode]:
    """Rows of ``sqlselect.EPISODE_SELECT`` as episodes; unreadable ones left out and named."""
    return _records(rows, _episode_fast, _episode_slow, lambda r: f"episode {r[0]}", problems)


def checkins(rows: Iterable[Sequence[Any]], problems: list[str]) -> Records[CheckIn]:
    """Rows of ``sqlselect.CHECKIN_SELECT`` as check-ins; unreadable ones left out and named."""
    return _records(
        rows, _checkin_fast, _checkin_slow, lambda r: f"the check-in of {r[2]}", problems
    )
