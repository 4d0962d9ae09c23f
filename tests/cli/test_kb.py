"""`crampcare kb`: list, show, export, lint through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crampcare.cli.app import app
from crampcare.knowledge.schema import KINDS
from crampcare.vocabulary import Grade


def test_list_filters_by_kind(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "list", "--kind", "prevention", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and {r["kind"] for r in rows} == {"prevention"}
    assert "pv_see_doctor" in {r["id"] for r in rows}


def test_list_filters_by_kind_and_grade(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["kb", "list", "--kind", "remedy", "--grade", "ineffective", "--json"]
    )
    assert result.exit_code == 0, result.output
    ids = {r["id"] for r in json.loads(result.stdout)}
    assert "rm_magnesium" in ids
    assert "rm_pickle_juice" not in ids


def test_list_shows_a_causes_link_never_a_grade(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "list", "--kind", "cause", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    assert rows["cs_lactic_acid"]["grade"] is None
    assert rows["cs_lactic_acid"]["link"] == "refuted"
    assert rows["cs_poisoning"]["link"] == "established"


def test_list_as_a_table(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "list", "--kind", "cause"])
    assert result.exit_code == 0, result.output
    assert "cs_magnesium_deficiency" in result.stdout
    assert "entries" in result.stdout


def test_list_unknown_kind_exits_2_with_a_clean_message(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "list", "--kind", "bogus"])
    assert result.exit_code == 2
    assert "unknown kind 'bogus'" in " ".join(result.output.split())
    assert "Traceback" not in result.output


def test_list_unknown_grade_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "list", "--grade", "great"])
    assert result.exit_code == 2
    assert "unknown grade" in result.output


def test_show_prints_text_grade_and_sources(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "show", "cs_lactic_acid"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "outdated" in out
    assert "Link with cramps: Studied: not true" in out
    assert "Tested and does not work" not in out
    assert "002_206b154d7945aaec.txt" in out and "https://" in out


def test_show_avoid_entry_leads_with_the_warning(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "show", "pv_drink_a_lot"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("WARNING:")
    warning = result.stdout.split("\n\n")[0]
    assert "sodium" in warning and "drink large amounts" in " ".join(warning.split())


def test_show_is_case_insensitive(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "show", "LA_DVT"])
    assert result.exit_code == 0, result.output
    assert "same day" in result.stdout


def test_show_unknown_id_exits_2_without_a_traceback(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "show", "nope"])
    assert result.exit_code == 2
    assert "No knowledge-base entry has the id 'nope'" in " ".join(result.output.split())
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_show_unknown_id_suggests_close_ids(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "show", "cs_lactic_acd"])
    assert result.exit_code == 2
    assert "Did you mean: cs_lactic_acid" in " ".join(result.output.split())


def test_show_as_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "show", "pv_contrast_baths", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["id"] == "pv_contrast_baths"
    assert "hy_contrast_shower" in doc["techniques"]
    assert {c["condition"] for c in doc["contraindications"]} >= {"diabetes", "neuropathy"}


def test_export_is_one_json_document_with_the_stable_fields(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "export", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["format"] == "crampcare-knowledge-base"
    assert isinstance(doc["version"], int)
    assert set(doc) >= {"fingerprint", "counts", "entries", "coverage"}
    grades = {g.value for g in Grade} | {None}
    for entry in doc["entries"]:
        for key in ("id", "kind", "title", "text", "grade", "cautions", "contraindications"):
            assert key in entry, (entry.get("id"), key)
        assert entry["kind"] in KINDS
        assert entry["grade"] in grades
        assert entry["sources"], entry["id"]
        for src in entry["sources"]:
            assert ("seed" in src) != ("url" in src), entry["id"]
    assert sum(doc["counts"].values()) == len(doc["entries"])
    # A coverage item maps to ids, or (with an empty ids list) says why it is skipped.
    assert all(bool(c["ids"]) != bool(c.get("skip")) for c in doc["coverage"])


def test_export_no_json_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "export", "--no-json"])
    assert result.exit_code == 2


def test_lint_with_seeds_reports_no_problems(runner: CliRunner, seeds_dir: Path) -> None:
    result = runner.invoke(app, ["kb", "lint", "--seeds", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    assert "0 problems" in result.stdout


def test_every_kb_command_has_help(runner: CliRunner) -> None:
    for command in ("list", "show", "export", "lint"):
        result = runner.invoke(app, ["kb", command, "-h"])
        assert result.exit_code == 0, command
        assert "Usage" in result.output


DOC = Path(__file__).resolve().parents[2] / "docs" / "knowledge-base.md"


def test_the_docs_describe_every_kind_field_grade_and_export_key() -> None:
    from crampcare.knowledge.schema import (
        Acupoint,
        Cause,
        Food,
        Prevention,
        RedFlag,
        Remedy,
        Source,
        Step,
        Technique,
    )
    from crampcare.vocabulary import Situation

    doc = DOC.read_text(encoding="utf-8")
    models = (Source, Technique, Step, Acupoint, Remedy, Cause, Prevention, Food, RedFlag)
    names = {name for model in models for name in model.model_fields}
    names |= set(KINDS) | {g.value for g in Grade} | {s.value for s in Situation}
    names |= {"format", "version", "fingerprint", "counts", "entries", "coverage", "skip"}
    missing = sorted(n for n in names if f"`{n}`" not in doc)
    assert missing == [], f"undocumented in docs/knowledge-base.md: {missing}"
