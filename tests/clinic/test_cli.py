"""``crampcare accounts`` and ``serve --multi-user``: the clinic's commands."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from crampcare.accounts import Accounts, Sessions
from crampcare.cli import app


def test_first_admin_and_an_invitation_from_the_command_line(
    runner: CliRunner, clinic_db: str
) -> None:
    made = runner.invoke(
        app,
        [
            "accounts",
            "create-admin",
            "boss",
            "--name",
            "The Boss",
            "--password-stdin",
            "--db",
            clinic_db,
        ],
        input="a long admin password\n",
    )
    assert made.exit_code == 0, made.output
    assert "Admin boss created" in made.output
    assert len([line for line in made.output.splitlines() if line.startswith("  ")]) == 10
    invited = runner.invoke(app, ["accounts", "invite", "--role", "clinician", "--db", clinic_db])
    assert invited.exit_code == 0, invited.output
    code = invited.output.strip()
    store = Accounts.open(clinic_db)
    try:
        account, _ = store.sign_up(code, "drlee", "Dr Lee", "a long clinician password")
        assert account.role == "clinician"
        Sessions(store).login("boss", "a long admin password", "cli-test")
    finally:
        store.close()
    listed = runner.invoke(app, ["accounts", "list", "--db", clinic_db])
    assert listed.output.splitlines() == ["boss\tadmin\tThe Boss", "drlee\tclinician\tDr Lee"]


def test_bad_account_input_is_one_line_and_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite3")
    weak = runner.invoke(
        app, ["accounts", "create-admin", "boss", "--password-stdin", "--db", db], input="short\n"
    )
    assert weak.exit_code == 2
    assert "at least 10 characters" in weak.output
    role = runner.invoke(app, ["accounts", "invite", "--role", "wizard", "--db", db])
    assert role.exit_code == 2
    assert "Traceback" not in weak.output + role.output


def test_multi_user_serve_refuses_sqlite(runner: CliRunner, tmp_path: Path) -> None:
    refused = runner.invoke(
        app, ["serve", "--multi-user", "--db", str(tmp_path / "c.sqlite3"), "--port", "1"]
    )
    assert refused.exit_code == 2
    assert "needs a PostgreSQL database" in refused.output
