"""One bad value must not break the diary: limits at the model, readers that survive any row.

The limits are the same on SQLite and PostgreSQL (dates 1900-2100, no NUL, ids
1..2^31-1, bounded lists and text), a refused write stores nothing, and every
reader (list, analysis, CSV/JSON/FHIR export, the CLI's list/report/export)
survives rows put in with SQL that break those limits.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import insert
from typer.testing import CliRunner

from crampcare.analysis.person import analyse
from crampcare.cli import app
from crampcare.diary.csvio import write_csv
from crampcare.diary.fhir import bundle
from crampcare.diary.jsonio import diary_document
from crampcare.diary.models import MAX_ID, MAX_ITEMS, CheckInIn, EpisodeIn
from crampcare.diary.store import Diary, NotFound
from crampcare.diary.tables import checkins, episodes
from crampcare.errors import CrampcareError

FAR = timezone(timedelta(hours=14))


@pytest.mark.parametrize(
    "started",
    [
        "0001-01-01T00:00:00",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59",
        "9999-12-31T23:59:59-12:00",
        "1899-12-31T23:59:59",
        "2101-01-01T00:00:00",
    ],
)
def test_impossible_start_times_are_refused_at_the_model(started: str) -> None:
    with pytest.raises(ValidationError, match="1900-01-01 to 2100-12-31"):
        EpisodeIn.model_validate({"started_at": started})


def test_the_range_ends_are_accepted_and_offsets_become_local_time() -> None:
    assert EpisodeIn(started_at=datetime(1900, 1, 1)).started_at == datetime(1900, 1, 1)
    last = datetime(2100, 12, 31, 23, 59, 59, 999999)
    assert EpisodeIn(started_at=last).started_at == last
    aware = datetime(2026, 3, 1, 3, 0, tzinfo=FAR)
    stored = EpisodeIn(started_at=aware).started_at
    assert stored.tzinfo is None and stored == aware.astimezone().replace(tzinfo=None)


@pytest.mark.parametrize(
    "fields",
    [
        {"notes": "a\x00b"},
        {"actions": ["stretch\x00"]},
        {"actions": ["walk"] * (MAX_ITEMS + 1)},
        {"helped": ["x"] * 3000},
        {"notes": "x" * 2001},
    ],
)
def test_episode_text_and_lists_are_bounded(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        EpisodeIn.model_validate({"started_at": "2026-03-01T03:00:00", **fields})


@pytest.mark.parametrize(
    "fields",
    [
        {"day": "0001-01-01"},
        {"day": "9999-12-31"},
        {"notes": "\x00"},
        {"custom": {"cold\x00feet": True}},
        {"custom": {f"f{i}": True for i in range(31)}},
        {"custom": {"cold feet": 1e308}},
        {"custom": {"cold feet": float("nan")}},
        {"custom": {"cold feet": float("inf")}},
    ],
)
def test_checkin_values_are_bounded(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        CheckInIn.model_validate({"day": "2026-03-01", **fields})


@pytest.mark.parametrize(
    "bad_id", [0, -1, MAX_ID + 1, 2**63, 10**4000], ids=["0", "-1", "2^31", "2^63", "10^4000"]
)
def test_ids_outside_the_range_are_not_found_on_both_backends(diary: Diary, bad_id: int) -> None:
    with pytest.raises(NotFound):
        diary.get_episode(bad_id)
    with pytest.raises(NotFound):
        diary.update_episode(bad_id, {"intensity": 3})
    with pytest.raises(NotFound):
        diary.delete_episode(bad_id)


def test_a_refused_edit_writes_nothing(diary: Diary) -> None:
    stored = diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 3)))
    for change in ({"started_at": datetime(1, 1, 1)}, {"notes": "\x00"}):
        with pytest.raises(CrampcareError):
            diary.update_episode(stored.id, change)
    assert diary.get_episode(stored.id) == stored
    assert diary.counts() == (1, 0)


def _edge_rows(diary: Diary) -> None:
    """Rows the schema lets in but today's model refuses, put in directly with SQL."""
    base: dict[str, object] = {
        "person_id": 1,
        "duration_s": None,
        "location": "calf",
        "side": "none",
        "intensity": None,
        "woke": False,
        "actions": [],
        "helped": [],
        "minutes_to_relief": None,
        "notes": "",
    }
    bad_episodes: list[dict[str, object]] = [
        {**base, "started_at": datetime(1, 1, 1)},
        {**base, "started_at": datetime(9999, 12, 31, 23, 59, 59, 999999)},
        {**base, "started_at": datetime(2026, 3, 2, 3), "intensity": 99, "duration_s": -5},
        {**base, "started_at": datetime(2026, 3, 2, 4), "location": "nowhere", "side": "up"},
        {**base, "started_at": datetime(2026, 3, 2, 5), "actions": ["stretch"] * 3000},
        {**base, "started_at": datetime(2026, 3, 2, 6), "notes": "=cmd|' /C calc'!A0" * 500},
        {**base, "started_at": datetime(2026, 3, 2, 7), "minutes_to_relief": -1.0},
    ]
    good_edges: list[dict[str, object]] = [
        {**base, "started_at": datetime(1900, 1, 1), "notes": "=1+1"},
        {**base, "started_at": datetime(2100, 12, 31, 23, 59, 59, 999999)},
    ]
    cbase: dict[str, object] = {"person_id": 1, "custom": {}, "notes": ""}
    bad_checkins: list[dict[str, object]] = [
        {**cbase, "day": date(1, 1, 1)},
        {**cbase, "day": date(9999, 12, 31)},
        {**cbase, "day": date(2026, 3, 3), "caffeine_cups": 999, "stress": -3},
        {**cbase, "day": date(2026, 3, 4), "custom": {"": 1e308, "x" * 100: True}},
        {**cbase, "day": date(2026, 3, 5), "custom": {f"f{i}": True for i in range(100)}},
    ]
    good_checkin: list[dict[str, object]] = [
        {**cbase, "day": date(1900, 1, 1)},
        {**cbase, "day": date(2100, 12, 31)},
    ]
    if diary.engine.dialect.name == "sqlite":  # PostgreSQL itself refuses NUL in text
        bad_episodes.append({**base, "started_at": datetime(2026, 3, 9), "notes": "a\x00b"})
    with diary.write() as conn:
        # One statement per row: a multi-row insert takes its columns from the first row.
        for row in bad_episodes + good_edges:
            conn.execute(insert(episodes).values(row))
        for row in bad_checkins + good_checkin:
            conn.execute(insert(checkins).values(row))


