"""A SQLite diary edited by hand: a wrong type in a column costs that row, never the read.

SQLite lets any value into any column, so a person (or a script) editing the file
can put text where a number or a time belongs. Before, one such value stopped every
reader (list, report, export, the web app) with an error until the row was deleted.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from starlette.testclient import TestClient
from typer.testing import CliRunner

from crampcare.cli import app
from crampcare.diary import quickread, rows
from crampcare.diary.models import CheckInIn, EpisodeIn
from crampcare.diary.store import Diary
from crampcare.diary.tables import episodes
from crampcare.web import create_app
from tests.diary import strategies

# Each damaged episode: (column, value SQLite stores as it is).
DAMAGE = [
    ("started_at", "yesterday night"),
    ("started_at", 20260301),
    ("started_at", "2026-02-30 03:00:00.000000"),
    ("intensity", "very bad"),
    ("intensity", 4.5),
    ("woke", "yes"),
    ("actions", "stretch, walk"),
    ("helped", '{"not": "a list"}'),
    ("duration_s", b"\x00\x01"),
    ("minutes_to_relief", "soon"),
    ("notes", b"\xff\xfe"),  # a number would be stored as text here: TEXT affinity
]


def _damaged_diary(path: Path) -> list[int]:
    """A diary of 3 good episodes and one damaged per DAMAGE entry; the damaged ids."""
    with Diary.open(path) as diary:
        for hour in (1, 2, 3):
            diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, hour), actions=["walk"]))
        bad = [
            diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 2, i))).id
            for i in range(len(DAMAGE))
        ]
        diary.set_checkin(CheckInIn(day=date(2026, 3, 1), fluids_l=2))
        diary.set_checkin(CheckInIn(day=date(2026, 3, 2), stress=1))
        diary.set_checkin(CheckInIn(day=date(2026, 3, 3)))
    with closing(sqlite3.connect(path)) as conn:
        for episode_id, (column, value) in zip(bad, DAMAGE, strict=True):
            conn.execute(f"UPDATE episodes SET {column} = ? WHERE id = ?", (value, episode_id))
        conn.execute("UPDATE checkins SET fluids_l = 'lots' WHERE day = '2026-03-01'")
        conn.execute("UPDATE checkins SET day = 'someday' WHERE day = '2026-03-02'")
        conn.commit()
    return bad


def test_a_damaged_row_is_left_out_named_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    bad = _damaged_diary(path)
    with Diary.open(path) as diary:
        eps = diary.episodes()
        cis = diary.checkins()
        assert [e.started_at.hour for e in eps] == [1, 2, 3]
        assert eps.skipped == len(DAMAGE)
        assert [c.day for c in cis] == [date(2026, 3, 3)] and cis.skipped == 2
        for episode_id in bad:
            assert any(p.startswith(f"episode {episode_id} ") for p in diary.problems)
        assert any("check-in of someday" in p for p in diary.problems)
        # Pages read past the damage too.
        page = diary.episodes(limit=2, after=(datetime(2026, 3, 1, 3), 3))
        assert list(page) == [] and page.skipped == 2


def test_the_cli_and_the_api_read_around_a_damaged_row(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "diary.sqlite3"
    _damaged_diary(path)
    for args in (
        ["diary", "list"],
        ["report"],
        ["report", "--format", "json"],
        ["diary", "export", "-f", "csv"],
        ["diary", "export", "-f", "fhir"],
    ):
        result = runner.invoke(app, [*args, "--db", str(path)])
        assert result.exit_code == 0, (args, result.output)
        assert "left out" in result.output and "Traceback" not in result.output
    monkeypatch.setenv("CRAMPCARE_DB", str(path))
    with TestClient(create_app(), base_url="http://localhost") as client:
        seen: list[int] = []
        url: str | None = "/api/v1/episodes?limit=2"
        while url:
            answer = client.get(url)
            assert answer.status_code == 200
            seen += [e["id"] for e in answer.json()["items"]]
            url = answer.json()["next"]
        assert seen == [1, 2, 3]
        assert client.get("/api/v1/report").status_code == 200


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(strategies.episodes, min_size=1, max_size=5))
def test_the_fast_reader_builds_what_validation_builds(
    tmp_path_factory: pytest.TempPathFactory, records: list[EpisodeIn]
) -> None:
    path = tmp_path_factory.mktemp("fast") / "diary.sqlite3"
    with Diary.open(path) as diary:
        diary.import_rows(records)
        fast = diary.episodes()
        with diary.engine.connect() as conn:
            validated = [rows.episode(r) for r in conn.execute(select(episodes))]
    assert fast.skipped == 0
    assert sorted((e.model_dump() for e in fast), key=lambda d: d["id"]) == [
        e.model_dump() for e in validated
    ]
    assert all(type(e.woke) is bool for e in fast)


def test_report_reads_without_sqlalchemy_and_falls_back_when_unsure(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    problems: list[str] = []
    assert quickread.read_whole(path, 1, None, problems) is None  # no diary yet
    _damaged_diary(path)
    found = quickread.read_whole(path, 1, None, problems)
    assert found is not None
    eps, cis = found
    assert len(eps) == 3 and eps.skipped == len(DAMAGE) and len(cis) == 1
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'older'")
        conn.commit()
    assert quickread.read_whole(path, 1, None, problems) is None
