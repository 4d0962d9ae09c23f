"""`crampcare plan`: every format, answers files, free text, atomic writes, clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcare.cli import plan as plan_cli
from crampcare.cli.app import app


def _answers(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_text_is_the_default_and_leads_with_the_triage(runner: CliRunner) -> None:
    result = runner.invoke(app, ["plan"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "YOUR CRAMP PLAN"
    assert lines[2].startswith("SELF-CARE")


def test_answers_file_with_pregnancy_drops_kunlun(runner: CliRunner, tmp_path: Path) -> None:
    path = _answers(tmp_path, {"pregnant": True, "pregnancy_week": 30, "locations": ["calf"]})
    result = runner.invoke(app, ["plan", "--answers", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["situations"] == ["pregnancy"]
    assert data["triage"]["level"] in ("self_care", "doctor")
    advised = {i["id"] for key in ("first_aid", "routine", "foods") for i in data[key]}
    assert "bl60" not in advised
    assert any(i["id"] == "bl60" and i["filter"] for i in data["avoid"])


def test_free_text_emergency_gives_only_the_emergency(runner: CliRunner) -> None:
    text = "my husband is having a seizure and is not responding"
    result = runner.invoke(app, ["plan", "--text", text, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["triage"]["level"] == "emergency"
    for key in ("first_aid", "routine", "foods", "doctor", "avoid"):
        assert data[key] == []


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        ("text", b"YOUR CRAMP PLAN"),
        ("md", b"# Your cramp plan"),
        ("html", b"<!doctype html>"),
        ("json", b'"triage"'),
        ("ics", b"BEGIN:VCALENDAR"),
        ("pdf", b"%PDF-"),
    ],
)
def test_every_format_writes_a_file(
    runner: CliRunner, tmp_path: Path, fmt: str, marker: bytes
) -> None:
    # Its own folder: tmp_path also holds the test's data folder (caches may appear there).
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"plan.{fmt}"
    result = runner.invoke(app, ["plan", "-f", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(marker) or marker in out.read_bytes()[:200]
    assert [p.name for p in folder.iterdir()] == [out.name], "no temp file left behind"


def test_ics_from_the_command_parses_back(runner: CliRunner) -> None:
    from icalendar import Calendar

    result = runner.invoke(app, ["plan", "--format", "ics"])
    assert result.exit_code == 0
    cal = Calendar.from_ical(result.output)
    assert cal.walk("VEVENT")


def test_a_failed_write_leaves_the_old_file_untouched(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "plan.html"
    out.write_text("old plan", encoding="utf-8")

    def broken(plan: object, fmt: str) -> bytes:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(plan_cli, "render", broken)
    result = runner.invoke(app, ["plan", "-f", "html", "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "old plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.html"]


def test_write_atomic_removes_its_temp_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"before")
    with pytest.raises(TypeError):
        plan_cli.write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"before"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "docx"], "--format must be one of"),
        (["--format", "pdf"], "needs --output"),
        (["--answers", "/no/such/file.json"], "cannot read --answers"),
        (["--answers", "/dev/null", "--text", "x"], "not both"),
        (["-f", "html", "-o", "/no/such/dir/plan.html"], "does not exist"),
        (["-f", "html", "-o", "/proc/plan.html"], "cannot write"),
    ],
)
def test_bad_input_exits_2_with_a_clean_message(
    runner: CliRunner, args: list[str], message: str
) -> None:
    result = runner.invoke(app, ["plan", *args])
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "content", ["{not json", '{"age": "old"}', '{"pregnant": true, "shoe_size": 40}', "[]"]
)
def test_bad_answers_file_exits_2(runner: CliRunner, tmp_path: Path, content: str) -> None:
    path = tmp_path / "answers.json"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["plan", "--answers", str(path)])
    assert result.exit_code == 2, result.output
    assert "not a valid intake" in " ".join(result.output.split())


def test_help_lists_the_formats(runner: CliRunner) -> None:
    result = runner.invoke(app, ["plan", "-h"])
    assert result.exit_code == 0
    for word in ("--answers", "--text", "--format", "--output", "ics"):
        assert word in result.output


def test_free_text_shows_what_was_understood(runner: CliRunner) -> None:
    result = runner.invoke(app, ["plan", "--text", "34 weeks pregnant, calf cramps at night"])
    assert result.exit_code == 0, result.output
    understood = next(line for line in result.output.splitlines() if "I understood" in line)
    assert "pregnan" in understood and "34" in understood


def test_ics_has_one_evening_reminder_unless_more_are_chosen(runner: CliRunner) -> None:
    from icalendar import Calendar

    default = runner.invoke(app, ["plan", "--format", "ics"])
    assert default.exit_code == 0, default.output
    assert len(Calendar.from_ical(default.output).walk("VEVENT")) == 1
    every = runner.invoke(app, ["plan", "--format", "ics", "--remind", "all"])
    assert len(Calendar.from_ical(every.output).walk("VEVENT")) > 1
    bad = runner.invoke(app, ["plan", "--format", "ics", "--remind", "nope"])
    assert bad.exit_code == 2 and "not a timed routine item" in bad.output
