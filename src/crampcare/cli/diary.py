"""``crampcare diary ...`` (list, show, edit, delete, import, export) and registration.

``log`` and ``day`` live in ``diary_entry``. Thin: parse, call
``crampcare.diary``, render. SQLAlchemy and friends are imported inside the
commands so other commands never pay for them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from crampcare.cli.common import console, domain_errors, fail, print_json, warn_problems
from crampcare.cli.diary_common import WHERE_HELP, db_option, describe, open_diary
from crampcare.cli.diary_entry import day, log

if TYPE_CHECKING:
    from crampcare.diary.store import Diary

HELP = {"help_option_names": ["-h", "--help"]}
diary_app = typer.Typer(
    help="Your cramp diary: list, show, edit, delete, import and export records.",
    no_args_is_help=True,
    context_settings=HELP,
)

# -- diary list / show / edit / delete ------------------------------------------------------


@diary_app.command("list")
@domain_errors
def list_(
    since: str | None = typer.Option(None, "--since", help="From this day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Up to this day, inclusive."),
    checkins: bool = typer.Option(False, "--checkins", help="List daily check-ins instead."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    db: str | None = db_option(),
) -> None:
    """List episodes (or check-ins with --checkins), oldest first."""
    from crampcare.diary.entry import parse_day

    start = parse_day(since) if since else None
    end = parse_day(until) if until else None
    with open_diary(db) as diary:
        records: list[Any] = diary.checkins(start, end) if checkins else diary.episodes(start, end)
        warn_problems(diary.problems)
    if as_json:
        print_json([r.model_dump(mode="json") for r in records])
        return
    from rich.table import Table

    out = console()
    if checkins:
        from crampcare.diary.models import FACTORS

        table = Table("day", "answered", "notes", box=None, pad_edge=False)
        for c in records:
            answered = [n for n in FACTORS if getattr(c, n) is not None] + list(c.custom)
            table.add_row(str(c.day), ", ".join(answered) or "-", c.notes[:40])
        out.print(table)
        out.print(f"{len(records)} check-ins")
        return
    table = Table("id", "started", "where", "side", "pain", "woke", "relief", box=None)
    for e in records:
        table.add_row(
            str(e.id),
            e.started_at.strftime("%Y-%m-%d %H:%M"),
            e.location,
            e.side,
            "-" if e.intensity is None else str(e.intensity),
            "yes" if e.woke else "no",
            "-" if e.minutes_to_relief is None else f"{e.minutes_to_relief:g} min",
        )
    out.print(table)
    out.print(f"{len(records)} episodes")


@diary_app.command("show")
@domain_errors
def show(
    episode_id: int = typer.Argument(..., metavar="ID", help="Episode id (see `diary list`)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    db: str | None = db_option(),
) -> None:
    """Show one episode in full."""
    with open_diary(db) as diary:
        ep = diary.get_episode(episode_id)
    if as_json:
        print_json(ep.model_dump(mode="json"))
        return
    lines = [
        f"Episode {ep.id}",
        f"  started:  {ep.started_at.isoformat(sep=' ', timespec='minutes')}",
        f"  where:    {ep.location} ({ep.side})",
        f"  pain:     {'-' if ep.intensity is None else f'{ep.intensity}/10'}",
        f"  lasted:   {'-' if ep.duration_s is None else f'{ep.duration_s} s'}",
        f"  woke:     {'yes' if ep.woke else 'no'}",
        f"  did:      {', '.join(ep.actions) or '-'}",
        f"  helped:   {', '.join(ep.helped) or '-'}",
        f"  relief:   {'-' if ep.minutes_to_relief is None else f'{ep.minutes_to_relief:g} min'}",
        f"  notes:    {ep.notes or '-'}",
    ]
    typer.echo("\n".join(lines))


@diary_app.command("edit")
@domain_errors
def edit(
    episode_id: int = typer.Argument(..., metavar="ID", help="Episode id."),
    at: str | None = typer.Option(None, "--at", "--started-at", help="New start time."),
    where: str | None = typer.Option(None, "--where", "--location", help=WHERE_HELP),
    side: str | None = typer.Option(None, "--side", help="left, right, both or none."),
    intensity: int | None = typer.Option(None, "--intensity", help="Pain 0-10."),
    duration: str | None = typer.Option(None, "--duration", help="90s, 2m, 1.5min."),
    woke: bool | None = typer.Option(None, "--woke/--no-woke", help="It woke you."),
    did: list[str] | None = typer.Option(None, "--did", help="What you did (replaces)."),
    helped: list[str] | None = typer.Option(None, "--helped", help="What helped (replaces)."),
    relief: float | None = typer.Option(None, "--relief-min", help="Minutes to relief."),
    notes: str | None = typer.Option(None, "--notes", help="Notes (replaces)."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
    db: str | None = db_option(),
) -> None:
    """Change fields of an episode; the others stay as they are."""
    from crampcare.diary.entry import episode_fields

    changes = episode_fields(
        at=at,
        where=where,
        side=side,
        intensity=intensity,
        duration=duration,
        woke=woke,
        did=did,
        helped=helped,
        relief=relief,
        notes=notes,
    )
    if not changes:
        fail("nothing to change: give at least one field, e.g. --intensity 6")
    with open_diary(db) as diary:
        ep = diary.update_episode(episode_id, changes)
    if as_json:
        print_json(ep.model_dump(mode="json"))
    else:
        typer.echo(f"Updated episode {ep.id} ({describe(ep)}).")


@diary_app.command("delete")
@domain_errors
def delete(
    episode_id: int = typer.Argument(..., metavar="ID", help="Episode id."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
    db: str | None = db_option(),
) -> None:
    """Delete an episode (asks first unless --yes)."""
    with open_diary(db) as diary:
        ep = diary.get_episode(episode_id)
        if not yes:
            if not sys.stdin.isatty():
                fail("deleting needs --yes when not run interactively")
            if not typer.confirm(f"Delete episode {ep.id} ({describe(ep)})?", default=False):
                typer.echo("Kept.")
                return
        diary.delete_episode(episode_id)
    typer.echo(f"Deleted episode {episode_id}.")


# -- import / export ----------------------------------------------------------------------


@diary_app.command("import")
@domain_errors
def import_(
    file: Path = typer.Argument(..., metavar="FILE", help="A CSV or JSON file (see docs)."),
    fmt: str | None = typer.Option(None, "--format", "-f", help="csv or json (default: ext)."),
    db: str | None = db_option(),
) -> None:
    """Import records from CSV or JSON: every row, or none if any row is bad."""
    from crampcare.diary.importer import detect_format, import_file

    detect_format(file, fmt)
    with open_diary(db) as diary:
        if _show_progress() and file.is_file():
            summary = _import_with_progress(diary, file, fmt)
        else:
            summary = import_file(diary, file, fmt)
    typer.echo(f"Imported {summary.episodes} episodes and {summary.checkins} check-ins.")


def _show_progress() -> bool:
    return sys.stderr.isatty()


def _import_with_progress(diary: Diary, file: Path, fmt: str | None) -> Any:
    from rich.progress import Progress

    from crampcare.cli.common import err_console
    from crampcare.diary.importer import import_file

    with file.open("rb") as handle:
        total = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    with Progress(console=err_console(), transient=True) as bar:
        task = bar.add_task("Importing", total=max(total - 1, 1))
        return import_file(diary, file, fmt, progress=lambda n: bar.update(task, completed=n))


@diary_app.command("export")
@domain_errors
def export(
    fmt: str = typer.Option("csv", "--format", "-f", help="csv, json or fhir (R4 Bundle)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here, not stdout."),
    since: str | None = typer.Option(None, "--since", help="From this day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Up to this day, inclusive."),
    db: str | None = db_option(),
) -> None:
    """Export the diary as CSV (re-importable), JSON, or a FHIR R4 Bundle."""
    import io
    import json

    from crampcare.diary.entry import parse_day

    if fmt not in ("csv", "json", "fhir"):
        fail(f"unknown format {fmt!r}; use csv, json or fhir")
    start = parse_day(since) if since else None
    end = parse_day(until) if until else None
    if output is not None:
        from crampcare.files import check_writable

        check_writable(output)
    with open_diary(db) as diary:
        episodes = diary.episodes(start, end)
        checkins = diary.checkins(start, end)
        warn_problems(diary.problems)
    buffer = io.StringIO()
    if fmt == "csv":
        from crampcare.diary.csvio import write_csv

        write_csv(buffer, episodes, checkins)
    else:
        if fmt == "json":
            from crampcare.diary.jsonio import diary_document

            document = diary_document(episodes, checkins)
        else:
            from crampcare.diary.fhir import bundle

            document = bundle(episodes, checkins)
        buffer.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    if output is None:
        sys.stdout.write(buffer.getvalue())
    else:
        from crampcare.files import write_atomic

        write_atomic(output, buffer.getvalue().encode("utf-8"))
        typer.echo(f"Wrote {len(episodes)} episodes and {len(checkins)} check-ins to {output}.")


def register(app: typer.Typer) -> None:
    """Add ``log``, ``day`` and the ``diary`` group to the top-level app."""
    from crampcare.cli.diary_simulate import simulate_cmd  # owned by the analysis helper

    diary_app.command("simulate")(simulate_cmd)
    app.command("log")(log)
    app.command("day")(day)
    app.add_typer(diary_app, name="diary")
