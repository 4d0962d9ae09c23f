"""PostgreSQL reads build records without pydantic, exactly as validating the rows would.

``pgread`` takes psycopg's typed values straight into the frozen records; a row it
is not sure of is validated by the record's pydantic schema (``diary.rows``). These
tests hold a read equal to pydantic validation of the same rows, on a real server:
generated diaries as the store writes them, and cells edited by hand past the limits.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError

from crampcare.diary.models import (
    CheckIn,
    CheckInIn,
    CheckInSchema,
    Episode,
    EpisodeIn,
    EpisodeSchema,
)
from crampcare.diary.store import Diary
from tests.diary import strategies

pytestmark = pytest.mark.postgres
_names = itertools.count()


@pytest.fixture
def pg_diary(pg_server: str) -> Iterator[tuple[Diary, Any]]:
    """A fresh database's diary, and a psycopg connection to edit its rows (autocommit)."""
    import psycopg

    name = f"pgread_{next(_names)}"
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    url = pg_server.rsplit("/", 1)[0] + f"/{name}"
    with Diary.open(url) as diary, psycopg.connect(url, autocommit=True) as conn:
        yield diary, conn


def _validated(rows: list[tuple[Any, ...]], names: list[str], schema: Any) -> list[str | None]:
    """Each row as pydantic validation makes it (repr of its dump), or None where refused."""
    out: list[str | None] = []
    for row in rows:
        data = dict(zip(names, row, strict=True))
        data.pop("idempotency_key", None)
        try:
            out.append(repr(schema.model_validate(data).model_dump()))
        except ValidationError:
            out.append(None)
    return out


def _same_as_validation(diary: Diary, conn: Any) -> None:
    problems: list[str] = []
    eps, cis = diary.episodes(problems=problems), diary.checkins(problems=problems)
    for got, table, order, schema, record in (
        (eps, "episodes", "started_at, id", EpisodeSchema, Episode),
        (cis, "checkins", "day", CheckInSchema, CheckIn),
    ):
        cur = conn.execute(f"SELECT * FROM {table} WHERE person_id = 1 ORDER BY {order}")
        names = [c.name for c in cur.description]
        expected = _validated(cur.fetchall(), names, schema)
        # repr: True == 1 and 2.0 == 2, but a flag must come back a bool, a number a float.
        assert [repr(r.model_dump()) for r in got] == [e for e in expected if e is not None]
        assert all(type(r) is record for r in got)
        assert got.skipped == expected.count(None)
    assert len(problems) == eps.skipped + cis.skipped


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(diary=strategies.diaries)
def test_a_postgresql_read_gives_what_pydantic_validation_of_the_same_rows_gives(
    pg_diary: tuple[Diary, Any], diary: tuple[list[EpisodeIn], tuple[CheckInIn, ...]]
) -> None:
    store, conn = pg_diary
    conn.execute("DELETE FROM episodes")
    conn.execute("DELETE FROM checkins")
    eps, cis = diary
    store.import_rows([*eps, *cis])
    _same_as_validation(store, conn)


# Cells a hand (or an older version) can leave that PostgreSQL's column types accept.
EPISODE_CELLS: dict[str, list[Any]] = {
    "started_at": ["1899-12-31 23:59", "1900-01-01 00:00", "2100-12-31 23:59:59", "2101-01-01"],
    "duration_s": [0, 1, 86400, 86401, -5],
    "intensity": [-1, 0, 10, 11],
    "location": ["calf", "knee", "", "Calf"],
    "side": ["left", "up", ""],
    "minutes_to_relief": [0.0, -0.5, 1440.0, 1440.5, "NaN", "Infinity"],
    "notes": ["", " x ", "a" * 2000, "a" * 2001],
    "actions": [
        '["walk"]',
        '[" walk"]',
        '[""]',
        "[1]",
        '{"a": 1}',
        '"walk"',
        "null",
        "[]",
        '["' + "a" * 81 + '"]',
        "[" + ", ".join(['"a"'] * 21) + "]",
        '["a", "a"]',
    ],
}
CHECKIN_CELLS: dict[str, list[Any]] = {
    "exercise_intensity": [-1, 0, 3, 4],
    "hours_on_feet": [-0.1, 0.0, 24.0, 24.5, "NaN"],
    "fluids_l": [20.0, 20.1],
    "caffeine_cups": [50, 51],
    "alcohol_units": [100.0, 100.5, "-Infinity"],
    "heel_height_cm": [30.0, 31.0],
    "stress": [3, 4],
    "day": ["1899-12-31", "1900-01-01", "2100-12-31", "2101-01-01"],
    "custom": ['{"x": 1}', '{"x": true}', '{"": 1}', '{"heat": true}', "[]", "1", "{}"],
    "notes": ["", "a" * 2001],
}


@pytest.mark.parametrize("column", sorted(EPISODE_CELLS))
def test_hand_edited_episode_cells_read_as_validation_reads_them(
    pg_diary: tuple[Diary, Any], column: str
) -> None:
    diary, conn = pg_diary
    values = EPISODE_CELLS[column]
    ids = [
        diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 0, i), actions=["walk"])).id
        for i in range(len(values))
    ]
    for episode_id, value in zip(ids, values, strict=True):
        cast = "::json" if column == "actions" else ""
        conn.execute(f"UPDATE episodes SET {column} = %s{cast} WHERE id = %s", (value, episode_id))
    _same_as_validation(diary, conn)


@pytest.mark.parametrize("column", sorted(CHECKIN_CELLS))
def test_hand_edited_checkin_cells_read_as_validation_reads_them(
    pg_diary: tuple[Diary, Any], column: str
) -> None:
    diary, conn = pg_diary
    values = CHECKIN_CELLS[column]
    for i in range(len(values)):
        diary.set_checkin(CheckInIn(day=date(2026, 1, 1 + i), heat=True, fluids_l=1.5))
    for i, value in enumerate(values):
        cast = "::json" if column == "custom" else ""
        conn.execute(
            f"UPDATE checkins SET {column} = %s{cast} WHERE day = %s", (value, date(2026, 1, 1 + i))
        )
    _same_as_validation(diary, conn)


def test_a_postgresql_read_imports_no_validation_for_clean_rows(
    pg_diary: tuple[Diary, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    diary, _conn = pg_diary
    diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 3), actions=["walk"]))
    diary.set_checkin(CheckInIn(day=date(2026, 3, 1), stress=2))

    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a clean row was validated")

    monkeypatch.setattr(Episode, "model_validate", refused)
    monkeypatch.setattr(CheckIn, "model_validate", refused)
    (ep,), (ci,) = diary.episodes(), diary.checkins()
    assert (ep.actions, ci.stress, ci.custom) == (["walk"], 2, {})
