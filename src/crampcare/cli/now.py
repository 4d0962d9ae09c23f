"""``crampcare now``: guided first aid that starts at once, no questions first."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

import typer

from crampcare.cli.common import console, domain_errors, fail, print_json
from crampcare.vocabulary import (
    CONTEXTS,
    DIARY_LOCATION,
    place_named,
    session_place,
    woke_from_sleep,
)

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from crampcare.guide import Session
    from crampcare.session_runner import KeySource, Runner

KEY_HELP = "space: pause/resume   n: next step   q: quit"


def view(runner: Runner) -> RenderableType:
    """One big instruction, its countdown and the keys: what the person sees."""
    from rich.align import Align
    from rich.console import Group
    from rich.panel import Panel
    from rich.progress_bar import ProgressBar
    from rich.text import Text

    from crampcare.render.session_text import clock_time

    step = runner.step
    total = len(runner.session.steps)
    if step is None:
        done = "Stopped." if runner.state == "quit" else "Done: all steps finished."
        return Panel(Text(done, style="bold"), title="crampcare now")
    left = runner.remaining()
    status = "PAUSED  " if runner.state == "paused" else ""
    question = runner.session.question if step.number == 1 else None
    body = Group(
        Text(question or "", style="italic"),
        Text(f"Step {step.number} of {total}: {step.technique_title}", style="dim"),
        Text(""),
        Text(step.instruction, style="bold"),
        Text(f"Point: {step.point_title}" if step.point_title else "", style="italic"),
        Align.center(Text(f"{status}{clock_time(left)}", style="bold reverse")),
        # The bar last: rich draws it without a line end of its own.
        ProgressBar(total=float(step.seconds), completed=float(step.seconds) - left),
    )
    return Panel(body, title="crampcare now", subtitle=KEY_HELP, padding=(1, 2))


def guided(
    session: Session,
    keys: KeySource,
    con: Console,
    clock: Callable[[], float] = time.monotonic,
    speak: Callable[[str], None] | None = None,
) -> Runner:
    """Run the live countdown until the session ends or the person quits."""
    from rich.live import Live

    from crampcare.session_runner import Runner, play

    runner = Runner(session, clock)
    spoken = -1

    def show(r: Runner) -> None:
        nonlocal spoken
        live.update(view(r), refresh=True)
        if speak is not None and r.step is not None and r.index != spoken:
            spoken = r.index
            speak(r.step.instruction)

    with Live(view(runner), console=con, auto_refresh=False, transient=False) as live:
        play(runner, keys, show)
    return runner


def follow_up(keys: KeySource, con: Console, offer_log: Callable[[], None] | None = None) -> bool:
    """Ask whether it helped; True when the person wants to check for warning signs."""
    con.print("\nDid that help? [y/n]", markup=False)
    helped = (keys(120.0) or "").lower()
    if helped == "y":
        con.print("Good. Stretch your calves gently before bed to make another less likely.")
        if offer_log is not None:
            offer_log()
    elif helped == "n":
        from crampcare.render.session_text import closing

        con.print(closing(), markup=False)
    con.print("Check for warning signs now with `crampcare check`? [y/n]", markup=False)
    return (keys(120.0) or "").lower() == "y"


@domain_errors
def now(
    ctx: typer.Context,
    where: str = typer.Option(
        "calf",
        "--where",
        "-w",
        help="Where the cramp is: calf, foot, toes, thigh_front, thigh_back or thigh.",
    ),
    context: str = typer.Option(
        "night",
        "--context",
        "-c",
        help="Where you are: night (in bed), water, sport, desk or public.",
    ),
    pregnant: bool = typer.Option(
        False, "--pregnant", help="Leave out what is unsafe in pregnancy."
    ),
    plain: bool = typer.Option(
        False, "--plain", help="Print all steps with their times (screen readers, scripts)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the session as JSON."),
    voice: bool = typer.Option(
        False, "--voice", help="Read each step aloud (needs espeak-ng: apt-get install espeak-ng)."
    ),
) -> None:
    """Guided first aid for a cramp happening now (default: calf, in bed at night)."""
    where = session_place(place_named(where))
    if context not in CONTEXTS:
        fail(f"--context must be one of {', '.join(CONTEXTS)}, not {context!r}.")
    from crampcare.guide import build_session, situations_for
    from crampcare.knowledge import load

    session = build_session(load(), where, context, situations_for(pregnant))
    if as_json:
        print_json(session.model_dump(mode="json"))
        return
    from crampcare.cli.keys import interactive, raw_keys

    if plain or not interactive():
        from crampcare.render.session_text import session_plain

        typer.echo(session_plain(session))
        return
    con = console()
    speak = None
    if voice:
        from crampcare.cli.speech import speaker

        speak = speaker(con)
    started = datetime.now()
    try:
        with raw_keys() as keys:
            runner = guided(session, keys, con, speak=speak)
            wants_check = follow_up(keys, con, lambda: offer_log(runner, started, keys, con))
    except KeyboardInterrupt:
        # Ctrl-C is a normal way out at 3 a.m., not a crash.
        raise typer.Exit(130) from None
    if wants_check:
        _run_check(ctx)


def log_fields(runner: Runner, started: datetime, now: datetime) -> dict[str, object]:
    """The diary entry for a session that helped: where, when, what was done, how long."""
    session = runner.session
    reached = session.steps[: max(1, min(runner.index + 1, len(session.steps)))]
    actions = list(dict.fromkeys(s.technique_title for s in reached))
    return {
        "started_at": started.replace(microsecond=0),
        "location": DIARY_LOCATION[session.where],
        "woke": woke_from_sleep(session.context),
        "actions": actions,
        "helped": actions,
        "minutes_to_relief": max(0.5, round((now - started).total_seconds() / 30) / 2),
    }


def offer_log(runner: Runner, started: datetime, keys: KeySource, con: Console) -> None:
    """ "Log it in your diary? [y/n]", with everything filled in from the session."""
    fields = log_fields(runner, started, datetime.now())
    con.print(
        f"Log it in your diary ({fields['location']}, {started:%H:%M}, "
        f"eased in about {fields['minutes_to_relief']:g} min)? [y/n]",
        markup=False,
    )
    if (keys(120.0) or "").lower() != "y":
        return
    from crampcare.cli.diary_entry import _log

    _log(fields, None, False)


def _run_check(ctx: typer.Context) -> None:
    """Hand over to `crampcare check` (its questions, red flags first)."""
    root = ctx.find_root().command
    get = getattr(root, "get_command", None)
    check = get(ctx, "check") if get else None
    if check is None:
        fail("`crampcare check` is not available in this version.")
    # A fresh parse with no arguments: `check` asks its questions, red flags first.
    check.main(args=[], prog_name="crampcare check", standalone_mode=False)


def register(app: typer.Typer) -> None:
    """Add `now` to the top-level app."""
    app.command("now")(now)
