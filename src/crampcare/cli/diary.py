"""``crampcare log``, ``crampcare day`` and ``crampcare diary ...``: the cramp diary.

Thin: parse, call ``crampcare.diary``, render. SQLAlchemy and friends are
imported inside the commands so other commands never pay for them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from crampcare.cli.common import console, domain_errors, fail, print_json

if TYPE_CHECKING:
    from crampcare.diary.models import Episode as EpisodeType
    from crampcare.diary.store import Diary

HELP = {"help_option_names": ["-h", "--help"]}
diary_app = typer.Typer(
    help="Your cramp diary: list, show, edit, delete, import and export records.",
    no_args_is_help=True,
    context_settings=HELP,
)

DB_HELP = (
    "Diary database: a file path or a postgresql:// URL (default: CRAMPCARE_DB or data folder)."
)
WHERE_HELP = (
    "Where: calf, foot, toes, thigh_front, thigh_back, hands, chest_belly, whole_body, other."
)


def _db_option() -> Any:
    return typer.Option(None, "--db", help=DB_HELP, metavar="PATH|URL")


def _open(db: str | None) -> Diary:
    from crampcare.diary.store import Diary

    return Diary.open(db)


def _interactive(prompt: bool | None) -> bool:
    return sys.stdin.isatty() if prompt is None else prompt


def _invalid(exc: Exception) -> None:
    from pydantic import ValidationError

    from crampcare.diary.store import validation_message

    if isinstance(exc, ValidationError):
        fail(validation_message(exc))
    raise exc


def _describe(ep: EpisodeType) -> str:
    parts = [ep.started_at.strftime("%Y-%m-%d %H:%M"), ep.location]
    if ep.side != "none":
        parts.append(ep.side)
    if ep.intensity is not None:
        parts.append(f"{ep.intensity}/10")
    return ", ".join(parts)


# -- log ---------------------------------------------------------------------------------


@domain_errors
def log(
    now: bool = typer.Option(False, "--now", help="Log it as happening now; ask nothing."),
    at: str | None = typer.Option(
        None, "--at", "--started-at", help="When it started: YYYY-MM-DD HH:MM, HH:MM or now."
    ),
    where: str | None = typer.Option(None, "--where", "--location", "-w", help=WHERE_HELP),
    side: str | None = typer.Option(None, "--side", "-s", help="left, right, both or none."),
    intensity: int | None = typer.Option(None, "--intensity", "-i", help="Pain 0-10."),
    duration: str | None = typer.Option(
        None, "--duration", "-d", help="How long it lasted: 90s, 2m, 1.5min."
    ),
    woke: bool | None = typer.Option(None, "--woke/--no-woke", help="It woke you from sleep."),
    did: list[str] = typer.Option([], "--did", help="What you did (repeat or comma-separate)."),
    helped: list[str] = typer.Option([], "--helped", help="Which of those helped."),
    relief: float | None = typer.Option(
        None, "--relief-min", help="Minutes until the cramp eased."
    ),
    notes: str | None = typer.Option(None, "--notes", help="Anything else."),
    as_json: bool = typer.Option(False, "--json", help="Print the stored episode as JSON."),
    prompt: bool | None = typer.Option(
        None, "--prompt/--no-prompt", help="Ask for missing fields (default: when interactive)."
    ),
    db: str | None = _db_option(),
) -> None:
    """Log a cramp episode; prints its id once it is safely stored.

    One line at 3 a.m.: crampcare log --now --where calf --side left --intensity 7
    """
    from crampcare.diary.entry import parse_duration, parse_list, parse_when

    ask = _interactive(prompt) and not now
    fields: dict[str, Any] = {}
    if now and at:
        fail("use either --now or --at, not both")
    when = "now" if now or (at is None and not ask) else at
    if when is None:
        when = typer.prompt("When did it start (HH:MM, YYYY-MM-DD HH:MM or now)", default="now")
    fields["started_at"] = parse_when(when)
    if where is None and ask:
        where = typer.prompt("Where (calf, foot, toes, thigh_front, ...)", default="calf")
    if side is None and ask:
        side = typer.prompt("Side (left, right, both, none)", default="none")
    if intensity is None and ask:
        answer = typer.prompt("How strong, 0-10 (blank to skip)", default="", show_default=False)
        intensity = int(answer) if answer.strip().isdigit() else None
        if answer.strip() and intensity is None:
            fail(f"{answer!r} is not a whole number from 0 to 10")
    if woke is None and ask:
        woke = typer.confirm("Did it wake you?", default=True)
    if not did and ask:
        did = [typer.prompt("What did you do (comma-separated)", default="", show_default=False)]
    if not helped and ask and parse_list(did):
        helped = [typer.prompt("What helped", default="", show_default=False)]
    if duration is None and ask:
        duration = typer.prompt("How long did it last (e.g. 2m)", default="", show_default=False)
    if where is not None:
        fields["location"] = where.strip().lower()
    if side is not None:
        fields["side"] = side.strip().lower()
    if intensity is not None:
        fields["intensity"] = intensity
    if duration:
        fields["duration_s"] = parse_duration(duration)
    if woke is not None:
        fields["woke"] = woke
    fields["actions"] = parse_list(did)
    fields["helped"] = parse_list(helped)
    if relief is not None:
        fields["minutes_to_relief"] = relief
    if notes:
        fields["notes"] = notes
    _log(fields, db, as_json)


def _log(fields: dict[str, Any], db: str | None, as_json: bool) -> None:
    from crampcare.diary.models import EpisodeIn

    try:
        episode = EpisodeIn.model_validate(fields)
    except ValueError as exc:
        _invalid(exc)
        return
    from crampcare.diary import quicklog
    from crampcare.diary.models import Episode

    # The SQLAlchemy-free path when the diary already exists; else the full store.
    new_id = quicklog.add_episode(episode, db)
    if new_id is not None:
        stored = Episode(id=new_id, **episode.model_dump())
    else:
        with _open(db) as diary:
            stored = diary.add_episode(episode)
    if as_json:
        print_json(stored.model_dump(mode="json"))
    else:
        typer.echo(f"Logged episode {stored.id} ({_describe(stored)}).")


# -- day ---------------------------------------------------------------------------------


@domain_errors
def day(
    on: str = typer.Option("today", "--date", help="Which day: YYYY-MM-DD, today, yesterday."),
    exercise: bool | None = typer.Option(None, "--exercise/--no-exercise", help="Exercised."),
    exercise_intensity: int | None = typer.Option(
        None, "--exercise-intensity", help="0 none - 3 hard."
    ),
    hours_on_feet: float | None = typer.Option(None, "--hours-on-feet", help="Hours standing."),
    long_sitting: bool | None = typer.Option(
        None, "--long-sitting/--no-long-sitting", help="Sat for long stretches."
    ),
    fluids: float | None = typer.Option(None, "--fluids", help="Fluids drunk, litres."),
    caffeine: int | None = typer.Option(None, "--caffeine", help="Cups of coffee, tea, cola."),
    alcohol: float | None = typer.Option(None, "--alcohol", help="Alcohol, units."),
    heel: float | None = typer.Option(None, "--heel-cm", help="Heel height worn, cm."),
    heat: bool | None = typer.Option(None, "--heat/--no-heat", help="Hot day or heavy sweating."),
    stress: int | None = typer.Option(None, "--stress", help="0 none - 3 high."),
    new_medicine: bool | None = typer.Option(
        None, "--new-medicine/--no-new-medicine", help="New or changed medicine."
    ),
    tucked_bedding: bool | None = typer.Option(
        None, "--tucked-bedding/--no-tucked-bedding", help="Tight, tucked-in bedding."
    ),
    custom: list[str] = typer.Option(
        [], "--custom", "-c", help="Your own factor, NAME=VALUE (yes/no or a number)."
    ),
    notes: str | None = typer.Option(None, "--notes", help="Anything else about the day."),
    as_json: bool = typer.Option(False, "--json", help="Print the stored check-in as JSON."),
    prompt: bool | None = typer.Option(
        None, "--prompt/--no-prompt", help="Ask for missing factors (default: when interactive)."
    ),
    db: str | None = _db_option(),
) -> None:
    """Daily check-in: the factors of the day before the night (merged into that day's)."""
    given: dict[str, Any] = {
        "exercise": exercise,
        "exercise_intensity": exercise_intensity,
        "hours_on_feet": hours_on_feet,
        "long_sitting": long_sitting,
        "fluids_l": fluids,
        "caffeine_cups": caffeine,
        "alcohol_units": alcohol,
        "heel_height_cm": heel,
        "heat": heat,
        "stress": stress,
        "new_medicine": new_medicine,
        "tucked_bedding": tucked_bedding,
    }
    _day(on, given, custom, notes, _interactive(prompt), as_json, db)


def _day(
    on: str,
    given: dict[str, Any],
    custom: list[str],
    notes: str | None,
    ask: bool,
    as_json: bool,
    db: str | None,
) -> None:
    from crampcare.diary.entry import parse_day, parse_factor
    from crampcare.diary.models import FACTORS, CheckInIn

    the_day = parse_day(on)
    with _open(db) as diary:
        existing = diary.get_checkin(the_day)
        fields: dict[str, Any] = (
            existing.model_dump(exclude={"id", "person_id"}) if existing else {"day": the_day}
        )
        for name, value in given.items():
            if value is None and ask and fields.get(name) is None:
                kind, label = FACTORS[name]
                if kind is bool:
                    answer = typer.prompt(f"{label}? (y/n, blank to skip)", default="")
                    value = {"y": True, "yes": True, "n": False, "no": False}.get(answer.lower())
                else:
                    answer = typer.prompt(f"{label} (blank to skip)", default="")
                    value = answer.strip() or None
            if value is not None:
                fields[name] = value
        extra = dict(fields.get("custom") or {})
        extra.update(parse_factor(text) for text in custom)
        fields["custom"] = extra
        if notes is not None:
            fields["notes"] = notes
        try:
            checkin = CheckInIn.model_validate(fields)
        except ValueError as exc:
            _invalid(exc)
            return
        stored = diary.set_checkin(checkin)
    if as_json:
        print_json(stored.model_dump(mode="json"))
        return
    answered = [n for n in FACTORS if getattr(stored, n) is not None] + list(stored.custom)
    typer.echo(f"Saved the check-in for {stored.day} ({len(answered)} factors answered).")


# -- diary list / show / edit / delete ------------------------------------------------------


@diary_app.command("list")
@domain_errors
def list_(
    since: str | None = typer.Option(None, "--since", help="From this day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Up to this day, inclusive."),
    checkins: bool = typer.Option(False, "--checkins", help="List daily check-ins instead."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    db: str | None = _db_option(),
) -> None:
    """List episodes (or check-ins with --checkins), oldest first."""
    from crampcare.diary.entry import parse_day

    start = parse_day(since) if since else None
    end = parse_day(until) if until else None
    with _open(db) as diary:
        records: list[Any] = diary.checkins(start, end) if checkins else diary.episodes(start, end)
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
    db: str | None = _db_option(),
) -> None:
    """Show one episode in full."""
    with _open(db) as diary:
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
    db: str | None = _db_option(),
) -> None:
    """Change fields of an episode; the others stay as they are."""
    from crampcare.diary.entry import parse_duration, parse_list, parse_when

    changes: dict[str, Any] = {}
    if at is not None:
        changes["started_at"] = parse_when(at)
    if where is not None:
        changes["location"] = where.strip().lower()
    if side is not None:
        changes["side"] = side.strip().lower()
    if intensity is not None:
        changes["intensity"] = intensity
    if duration is not None:
        changes["duration_s"] = parse_duration(duration)
    if woke is not None:
        changes["woke"] = woke
    if did is not None:
        changes["actions"] = parse_list(did)
    if helped is not None:
        changes["helped"] = parse_list(helped)
    if relief is not None:
        changes["minutes_to_relief"] = relief
    if notes is not None:
        changes["notes"] = notes
    if not changes:
        fail("nothing to change: give at least one field, e.g. --intensity 6")
    with _open(db) as diary:
        ep = diary.update_episode(episode_id, changes)
    if as_json:
        print_json(ep.model_dump(mode="json"))
    else:
        typer.echo(f"Updated episode {ep.id} ({_describe(ep)}).")


