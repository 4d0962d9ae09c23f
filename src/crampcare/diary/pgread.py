"""Building records from PostgreSQL rows that need no validation again.

PostgreSQL's twin of ``sqlfast``. psycopg gives each column its Python type
(times, days, flags, numbers, the JSON columns parsed), so a row only needs what
the column types do not hold: ranges, names, list items and texts. A row whose
values are exactly what validation would produce is built straight into its
record; any other row goes to ``fallback`` (pydantic validation, which builds it
or leaves it out and names it: ``diary.rows``). A read gives exactly what
validating the same rows gives (``tests/diary/test_pg_reader.py``).

Rows are ``SELECT *`` of the tables (``pgfast.page_query``), in the tables' column order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from crampcare.diary.records import (
    FIRST_DAY,
    LAST_DAY,
    MAX_ITEM,
    MAX_ITEMS,
    MAX_NOTES,
    RANGES,
    CheckIn,
    Episode,
)
from crampcare.diary.sqlfast import UNFROZEN_CHECKIN, UNFROZEN_EPISODE
from crampcare.vocabulary import DIARY_LOCATIONS, DIARY_SIDES

Row = Sequence[Any]

_FIRST_TIME = datetime.combine(FIRST_DAY, time())
_PAST_TIME = datetime(LAST_DAY.year + 1, 1, 1)


def _clean_items(value: object) -> bool:
    """A list of actions exactly as validation keeps it (stripped, none empty, short)."""
    if type(value) is not list:
        return False
    if not value:
        return True
    if len(value) > MAX_ITEMS:
        return False
    for item in value:
        if (
            type(item) is not str
            or not item
            or len(item) > MAX_ITEM
            or item != item.strip()
            or "\x00" in item
        ):
            return False
    return True


def _clean_notes(text: object) -> bool:
    return text == "" or (type(text) is str and len(text) <= MAX_NOTES and "\x00" not in text)


def episodes(rows: Iterable[Row], out: list[Any], fallback: Callable[[Row], None]) -> None:
    """Rows of ``episodes`` (all its columns) appended to ``out`` as episodes, in order."""
    record, twin = Episode, UNFROZEN_EPISODE
    new = twin.__new__
    clean_items, clean_notes = _clean_items, _clean_notes
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
            started,
            duration,
            location,
            side,
            intensity,
            woke,
            actions,
            helped,
            relief,
            notes,
            _key,  # how an entry arrived, not part of the episode
        ) = row
        if (
            type(started) is not datetime
            or started.tzinfo is not None  # the model converts it to local time
            or not first <= started < past
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
            or type(woke) is not bool
            or (
                relief is not None and (type(relief) is not float or not rel_lo <= relief <= rel_hi)
            )
            or (notes != "" and not clean_notes(notes))
            or not clean_items(actions)
            or not clean_items(helped)
        ):
            fallback(row)
            continue
        obj = new(twin)
        obj.started_at = started
        obj.duration_s = duration
        obj.location = location
        obj.side = side
        obj.intensity = intensity
        obj.woke = woke
        obj.actions = actions  # psycopg parsed the JSON: the record's own list
        obj.helped = helped
        obj.minutes_to_relief = relief
        obj.notes = notes
        obj.id = rid
        obj.person_id = person
        obj.__class__ = record
        append(obj)


def checkins(rows: Iterable[Row], out: list[Any], fallback: Callable[[Row], None]) -> None:
    """Rows of ``checkins`` (all its columns) appended to ``out`` as check-ins, in order."""
    record, twin = CheckIn, UNFROZEN_CHECKIN
    new = twin.__new__
    clean_notes = _clean_notes
    first, last = FIRST_DAY, LAST_DAY
    ex_lo, ex_hi = RANGES["exercise_intensity"]
    feet_lo, feet_hi = RANGES["hours_on_feet"]
    fl_lo, fl_hi = RANGES["fluids_l"]
    cup_lo, cup_hi = RANGES["caffeine_cups"]
    alc_lo, alc_hi = RANGES["alcohol_units"]
    heel_lo, heel_hi = RANGES["heel_height_cm"]
    st_lo, st_hi = RANGES["stress"]
    flag = bool
    append = out.append
    for row in rows:
        (
            rid,
            person,
            day,
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
            type(day) is not date
            or not first <= day <= last
            or type(custom) is not dict
            or custom
            or not clean_notes(notes)
            or (exercise is not None and type(exercise) is not flag)
            or (sitting is not None and type(sitting) is not flag)
            or (heat is not None and type(heat) is not flag)
            or (medicine is not None and type(medicine) is not flag)
            or (bedding is not None and type(bedding) is not flag)
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
        obj = new(twin)
        obj.day = day
        obj.exercise = exercise
        obj.exercise_intensity = ex_int
        obj.hours_on_feet = feet
        obj.long_sitting = sitting
        obj.fluids_l = fluids
        obj.caffeine_cups = cups
        obj.alcohol_units = alcohol
        obj.heel_height_cm = heel
        obj.heat = heat
        obj.stress = stress
        obj.new_medicine = medicine
        obj.tucked_bedding = bedding
        obj.custom = custom
        obj.notes = notes
        obj.id = rid
        obj.person_id = person
        obj.__class__ = record
        append(obj)
