"""The answer models of ``ask``: what a question gets back, as typed data."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from crampcare.knowledge.citations import source_label
from crampcare.triage_rules import TriageResult

Mode = Literal["lexical", "hybrid"]


class Answer(BaseModel):
    """One knowledge-base entry that answers the question, with its evidence and safety."""

    id: str
    kind: str
    title: str
    text: str
    grade: str | None = None
    link: str | None = Field(
        default=None,
        description="For causes and look-alikes: how strong the link is, in words (never a grade).",
    )
    warning: str | None = Field(
        default=None, description="For avoid/clinician_only entries: shown before anything else."
    )
    cautions: list[str] = Field(default_factory=list)
    contraindications: list[dict[str, str]] = Field(default_factory=list)
    sources: list[dict[str, str]] = Field(default_factory=list)
    score: float = 0.0

    @property
    def leads_with_warning(self) -> bool:
        return self.grade in {"avoid", "clinician_only"}


#: The triage part of an answer is the one triage contract (``check --json``, the API).
TriageAdvice = TriageResult


class AskResult(BaseModel):
    """The whole answer to one question."""

    question: str
    mode: Mode
    out_of_scope: bool
    pointer: str | None = Field(
        default=None, description="For an out-of-scope question: where to ask instead."
    )
    answers: list[Answer] = Field(default_factory=list)
    triage: TriageResult | None = Field(
        default=None,
        description="The triage of the question's own words when they raise a level "
        "(the same contract as check --json and /api/v1/triage/text).",
    )

    def document(self) -> dict[str, Any]:
        """The JSON document of ``ask --json`` (``triage`` only when there are red flags)."""
        doc = self.model_dump(mode="json", exclude={"triage", "pointer"})
        if self.pointer is not None:
            doc["pointer"] = self.pointer
        if self.triage is not None:
            doc["triage"] = self.triage.model_dump(mode="json")
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
