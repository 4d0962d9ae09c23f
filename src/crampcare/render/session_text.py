"""A first-aid session as plain text: for screen readers, scripts and `--plain`."""

from __future__ import annotations

import math

from crampcare.guide import PLACE_WORDS, Session, SessionStep

CONTEXT_WORDS = {
    "night": "in bed at night",
    "water": "in the water",
    "sport": "during sport",
    "desk": "at a desk",
    "public": "in public",
}


def clock_time(seconds: float) -> str:
    """'0:30', '2:05'."""
    # A countdown shows 0:01 until the very end, never 0:00 while time is left.
    whole = math.ceil(seconds - 1e-6)
    return f"{whole // 60}:{whole % 60:02d}"


def heading(session: Session) -> str:
    minutes = max(1, round(session.total_seconds / 60))
    where = CONTEXT_WORDS.get(session.context, session.context)
    return (
        f"First aid for a {PLACE_WORDS[session.where]} cramp {where}: "
        f"{len(session.steps)} steps, about {minutes} min."
    )


def step_line(step: SessionStep) -> str:
    point = f" Point: {step.point_title} ({step.point_id})." if step.point_id else ""
    return f"{step.number}. [{clock_time(step.seconds)}] {step.instruction}{point}"


#: A cold, pale or numb leg may have lost its blood supply: that is a call for help,
#: not a doctor's appointment (red flag rf_limb_ischaemia).
CLOSING = (
    "If the leg or foot turns cold, pale or numb, or will not move, call your emergency "
    "number now. If the cramp lasts longer than 10 minutes, or the calf is swollen, red "
    "or warm, see a doctor today (run `crampcare check`)."
)


def session_plain(session: Session, *, why: bool = True) -> str:
    """The whole session, one numbered step per line, with times and reasons."""
    lines = [heading(session), ""]
    last = None
    for step in session.steps:
        if step.phase != last:
            lines.append("While it cramps:" if step.phase == "acute" else "Afterwards:")
            last = step.phase
        lines.append(step_line(step))
        if why and (
            step.number == 1 or step.technique_id != session.steps[step.number - 2].technique_id
        ):
            lines.append(f"   ({step.technique_title} [{step.technique_id}]: {step.why})")
    if session.excluded:
        lines += ["", "Left out for you:"]
        lines += [f"- {e.title} [{e.id}]: {e.reason} ({e.filter})" for e in session.excluded]
    lines += ["", CLOSING]
    return "\n".join(lines)
