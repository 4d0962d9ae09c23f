"""`crampcare db upgrade` / `db status`: the schema step a server's deployment runs."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from crampcare.cli import app
from crampcare.diary.migrations import HEAD


def test_status_says_an_upgrade_is_due_until_it_is_done(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "clinic.sqlite3")
    due = runner.invoke(app, ["db", "status", "--db", db])
    assert due.exit_code == 1 and "needs `crampcare db upgrade`" in due.output
    first = runner.invoke(app, ["db", "upgrade", "--db", db])
    assert first.exit_code == 0 and "now up to date (it was empty)" in first.output
    again = runner.invoke(app, ["db", "upgrade", "--db", db, "--json"])
    assert again.exit_code == 0 and json.loads(again.output)["from"] == HEAD
    done = runner.invoke(app, ["db", "status", "--db", db, "--json"])
    assert done.exit_code == 0 and json.loads(done.output)["current"] == HEAD


@pytest.mark.postgres
def test_upgrade_creates_the_schema_on_postgresql(runner: CliRunner, pg_url: str) -> None:
    result = runner.invoke(app, ["db", "upgrade", "--db", pg_url])
    assert result.exit_code == 0, result.output
    with psycopg.connect(pg_url) as conn:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables")}
    assert version == (HEAD,) and {"episodes", "checkins"} <= tables


def test_an_unreachable_server_is_one_line_without_the_password(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["db", "upgrade", "--db", "postgresql://clinic:s3cret@127.0.0.1:1/crampcare"]
    )
    assert result.exit_code == 2
    assert "cannot reach the diary database" in result.output
    assert "s3cret" not in result.output and "Traceback" not in result.output
