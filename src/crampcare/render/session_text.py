"""A first-aid session as plain text: for screen readers, scripts and `--plain`."""

from __future__ import annotations

import math

from crampcare.guide import Session, SessionStep
from crampcare.triage_rules import long_cramp_minutes
from crampcare.vocabulary import PLACE_WORDS
from crampcare.words import people_text

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
    point = f" Point: {step.point_title}." if step.point_title else ""
    return f"{step.number}. [{clock_time(step.seconds)}] {step.instruction}{point}"


#: A cold, pale or numb leg can be a blocked artery: that is an emergency, not a
#: doctor's appointment (evidence.md red flags: acute ischaemia -> emergency).
EMERGENCY_LINE = (
    "Call your emergency number now if the leg turns cold, pale or numb, or you are "
    "short of breath or have chest pain."
)


def doctor_line() -> str:
    """When to see a doctor today; the time limit is the knowledge base's (rf_long_cramp)."""
    return (
        f"If the cramp lasts longer than {long_cramp_minutes()} minutes, or the calf is "
        "swollen, red or warm on one side, see a doctor today (`crampcare check` helps you "
        "decide)."
    )


def closing() -> str:
    """The last words of a session: when to call for help, when to see a doctor."""
    return f"{EMERGENCY_LINE} {doctor_line()}"


def session_plain(session: Session, *, why: bool = True) -> str:
    """The whole session, one numbered step per line, with times and reasons."""
    lines = [heading(session), ""]
    if session.question:
        lines += [session.question, ""]
    last = None
    for step in session.steps:
        if step.phase != last:
            lines.append("While it cramps:" if step.phase == "acute" else "Afterwards:")
            last = step.phase
        lines.append(step_line(step))
        if why and (
            step.number == 1 or step.technique_id != session.steps[step.number - 2].technique_id
        ):
            lines.append(f"   ({step.technique_title}: {step.why})")
    if session.excluded:
        lines += ["", "Left out for you:"]
        lines += [f"- {people_text(e.title)}: {people_text(e.reason)}" for e in session.excluded]
    lines += ["", EMERGENCY_LINE, doctor_line()]
    return "\n".join(lines)
