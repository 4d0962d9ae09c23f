"""``crampcare db``: the diary database's schema, for a server's deployment steps.

Opening a diary migrates it anyway; on a clinic's server the migration is a
step of its own, run once before the new app processes start, so two workers
never race to migrate and a failed migration stops the deployment, not a request.
"""

from __future__ import annotations

import typer

from crampcare.cli.common import domain_errors, print_json
from crampcare.cli.diary_common import db_option

app = typer.Typer(
    help="The diary database's schema: bring it up to date (`db upgrade`), or show its version.",
    no_args_is_help=True,
)


def _revisions(db: str | None) -> tuple[str, str | None, str]:
    from sqlalchemy.exc import SQLAlchemyError

    from crampcare.diary import migrations
    from crampcare.diary.db import make_engine, resolve_url
    from crampcare.errors import CrampcareError

    engine = make_engine(resolve_url(db))
    where = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            current = migrations.current_revision(conn)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise CrampcareError(f"cannot reach the diary database {where}: {reason}") from exc
    finally:
        engine.dispose()
    return where, current, migrations.HEAD


@app.command("upgrade")
@domain_errors
def upgrade(
    db: str | None = db_option(),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Create or migrate the diary database to this version's schema (safe to run twice)."""
    from crampcare.diary.store import Diary

    where, before, head = _revisions(db)
    with Diary.open(db):  # migrates inside one transaction, under a lock
        pass
    if as_json:
        print_json({"database": where, "from": before, "to": head})
    elif before == head:
        typer.echo(f"The diary database {where} is already up to date.")
    else:
        was = "it was empty" if before is None else "it was an older version"
        typer.echo(f"The diary database {where} is now up to date ({was}).")


@app.command("status")
@domain_errors
def status(
    db: str | None = db_option(),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Whether the diary database needs `db upgrade`; exit 1 when it does."""
    where, current, head = _revisions(db)
    if as_json:
        print_json({"database": where, "current": current, "head": head})
    elif current == head:
        typer.echo(f"The diary database {where} is up to date.")
    else:
        typer.echo(f"The diary database {where} needs `crampcare db upgrade`.")
    if current != head:
        raise typer.Exit(1)
