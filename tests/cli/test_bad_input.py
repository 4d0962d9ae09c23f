"""The bad-input harness: every CLI command x a catalogue of hostile values.

Each case (tests/cli/bad_input_catalogue.py) must end with exit code 2, an error
message whose first line says what is wrong, no traceback, and the diary exactly
as it was (a SQL dump before and after). One test runs the whole catalogue so the
counts are reported together: cases tried, tracebacks, silent acceptances.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcare.cli import app
from crampcare.diary.models import CheckInIn, EpisodeIn
from crampcare.diary.store import Diary
from tests.cli.bad_input_catalogue import CASES

HEADER = (
    "record,started_at,duration_s,location,side,intensity,woke,actions,helped,"
    "minutes_to_relief,day,exercise,exercise_intensity,hours_on_feet,long_sitting,fluids_l,"
    "caffeine_cups,alcohol_units,heel_height_cm,heat,stress,new_medicine,tucked_bedding,"
    "custom,notes\r\n"
)


def _episode_row(actions: str = "", notes: str = "") -> str:
    return f"episode,2026-03-01T03:00:00,,calf,left,5,no,{actions},,,,,,,,,,,,,,,,,{notes}\r\n"


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A diary with records, and a damaged one, made once and copied per case."""
    folder = tmp_path_factory.mktemp("bad-input-template")
    with Diary.open(folder / "db.sqlite3") as diary:
        diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 3), intensity=5))
        diary.set_checkin(CheckInIn(day=date(2026, 3, 1), stress=2, custom={"cold": True}))
    shutil.copy(folder / "db.sqlite3", folder / "damaged.sqlite3")
    with closing(sqlite3.connect(folder / "damaged.sqlite3")) as conn:
        conn.execute("ALTER TABLE episodes DROP COLUMN notes")
        conn.execute("ALTER TABLE checkins RENAME TO checkins_old")
        conn.commit()
    return folder


def _places(template: Path, tmp: Path) -> dict[str, str]:
    shutil.copy(template / "db.sqlite3", tmp / "db.sqlite3")
    shutil.copy(template / "damaged.sqlite3", tmp / "damaged.sqlite3")
    (tmp / "folder").mkdir()
    (tmp / "plain.txt").write_text("just text\n", encoding="utf-8")
    (tmp / "latin1.json").write_bytes('{"episodes": [{"notes": "café"}]}'.encode("latin-1"))
    (tmp / "latin1.csv").write_bytes((HEADER + _episode_row(notes="café")).encode("latin-1"))
    (tmp / "nested.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp / "huge.csv").write_text(
        HEADER + _episode_row(actions="; ".join(["walk"] * 3000)), encoding="utf-8"
    )
    (tmp / "nul.csv").write_text(HEADER + _episode_row(notes="a\x00b"), encoding="utf-8")
    (tmp / "good.csv").write_text(HEADER + _episode_row(), encoding="utf-8")
    (tmp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp / "nul.txt").write_bytes(b"calf cramp\n\x00\x00\x00\n")
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_text("\n  \n\t\n", encoding="utf-8")
    (tmp / "huge_line.txt").write_text("calf cramp " * 200_000 + "\n", encoding="utf-8")
    (tmp / "broken.jsonl").write_text(
        '{"text": "calf cramp", "id": 1}\n{"text": "foot cramp", "id": 2\n', encoding="utf-8"
    )
    (tmp / "no_text.jsonl").write_text('{"text": "calf cramp"}\n{"id": 3}\n', encoding="utf-8")
    (tmp / "array.jsonl").write_text('{"text": "calf cramp"}\n["calf cramp"]\n', encoding="utf-8")
    (tmp / "bad_id.jsonl").write_text('{"text": "calf cramp", "id": [1]}\n', encoding="utf-8")
    (tmp / "nul_escape.jsonl").write_text('{"text": "calf\\u0000cramp"}\n', encoding="utf-8")
    if os.geteuid() == 0:
        noperm = "/proc/self"  # even root cannot create files here
    else:
        (tmp / "locked").mkdir(mode=0o500)
        noperm = str(tmp / "locked")
    return {
        "db": str(tmp / "db.sqlite3"),
        "damaged": str(tmp / "damaged.sqlite3"),
        "dir": str(tmp / "folder"),
        "file": str(tmp / "plain.txt"),
        "missing": str(tmp / "no-such-folder"),
        "noperm": noperm,
        "nonutf8_json": str(tmp / "latin1.json"),
        "nonutf8_csv": str(tmp / "latin1.csv"),
        "nested_json": str(tmp / "nested.json"),
        "huge_csv": str(tmp / "huge.csv"),
        "nul_csv": str(tmp / "nul.csv"),
        "good_csv": str(tmp / "good.csv"),
        "binary": str(tmp / "image.png"),
        "nul_text": str(tmp / "nul.txt"),
        "empty": str(tmp / "empty.txt"),
        "blank": str(tmp / "blank.txt"),
        "huge_line": str(tmp / "huge_line.txt"),
        "broken_jsonl": str(tmp / "broken.jsonl"),
        "no_text_jsonl": str(tmp / "no_text.jsonl"),
        "array_jsonl": str(tmp / "array.jsonl"),
        "bad_id_jsonl": str(tmp / "bad_id.jsonl"),
        "nul_escape_jsonl": str(tmp / "nul_escape.jsonl"),
        "markup": str(tmp / "[/x].csv"),
    }


