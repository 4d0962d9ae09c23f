"""The import's fast lane stores exactly what the validated slow lane stores, or steps aside."""

from __future__ import annotations

import csv
import io
from itertools import product

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampcare.diary.csvfast import compile_row
from crampcare.diary.csvio import COLUMNS, RowProblem, parse_row, write_csv
from crampcare.diary.models import CheckInIn
from crampcare.diary.sqliterows import sqlite_checkin, sqlite_episode
from tests.diary import strategies


def _slow(header: tuple[str, ...], cells: list[str]) -> tuple[object, ...] | None:
    """What the pydantic lane stores for a row (without person_id), or None if it refuses."""
    try:
        record = parse_row(header, cells)
    except (ValueError, RowProblem):  # pydantic's ValidationError is a ValueError
        return None
    stored = (
        sqlite_checkin(record, 1) if isinstance(record, CheckInIn) else sqlite_episode(record, 1)
    )
    return stored[1:]


def _agree(header: tuple[str, ...], rows: list[list[str]]) -> int:
    fast = compile_row(header)
    taken = 0
    for cells in rows:
        quick = fast(cells)
        if quick is not None:
            assert tuple(quick) == _slow(header, cells), cells
            taken += 1
    return taken


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(strategies.diaries | strategies.edge_diaries)
def test_exported_rows_store_the_same_through_either_lane(
    diary: tuple[list[object], list[object]],
) -> None:
    buffer = io.StringIO()
    write_csv(buffer, *diary)  # type: ignore[arg-type]
    header, *rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    _agree(tuple(header), rows)


def _row(**cells: str) -> list[str]:
    return [cells.get(name, "") for name in COLUMNS]


SPELLINGS = {
    "started_at": [
        "2026-03-01T03:00",
        "2026-03-01T03:00:00",
        "2026-03-01T03:00:00.250000",
        "2026-03-01 03:00",
        "2026-03-01T03:00+01",
        "2026-03-01T03:00:00.2500Z",
        "2026-W09-1T03:00",
        "2026-02-30T03:00",
        "2026-03-01T24:00:00",
        "1899-12-31T23:59",
        "2100-12-31T23:59:59",
        " 2026-03-01T03:00",
        "２026-03-01T03:00",
    ],
    "intensity": ["", "0", "10", "11", "05", "5.0", " 5", "-1", "x"],
    "duration_s": ["", "1", "0", "86400", "86401", "090", "1e3"],
    "woke": ["", "yes", "no", "Yes", "true", "1", "on", "maybe"],
    "minutes_to_relief": ["", "0", "1.5", "1440", "1440.5", ".5", "5.", "1e2", "nan", "inf"],
    "actions": ["", "stretch", "stretch; walk", " a ; ; b ", "'=cmd", '["a;b"]', ";", "x" * 81],
    "location": ["", "calf", "Calf", "knee", "thigh_back"],
    "notes": ["", "fine", " spaced ", "'=1+1", "\x00", "x" * 2001],
}


def test_every_spelling_either_agrees_or_takes_the_slow_lane() -> None:
    header = tuple(COLUMNS)
    rows = [
        _row(record="episode", **{name: value})
        for name, values in SPELLINGS.items()
        for value in values
        if name != "started_at"
        for _ in [0]
    ]
    rows = [r if r[1] else [*r[:1], "2026-03-01T03:00", *r[2:]] for r in rows]
    rows += [_row(record="episode", started_at=t) for t in SPELLINGS["started_at"]]
    for day, flag, cups, litres in product(
        ["2026-03-01", "2026-3-01", "2026-W09-1", "2100-12-31", "2101-01-01"],
        ["", "yes", "Yes", "2"],
        ["", "0", "50", "51", "1.5"],
        ["", "2", "2.5", "20.5", ".5"],
    ):
        rows.append(_row(record="checkin", day=day, heat=flag, caffeine_cups=cups, fluids_l=litres))
    rows.append(_row(record="Episode", started_at="2026-03-01T03:00"))
    rows.append(_row(record="episode", started_at="2026-03-01T03:00", day="2026-03-01"))
    rows.append(_row(record="checkin", day="2026-03-01", custom='{"cold feet": true}'))
    taken = _agree(header, rows)
    assert taken >= 60  # the plain spellings do take the fast lane


@given(st.lists(st.sampled_from(COLUMNS), min_size=1, unique=True))
def test_any_header_order_agrees(columns: list[str]) -> None:
    header = tuple(["record", *[c for c in columns if c != "record"]])
    cells = _row(record="episode", started_at="2026-03-01T03:00", intensity="4")
    full = dict(zip(COLUMNS, cells, strict=True))
    _agree(header, [[full[c] for c in header]])
