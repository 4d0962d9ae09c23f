"""Building records from stored SQLite rows that need no validation again.

``sqlread``'s fast path. A row is built straight into its model when its values
are exactly what validation would produce; any other row goes to the caller's
``fallback`` (which validates it, or names it if it is damaged), in its place.

- Values are checked in Python, value by value, on the tuple the driver returns:
  a type test and a comparison each. A check column that SQLite evaluates per
  row cost more than the whole raw fetch of the check-ins; in Python it is a
  tenth of that.
- One loop per table, with everything it needs in locals: at a diary's size the
  per-row function call and global look-ups were a sixth of the read.

No SQLAlchemy here, and no pydantic validation: rows written by the store
were validated on the way in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel

from crampcare.diary.models import (
    FACTORS,
    MAX_ITEM,
    MAX_ITEMS,
    MAX_NOTES,
    CheckIn,
    CheckInIn,
    Episode,
)
from crampcare.diary.models import EpisodeIn as _In
from crampcare.diary.sqlselect import bounds
from crampcare.vocabulary import DIARY_LOCATIONS, DIARY_SIDES

Row = Sequence[Any]

# pydantic's own slots, set through their descriptors: what ``model_construct``
# does, without its per-field Python loop (the values passed the model's checks).
# Every field is set, so records share one fields-set (pydantic only adds to it).
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__

_LISTS: dict[object, tuple[str, ...] | None] = {"[]": ()}


def _clean_list(text: object) -> list[str] | None:
    """A stored JSON list of actions, if it is exactly what validation would keep."""
    # A diary repeats a handful of action lists: each stored spelling is checked once
    # (every record still gets a list of its own).
    if text in _LISTS:
        found = _LISTS[text]
        return None if found is None else list(found)
    if type(text) is not str:
        return None
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
    return text == "" or (type(text) is str and len(text) <= MAX_NOTES and "\x00" not in text)


# Stored times are text 'YYYY-MM-DD HH:MM:SS.ffffff'. Text compares as text only
# with text (a number raises TypeError, a blob too), so the range is tested after
# the type; a string in range that is not a time fails to parse below.
_FIRST_TIME, _PAST_TIME = "1900-01-01", "2101-01-01"
_FIRST_DAY, _LAST_DAY = "1900-01-01", "2100-12-31"


def episodes(rows: Iterable[Row], out: list[Any], fallback: Callable[[Row], None]) -> None:
    """Rows of ``sqlselect.EPISODE_SELECT`` appended to ``out`` as episodes, in order."""
    new, fields = Episode.__new__, frozenset(Episode.model_fields)
    set_dict, set_fields, set_extra, set_private = _set_dict, _set_fields, _set_extra, _set_private
    parse, known, clean_list, clean_notes = (
        datetime.fromisoformat,
        _LISTS.get,
        _clean_list,
        _clean_notes,
    )
    first, past = _FIRST_TIME, _PAST_TIME
    locations, sides = frozenset(DIARY_LOCATIONS), frozenset(DIARY_SIDES)
    dur_lo, dur_hi = bounds(_In, "duration_s")
    int_lo, int_hi = bounds(_In, "intensity")
    rel_lo, rel_hi = bounds(_In, "minutes_to_relief")
    append = out.append
    for row in rows:
        (
            rid,
            person,
            started_text,
            duration,
            location,
            side,
            intensity,
            woke,
            a,
            h,
            relief,
            notes,
        ) = row
        if (
            type(started_text) is not str
            or not first <= started_text < past
            or (
                duration is not None
                and (type(duration) is not int or not dur_lo <= duration <= dur_hi)
            )
            or (
                intensity is not None
                and (type(intensity) is not int or not int_lo <= intensity <= int_hi)
            )
            or location not in locations
            or side not in sides
            or type(woke) is not int
            or (woke != 0 and woke != 1)
            or (notes != "" and not clean_notes(notes))
        ):
            fallback(row)
            continue
        if relief is not None:
            if type(relief) is int:
                relief = float(relief)  # a FLOAT column keeps 5.0 as the integer 5
            if type(relief) is not float or not rel_lo <= relief <= rel_hi:  # NaN too
                fallback(row)
                continue
        found = known(a)
        actions = list(found) if found is not None else clean_list(a)
        found = known(h)
        helped = list(found) if found is not None else clean_list(h)
        if actions is None or helped is None:
            fallback(row)
            continue
        try:
            started = parse(started_text)
        except ValueError:
            fallback(row)
            continue
        if started.tzinfo is not None:
            fallback(row)  # the model converts it to local time
            continue
        obj = new(Episode)
        set_dict(
            obj,
            {
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
            },
        )
        set_fields(obj, fields)
        set_extra(obj, None)
        set_private(obj, None)
        append(obj)


def _factor_checks() -> tuple[tuple[str, int, type, float, float], ...]:
    """(name, column, kind, low, high) of each standard factor, in ``CHECKIN_SELECT`` order."""
    checks = []
    for i, (name, (kind, _label)) in enumerate(FACTORS.items()):
        lo, hi = (0.0, 1.0) if kind is bool else bounds(CheckInIn, name)
        checks.append((name, 3 + i, kind, lo, hi))
    return tuple(checks)


def checkins(rows: Iterable[Row], out: list[Any], fallback: Callable[[Row], None]) -> None:
    """Rows of ``sqlselect.CHECKIN_SELECT`` appended to ``out`` as check-ins, in order."""
    new, fields = CheckIn.__new__, frozenset(CheckIn.model_fields)
    set_dict, set_fields, set_extra, set_private = _set_dict, _set_fields, _set_extra, _set_private
    parse, clean_notes, checks = date.fromisoformat, _clean_notes, _factor_checks()
    first, last = _FIRST_DAY, _LAST_DAY
    append = out.append
    for row in rows:
        day_text, custom, notes = row[2], row[-2], row[-1]
        # Custom factors are rare: the model checks them.
        if (
            type(day_text) is not str
            or len(day_text) != 10
            or not first <= day_text <= last
            or custom != "{}"
            or not clean_notes(notes)
        ):
            fallback(row)
            continue
        try:
            values: dict[str, Any] = {"day": parse(day_text)}
        except ValueError:
            fallback(row)
            continue
        for name, at, kind, lo, hi in checks:
            value = row[at]
            if value is not None:
                # A FLOAT column arrives as a float (``CHECKIN_SELECT`` casts integers).
                if type(value) is not (float if kind is float else int) or not lo <= value <= hi:
                    break
                if kind is bool:
                    value = value == 1
            values[name] = value
        else:
            values["custom"] = {}
            values["notes"] = notes
            values["id"] = row[0]
            values["person_id"] = row[1]
            obj = new(CheckIn)
            set_dict(obj, values)
            set_fields(obj, fields)
            set_extra(obj, None)
            set_private(obj, None)
            append(obj)
            continue
        fallback(row)