@diary_app.command("delete")
@domain_errors
def delete(
    episode_id: int = typer.Argument(..., metavar="ID", help="Episode id."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
    db: str | None = _db_option(),
) -> None:
    """Delete an episode (asks first unless --yes)."""
    with _open(db) as diary:
        ep = diary.get_episode(episode_id)
        if not yes:
            if not sys.stdin.isatty():
                fail("deleting needs --yes when not run interactively")
            if not typer.confirm(f"Delete episode {ep.id} ({_describe(ep)})?", default=False):
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
    db: str | None = _db_option(),
) -> None:
    """Import records from CSV or JSON: every row, or none if any row is bad."""
    from crampcare.diary.importer import detect_format, import_file

    detect_format(file, fmt)
    with _open(db) as diary:
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
    db: str | None = _db_option(),
) -> None:
    """Export the diary as CSV (re-importable), JSON, or a FHIR R4 Bundle."""
    import io
    import json

    from crampcare.diary.entry import parse_day

    if fmt not in ("csv", "json", "fhir"):
        fail(f"unknown format {fmt!r}; use csv, json or fhir")
    start = parse_day(since) if since else None
    end = parse_day(until) if until else None
    with _open(db) as diary:
        episodes = diary.episodes(start, end)
        checkins = diary.checkins(start, end)
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
        output.write_text(buffer.getvalue(), encoding="utf-8", newline="")
        typer.echo(f"Wrote {len(episodes)} episodes and {len(checkins)} check-ins to {output}.")


def register(app: typer.Typer) -> None:
    """Add ``log``, ``day`` and the ``diary`` group to the top-level app."""
    from crampcare.cli.diary_simulate import simulate_cmd  # owned by the analysis helper

    diary_app.command("simulate")(simulate_cmd)
    app.command("log")(log)
    app.command("day")(day)
    app.add_typer(diary_app, name="diary")
