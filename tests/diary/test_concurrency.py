"""Concurrent writers lose nothing, and a long import does not starve a 3 a.m. log.

Run on a SQLite file and on PostgreSQL: check-ins of the same days from several
threads at once (each with its own connection), the CLI and the web form
together, a ``log`` while an import is running, and a busy diary as a message.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcare.cli import app
from crampcare.cli.diary_entry import _day
from crampcare.diary import sqliteconn
from crampcare.diary.models import EpisodeIn
from crampcare.diary.store import Diary, DiaryBusy

DAYS = 20
WRITERS = 3
FACTORS = ("caffeine_cups", "stress", "exercise_intensity")


def _check_in(db_url: str, writer: int, start: threading.Barrier) -> None:
    for n in range(DAYS):
        start.wait()
        day = (date(2026, 3, 1) + timedelta(days=n)).isoformat()
        given = {name: None for name in FACTORS} | {FACTORS[writer]: 2}
        _day(day, given, [f"mine {writer}=yes"], None, False, True, db_url)


def test_parallel_checkins_of_the_same_days_lose_nothing(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    Diary.open(db_url).close()  # created and migrated before the race
    start = threading.Barrier(WRITERS)
    threads = [threading.Thread(target=_check_in, args=(db_url, w, start)) for w in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    with Diary.open(db_url) as diary:
        stored = diary.checkins()
    assert len(stored) == DAYS
    lost = [
        c.day
        for c in stored
        if set(c.custom) != {f"mine {w}" for w in range(WRITERS)}
        or any(getattr(c, name) != 2 for name in FACTORS)
    ]
    assert lost == [], f"answers lost on {len(lost)} of {DAYS} days"


def test_the_web_form_and_the_cli_check_in_together(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from starlette.testclient import TestClient

    from crampcare.web import create_app
    from tests.web.conftest import form_token

    monkeypatch.setenv("CRAMPCARE_DB", db_url)
    Diary.open(db_url).close()
    days = [(date(2026, 4, 1) + timedelta(days=n)).isoformat() for n in range(10)]

    def cli() -> None:
        for day in days:
            _day(day, {}, ["cold feet=yes"], None, False, True, db_url)

    with TestClient(create_app(), base_url="http://localhost") as client:
        token = form_token(client, "/diary/checkin")
        thread = threading.Thread(target=cli)
        thread.start()
        for day in days:
            r = client.post(
                "/diary/checkin", data={"csrf": token, "day": day, "heat": "yes", "stress": "1"}
            )
            assert r.status_code == 200
        thread.join(timeout=60)
    with Diary.open(db_url) as diary:
        stored = {c.day.isoformat(): c for c in diary.checkins()}
    assert sorted(stored) == days
    for c in stored.values():
        assert c.custom == {"cold feet": True} and c.heat is True and c.stress == 1


def _slow_rows(started: threading.Event, seconds: float) -> Iterator[EpisodeIn]:
    deadline = time.monotonic() + seconds
    i = 0
    while time.monotonic() < deadline:
        i += 1
        yield EpisodeIn(started_at=datetime(2025, 1, 1) + timedelta(minutes=i))
        if i == 600:
            started.set()
        if i % 200 == 0:
            time.sleep(0.02)


def test_a_log_during_a_long_import_is_stored_at_once(db_url: str) -> None:
    with Diary.open(db_url) as importer, Diary.open(db_url) as logger:
        started = threading.Event()
        summary: list[object] = []
        thread = threading.Thread(
            target=lambda: summary.append(
                importer.import_rows(_slow_rows(started, 4.0), batch_size=500)
            )
        )
        thread.start()
        assert started.wait(30)
        t0 = time.monotonic()
        logged = logger.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 3)))
        waited = time.monotonic() - t0
        thread.join(timeout=120)
        assert waited < 2.0, f"the log waited {waited:.1f} s for the import"
        assert logger.get_episode(logged.id).started_at == datetime(2026, 3, 1, 3)
        n_imported = summary[0].episodes  # type: ignore[attr-defined]
        assert logger.counts() == (n_imported + 1, 0)


def test_a_failed_import_publishes_nothing_and_leaves_no_staging(db_url: str) -> None:
    def rows() -> Iterator[EpisodeIn]:
        for i in range(1200):
            yield EpisodeIn(started_at=datetime(2025, 1, 1) + timedelta(minutes=i))
        raise ValueError("line 1202: bad row")

    with Diary.open(db_url) as diary:
        with pytest.raises(ValueError, match="line 1202"):
            diary.import_rows(rows(), batch_size=500)
        assert diary.counts() == (0, 0)
        diary.import_rows([EpisodeIn(started_at=datetime(2026, 1, 1))])
        assert diary.counts() == (1, 0)


@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A SQLite diary another program holds the write lock on; short busy timeouts."""
    path = tmp_path / "diary.sqlite3"
    Diary.open(path).close()
    monkeypatch.setattr(sqliteconn, "BUSY_TIMEOUT_MS", 300)
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        yield path
        other.execute("ROLLBACK")


@pytest.mark.parametrize(
    "args",
    [
        ["log", "--now"],
        ["log", "--at", "2026-03-01 03:00", "--where", "foot"],
        ["day", "--date", "2026-03-01", "--stress", "2", "--no-prompt"],
        ["diary", "edit", "1", "--intensity", "3"],
    ],
)
def test_a_busy_diary_is_a_message_and_exit_75(
    locked: Path, runner: CliRunner, args: list[str]
) -> None:
    result = runner.invoke(app, [*args, "--db", str(locked)])
    assert result.exit_code == 75, (result.output, result.exception)
    assert "busy" in result.output and "try again" in result.output
    assert "Traceback" not in result.output


def test_a_busy_diary_raises_diary_busy_in_the_store(locked: Path) -> None:
    with Diary.open(locked) as diary, pytest.raises(DiaryBusy):
        diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 3)))


def test_a_busy_diary_is_a_503_on_the_web_not_a_500(
    locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from starlette.testclient import TestClient

    from crampcare.web import create_app

    monkeypatch.setenv("CRAMPCARE_DB", str(locked))
    with TestClient(create_app(), base_url="http://localhost") as client:
        r = client.post("/api/v1/episodes", json={"started_at": "2026-03-01T03:00:00"})
    assert r.status_code == 503, r.text
    assert "busy" in r.text
