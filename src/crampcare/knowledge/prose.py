"""What every knowledge-base check reads and reports: an entry's own prose, and a Problem."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from crampcare.knowledge.schema import Acupoint, Entry, Prevention, RedFlag, Remedy, Technique


@dataclass(frozen=True)
class Problem:
    """One finding: the entry (or coverage item) and what is wrong."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def prose(entry: Entry) -> Iterator[tuple[str, str]]:
    """Every field of an entry that holds our own prose."""
    yield "title", entry.title
    yield "text", entry.text
    if entry.evidence:
        yield "evidence", entry.evidence
    if entry.warning:
        yield "warning", entry.warning
    for i, caution in enumerate(entry.cautions):
        yield f"cautions[{i}]", caution
    for ci in entry.contraindications:
        yield f"contraindications[{ci.condition}]", ci.reason
    for i, q in enumerate(entry.questions):
        yield f"questions[{i}]", q
    if isinstance(entry, Technique):
        for i, step in enumerate(entry.steps):
            yield f"steps[{i}]", step.instruction
            if step.note:
                yield f"steps[{i}].note", step.note
    if isinstance(entry, Remedy):
        for name in ("recipe", "dose_as_seed"):
            value = getattr(entry, name)
            if value:
                yield name, value
    if isinstance(entry, Acupoint):
        yield "location", entry.location
        yield "how_to_find", entry.how_to_find
        yield "press", entry.press
    if isinstance(entry, RedFlag):
        yield "message", entry.message
        for i, s in enumerate(entry.next_steps):
            yield f"next_steps[{i}]", s
    if isinstance(entry, Prevention) and entry.how_often:
        yield "how_often", entry.how_often
