"""The top-level Typer app; each command group lives in its own module.

Command modules import the core inside their functions, so ``crampcare --help``
and ``crampcare now`` never pay for SQLAlchemy, matplotlib or the web stack.
"""

from __future__ import annotations

import typer

from crampcare import __version__
from crampcare.cli import (
    accounts,
    ask,
    check,
    clinic,
    db,
    diary,
    kb,
    now,
    plan,
    points,
    report,
    serve,
)

app = typer.Typer(
    name="crampcare",
    help=(
        "crampcare: guided first aid, triage, prevention plans, a cramp diary and "
        "honest trigger analysis for muscle cramps. Not a doctor: in an emergency, "
        "call your local emergency number."
    ),
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"crampcare {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """crampcare: self-care for muscle cramps, with evidence grades."""


# Order here is the order in --help: the 3 a.m. commands first.
for module in (now, check, plan, diary, report, ask, points, serve):
    module.register(app)
app.add_typer(kb.app, name="kb")
app.add_typer(clinic.app, name="clinic")
app.add_typer(db.app, name="db")
app.add_typer(accounts.app, name="accounts")