def test_every_reader_survives_rows_outside_the_limits(diary: Diary) -> None:
    _edge_rows(diary)
    eps, cis = diary.episodes(), diary.checkins()
    assert [e.started_at for e in eps] == [
        datetime(1900, 1, 1),
        datetime(2100, 12, 31, 23, 59, 59, 999999),
    ]
    assert [c.day for c in cis] == [date(1900, 1, 1), date(2100, 12, 31)]
    assert len(diary.problems) >= 12
    assert all("left out" in p for p in diary.problems)
    analyse(eps, cis)
    write_csv(io.StringIO(), eps, cis)
    json.dumps(diary_document(eps, cis))
    json.dumps(bundle(eps, cis))


def test_the_cli_readers_survive_rows_outside_the_limits(
    diary: Diary, runner: CliRunner, tmp_path: Path
) -> None:
    _edge_rows(diary)
    db = diary.url if "postgresql" in diary.url else str(tmp_path / "diary.sqlite3")
    commands = [
        ["diary", "list"],
        ["diary", "list", "--checkins", "--json"],
        ["report"],
        ["report", "--format", "md", "--charts", str(tmp_path / "charts")],
        ["diary", "export", "-f", "csv", "-o", str(tmp_path / "out.csv")],
        ["diary", "export", "-f", "json"],
        ["diary", "export", "-f", "fhir"],
    ]
    for args in commands:
        result = runner.invoke(app, [*args, "--db", db])
        assert result.exit_code == 0, (args, result.output, result.exception)
        assert "left out" in result.output  # the person is told, not silently short
    # The export of what is readable imports back into a fresh diary.
    fresh = tmp_path / "fresh.sqlite3"
    result = runner.invoke(app, ["diary", "import", str(tmp_path / "out.csv"), "--db", str(fresh)])
    assert result.exit_code == 0, result.output
    assert "Imported 2 episodes and 2 check-ins" in result.output


def test_an_out_of_range_row_can_still_be_shown_fixed_and_deleted(diary: Diary) -> None:
    _edge_rows(diary)
    (bad_id,) = [i for i in range(1, 20) if _started(diary, i) == datetime(1, 1, 1)]
    fixed = diary.update_episode(bad_id, {"started_at": datetime(2026, 3, 1, 3)})
    assert fixed.started_at == datetime(2026, 3, 1, 3)
    assert datetime(2026, 3, 1, 3) in [e.started_at for e in diary.episodes()]
    diary.delete_episode(bad_id)


def _started(diary: Diary, episode_id: int) -> datetime | None:
    try:
        return diary.get_episode(episode_id).started_at
    except NotFound:
        return None


def test_reading_again_does_not_grow_the_problem_list(diary: Diary) -> None:
    _edge_rows(diary)
    diary.episodes()
    diary.checkins()
    first = list(diary.problems)
    for _ in range(3):
        diary.episodes()
        diary.checkins()
    assert diary.problems == first
