"""``crampcare log``, ``day`` and ``diary ...`` through the real CLI and a real SQLite file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from typer.testing import CliRunner

from crampcare.cli import app
from crampcare.diary.store import Diary
from crampcare.vocabulary import woke_from_sleep


def _run(runner: CliRunner, *args: str, input: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.output


def _logged_id(output: str) -> int:
    match = re.search(r"Logged episode (\d+)", output)
    assert match, output
    return int(match.group(1))


def test_one_line_log_now_stores_the_episode_and_prints_its_id(
    runner: CliRunner, _isolated_data: Path
) -> None:
    code, out = _run(runner, "log", "--now", "--where", "calf", "--side", "left", "-i", "7")
    assert code == 0, out
    first = _logged_id(out)
    # The second log takes the quick path (the diary exists now); same result.
    code, out = _run(runner, "log", "--now", "--where", "foot", "--intensity", "3", "--woke")
    assert code == 0, out
    second = _logged_id(out)
    with Diary.open() as diary:
        one, two = diary.get_episode(first), diary.get_episode(second)
    # Not asked: the one rule decides (woken if logged before 7 a.m.).
    woke = woke_from_sleep(hour=one.started_at.hour)
    assert (one.location, one.side, one.intensity, one.woke) == ("calf", "left", 7, woke)
    assert (two.location, two.side, two.intensity, two.woke) == ("foot", "none", 3, True)
    assert (_isolated_data / "diary.sqlite3").is_file()


def test_log_asks_for_what_is_missing_when_prompting(runner: CliRunner) -> None:
    answers = "2026-03-01 03:10\nthigh_back\nright\n8\ny\nstretch, walk\nstretch\n2m\n"
    code, out = _run(runner, "log", "--prompt", "--relief-min", "4", input=answers)
    assert code == 0, out
    with Diary.open() as diary:
        ep = diary.get_episode(_logged_id(out))
    assert (ep.location, ep.side, ep.intensity, ep.woke) == ("thigh_back", "right", 8, True)
    assert (ep.actions, ep.helped, ep.duration_s, ep.minutes_to_relief) == (
        ["stretch", "walk"],
        ["stretch"],
        120,
        4.0,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log", "--at", "2026-02-30 03:00"], "not a real date"),
        (["log", "--now", "--intensity", "11"], "intensity"),
        (["log", "--now", "--where", "knee"], "location"),
        (["log", "--now", "--side", "up"], "side"),
        (["log", "--now", "--duration", "a while"], "not a duration"),
        (["day", "--date", "2026-02-30"], "not a real date"),
        (["day", "--stress", "7"], "stress"),
        (["day", "--custom", "cold feet"], "NAME=VALUE"),
        (["diary", "list", "--since", "2026-13-01"], "not a real date"),
        (["diary", "export", "--format", "xml"], "unknown format"),
    ],
)
def test_bad_input_is_a_clear_message_exit_2_and_nothing_written(
    runner: CliRunner, args: list[str], message: str
) -> None:
    code, out = _run(runner, *args)
    assert code == 2
    assert message in out
    assert "Traceback" not in out
    with Diary.open() as diary:
        assert diary.counts() == (0, 0)


def test_a_database_file_that_is_not_a_database_is_exit_2(
    runner: CliRunner, tmp_path: Path
) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_text("not sqlite at all\n" * 100, encoding="utf-8")
    for args in (["log", "--now"], ["diary", "list"], ["day", "--heat"]):
        code, out = _run(runner, *args, "--db", str(bogus))
        assert code == 2, args
        assert "not a crampcare diary" in out
    assert bogus.read_text(encoding="utf-8") == "not sqlite at all\n" * 100


def test_day_merges_answers_into_that_days_check_in(runner: CliRunner) -> None:
    code, out = _run(runner, "day", "--date", "2026-03-01", "--caffeine", "3", "--heat")
    assert code == 0, out
    code, out = _run(
        runner, "day", "--date", "2026-03-01", "--fluids", "1.5", "-c", "cold feet=yes", "--json"
    )
    assert code == 0, out
    stored = json.loads(out)
    assert (stored["caffeine_cups"], stored["heat"], stored["fluids_l"]) == (3, True, 1.5)
    assert stored["custom"] == {"cold feet": True}
    code, out = _run(runner, "diary", "list", "--checkins", "--json")
    assert [c["day"] for c in json.loads(out)] == ["2026-03-01"]


def test_day_prompts_for_unanswered_factors(runner: CliRunner) -> None:
    answers = "y\n2\n\n\n2\n\n\n\nn\n\n\n\n"
    code, out = _run(runner, "day", "--date", "2026-03-02", "--prompt", input=answers)
    assert code == 0, out
    with Diary.open() as diary:
        ci = diary.checkins()[0]
    assert (ci.exercise, ci.exercise_intensity, ci.fluids_l, ci.heat) == (True, 2, 2.0, False)
    assert ci.caffeine_cups is None


def test_list_show_edit_delete(runner: CliRunner) -> None:
    ids = []
    for at in ("2026-03-01 03:00", "2026-03-02 04:00", "2026-03-03 05:00"):
        ids.append(_logged_id(_run(runner, "log", "--at", at, "--where", "calf")[1]))
    code, out = _run(runner, "diary", "list", "--since", "2026-03-02", "--json")
    assert code == 0 and [e["id"] for e in json.loads(out)] == ids[1:]
    code, out = _run(runner, "diary", "list")
    assert code == 0 and "3 episodes" in out
    code, out = _run(runner, "diary", "edit", str(ids[0]), "--intensity", "6", "--did", "massage")
    assert code == 0, out
    code, out = _run(runner, "diary", "show", str(ids[0]), "--json")
    shown = json.loads(out)
    assert (shown["intensity"], shown["actions"], shown["location"]) == (6, ["massage"], "calf")
    code, out = _run(runner, "diary", "show", str(ids[0]))
    assert code == 0 and "6/10" in out
    assert _run(runner, "diary", "edit", str(ids[0]))[0] == 2
    assert _run(runner, "diary", "edit", str(ids[0]), "--intensity", "12")[0] == 2
    assert _run(runner, "diary", "delete", str(ids[1]))[0] == 2  # no --yes, not a terminal
    code, out = _run(runner, "diary", "delete", str(ids[1]), "--yes")
    assert code == 0, out
    code, out = _run(runner, "diary", "show", str(ids[1]))
    assert code == 2 and "no episode" in out
    with Diary.open() as diary:
        assert [e.id for e in diary.episodes()] == [ids[0], ids[2]]


def test_export_and_import_round_trip_through_the_cli(runner: CliRunner, tmp_path: Path) -> None:
    _run(runner, "log", "--at", "2026-03-01 03:00", "--where", "toes", "--side", "both")
    _run(runner, "day", "--date", "2026-03-01", "--stress", "2", "--notes", "busy, tired")
    first = tmp_path / "one.csv"
    code, out = _run(runner, "diary", "export", "--format", "csv", "--output", str(first))
    assert code == 0, out
    fresh = str(tmp_path / "fresh.db")
    code, out = _run(runner, "diary", "import", str(first), "--db", fresh)
    assert code == 0 and "Imported 1 episodes and 1 check-ins" in out
    again = runner.invoke(app, ["diary", "export", "--db", fresh])
    assert again.exit_code == 0
    assert again.stdout_bytes == first.read_bytes()
    code, out = _run(runner, "diary", "export", "--format", "json")
    document = json.loads(out)
    assert len(document["episodes"]) == 1 and len(document["checkins"]) == 1
    code, out = _run(runner, "diary", "export", "--format", "fhir")
    assert code == 0
    assert len(Bundle.model_validate(json.loads(out)).entry or []) == 2


def test_a_bad_import_writes_nothing_and_lists_the_lines(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        "record,started_at,location,intensity\n"
        "episode,2026-03-01T03:00,calf,5\n"
        "episode,2026-03-01T04:00,calf,11\n"
        "episode,2026-02-30T03:00,calf,5\n",
        encoding="utf-8",
    )
    code, out = _run(runner, "diary", "import", str(path))
    assert code == 2
    assert "nothing was written" in out and "line 3" in out and "line 4" in out
    with Diary.open() as diary:
        assert diary.counts() == (0, 0)
    code, out = _run(runner, "diary", "import", str(tmp_path / "diary.txt"))
    assert code == 2 and "--format" in out


def test_import_on_a_terminal_shows_progress_and_imports(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crampcare.cli import diary as diary_cli

    monkeypatch.setattr(diary_cli, "_show_progress", lambda: True)
    path = tmp_path / "in.csv"
    rows = [f"episode,2026-03-01T03:{m:02d},calf,{m % 11}" for m in range(60)]
    path.write_text("record,started_at,location,intensity\n" + "\n".join(rows), encoding="utf-8")
    code, out = _run(runner, "diary", "import", str(path))
    assert code == 0, out
    assert "Imported 60 episodes and 0 check-ins" in out
    with Diary.open() as diary:
        assert diary.counts() == (60, 0)


def test_every_command_has_help(runner: CliRunner) -> None:
    for args in (
        ["log"],
        ["day"],
        ["diary"],
        *(["diary", c] for c in ("list", "show", "edit", "delete", "import", "export")),
    ):
        code, out = _run(runner, *args, "-h")
        assert code == 0 and "Usage" in out, args
