"""One knowledge-base entry as plain text for the terminal."""

from __future__ import annotations

from crampcare.knowledge.schema import NEVER_ADVISED, Acupoint, Cause, Entry, Remedy, Technique
from crampcare.vocabulary import GRADE_WORDS


def format_seconds(seconds: int, seconds_max: int | None = None) -> str:
    """'30 s', '1 min', '30 s-1 min'."""

    def one(s: int) -> str:
        if s % 60 == 0:
            return f"{s // 60} min"
        if s > 90:
            return f"{s // 60} min {s % 60} s"
        return f"{s} s"

    if seconds_max and seconds_max != seconds:
        return f"{one(seconds)}-{one(seconds_max)}"
    return one(seconds)


def entry_text(entry: Entry) -> str:
    """The entry for reading: warning first for avoid/clinician-only items."""
    lines: list[str] = []
    if entry.grade in NEVER_ADVISED and entry.warning:
        lines += [f"WARNING: {entry.warning}", ""]
    lines.append(f"{entry.title}  [{entry.id}, {entry.kind}]")
    if entry.grade:
        lines.append(f"Evidence: {GRADE_WORDS[entry.grade.value].label}")
    if isinstance(entry, Cause):
        lines.append(f"Link with cramps: {entry.link_label}")
    lines += ["", entry.text]
    if isinstance(entry, Acupoint):
        lines += [
            "",
            f"Where: {entry.location}",
            f"How to find it: {entry.how_to_find}",
            f"How to press: {entry.press} ({format_seconds(entry.seconds, entry.seconds_max)})",
        ]
    if isinstance(entry, Technique):
        lines += ["", "Steps:"]
        for i, step in enumerate(entry.steps, 1):
            amount = []
            if step.seconds:
                amount.append(format_seconds(step.seconds, step.seconds_max))
            if step.reps:
                amount.append(f"{step.reps}x" + (f" x {step.sets} sets" if step.sets else ""))
            side = ", each side" if step.per_side else ""
            lines.append(f"  {i}. {step.instruction} ({', '.join(amount)}{side})")
    if isinstance(entry, Remedy):
        if entry.recipe:
            lines += ["", f"As the source gives it: {entry.recipe}"]
        if entry.dose_as_seed:
            lines.append(f"Dose as the source gives it: {entry.dose_as_seed}")
    if entry.evidence:
        why = "Why this link" if isinstance(entry, Cause) else "Why this grade"
        lines += ["", f"{why}: {entry.evidence}"]
    if entry.cautions:
        lines += ["", "Cautions:"] + [f"  - {c}" for c in entry.cautions]
    if entry.contraindications:
        lines += ["", "Not for:"] + [
            f"  - {c.condition}: {c.reason}" for c in entry.contraindications
        ]
    lines += ["", "Sources:"]
    for s in entry.sources:
        lines.append(f'  - {s.seed}: "{s.passage}"' if s.seed else f"  - {s.url}")
    return "\n".join(lines)
