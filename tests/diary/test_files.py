"""Nothing the person has is lost when writing files: atomic, private, and clear on a full disk."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcare import files
from crampcare.cli import app
from crampcare.diary.models import EpisodeIn
from crampcare.diary.store import Diary
from crampcare.errors import CrampcareError


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while the new file is being written."""
    real = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def _diary_with_an_episode(path: Path) -> None:
    with Diary.open(path) as diary:
        diary.add_episode(EpisodeIn(started_at="2026-03-01T03:00:00", notes="keep me"))


@pytest.mark.parametrize(
    "args",
    [
        ["diary", "export", "-f", "csv", "-o"],
        ["diary", "export", "-f", "fhir", "-o"],
        ["report", "-f", "md", "-o"],
        ["plan", "-f", "ics", "-o"],
        ["points", "--view", "hand", "--svg"],
    ],
    ids=["csv", "fhir", "report", "plan-ics", "points-svg"],
)
def test_a_full_disk_keeps_the_old_file_and_says_so(
    args: list[str], tmp_path: Path, runner: CliRunner, full_disk: None
) -> None:
    db = tmp_path / "diary.sqlite3"
    _diary_with_an_episode(db)
    out = tmp_path / "backup.out"
    out.write_text("the old backup", encoding="utf-8")
    extra = ["--db", str(db)] if args[0] in ("diary", "report") else []
    result = runner.invoke(app, [*args, str(out), *extra])
    assert result.exit_code == 2, result.output
    assert "the disk is full" in result.output
    assert "Traceback" not in result.output
    assert out.read_text(encoding="utf-8") == "the old backup"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_written_files_are_private_and_complete(tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "diary.sqlite3"
    _diary_with_an_episode(db)
    out = tmp_path / "export.csv"
    out.write_text("old", encoding="utf-8")
    os.chmod(out, 0o644)
    result = runner.invoke(app, ["diary", "export", "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "keep me" in out.read_text(encoding="utf-8")
    assert _mode(out) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_the_diary_database_and_its_wal_files_are_private(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        db = tmp_path / "diary.sqlite3"
        with Diary.open(db) as diary:
            diary.add_episode(EpisodeIn(started_at="2026-03-01T03:00:00"))
            made = [db, *(db.with_name(db.name + s) for s in ("-wal", "-shm"))]
            present = [p for p in made if p.exists()]
            assert len(present) == 3
            assert {p.name: _mode(p) for p in present} == {p.name: 0o600 for p in present}
    finally:
        os.umask(old_umask)


def test_a_folder_or_missing_folder_is_refused_before_reading_the_diary(tmp_path: Path) -> None:
    with pytest.raises(CrampcareError, match="is a folder"):
        files.write_atomic(tmp_path, b"x")
    with pytest.raises(CrampcareError, match="does not exist"):
        files.write_atomic(tmp_path / "missing" / "x.csv", b"x")


def test_an_older_readable_diary_is_made_private_when_opened(tmp_path: Path) -> None:
    db = tmp_path / "diary.sqlite3"
    _diary_with_an_episode(db)
    os.chmod(db, 0o644)
    with Diary.open(db) as diary:
        assert len(diary.episodes()) == 1
    assert _mode(db) == 0o600


def test_the_quick_log_makes_an_old_readable_diary_and_its_folder_private(
    runner: CliRunner, tmp_path: Path
) -> None:
    """``log --now`` skips the full store, so it must tighten an old diary itself."""
    data = tmp_path / "data"  # the data folder the autouse fixture points crampcare at
    data.mkdir(exist_ok=True)
    db = data / "diary.sqlite3"
    _diary_with_an_episode(db)
    for part in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        if part.exists():
            os.chmod(part, 0o644)
    os.chmod(data, 0o755)
    result = runner.invoke(app, ["log", "--now"])
    assert result.exit_code == 0, result.output
    assert _mode(db) == 0o600
    assert _mode(data) == 0o700
    with Diary.open(db) as diary:
        assert len(diary.episodes()) == 2  # the quick path did the logging


def test_a_diary_elsewhere_is_private_but_its_folder_keeps_its_mode(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A --db in the person's home must not close their home folder to others."""
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o755)
    db = folder / "diary.sqlite3"
    _diary_with_an_episode(db)
    os.chmod(db, 0o644)
    result = runner.invoke(app, ["log", "--now", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert _mode(db) == 0o600 and _mode(folder) == 0o755


def _someone_elses_kind_of_file(tmp_path: Path) -> Path:
    # Like /etc/passwd: readable by all, and no database.
    passwd = tmp_path / "passwd"
    passwd.write_text("root:x:0:0:root:/root:/bin/bash\n" * 20, encoding="utf-8")
    os.chmod(passwd, 0o644)
    return passwd


def test_a_file_that_is_not_a_diary_is_refused_and_keeps_its_mode(tmp_path: Path) -> None:
    passwd = _someone_elses_kind_of_file(tmp_path)
    before = passwd.read_bytes()
    with pytest.raises(CrampcareError, match="not a crampcare diary") as refused:
        Diary.open(passwd)
    assert "\n" not in str(refused.value)
    assert _mode(passwd) == 0o644
    assert passwd.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["passwd"]


@pytest.mark.parametrize(
    "args",
    [["log", "--now"], ["diary", "list"], ["report"], ["day", "--heat"]],
    ids=["log-now", "diary-list", "report", "day"],
)
def test_the_cli_refuses_a_db_that_is_not_a_diary_without_changing_its_mode(
    runner: CliRunner, tmp_path: Path, args: list[str]
) -> None:
    passwd = _someone_elses_kind_of_file(tmp_path)
    result = runner.invoke(app, [*args, "--db", str(passwd)])
    assert result.exit_code == 2, result.output
    assert "not a crampcare diary" in result.output
    assert "Traceback" not in result.output
    assert _mode(passwd) == 0o644


def test_an_empty_file_becomes_a_private_diary(tmp_path: Path) -> None:
    """SQLite makes an empty file a database, so an empty --db is still ours to use."""
    empty = tmp_path / "new.sqlite3"
    empty.touch()
    os.chmod(empty, 0o644)
    with Diary.open(empty) as diary:
        assert diary.counts() == (0, 0)
    assert _mode(empty) == 0o600
