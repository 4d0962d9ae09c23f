"""``crampcare clinic analyse``: a clinic's stored diaries, per factor, in words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcare.cli.app import app


@pytest.fixture
def clinic_db(runner: CliRunner, tmp_path: Path) -> str:
    db = str(tmp_path / "clinic.sqlite3")
    args = ["diary", "simulate", "-n", "6", "-d", "120", "--seed", "3", "--plant", "heat=3"]
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return db


def test_plain_output_names_factors_in_words_and_counts_people_without_ids(
    runner: CliRunner, clinic_db: str
) -> None:
    result = runner.invoke(app, ["clinic", "analyse", "--db", clinic_db])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("6 people, ")
    assert "Hot day / sweating" in out and "Tucked-in bedding" in out
    assert "heat" not in out.split() and "tucked_bedding" not in out
    assert not re.search(r"person[ _]?(id)?\s*\d", out, re.I)
    assert "clinic.sqlite3" not in out


def test_json_gives_each_person_by_id_with_tables_and_statuses(
    runner: CliRunner, clinic_db: str
) -> None:
    result = runner.invoke(app, ["clinic", "analyse", "--db", clinic_db, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [p["person_id"] for p in data["persons"]] == [1, 2, 3, 4, 5, 6]
    heat = data["persons"][0]["factors"]["heat"]
    assert sum(heat["table"]) > 60
    assert heat["status"] in {"more_cramps", "fewer_cramps", "no_clear_link", "not_enough_data"}
    pooled = {f["factor"]: f for f in data["factors"]}["heat"]
    assert pooled["pooled_low"] < pooled["pooled_rr"] < pooled["pooled_high"]
    assert pooled["pooled_rr"] > 1.1  # everyone had heat planted at three times the risk


@pytest.mark.parametrize("content", [None, b"just some notes\n"])
def test_a_missing_or_foreign_file_is_one_line_and_exit_2(
    runner: CliRunner, tmp_path: Path, content: bytes | None
) -> None:
    target = tmp_path / "clinic.sqlite3"
    if content is not None:
        target.write_bytes(content)
    result = runner.invoke(app, ["clinic", "analyse", "--db", str(target)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output
    assert (target.read_bytes() if content is not None else None) == content


def test_an_empty_diary_says_there_is_nothing_yet(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    from crampcare.diary.store import Diary

    Diary.open(db).close()
    result = runner.invoke(app, ["clinic", "analyse", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("No daily check-ins to analyse yet")
