"""``crampcare report``: the trigger analysis of your diary, in plain words and charts.

Thin: read the diary, call ``crampcare.analysis.person``, render. numpy,
matplotlib and WeasyPrint are imported inside the command.
"""

from __future__ import annotations

import os
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from crampcare.cli.common import domain_errors, fail, print_json, warn_problems


class ReportFormat(StrEnum):
    text = "text"
    md = "md"
    html = "html"
    json = "json"
    pdf = "pdf"


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    from crampcare.diary.entry import parse_day
    from crampcare.errors import CrampcareError

    try:
        return parse_day(value)
    except CrampcareError as exc:
        fail(f"--since: {exc}")


@domain_errors
def report(
    since: str | None = typer.Option(
        None, "--since", help="Only nights from this day on (YYYY-MM-DD).", metavar="DATE"
    ),
    fmt: ReportFormat = typer.Option(
        ReportFormat.text, "--format", "-f", help="text, md, html (self-contained), json or pdf."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to this file (written atomically).", metavar="FILE"
    ),
    charts: Path | None = typer.Option(
        None,
        "--charts",
        help="Also write each chart as PNG and SVG into this folder.",
        metavar="DIR",
    ),
    person: int = typer.Option(1, "--person", help="Whose diary (clinic databases).", min=1),
    db: str | None = typer.Option(
        None,
        "--db",
        help="Diary database: a file path or a postgresql:// URL (default: CRAMPCARE_DB or "
        "data folder).",
        metavar="PATH|URL",
    ),
) -> None:
    """Which factors go with your cramp nights, when they come and what relieves them.

    Each factor gets the share of cramp nights with and without it, a relative risk
    with a 95 % confidence interval, Fisher's exact test and a false-discovery-rate
    correction. Below 30 days of check-ins it says "not enough data yet".
    """
    from crampcare.analysis.person import analyse
    from crampcare.render.report_files import write_atomic, write_changed

    start = _parse_day(since)
    if fmt is ReportFormat.pdf and output is None:
        fail("--format pdf needs --output FILE")
    if output is not None:
        from crampcare.files import check_writable

        check_writable(output)
    episodes, checkins = _read(db, start, person)
    result = analyse(episodes, checkins, since=start)

    chart_links: dict[str, str] = {}
    if charts is not None:
        from crampcare.render.chart_cache import chart_files

        if not charts.is_dir():
            if not charts.parent.is_dir() or charts.exists():
                fail(f"--charts {charts}: not a folder, and it cannot be made here")
            try:
                charts.mkdir()
            except OSError as exc:
                fail(f"cannot make the folder {charts}: {exc.strerror or exc}")

        for kind, drawn in chart_files(result, start).items():
            for name, data in drawn.items():
                write_changed(charts / f"{name}.{kind}", data)
                if kind == "png":  # linked from where the Markdown file will be
                    base = output.parent if output is not None else Path.cwd()
                    chart_links[name] = os.path.relpath(charts / f"{name}.png", base)

    if fmt is ReportFormat.json:
        from crampcare.render.report_text import report_json

        if output is None:
            print_json(report_json(result))
            return
        import json

        text = json.dumps(report_json(result), ensure_ascii=False, indent=2) + "\n"
    elif fmt is ReportFormat.pdf:
        from crampcare.render.report_pdf import report_pdf

        assert output is not None
        write_atomic(output, report_pdf(result))
        typer.echo(f"Wrote {output}")
        return
    elif fmt is ReportFormat.html:
        from crampcare.render.report_html import report_html

        text = report_html(result)
    elif fmt is ReportFormat.md:
        from crampcare.render.report_text import report_markdown

        text = report_markdown(result, chart_links or None)
    else:
        from crampcare.render.report_text import report_text

        text = report_text(result)
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"))
    else:
        write_atomic(output, text.encode("utf-8"))
        typer.echo(f"Wrote {output}")


def _read(db: str | None, start: date | None, person: int) -> tuple[list[Any], list[Any]]:
    """The person's records; a SQLite diary at the newest schema is read without SQLAlchemy.

    Importing SQLAlchemy is a fifth of a second, about half of a whole report.
    """
    from crampcare.diary import quickread, sqliteconn

    problems: list[str] = []
    path = sqliteconn.sqlite_file(db)
    found = None if path is None else quickread.read_whole(path, person, start, problems)
    if found is None:
        from crampcare.diary.store import Diary

        with Diary.open(db) as diary:
            found = (
                diary.episodes(since=start, person_id=person),
                diary.checkins(since=start, person_id=person),
            )
            problems = diary.problems
    warn_problems(problems)
    return list(found[0]), list(found[1])


def register(app: typer.Typer) -> None:
    """Add this module's commands to the top-level app."""
    app.command("report", context_settings={"help_option_names": ["-h", "--help"]})(report)
