"""``crampcare accounts``: a clinic server's first admin, invitations, migrations.

Run on the server with access to its database (``--db`` or CRAMPCARE_DB). The
web app's admins make invitations too; this is how the first admin comes to be.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from crampcare.cli.common import console, domain_errors, fail

if TYPE_CHECKING:
    from crampcare.accounts import Accounts

app = typer.Typer(
    help="Clinic server accounts: first admin, invitations, migrations.", no_args_is_help=True
)
DB_HELP = "Database (a postgresql:// URL for a clinic); default: the db setting."


def _open(db: str | None) -> Accounts:
    from crampcare.accounts import Accounts
    from crampcare.diary.store import Diary

    # The diary's tables first: account deletion and exports reach into them.
    Diary.open(db).close()
    return Accounts.open(db)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@app.command("migrate")
@domain_errors
def migrate(db: str | None = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Create or upgrade the diary's and the accounts' tables, then exit."""
    store = _open(db)
    store.close()
    typer.echo("The database is up to date.")


@app.command("create-admin")
@domain_errors
def create_admin(
    username: str = typer.Argument(..., help="The admin's user name."),
    name: str = typer.Option("", "--name", help="The name shown to others."),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from standard input (scripts)."
    ),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Create an admin account (the first one, or another)."""
    from crampcare.accounts.passwords import check_policy
    from crampcare.accounts.store import normal_username

    # Checked before the database is touched: a refused admin changes nothing.
    name_ok = normal_username(username)
    password = _password(password_stdin)
    check_policy(password, name_ok)
    store = _open(db)
    try:
        account = store.create(username, name or username, password, "admin")
        codes = store.new_recovery_codes(account.id)
    finally:
        store.close()
    out = console()
    out.print(f"Admin {account.username} created. Recovery codes (keep them safe, shown once):")
    for code in codes:
        out.print(f"  {code}")


@app.command("invite")
@domain_errors
def invite(
    role: str = typer.Option("person", "--role", help="person, clinician or admin."),
    days: int = typer.Option(7, "--days", help="Days the code stays valid (1-90)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Print a one-time sign-up code for a new person, clinician or admin."""
    from crampcare.accounts import ROLES

    if role not in ROLES:
        fail(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    if not 1 <= days <= 90:
        fail("an invitation lasts 1 to 90 days")
    store = _open(db)
    try:
        code = store.invite(role, None, days)
    finally:
        store.close()
    typer.echo(code)


@app.command("list")
@domain_errors
def list_accounts(db: str | None = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """The clinic's accounts: user name, role, name."""
    store = _open(db)
    try:
        found = store.all()
    finally:
        store.close()
    for a in found:
        typer.echo(f"{a.username}\t{a.role}\t{a.display_name}")
