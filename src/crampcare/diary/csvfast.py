"""The import's fast lane: a canonical CSV row straight to its stored SQLite form.

Per-row pydantic validation and Python conversion were 70 % of a big import.
Almost every row of a real file (and every row of an export) is in the plain
form the export writes: ``yes``/``no``, ISO times, small whole numbers, ``; ``
lists. For such a row this module checks each cell against the models' own
bounds and builds the row SQLite stores, the same tuple ``sqliterows`` makes from
the validated record (a property test holds the two together).

A row it is not sure of — any other spelling, any cell out of range, anything
the fast lane does not know — returns None and goes through ``csvio.parse_row``
and pydantic exactly as before, so every error keeps its wording and its line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any, cast

from annotated_types import Ge, Le
from pydantic import BaseModel

from crampcare.diary.csvio import CHECKIN_COLUMNS, EPISODE_COLUMNS
from crampcare.diary.models import (
    FACTORS,
    FIRST_DAY,
    LAST_DAY,
    MAX_ITEM,
    MAX_ITEMS,
    MAX_NOTES,
    CheckInIn,
    EpisodeIn,
)
from crampcare.vocabulary import DIARY_LOCATIONS as LOCATIONS
from crampcare.vocabulary import DIARY_SIDES as SIDES


class StoredEpisode(tuple[Any, ...]):
    """An episode as SQLite stores it, without ``person_id`` (``sqliterows`` order)."""

    __slots__ = ()


class StoredCheckIn(tuple[Any, ...]):
    """A check-in as SQLite stores it, without ``person_id``; ``day`` for the duplicate check."""

    __slots__ = ()


_FLAGS = {"yes": 1, "no": 0, "true": 1, "false": 0}
_LOCATIONS = frozenset(LOCATIONS)
_SIDES = frozenset(SIDES)
_FIRST_YEAR, _LAST_YEAR = FIRST_DAY.year, LAST_DAY.year


def _bounds(model: type[BaseModel], name: str) -> tuple[float, float]:
    lo = hi = 0.0
    for meta in model.model_fields[name].metadata:
        if isinstance(meta, Ge):
            lo = float(meta.ge)  # type: ignore[arg-type]
        elif isinstance(meta, Le):
            hi = float(meta.le)  # type: ignore[arg-type]
    return lo, hi


def _whole(model: type[BaseModel], name: str) -> dict[str, int]:
    """Every canonical spelling of an allowed whole number (``"0"`` .. ``"86400"``)."""
    lo, hi = _bounds(model, name)
    return {str(n): n for n in range(int(lo), int(hi) + 1)}


def _decimal(text: str, lo: float, hi: float) -> float | None:
    # Plain decimals only ("1", "2.5"): pydantic reads them as float() does.
    if len(text) == 1 and "0" <= text <= "9":
        value = float(text)
        return value if lo <= value <= hi else None
    if (
        not text.isascii()
        or not text.replace(".", "", 1).isdigit()
        or not text[0].isdigit()
        or not text[-1].isdigit()
    ):
        return None
    value = float(text)
    return value if lo <= value <= hi else None


def _iso_day(text: str) -> bool:
    # YYYY-MM-DD: with these two dashes fromisoformat takes nothing else (not 2026-W01-1).
    return text[4] == "-" and text[7] == "-"


# The store's form of YYYY-MM-DDTHH:MM, ...:SS and ...:SS.ffffff: the rest it lacks.
_TIME_TAIL = {16: ":00.000000", 19: ".000000", 26: ""}


def _time(text: str) -> str | None:
    """An ISO local time as the store writes it, if plainly one and in the accepted range."""
    tail = _TIME_TAIL.get(len(text))
    if (
        tail is None
        or not text.isascii()
        or not _iso_day(text)
        or text[10] != "T"
        or text[13] != ":"
        or (len(text) > 16 and text[16] != ":")
        or (len(text) > 19 and text[19] != ".")
    ):
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is not None or not _FIRST_YEAR <= value.year <= _LAST_YEAR:
        return None
    # The separators were checked above, so this is value.isoformat(" ", "microseconds").
    return f"{text[:10]} {text[11:]}{tail}"


_ITEMS_CACHE: dict[str, str | None] = {}


def _items(text: str) -> str | None:
    """A ``; ``-separated list as the stored JSON array, if each item is in bounds."""
    # A diary repeats a handful of action lists: convert each spelling once.
    found = _ITEMS_CACHE.get(text, "")
    if found != "":
        return found
    made = _make_items(text)
    if len(_ITEMS_CACHE) < 4096:
        _ITEMS_CACHE[text] = made
    return made


def _make_items(text: str) -> str | None:
    text = text.strip()
    if not text:
        return "[]"
    if text[0] in "['" or "\x00" in text:
        return None
    parts = [p.strip() for p in text.split(";")]
    items = [p for p in parts if p]
    if len(items) > MAX_ITEMS or any(len(p) > MAX_ITEM for p in items):
        return None
    return json.dumps(items) if items else "[]"


def _notes(text: str) -> str | None:
    if text and (text[0] == "'" or len(text) > MAX_NOTES or "\x00" in text):
        return None
    return text


Row = Callable[[Sequence[str]], StoredEpisode | StoredCheckIn | None]


def compile_row(header: tuple[str, ...]) -> Row:
    """A fast reader for rows under ``header``: a stored row, or None for the slow lane."""
    at = {name: i for i, name in enumerate(header)}
    width = len(header)
    record = at["record"]
    ep_at = [at.get(name) for name in EPISODE_COLUMNS]
    ci_at = [at.get(name) for name in CHECKIN_COLUMNS]
    notes_at = at.get("notes")
    # The other kind's cells, fetched and compared with empty ones in C, not cell by cell.
    ep_blank = _blank_check([at.get(n) for n in CHECKIN_COLUMNS])
    ci_blank = _blank_check([at.get(n) for n in EPISODE_COLUMNS])
    durations = _whole(EpisodeIn, "duration_s")
    intensities = _whole(EpisodeIn, "intensity")
    relief_lo, relief_hi = _bounds(EpisodeIn, "minutes_to_relief")
    factor_readers = [_factor(name, kind) for name, (kind, _label) in FACTORS.items()]

    def cell(cells: Sequence[str], index: int | None) -> str:
        return "" if index is None else cells[index]

    def one_by_one(cells: Sequence[str]) -> tuple[str, ...]:
        # A file without some columns: the same cells, found one by one.
        return (*(cell(cells, i) for i in ep_at), cell(cells, notes_at))

    episode_cells: Callable[[Sequence[str]], tuple[str, ...]] = one_by_one
    if None not in ep_at and notes_at is not None:
        episode_cells = cast(Any, itemgetter(*ep_at, notes_at))

    def episode(cells: Sequence[str]) -> StoredEpisode | None:
        # Whitespace, an apostrophe or any other spelling misses the lookups and
        # checks below (they take only canonical text): the slow lane strips and reads it.
        if not ep_blank(cells):
            return None
        (started, duration, location, side, intensity, woke, did, helped, relief, notes) = (
            episode_cells(cells)
        )
        stored_at = _time(started)
        if stored_at is None:
            return None
        n_duration = durations.get(duration) if duration else None
        n_intensity = intensities.get(intensity) if intensity else None
        n_woke = _FLAGS.get(woke) if woke else 0
        n_relief = _decimal(relief, relief_lo, relief_hi) if relief else None
        stored_did = _items(did)
        stored_helped = _items(helped)
        if (
            (duration and n_duration is None)
            or (intensity and n_intensity is None)
            or n_woke is None
            or (relief and n_relief is None)
            or stored_did is None
            or stored_helped is None
            or (notes and _notes(notes) is None)
        ):
            return None
        where = location or "calf"
        which = side or "none"
        if where not in _LOCATIONS or which not in _SIDES:
            return None
        return StoredEpisode(
            (
                stored_at,
                n_duration,
                where,
                which,
                n_intensity,
                n_woke,
                stored_did,
                stored_helped,
                n_relief,
                notes,
            )
        )

    def checkin(cells: Sequence[str]) -> StoredCheckIn | None:
        if not ci_blank(cells):
            return None
        day_text = cell(cells, ci_at[0])
        if len(day_text) != 10 or not day_text.isascii() or not _iso_day(day_text):
            return None
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            return None
        if not FIRST_DAY <= day <= LAST_DAY or cell(cells, ci_at[-1]):
            return None  # custom factors: the model checks their names and values
        values: list[Any] = [day.isoformat()]
        for read, index in zip(factor_readers, ci_at[1:-1], strict=True):
            text = cell(cells, index)
            if text:
                value = read(text)
                if value is None:
                    return None
                values.append(value)
            else:
                values.append(None)
        notes = _notes(cell(cells, notes_at))
        if notes is None:
            return None
        values += ["{}", notes]
        return StoredCheckIn(values)

    def row(cells: Sequence[str]) -> StoredEpisode | StoredCheckIn | None:
        if len(cells) != width:
            return None
        kind = cells[record]
        if kind == "episode":
            return episode(cells)
        if kind == "checkin":
            return checkin(cells)
        return None

    return row


def _blank_check(indices: list[int | None]) -> Callable[[Sequence[str]], bool]:
    present = [i for i in indices if i is not None]
    if not present:
        return lambda cells: True
    fetch = itemgetter(*present)
    empty = fetch([""] * (max(present) + 1))
    return lambda cells: bool(fetch(cells) == empty)


def _factor(name: str, kind: type) -> Callable[[str], Any]:
    if kind is bool:
        return _FLAGS.get
    if kind is int:
        return _whole(CheckInIn, name).get
    lo, hi = _bounds(CheckInIn, name)
    return lambda text: _decimal(text, lo, hi)
