"""``crampcare log`` and ``crampcare day``: the quick entry commands of the diary.

Thin: parse, call ``crampcare.diary``, render. Heavy modules are imported inside
the commands; ``log`` on an existing SQLite diary never loads SQLAlchemy.
"""

from __future__ import annotations

from typing import Any

import typer

from crampcare.cli.common import domain_errors, fail, print_json
from crampcare.cli.diary_common import (
    WHERE_HELP,
    db_option,
    describe,
    interactive,
    invalid,
    open_diary,
)

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
    db: str | None = db_option(),
) -> None:
    """Log a cramp episode; prints its id once it is safely stored.

    One line at 3 a.m.: crampcare log --now --where calf --side left --intensity 7
    """
    from crampcare.diary.entry import episode_fields, parse_list, parse_when
    from crampcare.vocabulary import woke_from_sleep

    ask = interactive(prompt) and not now
    fields: dict[str, Any] = {}
    if now and at:
        fail("use either --now or --at, not both")
    when = "now" if now or (at is None and not ask) else at
    if when is None:
        when = typer.prompt("When did it start (HH:MM, YYYY-MM-DD HH:MM or now)", default="now")
    fields["started_at"] = parse_when(when)
    if where is None and ask:
        where = typer.prompt("Where (calf, foot, toes, thigh, ...)", default="calf")
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
        # A blank answer to the prompt is no answer (a blank --duration is refused).
        answer = typer.prompt("How long did it last (e.g. 2m)", default="", show_default=False)
        duration = answer or None
    if woke is None and not ask:
        woke = woke_from_sleep(hour=fields["started_at"].hour)
    fields |= episode_fields(
        where=where,
        side=side,
        intensity=intensity,
        duration=duration,
        woke=woke,
        did=did,
        helped=helped,
        relief=relief,
        notes=notes or None,
    )
    _log(fields, db, as_json)


def _log(fields: dict[str, Any], db: str | None, as_json: bool) -> None:
    from crampcare.diary.models import EpisodeIn

    try:
        episode = EpisodeIn.model_validate(fields)
    except ValueError as exc:
        invalid(exc)
        return
    from crampcare.diary import quicklog
    from crampcare.diary.models import Episode

    # The SQLAlchemy-free path when the diary already exists; else the full store.
    new_id = quicklog.add_episode(episode, db)
    if new_id is not None:
        stored = Episode(id=new_id, **episode.model_dump())
    else:
        with open_diary(db) as diary:
            stored = diary.add_episode(episode)
    if as_json:
        print_json(stored.model_dump(mode="json"))
    else:
        typer.echo(f"Logged episode {stored.id} ({describe(stored)}).")


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
    db: str | None = db_option(),
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
    _day(on, given, custom, notes, interactive(prompt), as_json, db)


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
    from crampcare.diary.models import FACTORS

    the_day = parse_day(on)
    extra = dict(parse_factor(text) for text in custom)
    with open_diary(db) as diary:
        if ask:
            # Only to know which factors are still unanswered; the merge below reads
            # the day again inside its own transaction.
            existing = diary.get_checkin(the_day)
            for name, value in given.items():
                if value is None and (existing is None or getattr(existing, name) is None):
                    given[name] = _ask_factor(name)
        answers = {name: value for name, value in given.items() if value is not None}
        stored = diary.merge_checkin(the_day, answers, extra, notes)
    if as_json:
        print_json(stored.model_dump(mode="json"))
        return
    answered = [n for n in FACTORS if getattr(stored, n) is not None] + list(stored.custom)
    typer.echo(f"Saved the check-in for {stored.day} ({len(answered)} factors answered).")


def _ask_factor(name: str) -> Any:
    from crampcare.diary.models import FACTORS

    kind, label = FACTORS[name]
    if kind is bool:
        answer = typer.prompt(f"{label}? (y/n, blank to skip)", default="")
        return {"y": True, "yes": True, "n": False, "no": False}.get(answer.lower())
    answer = typer.prompt(f"{label} (blank to skip)", default="")
    return answer.strip() or None
