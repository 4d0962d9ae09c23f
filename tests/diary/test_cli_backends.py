"""The diary commands work the same on both backends (``--db`` with a path or a URL)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crampcare.cli import app


def test_log_day_list_and_csv_round_trip_on_each_backend(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    def run(*args: str) -> str:
        result = runner.invoke(app, [*args, "--db", db_url])
        assert result.exit_code == 0, result.output
        return result.output

    run("log", "--at", "2026-03-01 03:10", "--where", "calf", "--side", "left", "-i", "7")
    run("log", "--now", "--where", "foot", "--did", "walk", "--helped", "walk")
    run("day", "--date", "2026-03-01", "--caffeine", "2", "-c", "cold feet=yes")
    listed = json.loads(run("diary", "list", "--json"))
    assert [e["location"] for e in listed] == ["calf", "foot"]
    exported = run("diary", "export")
    path = tmp_path / "out.csv"
    path.write_text(exported, encoding="utf-8")
    fresh = str(tmp_path / "fresh.sqlite3")
    assert runner.invoke(app, ["diary", "import", str(path), "--db", fresh]).exit_code == 0
    again = runner.invoke(app, ["diary", "export", "--db", fresh])
    assert again.output == exported
    bad = runner.invoke(app, ["log", "--now", "--intensity", "11", "--db", db_url])
    assert bad.exit_code == 2
    assert len(json.loads(run("diary", "list", "--json"))) == 2
