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
from typing import Any

from annotated_types import Ge, Le
from pydantic import BaseModel

from crampcare.diary.csvio import CHECKIN_COLUMNS, EPISODE_COLUMNS
from crampcare.diary.models import (
    FACTORS,
    FIRST_DAY,
    LAST_DAY,
    LOCATIONS,
    MAX_ITEM,
    MAX_ITEMS,
    MAX_NOTES,
    SIDES,
    CheckInIn,
    EpisodeIn,
)


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
    # YYYY-MM-DD in digits (date.fromisoformat alone also takes week dates like 2026-W01-1).
    return (
        text[4] == "-"
        and text[7] == "-"
        and text[:4].isdigit()
        and text[5:7].isdigit()
        and text[8:10].isdigit()
    )


def _time(text: str) -> str | None:
    """An ISO local time as the store writes it, if plainly one and in the accepted range."""
    if (
        len(text) not in (16, 19, 26)
        or not text.isascii()
        or not _iso_day(text)
        or text[10] != "T"
        or text[13] != ":"
    ):
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is not None or not _FIRST_YEAR <= value.year <= _LAST_YEAR:
        return None
    return value.isoformat(" ", "microseconds")


def _items(text: str) -> str | None:
    """A ``; ``-separated list as the stored JSON array, if each item is in bounds."""
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


def _plain(text: str) -> bool:
    # Cells the slow lane would strip or un-neutralise first.
    return not text or (text[0] != "'" and text == text.strip())


Row = Callable[[Sequence[str]], StoredEpisode | StoredCheckIn | None]


def compile_row(header: tuple[str, ...]) -> Row:
    """A fast reader for rows under ``header``: a stored row, or None for the slow lane."""
    at = {name: i for i, name in enumerate(header)}
    width = len(header)
    record = at["record"]
    ep_at = [at.get(name) for name in EPISODE_COLUMNS]
    ci_at = [at.get(name) for name in CHECKIN_COLUMNS]
    notes_at = at.get("notes")
    ep_blank = [i for i in (at.get(n) for n in CHECKIN_COLUMNS) if i is not None]
    ci_blank = [i for i in (at.get(n) for n in EPISODE_COLUMNS) if i is not None]
    durations = _whole(EpisodeIn, "duration_s")
    intensities = _whole(EpisodeIn, "intensity")
    relief_lo, relief_hi = _bounds(EpisodeIn, "minutes_to_relief")
    factor_readers = [_factor(name, kind) for name, (kind, _label) in FACTORS.items()]

    def cell(cells: Sequence[str], index: int | None) -> str:
        return "" if index is None else cells[index]

    def episode(cells: Sequence[str]) -> StoredEpisode | None:
        for i in ep_blank:
            if cells[i]:
                return None
        (started, duration, location, side, intensity, woke, actions, helped, relief) = (
            cell(cells, i) for i in ep_at
        )
        for text in (started, duration, location, side, intensity, woke, relief):
            if not _plain(text):
                return None
        stored_at = _time(started)
        n_duration = durations.get(duration) if duration else None
        n_intensity = intensities.get(intensity) if intensity else None
        n_woke = _FLAGS.get(woke) if woke else 0
        n_relief = _decimal(relief, relief_lo, relief_hi) if relief else None
        did = _items(actions)
        helped_items = _items(helped)
        notes = _notes(cell(cells, notes_at))
        if (
            stored_at is None
            or (duration and n_duration is None)
            or (intensity and n_intensity is None)
            or n_woke is None
            or (relief and n_relief is None)
            or did is None
            or helped_items is None
            or notes is None
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
                did,
                helped_items,
                n_relief,
                notes,
            )
        )

    def checkin(cells: Sequence[str]) -> StoredCheckIn | None:
        for i in ci_blank:
            if cells[i]:
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


def _factor(name: str, kind: type) -> Callable[[str], Any]:
    if kind is bool:
        return _FLAGS.get
    if kind is int:
        return _whole(CheckInIn, name).get
    lo, hi = _bounds(CheckInIn, name)
    return lambda text: _decimal(text, lo, hi)
