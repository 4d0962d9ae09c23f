"""Building records from stored SQLite rows that need no validation again.

``sqlread``'s fast path. A row is built straight into its record when its values
are exactly what validation would produce; any other row goes to the caller's
``fallback`` (which validates it, or names it if it is damaged), in its place.

- Values are checked in Python, value by value, on the tuple the driver returns:
  a type test and a comparison each. A check column that SQLite evaluates per
  row cost more than the whole raw fetch of the check-ins; in Python it is a
  tenth of that.
- One loop per table, with everything it needs in locals: at a diary's size the
  per-row function call and global look-ups were a sixth of the read.

No SQLAlchemy here, and no pydantic validation: rows written by the store were validated
on the way in, and the records are plain frozen dataclasses.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from datetime import date, datetime
from typing import Any

from crampcare.diary.records import (
    FACTORS,
    MAX_ITEM,
    MAX_ITEMS,
    MAX_NOTES,
    RANGES,
    CheckIn,
    Episode,
)
from crampcare.vocabulary import DIARY_LOCATIONS, DIARY_SIDES

Row = Sequence[Any]


def setters(record: type[Any]) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of a frozen record's fields, in field order.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``
    by keyword, three times what setting its slots directly costs; the values here
    have passed the model's checks, so nothing else is skipped.
    """
    return tuple(getattr(record, f.name).__set__ for f in fields(record))


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
    new = Episode.__new__
    (
        set_started,
        set_duration,
        set_location,
        set_side,
        set_intensity,
        set_woke,
        set_actions,
        set_helped,
        set_relief,
        set_notes,
        set_id,
        set_person,
    ) = setters(Episode)
    parse, known, clean_list, clean_notes = (
        datetime.fromisoformat,
        _LISTS.get,
        _clean_list,
        _clean_notes,
    )
    first, past = _FIRST_TIME, _PAST_TIME
    locations, sides = frozenset(DIARY_LOCATIONS), frozenset(DIARY_SIDES)
    dur_lo, dur_hi = RANGES["duration_s"]
    int_lo, int_hi = RANGES["intensity"]
    rel_lo, rel_hi = RANGES["minutes_to_relief"]
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
        set_started(obj, started)
        set_duration(obj, duration)
        set_location(obj, location)
        set_side(obj, side)
        set_intensity(obj, intensity)
        set_woke(obj, woke == 1)
        set_actions(obj, actions)
        set_helped(obj, helped)
        set_relief(obj, relief)
        set_notes(obj, notes)
        set_id(obj, rid)
        set_person(obj, person)
        append(obj)


def _factor_checks() -> tuple[tuple[int, type, float, float, Callable[[Any, Any], None]], ...]:
    """(column, kind, low, high, setter) of each standard factor, in ``CHECKIN_SELECT`` order."""
    checks = []
    slots = dict(zip((f.name for f in fields(CheckIn)), setters(CheckIn), strict=True))
    for i, (name, (kind, _label)) in enumerate(FACTORS.items()):
        lo, hi = (0.0, 1.0) if kind is bool else RANGES[name]
        checks.append((3 + i, kind, lo, hi, slots[name]))
    return tuple(checks)


def checkins(rows: Iterable[Row], out: list[Any], fallback: Callable[[Row], None]) -> None:
    """Rows of ``sqlselect.CHECKIN_SELECT`` appended to ``out`` as check-ins, in order."""
    new = CheckIn.__new__
    slots = dict(zip((f.name for f in fields(CheckIn)), setters(CheckIn), strict=True))
    set_day, set_custom, set_notes = slots["day"], slots["custom"], slots["notes"]
    set_id, set_person = slots["id"], slots["person_id"]
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
            day = parse(day_text)
        except ValueError:
            fallback(row)
            continue
        obj = new(CheckIn)  # left unfinished, and dropped, if a value fails its check
        set_day(obj, day)
        for at, kind, lo, hi, set_factor in checks:
            value = row[at]
            if value is not None:
                # A FLOAT column arrives as a float (``CHECKIN_SELECT`` casts integers).
                if type(value) is not (float if kind is float else int) or not lo <= value <= hi:
                    break
                if kind is bool:
                    value = value == 1
            set_factor(obj, value)
        else:
            set_custom(obj, {})
            set_notes(obj, notes)
            set_id(obj, row[0])
            set_person(obj, row[1])
            append(obj)
            continue
        fallback(row)
