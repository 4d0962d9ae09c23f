"""``report`` to the screen through ``crampcare.fastreport`` prints exactly what the app prints.

Each case runs ``python -m crampcare report ...`` twice as separate processes, once
as a person runs it and once with ``CRAMPCARE_FASTPATH=off`` (the Typer app), and
compares stdout, stderr and the exit code byte for byte.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from crampcare import fastreport
from crampcare.analysis.simulate import simulate
from crampcare.diary.store import Diary
from tests.cli.processes import crampcare_process


@pytest.fixture(scope="module")
def diary_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fastreport") / "diary.sqlite3"
    records, _ = simulate(1, 200, seed=5, planted={"long_sitting": 3.0}, cramp_rate=(0.25, 0.25))
    with Diary.open(path) as diary:
        diary.import_rows([*records.episodes, *records.checkins])
    return path


def _run(args: list[str], data: Path, fast: bool) -> tuple[bytes, bytes, int]:
    done = crampcare_process(["report", *args], data=data, fast=fast)
    return done.stdout, done.stderr, done.returncode


CASES = [
    [],
    ["--format", "json"],
    ["-f", "json", "--person", "1"],
    ["--format=text", "--since", "2020-03-01"],
    ["--since=2020-02-15", "-f", "json"],
    ["--person", "2"],  # nobody: not enough data
    ["--since", "yesterday"],
    ["--since", "2020-02-30"],  # not a date: the app's message
    ["--person", "0"],
    ["--format", "pdf"],
    ["--format", "html"],
    ["--db"],
]


@pytest.mark.parametrize("args", CASES, ids=[" ".join(c) or "(none)" for c in CASES])
def test_the_fast_report_prints_what_the_app_prints(
    args: list[str], diary_db: Path, tmp_path: Path
) -> None:
    # ``--db`` alone: an option without its value.
    full = args if args == ["--db"] else [*args, "--db", str(diary_db)]
    fast = _run(full, tmp_path, fast=True)
    app = _run(full, tmp_path, fast=False)
    assert fast == app


def test_a_missing_diary_and_a_damaged_row_are_the_apps_to_explain(
    diary_db: Path, tmp_path: Path
) -> None:
    missing = ["--db", str(tmp_path / "none.sqlite3")]
    assert _run(missing, tmp_path, True) == _run(missing, tmp_path, False)
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(diary_db.read_bytes())
    with closing(sqlite3.connect(damaged)) as conn:
        conn.execute("UPDATE episodes SET intensity = 'bad' WHERE id = 1")
        conn.commit()
    args = ["--db", str(damaged)]
    fast = _run(args, tmp_path, True)
    assert fast == _run(args, tmp_path, False)
    assert b"left out" in fast[1]


def test_cached_charts_are_written_as_the_app_writes_them(diary_db: Path, tmp_path: Path) -> None:
    made = {}
    for fast in (False, True):  # the app first: it draws them into the cache
        folder = tmp_path / f"charts-{fast}"
        folder.mkdir()
        args = ["--db", str(diary_db), "--charts", str(folder)]
        made[fast] = _run(args, tmp_path, fast)
        assert made[fast][2] == 0, made[fast]
    assert made[True] == made[False]
    app_files = sorted(p.name for p in (tmp_path / "charts-False").iterdir())
    assert app_files and app_files == sorted(p.name for p in (tmp_path / "charts-True").iterdir())
    for name in app_files:
        assert (tmp_path / "charts-True" / name).read_bytes() == (
            tmp_path / "charts-False" / name
        ).read_bytes()


def test_only_what_it_is_sure_of_is_answered_fast(
    diary_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--db", str(diary_db)]
    assert fastreport.serve([*db, "-f", "json"], "SWITCH")
    assert capsys.readouterr().out.startswith("{")
    for args in (
        [*db, "--charts", "no such folder"],
        [*db, "-o", "report.txt"],
        [*db, "--format", "md"],
        [*db, "--db", str(diary_db)],
        [*db, "--person", "01"],
        [*db, "--help"],
    ):
        assert not fastreport.serve(args, "SWITCH"), args
    monkeypatch.setenv("SWITCH", "off")
    assert not fastreport.serve(db, "SWITCH")
    assert capsys.readouterr().out == ""


def test_garbage_collection_is_paused_for_the_report_only(
    diary_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    seen: list[bool] = []
    real = fastreport._report

    def watched(values: dict[str, str]) -> str | None:
        seen.append(gc.isenabled())
        return real(values)

    monkeypatch.setattr(fastreport, "_report", watched)
    db = ["--db", str(diary_db)]
    assert fastreport.serve(db, "SWITCH")  # answered
    assert gc.isenabled()
    assert not fastreport.serve([*db, "--since", "2020-02-30"], "SWITCH")  # the app's to say
    assert gc.isenabled()
    gc.disable()  # a caller that paused collection itself keeps it paused
    try:
        assert fastreport.serve(db, "SWITCH")
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [False, False, False]
    capsys.readouterr()
