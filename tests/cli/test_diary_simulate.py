"""``crampcare diary simulate``: writes synthetic diaries and prints the planted truth."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crampcare.cli.app import app
from crampcare.diary.store import Diary


def test_simulate_writes_the_diary_and_prints_the_truth_deterministically(
    runner: CliRunner, tmp_path: Path
) -> None:
    outs = []
    for name in ("a.sqlite3", "b.sqlite3"):
        db = str(tmp_path / name)
        args = ["diary", "simulate", "-n", "2", "-d", "60", "--seed", "5", "--json", "--db", db]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        outs.append(json.loads(result.stdout))
        with Diary.open(db) as diary:
            assert diary.persons() == [1, 2]
            n_ep, n_ci = diary.counts(1)
            assert n_ci > 40 and n_ep > 0
    assert outs[0] == outs[1]
    truth = outs[0]["truth"]
    assert [p["person_id"] for p in truth["persons"]] == [1, 2]
    assert all(len(p["relative_risks"]) == 2 for p in truth["persons"])


def test_planted_trigger_is_given_to_everyone(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "d.sqlite3")
    args = ["diary", "simulate", "-n", "3", "-d", "30", "--plant", "heat=2.5", "--json"]
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    persons = json.loads(result.stdout)["truth"]["persons"]
    assert all(p["relative_risks"] == {"heat": 2.5} for p in persons)


def test_bad_plant_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "d.sqlite3")
    for bad in ("nosuch=2", "heat", "heat=-1"):
        result = runner.invoke(app, ["diary", "simulate", "--plant", bad, "--db", db])
        assert result.exit_code == 2, (bad, result.output)
        assert "Traceback" not in result.output
