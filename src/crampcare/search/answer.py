"""The answer models of ``ask``: what a question gets back, as typed data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from crampcare.knowledge.citations import source_label
from crampcare.triage_rules import TriageResult
from crampcare.typed import DESCRIBED, Field, plain

Mode = Literal["lexical", "hybrid"]


@dataclass(slots=True)
class Answer:
    """One knowledge-base entry that answers the question, with its evidence and safety."""

    __pydantic_config__ = DESCRIBED

    id: str
    kind: str
    title: str
    text: str
    grade: str | None = None
    link: Annotated[
        str | None,
        Field(
            description="For causes and look-alikes: how strong the link is, in words "
            "(never a grade)."
        ),
    ] = None
    warning: Annotated[
        str | None,
        Field(description="For avoid/clinician_only entries: shown before anything else."),
    ] = None
    cautions: list[str] = field(default_factory=list)
    contraindications: list[dict[str, str]] = field(default_factory=list)
    sources: list[dict[str, str]] = field(default_factory=list)
    score: float = 0.0

    @property
    def leads_with_warning(self) -> bool:
        return self.grade in {"avoid", "clinician_only"}


#: The triage part of an answer is the one triage contract (``check --json``, the API).
TriageAdvice = TriageResult


@dataclass(slots=True)
class AskResult:
    """The whole answer to one question."""

    __pydantic_config__ = DESCRIBED

    question: str
    mode: Mode
    out_of_scope: bool
    pointer: Annotated[
        str | None, Field(description="For an out-of-scope question: where to ask instead.")
    ] = None
    answers: list[Answer] = field(default_factory=list)
    triage: Annotated[
        TriageResult | None,
        Field(
            description="The triage of the question's own words when they raise a level "
            "(the same contract as check --json and /api/v1/triage/text)."
        ),
    ] = None

    def document(self) -> dict[str, Any]:
        """The JSON document of ``ask --json`` (``triage`` only when there are red flags)."""
        doc: dict[str, Any] = plain(self)
        del doc["triage"], doc["pointer"]
        if self.pointer is not None:
            doc["pointer"] = self.pointer
        if self.triage is not None:
            doc["triage"] = plain(self.triage)
        return doc


def entry_payload(entry: Any) -> dict[str, Any]:
    """An entry's answer fields as plain data (cached beside the index)."""
    return {
        "id": entry.id,
        "kind": entry.kind,
        "title": entry.title,
        "text": entry.text,
        "grade": entry.grade.value if entry.grade is not None else None,
        "link": getattr(entry, "link_label", None),
        "warning": entry.warning,
        "cautions": list(entry.cautions),
        "contraindications": [
            {"condition": c.condition, "reason": c.reason} for c in entry.contraindications
        ],
        # Each source also carries the words a person reads (title and publisher).
        "sources": [
            {**s.model_dump(exclude_none=True), "label": source_label(s)} for s in entry.sources
        ],
    }
