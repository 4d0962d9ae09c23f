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
from datetime import date, datetime
from typing import Any

from crampcare.diary.records import (
    MAX_ITEM,
    MAX_ITEMS,
    MAX_NOTES,
    RANGES,
    CheckIn,
    Episode,
)
from crampcare.vocabulary import DIARY_LOCATIONS, DIARY_SIDES

Row = Sequence[Any]


def unfrozen(record: type[Any]) -> type[Any]:
    """A mutable twin of a frozen, slotted record: the same base and slots, nothing else.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``
    by keyword; setting its slots through their descriptors is a third of that,
    and still a call per field. A plain attribute store on the twin's slots is a
    single bytecode, and once its fields are set the object becomes the record by
    assigning ``__class__`` (Python allows it between classes of the same layout;
    from then on it is frozen like any other). The values have passed the model's
    checks, so nothing else is skipped. A read builds records four times faster
    than through the slot setters, and the rows are half a diary read's time.
    """
    twin = type(f"_Unfrozen{record.__name__}", record.__bases__, {"__slots__": record.__slots__})
    return twin


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


UNFROZEN_EPISODE: Any = unfrozen(Episode)
UNFROZEN_CHECKIN: Any = unfrozen(CheckIn)


def episodes(rows: Iterable[Row], out: list[Any], fallback: Callable[[Row], None]) -> None:
    """Rows of ``sqlselect.EPISODE_SELECT`` appended to ``out`` as episodes, in order."""
    record, twin = Episode, UNFROZEN_EPISODE
    new = twin.__new__
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
        obj = new(twin)
        obj.started_at = started
        obj.duration_s = duration
        obj.location = location
        obj.side = side
        obj.intensity = intensity
        obj.woke = woke == 1
        obj.actions = actions
        obj.helped = helped
        obj.minutes_to_relief = relief
        obj.notes = notes
        obj.id = rid
        obj.person_id = person
        obj.__class__ = record
        append(obj)


#: The standard factors in ``CHECKIN_SELECT``'s order, as ``checkins`` spells them out
#: (a test holds them to ``FACTORS``).
CHECKIN_FACTORS = (
    "exercise",
    "exercise_intensity",
    "hours_on_feet",
    "long_sitting",
    "fluids_l",
    "caffeine_cups",
    "alcohol_units",
    "heel_height_cm",
    "heat",
    "stress",
    "new_medicine",
    "tucked_bedding",
)


def checkins(rows: Iterable[Row], out: list[Any], fallback: Callable[[Row], None]) -> None:
    """Rows of ``sqlselect.CHECKIN_SELECT`` appended to ``out`` as check-ins, in order.

    Each factor is checked in line (a loop over the factors cost more than the
    fetch): a flag is the integer 0 or 1, a count an integer in its range, a
    measure a float in its range (``CHECKIN_SELECT`` casts stored integers).
    """
    record, twin = CheckIn, UNFROZEN_CHECKIN
    new = twin.__new__
    parse, clean_notes = date.fromisoformat, _clean_notes
    first, last = _FIRST_DAY, _LAST_DAY
    ex_lo, ex_hi = RANGES["exercise_intensity"]
    feet_lo, feet_hi = RANGES["hours_on_feet"]
    fl_lo, fl_hi = RANGES["fluids_l"]
    cup_lo, cup_hi = RANGES["caffeine_cups"]
    alc_lo, alc_hi = RANGES["alcohol_units"]
    heel_lo, heel_hi = RANGES["heel_height_cm"]
    st_lo, st_hi = RANGES["stress"]
    append = out.append
    for row in rows:
        (
            rid,
            person,
            day_text,
            exercise,
            ex_int,
            feet,
            sitting,
            fluids,
            cups,
            alcohol,
            heel,
            heat,
            stress,
            medicine,
            bedding,
            custom,
            notes,
        ) = row
        # Custom factors are rare: the model checks them.
        if (
            type(day_text) is not str
            or len(day_text) != 10
            or not first <= day_text <= last
            or custom != "{}"
            or not clean_notes(notes)
            or (exercise is not None and (type(exercise) is not int or exercise not in (0, 1)))
            or (sitting is not None and (type(sitting) is not int or sitting not in (0, 1)))
            or (heat is not None and (type(heat) is not int or heat not in (0, 1)))
            or (medicine is not None and (type(medicine) is not int or medicine not in (0, 1)))
            or (bedding is not None and (type(bedding) is not int or bedding not in (0, 1)))
            or (ex_int is not None and (type(ex_int) is not int or not ex_lo <= ex_int <= ex_hi))
            or (cups is not None and (type(cups) is not int or not cup_lo <= cups <= cup_hi))
            or (stress is not None and (type(stress) is not int or not st_lo <= stress <= st_hi))
            or (feet is not None and (type(feet) is not float or not feet_lo <= feet <= feet_hi))
            or (fluids is not None and (type(fluids) is not float or not fl_lo <= fluids <= fl_hi))
            or (
                alcohol is not None
                and (type(alcohol) is not float or not alc_lo <= alcohol <= alc_hi)
            )
            or (heel is not None and (type(heel) is not float or not heel_lo <= heel <= heel_hi))
        ):
            fallback(row)
            continue
        try:
            day = parse(day_text)
        except ValueError:
            fallback(row)
            continue
        obj = new(twin)
        obj.day = day
        obj.exercise = exercise if exercise is None else exercise == 1
        obj.exercise_intensity = ex_int
        obj.hours_on_feet = feet
        obj.long_sitting = sitting if sitting is None else sitting == 1
        obj.fluids_l = fluids
        obj.caffeine_cups = cups
        obj.alcohol_units = alcohol
        obj.heel_height_cm = heel
        obj.heat = heat if heat is None else heat == 1
        obj.stress = stress
        obj.new_medicine = medicine if medicine is None else medicine == 1
        obj.tucked_bedding = bedding if bedding is None else bedding == 1
        obj.custom = {}
        obj.notes = notes
        obj.id = rid
        obj.person_id = person
        obj.__class__ = record
        append(obj)
