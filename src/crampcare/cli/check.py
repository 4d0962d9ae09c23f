"""``crampcare check``: is this dangerous? Red flags first, then the level and what to do."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from crampcare.cli.common import console, domain_errors, fail, print_json
from crampcare.errors import validation_message
from crampcare.typed import dump

if TYPE_CHECKING:
    from crampcare.intake import Intake
    from crampcare.intake.questions import Question
    from crampcare.triage_rules import TriageResult

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
    batch: str | None = typer.Option(
        None,
        "--batch",
        "-b",
        help="Check many descriptions: a file (or - for standard input) with one per line, "
        'as text or as JSON {"text": ..., "id": ...}; prints one JSON result per line.',
    ),
) -> None:
    """Check for red flags: emergency, urgent, see a doctor, or self-care.

    With no options, asks a few short questions (red flags first; press Enter
    to skip one). With --text, shows what it understood and what it could not
    tell, then asks the warning signs your words left open before giving the
    result; without a terminal, or with --json, the result is provisional and
    lists them (to_confirm). With --batch, one JSON result per line (the
    semantic screen runs when the extra is on). The exit code is 0 whatever
    the level, 2 for bad input.
    """
    if sum(x is not None for x in (text, answers, batch)) > 1:
        fail("give only one of --text, --answers and --batch")
    if batch is not None:
        from crampcare.cli.check_batch import run

        run(batch, semantic)
        return
    if semantic and text is None:
        fail("--semantic reads free text: give it with --text")
    from crampcare.assessment import assess

    if text is not None:
        if not text.strip():
            fail(
                'the description is empty: say what is happening, e.g. --text "calf cramp at night"'
            )
        from crampcare.intake import read_text

        intake = read_text(text)
        if semantic:
            intake = _semantic(intake, text)
        result = assess(intake, from_text=True)
        if result.to_confirm and not as_json and _can_ask():
            result = _confirm(intake, result)
    elif answers is not None:
        result = assess(_read_answers(answers))
    else:
        result = assess(_ask(quiet_stdout=as_json))
    if as_json:
        print_json(dump(result, mode="json"))
        return
    _show(result)


def _semantic(intake: Intake, text: str) -> Intake:
    import crampcare.intake.semantic_screen as semantic_screen

    if not semantic_screen.available():
        fail("--semantic needs the semantic extra: pip install 'crampcare[semantic]'")
    return semantic_screen.screened(intake, text)


def _read_answers(path: Path) -> Intake:
    import json

    from pydantic import ValidationError

    from crampcare.intake import Intake
    from crampcare.typed import validate

    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        fail(f"{path} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
    try:
        return validate(Intake, data)
    except ValidationError as exc:
        fail(f"{path} has invalid answers: {validation_message(exc, limit=5)}")


def _reply(question: Question, err: bool) -> Any:
    """Ask one question; Enter or "skip" skips (None). ``err`` sends the talk to stderr."""
    hint = {"yes_no": "y/n", "number": "number", "text": "words"}[question.kind]
    while True:
        raw = typer.prompt(
            f"{question.prompt} [{hint}, Enter to skip]", default="", show_default=False, err=err
        ).strip()
        if not raw or raw.lower() in {"s", "skip"}:
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


def _can_ask() -> bool:
    return sys.stdin.isatty()


def _confirm(intake: Intake, result: TriageResult) -> TriageResult:
    """Ask what the text left open, round after round, until nothing is left."""
    from crampcare.assessment import BY_ID, assess

    con = console()
    _understood(result)
    con.print()
    con.print(
        "Before the advice, a few questions to be sure nothing serious is missed "
        "(press Enter to skip one):",
        style="bold",
        markup=False,
    )
    replies: dict[str, Any] = {}
    skipped: list[str] = []
    while result.to_confirm:
        for item in result.to_confirm:
            reply = _reply(BY_ID[item.question], err=False)
            if reply is None:
                skipped.append(item.question)
                continue
            replies[item.question] = reply
            if item.level == "emergency" and reply is True:
                break  # an emergency: stop asking, show the call for help now
        result = assess(intake, from_text=True, answers=replies, skipped=skipped)
    con.print()
    return result


_OPEN_HEADS = {
    "emergency": "Call your emergency number instead if any of this is happening:",
    "urgent": "See a doctor today instead if any of this is happening:",
    "doctor": "Also tell us, to be sure:",
}


def _open(result: TriageResult) -> None:
    """The questions the text left open, before any advice (the result may change)."""
    from crampcare.assessment import BY_ID, OPEN_WHY

    con = console()
    con.print("Not final: your words did not rule out some warning signs.", markup=False)
    for level, head in _OPEN_HEADS.items():
        items = [i for i in result.to_confirm if i.level == level]
        if not items:
            continue
        con.print()
        con.print(head, style="bold", markup=False)
        for item in items:
            con.print(f"  - {BY_ID[item.question].warning_sign}", markup=False)
            if item.why != OPEN_WHY.get(level):
                con.print(f"    ({item.why})", markup=False)
    con.print()
    con.print('To answer them here, run crampcare check --text "..." at a terminal.', markup=False)


def _understood(result: TriageResult) -> None:
    con = console()
    if result.understood:
        con.print("I understood:", style="bold", markup=False)
        denied = [line for line in result.understood if ': no ("' in line]
        # A long list of "no" answers hides what matters; count them instead.
        hidden = set(denied) if len(denied) > 5 else set()
        for line in result.understood:
            if line not in hidden:
                con.print(f"  - {line}", markup=False)
        if hidden:
            con.print(f"  - and no to {len(denied)} other signs", markup=False)
    if result.not_understood:
        con.print("I could not tell:", style="bold", markup=False)
        for line in result.not_understood:
            con.print(f"  - {line}", markup=False)


def _show(result: TriageResult) -> None:
    con = console()
    con.print(result.headline.upper(), style=_STYLE[result.level], markup=False)
    if result.to_confirm:
        _open(result)
    con.print()
    con.print("What to do:", style="bold", markup=False)
    for i, step in enumerate(result.next_steps, 1):
        con.print(f"  {i}. {step}", markup=False)
    if result.reasons:
        con.print()
        con.print("Why:", style="bold", markup=False)
        for reason in result.reasons:
            con.print(f"  - {reason.message}", markup=False)
    if result.level == "emergency":
        return  # nothing that could delay the call
    if result.understood or result.not_understood:
        con.print()
        _understood(result)
    if result.level in ("self_care", "doctor"):
        con.print()
        con.print("First aid now: crampcare now   A prevention plan: crampcare plan", markup=False)
