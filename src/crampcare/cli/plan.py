"""``crampcare plan``: the personal prevention plan as text, Markdown, HTML, PDF, JSON or iCal."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from crampcare.cli.common import domain_errors, fail
from crampcare.errors import validation_message

if TYPE_CHECKING:
    from crampcare.intake import Intake
    from crampcare.plan import Plan

FORMATS = ("text", "md", "html", "pdf", "json", "ics")
BINARY = frozenset({"pdf"})


def write_atomic(path: Path, data: bytes) -> None:
    """Write all of ``data`` or nothing (``crampcare.files.write_atomic``)."""
    from crampcare.errors import CrampcareError
    from crampcare.files import write_atomic as write

    try:
        write(path, data)
    except CrampcareError as exc:
        fail(str(exc))


def read_intake(answers: Path | None, text: str | None) -> Intake:
    """The intake from an answers file (Intake JSON), free text, or an empty default."""
    from pydantic import ValidationError

    from crampcare.intake import Intake
    from crampcare.typed import validate_json

    if answers is not None and text is not None:
        fail("give either --answers or --text, not both.")
    if answers is not None:
        try:
            raw = answers.read_text(encoding="utf-8")
        except OSError as exc:
            fail(f"cannot read --answers file {answers}: {exc.strerror or exc}.")
        try:
            return validate_json(Intake, raw)
        except ValidationError as exc:
            fail(f"--answers {answers} is not a valid intake: {validation_message(exc, limit=1)}.")
    if text is not None:
        from crampcare.intake import read_text

        # The plan starts from triage: free text is read as check reads it.
        return read_text(text)
    return Intake()


def render(plan: Plan, fmt: str) -> bytes:
    """The plan in one of FORMATS, as bytes ready to write."""
    if fmt == "json":
        import json

        data = plan.model_dump(mode="json")
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
    if fmt in ("text", "md"):
        from crampcare.render.plan_text import render as render_text

        return render_text(plan, markdown=fmt == "md").encode()
    if fmt == "html":
        from crampcare.render.plan_html import plan_html

        return plan_html(plan).encode()
    if fmt == "pdf":
        from crampcare.render.plan_pdf import plan_pdf

        return plan_pdf(plan)
    from crampcare.render.plan_ics import plan_ics

    return plan_ics(plan)


@domain_errors
def plan(
    answers: Path | None = typer.Option(
        None, "--answers", "-a", help="An intake as JSON (the shape `crampcare check --json` uses)."
    ),
    text: str | None = typer.Option(
        None, "--text", "-t", help='Describe yourself in your own words, e.g. "36 weeks pregnant".'
    ),
    fmt: str = typer.Option(
        "text", "--format", "-f", help="Output: text, md, html, pdf, json or ics (calendar)."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to this file (atomically) instead of the screen."
    ),
    remind: list[str] = typer.Option(
        [],
        "--remind",
        help="Calendar reminders to add (repeatable): a routine item's id, or 'all'. "
        "Default: one evening reminder for the stretch.",
    ),
) -> None:
    """Your personal plan: triage first, then first aid, a daily routine, foods, doctor topics
    and things to avoid, each with its reason. `--format ics` gives calendar reminders."""
    if fmt not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}.")
    if fmt in BINARY and output is None:
        fail(f"--format {fmt} needs --output FILE.")
    intake = read_intake(answers, text)
    from crampcare.plan import build_plan

    built = build_plan(intake)
    if remind:
        timed = [i.id for i in built.routine if i.reminder is not None]
        unknown = [r for r in remind if r != "all" and r not in timed]
        if unknown:
            fail(
                f"--remind {unknown[0]!r} is not a timed routine item; "
                f"choose from: all, {', '.join(timed)}."
            )
        built = built.model_copy(
            update={"chosen_reminders": timed if "all" in remind else list(remind)}
        )
    data = render(built, fmt)
    if output is None:
        sys.stdout.write(data.decode())
        return
    write_atomic(output, data)
    typer.echo(f"Wrote {output} ({fmt}, {len(data):,} bytes).", err=True)


def register(app: typer.Typer) -> None:
    """Add `plan` to the top-level app."""
    app.command("plan")(plan)
