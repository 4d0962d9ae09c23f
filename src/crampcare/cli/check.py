"""``crampcare check``: is this dangerous? Red flags first, then the level and what to do."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from crampcare.cli.common import console, domain_errors, fail, print_json

if TYPE_CHECKING:
    from crampcare.intake import Intake
    from crampcare.intake.questions import Question
    from crampcare.triage import TriageResult

_STYLE = {"emergency": "bold red", "urgent": "bold yellow", "doctor": "bold", "self_care": "bold"}


def register(app: typer.Typer) -> None:
    """Add this module's commands to the top-level app."""
    app.command("check")(check)


@domain_errors
def check(
    text: str | None = typer.Option(
        None, "--text", "-t", help='Describe it in your own words, e.g. "calf cramp at night".'
    ),
    answers: Path | None = typer.Option(
        None, "--answers", "-a", help="A JSON file of Intake answers (see docs/intake.md)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
    semantic: bool = typer.Option(
        False,
        "--semantic",
        help="With --text: also compare your sentences with red-flag descriptions "
        "(needs the semantic extra; loading it takes seconds, so it is not the default).",
    ),
) -> None:
    """Check for red flags: emergency, urgent, see a doctor, or self-care.

    With no options, asks a few short questions (red flags first; press Enter
    to skip one). The exit code is 0 whatever the level.
    """
    if text is not None and answers is not None:
        fail("give either --text or --answers, not both")
    if semantic and text is None:
        fail("--semantic reads free text: give it with --text")
    if text is not None:
        from crampcare.intake import parse_text

        intake = parse_text(text)
        if semantic:
            intake = _semantic(intake, text)
    elif answers is not None:
        intake = _read_answers(answers)
    else:
        intake = _ask(quiet_stdout=as_json)
    from crampcare.triage import triage

    result = triage(intake)
    if as_json:
        print_json(
            {
                "level": result.level,
                "reasons": [{"rule": r.rule, "message": r.message} for r in result.reasons],
                "intake": intake.model_dump(mode="json"),
                "next_steps": result.next_steps,
            }
        )
        return
    _show(result, intake)


def _semantic(intake: Intake, text: str) -> Intake:
    import crampcare.intake.semantic_screen as semantic_screen

    if not semantic_screen.available():
        fail("--semantic needs the semantic extra: pip install 'crampcare[semantic]'")
    return semantic_screen.screened(intake, text)


def _read_answers(path: Path) -> Intake:
    import json

    from pydantic import ValidationError

    from crampcare.intake import Intake

    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        fail(f"{path} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
    try:
        return Intake.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top level)'}: {err['msg']}"
            for err in exc.errors()[:5]
        )
        fail(f"{path} has invalid answers: {problems}")


def _reply(question: Question, err: bool) -> Any:
    """Ask one question; Enter skips (None). ``err`` sends the talk to stderr."""
    hint = {"yes_no": "y/n", "number": "number", "text": "words"}[question.kind]
    while True:
        raw = typer.prompt(
            f"{question.prompt} [{hint}, Enter to skip]", default="", show_default=False, err=err
        ).strip()
        if not raw:
            return None
        if question.kind == "text":
            return raw
        if question.kind == "number":
            try:
                value = float(raw)
            except ValueError:
                typer.echo("Please type a number, or press Enter to skip.", err=err)
                continue
            if value >= 0:
                return value
            typer.echo("Please type a number of 0 or more.", err=err)
            continue
        if raw.lower() in {"y", "yes"}:
            return True
        if raw.lower() in {"n", "no"}:
            return False
        typer.echo("Please answer y or n, or press Enter to skip.", err=err)


def _ask(quiet_stdout: bool) -> Intake:
    """The questionnaire; with ``--json`` the questions go to stderr, the JSON to stdout."""
    from crampcare.intake.questions import QUESTIONS, answer, skip, to_intake

    typer.echo("A few short questions; press Enter to skip any.", err=quiet_stdout)
    data: dict[str, Any] = {}
    for question in QUESTIONS:
        if skip(question, data):
            continue
        reply = _reply(question, quiet_stdout)
        answer(data, question, reply)
        if question.level == "emergency" and reply is True:
            break  # an emergency: stop asking, show the call for help now
    return to_intake(data)


def _show(result: TriageResult, intake: Intake) -> None:
    con = console()
    con.print(result.headline.upper(), style=_STYLE[result.level], markup=False)
    con.print()
    con.print("What to do:", style="bold", markup=False)
    for i, step in enumerate(result.next_steps, 1):
        con.print(f"  {i}. {step}", markup=False)
    if result.reasons:
        con.print()
        con.print("Why:", style="bold", markup=False)
        for reason in result.reasons:
            con.print(f"  - {reason.message} [{reason.rule}]", markup=False)
    if intake.evidence:
        con.print()
        con.print("I understood:", style="bold", markup=False)
        denied = [f for f in intake.evidence if f.value is False]
        # A long list of "no" answers hides what matters; count them instead.
        shown = (
            intake.evidence if len(denied) <= 5 else [f for f in intake.evidence if f not in denied]
        )
        for fact in shown:
            con.print(f"  - {fact.describe()}", markup=False)
        if len(shown) < len(intake.evidence):
            con.print(f"  - and no to {len(denied)} other signs", markup=False)
    if result.level in ("self_care", "doctor"):
        con.print()
        con.print("First aid now: crampcare now   A prevention plan: crampcare plan", markup=False)
