"""The diary as CSV: one file, one row per record, a ``record`` column saying which kind.

Columns (docs/diary.md describes each): ``record`` (episode|checkin), the episode
fields, the check-in fields, then ``notes`` shared by both. An episode row leaves
the check-in columns empty and the other way round. Lists (``actions``,
``helped``) are ``; ``-separated, or a JSON array when an item contains ``;``;
``custom`` is a JSON object. Booleans are yes/no. An export imports back unchanged.

Formula neutralisation: a spreadsheet runs a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return as a formula, so the export puts an
apostrophe before such a cell (and before a cell that is apostrophes followed by
one of those, so the rule stays reversible); the import takes exactly that one
apostrophe off again. Other cells, including old exports' "'tis", are untouched.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import IO, Any

from crampcare.diary.models import (
    EPISODE_FIELDS,
    FACTORS,
    AnyCheckIn,
    AnyEpisode,
    CheckInIn,
    EpisodeIn,
)

EPISODE_COLUMNS = tuple(f for f in EPISODE_FIELDS if f != "notes")
CHECKIN_COLUMNS = ("day", *FACTORS, "custom")
COLUMNS: tuple[str, ...] = ("record", *EPISODE_COLUMNS, *CHECKIN_COLUMNS, "notes")
_ALLOWED = {
    "episode": frozenset((*EPISODE_COLUMNS, "notes")),
    "checkin": frozenset((*CHECKIN_COLUMNS, "notes")),
}


_SPECIAL = frozenset(("actions", "helped", "custom"))
# A cell a spreadsheet would run, possibly behind apostrophes this module added.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")


def neutralise(cell: str) -> str:
    """The cell as written to CSV: an apostrophe before anything formula-like."""
    return "'" + cell if cell and _FORMULA.match(cell) else cell


def restore(cell: str) -> str:
    """The cell as entered: undoes ``neutralise`` exactly."""
    return cell[1:] if _NEUTRALISED.match(cell) else cell


class RowProblem(ValueError):
    """A row that cannot become a record; the message is the reason."""


# -- writing -----------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds" if not value.microsecond else "microseconds")
    if isinstance(value, list):
        joined = "; ".join(value)
        # JSON when the plain form would read back differently.
        if any(";" in item for item in value) or joined.startswith("["):
            return json.dumps(value, ensure_ascii=False)
        return joined
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def episode_row(ep: AnyEpisode) -> list[str]:
    """The CSV cells for an episode, in ``COLUMNS`` order."""
    data = ep.model_dump(include=set(EPISODE_COLUMNS) | {"notes"})
    return [
        "episode",
        *(neutralise(_cell(data[c])) for c in EPISODE_COLUMNS),
        *("" for _ in CHECKIN_COLUMNS),
        neutralise(ep.notes),
    ]


def checkin_row(ci: AnyCheckIn) -> list[str]:
    """The CSV cells for a check-in, in ``COLUMNS`` order."""
    data = ci.model_dump(include=set(CHECKIN_COLUMNS))
    return [
        "checkin",
        *("" for _ in EPISODE_COLUMNS),
        *(neutralise(_cell(data[c])) for c in CHECKIN_COLUMNS),
        neutralise(ci.notes),
    ]


def write_csv(out: IO[str], episodes: Iterable[AnyEpisode], checkins: Iterable[AnyCheckIn]) -> int:
    """Write a header, the episodes, then the check-ins; returns the number of records."""
    # RFC 4180 line ends: the writer then quotes any cell holding \r or \n.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    n = 0
    for ep in episodes:
        writer.writerow(episode_row(ep))
        n += 1
    for ci in checkins:
        writer.writerow(checkin_row(ci))
        n += 1
    return n


# -- reading -----------------------------------------------------------------------------


def _list(text: str) -> list[str]:
    if text.startswith("["):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RowProblem(f"not a JSON list: {exc.msg}") from exc
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RowProblem("a JSON list of text was expected")
        return value
    return [part.strip() for part in text.split(";") if part.strip()]


def _no_constant(name: str) -> float:
    raise json.JSONDecodeError(f"{name} is not a number", name, 0)


def _custom(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise RowProblem(
            f'custom: not a JSON object like {{"cold feet": true}} ({exc.msg})'
        ) from exc
    if not isinstance(value, dict):
        raise RowProblem('custom: a JSON object like {"cold feet": true} was expected')
    return value


def parse_row(header: tuple[str, ...], cells: list[str]) -> EpisodeIn | CheckInIn:
    """One CSV row as a validated record; RowProblem (or pydantic's error) says why not."""
    if len(cells) != len(header):
        raise RowProblem(f"{len(cells)} cells but the header has {len(header)} columns")
    # Most cells of a row are empty (the other kind's columns); one comprehension
    # drops them, which is what keeps a million-row import fast.
    data: dict[str, Any] = {
        name: raw if name == "notes" else raw.strip()
        for name, raw in zip(header, cells, strict=True)
        if raw
    }
    for name, raw in data.items():
        if raw[0] == "'":
            data[name] = restore(raw) if name == "notes" else restore(raw).strip()
    if "" in data.values():
        data = {name: value for name, value in data.items() if value}
    kind = str(data.pop("record", "")).lower()
    for name in _SPECIAL.intersection(data):
        data[name] = _custom(data[name]) if name == "custom" else _list(data[name])
    allowed = _ALLOWED.get(kind)
    if allowed is None:
        record = cells[header.index("record")] if "record" in header else ""
        raise RowProblem(f"record must be 'episode' or 'checkin', not {record!r}")
    wrong = [name for name in data if name not in allowed]
    if wrong:
        raise RowProblem(f"column {wrong[0]!r} must be empty on a {kind} row")
    if kind == "episode":
        return EpisodeIn.model_validate(data)
    return CheckInIn.model_validate(data)


def read_header(reader: Iterator[list[str]]) -> tuple[str, ...]:
    """The header row, checked: known column names, ``record`` present, no repeats."""
    try:
        first = next(reader)
    except StopIteration:
        raise RowProblem("the file is empty (a header row is expected)") from None
    header = tuple(c.strip().lstrip("\ufeff").lower() for c in first)
    unknown = [c for c in header if c not in COLUMNS]
    if unknown:
        raise RowProblem(f"unknown column(s) {', '.join(map(repr, unknown))}")
    if "record" not in header:
        raise RowProblem("the 'record' column (episode|checkin) is missing")
    if len(set(header)) != len(header):
        raise RowProblem("a column appears twice")
    return header
