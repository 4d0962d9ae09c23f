"""The fast reader (``sqlfast``) builds exactly what validation builds, or steps aside.

Every stored row read through the store must come out as the validated model would
make it, or be left out exactly when validation refuses it: the fast path may only
skip work, never change an answer. Cells are edited by hand to values SQLite accepts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing, suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from crampcare.diary import sqlread
from crampcare.diary.models import CheckInIn, EpisodeIn
from crampcare.diary.sqlselect import checkin_query, episode_query
from crampcare.diary.store import Diary
from tests.diary import strategies

# Values a hand (or an older version) can leave in a cell: SQLite keeps each as it is
# given, or converts it by the column's affinity.
ODD = [None, 0, 1, 2, 3, -1, 5, 24, 50, 51, 0.0, 1.0, 2.5, 20.5, 1e300, "1", "x", "", b"\x01"]


def _validated(rows: list[Any], slow: Any) -> list[dict[str, Any] | None]:
    """Each row as the validating reader builds it, or None where it refuses it."""
    out: list[dict[str, Any] | None] = []
    for row in rows:
        try:
            out.append(slow(row).model_dump())
        except (ValidationError, ValueError, TypeError, OverflowError):
            out.append(None)
    return out


def _read(records: Sequence[Any]) -> list[dict[str, Any]]:
    return [r.model_dump() for r in records]


def _same_as_validation(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        sql, params = episode_query(1)
        ep_rows = conn.execute(sql, params).fetchall()
        sql, params = checkin_query(1)
        ci_rows = conn.execute(sql, params).fetchall()
    with Diary.open(path) as diary:
        eps, cis = diary.episodes(), diary.checkins()
    for got, rows, slow in (
        (eps, ep_rows, sqlread._episode_slow),
        (cis, ci_rows, sqlread._checkin_slow),
    ):
        expected = _validated(rows, slow)
        # repr, not ==: True == 1 and 2.0 == 2, but a flag must come back a bool and a
        # FLOAT column's number a float, as validation makes them.
        assert repr(_read(got)) == repr([e for e in expected if e is not None])
        assert got.skipped == expected.count(None)


@pytest.mark.parametrize("column", ["duration_s", "intensity", "woke", "minutes_to_relief"])
def test_hand_edited_episode_numbers_read_as_validation_reads_them(
    tmp_path: Path, column: str
) -> None:
    path = tmp_path / "diary.sqlite3"
    with Diary.open(path) as diary:
        ids = [
            diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 0, i))).id
            for i in range(len(ODD))
        ]
    with closing(sqlite3.connect(path)) as conn:
        for episode_id, value in zip(ids, ODD, strict=True):
            with suppress(sqlite3.IntegrityError):  # NOT NULL
                conn.execute(f"UPDATE episodes SET {column} = ? WHERE id = ?", (value, episode_id))
        conn.commit()
    _same_as_validation(path)


@pytest.mark.parametrize("column", [*CheckInIn.model_fields.keys()])
def test_hand_edited_checkin_cells_read_as_validation_reads_them(
    tmp_path: Path, column: str
) -> None:
    path = tmp_path / "diary.sqlite3"
    values = [*ODD, "{}", '{"x": 1}', "2026-13-01", "2026-W10-1", "1899-12-31", "2026-02-28"]
    with Diary.open(path) as diary:
        for i in range(len(values)):
            diary.set_checkin(CheckInIn(day=date(2026, 1, 1 + i)))
    with closing(sqlite3.connect(path)) as conn:
        for i, value in enumerate(values):
            with suppress(sqlite3.IntegrityError):  # NOT NULL, or a day another holds
                conn.execute(
                    f"UPDATE checkins SET {column} = ? WHERE day = ?",
                    (value, date(2026, 1, 1 + i).isoformat()),
                )
        conn.commit()
    _same_as_validation(path)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_stored_checkins_read_back_as_validated(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    days = data.draw(st.lists(st.dates(date(1900, 1, 1), date(2100, 12, 31)), unique=True))
    path = tmp_path_factory.mktemp("fast") / "diary.sqlite3"
    with Diary.open(path) as diary:
        for day in days:
            diary.set_checkin(data.draw(strategies.checkins(day)))
    _same_as_validation(path)


def test_the_check_in_builder_spells_out_the_factors_in_order() -> None:
    from crampcare.diary.records import FACTORS
    from crampcare.diary.sqlfast import CHECKIN_FACTORS

    assert tuple(FACTORS) == CHECKIN_FACTORS


def test_records_read_fast_are_the_frozen_records_themselves(tmp_path: Path) -> None:
    import dataclasses

    from crampcare.diary.models import CheckIn, Episode

    path = tmp_path / "diary.sqlite3"
    with Diary.open(path) as diary:
        added = diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 3), intensity=4))
        diary.set_checkin(CheckInIn(day=date(2026, 3, 1), heat=True, fluids_l=1.5))
        (ep,), (ci,) = diary.episodes(), diary.checkins()
    assert type(ep) is Episode and type(ci) is CheckIn
    assert ep == added and repr(ep) == repr(added)
    assert ci == CheckIn(day=date(2026, 3, 1), heat=True, fluids_l=1.5, id=ci.id)
    for record in (ep, ci):
        with pytest.raises(dataclasses.FrozenInstanceError):
            record.notes = "changed"  # type: ignore[misc]
        assert dataclasses.replace(record, notes="x").notes == "x"
