"""``crampcare report`` end to end: a real SQLite diary, CliRunner, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcare.analysis.simulate import simulate
from crampcare.cli.app import app
from crampcare.diary.store import Diary


@pytest.fixture(scope="module")
def diary_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A year of one person's diary with a strong planted trigger (long sitting, RR 3)."""
    path = tmp_path_factory.mktemp("report") / "diary.sqlite3"
    records, _ = simulate(1, 365, seed=11, planted={"long_sitting": 3.0}, cramp_rate=(0.25, 0.25))
    with Diary.open(path) as diary:
        diary.import_rows([*records.episodes, *records.checkins])
    return str(path)


def test_json_report_has_the_documented_shape(runner: CliRunner, diary_db: str) -> None:
    result = runner.invoke(app, ["report", "--db", diary_db, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["kind"] == "crampcare-report" and data["version"] == 1
    for key in ("factors", "hours", "weekly", "intensity", "relief", "calendar", "summary"):
        assert key in data
    assert len(data["hours"]) == 24
    sitting = next(f for f in data["factors"] if f["factor"] == "long_sitting")
    assert sitting["status"] == "more_cramps"
    assert sitting["ci_low"] > 1 and sitting["q_value"] <= data["fdr_q"]
    for f in data["factors"]:
        assert set(f) >= {
            "nights_with",
            "cramp_nights_with",
            "relative_risk",
            "p_value",
            "sentence",
        }


def test_text_report_says_the_finding_in_plain_words(runner: CliRunner, diary_db: str) -> None:
    result = runner.invoke(app, ["report", "--db", diary_db])
    assert result.exit_code == 0, result.output
    assert "On nights after sitting for long stretches you had cramps" in result.stdout
    assert "95 % CI" in result.stdout and "could be chance" in result.stdout


def test_html_report_is_self_contained_with_findings_and_charts(
    runner: CliRunner, diary_db: str, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--db", diary_db, "-f", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "On nights after sitting for long stretches you had cramps" in html
    assert html.count('src="data:image/svg+xml;base64,') == 4
    assert 'src="http' not in html and "<link" not in html and "<script" not in html
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_markdown_with_charts_folder_writes_png_and_svg(
    runner: CliRunner, diary_db: str, tmp_path: Path
) -> None:
    charts = tmp_path / "charts"
    result = runner.invoke(app, ["report", "--db", diary_db, "-f", "md", "--charts", str(charts)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in charts.iterdir())
    assert names == sorted(
        f"{c}.{x}" for c in ("calendar", "forest", "hours", "relief") for x in ("png", "svg")
    )
    assert (charts / "hours.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (charts / "forest.svg").read_bytes()
    assert "| Factor |" in result.stdout and "![forest](" in result.stdout


def test_pdf_report_is_a_pdf_and_needs_an_output_file(
    runner: CliRunner, diary_db: str, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    result = runner.invoke(app, ["report", "--db", diary_db, "-f", "pdf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
    missing = runner.invoke(app, ["report", "--db", diary_db, "-f", "pdf"])
    assert missing.exit_code == 2
    assert "--output" in missing.output


def test_since_limits_the_period(runner: CliRunner, diary_db: str) -> None:
    result = runner.invoke(app, ["report", "--db", diary_db, "-f", "json", "--since", "2026-10-10"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["first_day"] >= "2026-10-10"
    assert data["enough_days"] is False
    assert {f["status"] for f in data["factors"]} == {"not_enough_data"}


def test_bad_since_is_a_clean_usage_error(runner: CliRunner, diary_db: str) -> None:
    result = runner.invoke(app, ["report", "--db", diary_db, "--since", "2026-02-30"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output and "Traceback" not in result.output


def test_empty_diary_gets_a_kind_no_data_report(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "empty.sqlite3")
    result = runner.invoke(app, ["report", "--db", db])
    assert result.exit_code == 0, result.output
    assert "No data yet" in result.stdout
    html = runner.invoke(app, ["report", "--db", db, "-f", "html"])
    assert html.exit_code == 0 and "No data yet" in html.stdout
    assert "data:image" not in html.stdout


def test_charts_of_an_unchanged_diary_come_from_the_cache(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawing is seconds of matplotlib: the same diary's charts are drawn once."""
    import crampcare.render.charts as charts

    db = tmp_path / "diary.sqlite3"
    records, _ = simulate(1, 120, seed=5, planted={}, cramp_rate=(0.3, 0.3))
    with Diary.open(db) as diary:
        diary.import_rows([*records.episodes, *records.checkins])
    drawn: list[str] = []
    real = charts.render_all

    def counting(a: object, fmt: str = "svg") -> dict[str, bytes]:
        drawn.append(fmt)
        return real(a, fmt)  # type: ignore[arg-type]

    monkeypatch.setattr(charts, "render_all", counting)
    args = ["report", "--db", str(db), "--charts"]
    first, second = tmp_path / "first", tmp_path / "second"
    assert runner.invoke(app, [*args, str(first)]).exit_code == 0
    assert drawn == ["png", "svg"]
    assert runner.invoke(app, [*args, str(second)]).exit_code == 0
    assert drawn == ["png", "svg"], "an unchanged diary was drawn again"
    files = sorted(p.name for p in first.iterdir())
    assert files and files == sorted(p.name for p in second.iterdir())
    assert all((first / n).read_bytes() == (second / n).read_bytes() for n in files)
    # Any change to the diary (or the period) draws afresh.
    runner.invoke(app, ["log", "--at", "2020-01-05 03:00", "--db", str(db)])
    assert runner.invoke(app, [*args, str(tmp_path / "third")]).exit_code == 0
    assert drawn == ["png", "svg"] * 2
    assert (
        runner.invoke(app, [*args, str(tmp_path / "fourth"), "--since", "2020-01-03"]).exit_code
        == 0
    )
    assert drawn == ["png", "svg"] * 3
