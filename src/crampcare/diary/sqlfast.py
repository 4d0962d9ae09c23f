"""Building records from stored SQLite rows that need no validation again.

``sqlread``'s fast path. A row is built straight into its model when its values
are exactly what validation would produce; otherwise the builder returns None
and ``sqlread`` validates the row (and names it if it is damaged).

- Episodes, nearly all of a diary's rows, are checked here in Python, value by
  value, on the tuple the driver returns: a type test and a comparison each,
  cheaper than having SQLite evaluate a check column for every row.
- Check-ins carry SQLite's own check in their last column (``sqlselect``).

No SQLAlchemy here, and no pydantic validation: rows written by the store
were validated on the way in.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from pydantic import BaseModel

from crampcare.diary.models import FACTORS, MAX_ITEM, MAX_ITEMS, MAX_NOTES, CheckIn, Episode
from crampcare.diary.models import EpisodeIn as _In
from crampcare.diary.sqlselect import bounds
from crampcare.vocabulary import DIARY_LOCATIONS, DIARY_SIDES

M = TypeVar("M", bound=BaseModel)

_set_dict = object.__setattr__
# pydantic's own slots, set through their descriptors: no attribute lookup per record.
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
_new = Episode.__new__
_EPISODE_SET = set(Episode.model_fields)
_CHECKIN_SET = set(CheckIn.model_fields)


def _built(cls: type[M], values: dict[str, Any], fields: set[str]) -> M:
    # What ``model_construct`` does, without its per-field Python loop: the values
    # passed the same checks the model makes. Every field is set, so records share
    # one fields-set (pydantic only ever adds a field to it).
    obj = cls.__new__(cls)
    _set_dict(obj, "__dict__", values)
    _set_fields(obj, fields)
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


_LISTS: dict[str, tuple[str, ...] | None] = {"[]": ()}


def _clean_list(text: object) -> list[str] | None:
    """A stored JSON list of actions, if it is exactly what validation would keep."""
    if text == "[]":
        return []
    if type(text) is not str:
        return None
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


def _clean_notes(text: object) -> bool:
    return type(text) is str and len(text) <= MAX_NOTES and "\x00" not in text


# Stored times are text 'YYYY-MM-DD HH:MM:SS.ffffff'. Text compares as text only
# with text (a number raises TypeError, a blob too), so the range is tested after
# the type; a string in range that is not a time fails to parse below.
_FIRST_TIME, _PAST_TIME = "1900-01-01", "2101-01-01"
_LOCATIONS = frozenset(DIARY_LOCATIONS)
_SIDES = frozenset(DIARY_SIDES)
_DUR_LO, _DUR_HI = bounds(_In, "duration_s")
_INT_LO, _INT_HI = bounds(_In, "intensity")
_REL_LO, _REL_HI = bounds(_In, "minutes_to_relief")


def episode(row: Sequence[Any]) -> Episode | None:
    """A row of ``sqlselect.EPISODE_SELECT`` as an episode, or None to validate it."""
    rid, person, started_text, duration, location, side, intensity, woke = row[:8]
    if type(started_text) is not str or not _FIRST_TIME <= started_text < _PAST_TIME:
        return None
    if duration is not None and (type(duration) is not int or not _DUR_LO <= duration <= _DUR_HI):
        return None
    if intensity is not None and (
        type(intensity) is not int or not _INT_LO <= intensity <= _INT_HI
    ):
        return None
    if location not in _LOCATIONS or side not in _SIDES or type(woke) is not int:
        return None
    if woke != 0 and woke != 1:
        return None
    relief = row[10]
    if relief is not None:
        if type(relief) is int:
            relief = float(relief)  # a FLOAT column keeps 5.0 as the integer 5
        elif type(relief) is not float:
            return None
        if not _REL_LO <= relief <= _REL_HI:
            return None  # NaN too
    notes = row[11]
    if notes != "" and not _clean_notes(notes):
        return None
    # A diary repeats a few action lists: one already checked costs one lookup here.
    known = _LISTS.get(row[8])
    actions = list(known) if known is not None else _clean_list(row[8])
    known = _LISTS.get(row[9])
    helped = list(known) if known is not None else _clean_list(row[9])
    if actions is None or helped is None:
        return None
    try:
        started = datetime.fromisoformat(started_text)
    except ValueError:
        return None
    if started.tzinfo is not None:
        return None  # the model converts it to local time
    values = {
        "started_at": started,
        "duration_s": duration,
        "location": location,
        "side": side,
        "intensity": intensity,
        "woke": woke == 1,
        "actions": actions,
        "helped": helped,
        "minutes_to_relief": relief,
        "notes": notes,
        "id": rid,
        "person_id": person,
    }
    obj = _new(Episode)  # ``_built``, inline: this runs for every row of a diary
    _set_dict(obj, "__dict__", values)
    _set_fields(obj, _EPISODE_SET)
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


_FACTOR_NAMES = tuple(FACTORS)
_BOOL_AT = frozenset(i for i, n in enumerate(_FACTOR_NAMES) if FACTORS[n][0] is bool)


def checkin(row: Sequence[Any]) -> CheckIn | None:
    """A row of ``sqlselect.CHECKIN_SELECT`` as a check-in, or None to validate it."""
    if row[-1] != 1:
        return None  # SQLite's check failed
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