def _fill(arg: str, places: dict[str, str]) -> str:
    for key, value in places.items():
        arg = arg.replace("{" + key + "}", value)
    return arg


def _verdict(code: int, stdout: str, stderr: str, exc: BaseException | None) -> str | None:
    """None if the case was handled well, else what went wrong."""
    if exc is not None and not isinstance(exc, SystemExit):
        return f"traceback: {type(exc).__name__}: {exc}"[:300]
    if "Traceback" in stdout + stderr:
        return "traceback printed"
    if code == 0:
        return "silent acceptance (exit 0)"
    if code != 2:
        return f"exit {code}, not 2"
    # Ours: "Error: ..." first; click's usage errors: "Usage:", "Try ...", "Error: ...".
    errors = [line for line in stderr.splitlines() if line.startswith("Error:")]
    if len(errors) != 1:
        return f"not one error line on stderr: {stderr[:200]!r}"
    return None


def test_every_hostile_input_gets_a_message_and_changes_nothing(
    template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runner = CliRunner()
    problems: list[str] = []
    tracebacks = silent = 0
    for i, (name, argv) in enumerate(CASES):
        tmp = tmp_path / f"case{i}"
        tmp.mkdir()
        places = _places(template, tmp)
        before = {k: _dump(Path(places[k])) for k in ("db", "damaged")}
        args = [_fill(a, places) for a in argv]
        result = runner.invoke(app, args, env={"COLUMNS": "100"})
        problem = _verdict(result.exit_code, result.stdout, result.stderr, result.exception)
        if "--batch" in argv and result.stdout.strip():
            # A batch checks every line before it writes: bad input means no results at all.
            problem = (problem + "; " if problem else "") + "results written"
        for key in ("db", "damaged"):
            if _dump(Path(places[key])) != before[key]:
                problem = (problem + "; " if problem else "") + f"the {key} diary changed"
        if problem:
            tracebacks += "traceback" in problem
            silent += "silent" in problem
            problems.append(f"{name}: {problem}")
    with capsys.disabled():
        print(
            f"\nbad-input harness: {len(CASES)} cases tried, {tracebacks} tracebacks, "
            f"{silent} silent acceptances, {len(problems)} problems in all"
        )
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("text", ["[/x]", "[/]", "[bold]x", "a\\[b"])
def test_error_messages_print_user_text_literally(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import typer

    from crampcare.cli.common import fail

    with pytest.raises(typer.Exit):
        fail(f"no such file: /tmp/{text}.csv")
    assert capsys.readouterr().err.strip() == f"Error: no such file: /tmp/{text}.csv"
