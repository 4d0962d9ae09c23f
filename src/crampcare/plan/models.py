"""The personal plan as typed data: sections of items, each with its id and reason."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from crampcare.safety import Exclusion
from crampcare.triage_rules import TriageResult

SectionKey = Literal["about", "first_aid", "routine", "foods", "doctor", "avoid"]

SECTION_TITLES: dict[str, str] = {
    "about": "First: is it a cramp?",
    "first_aid": "When a cramp comes",
    "routine": "Daily routine to prevent cramps",
    "foods": "Foods rich in magnesium, potassium and calcium",
    "doctor": "To talk about with your doctor",
    "avoid": "Things to avoid, and why",
}

#: Sections that are advice: nothing graded avoid or clinician_only, nothing contraindicated.
ADVICE_SECTIONS: tuple[SectionKey, ...] = ("about", "first_aid", "routine", "foods")


#: Doctor-section topics, in the order a consultation would take them.
TOPIC_ORDER: dict[str, str] = {
    "medicine": "Your medicines",
    "medical": "Check-ups and reviews",
    "supplement": "Supplements: ask before taking",
    "clinician_only": "Treatments only a doctor can decide on",
    "practitioner": "Therapies done by a trained practitioner",
}


class Reminder(BaseModel):
    """When a routine item is done: drives the calendar file."""

    model_config = ConfigDict(frozen=True)

    frequency: Literal["daily", "every_other_day", "weekly"]
    time: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    label: str


class PlanItem(BaseModel):
    """One line of the plan: the entry it comes from and why it is here (or left out)."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    why: str
    grade: str | None = None
    kind: str = ""
    summary: str = ""
    steps: list[str] = Field(default_factory=list)
    when: str | None = None
    reminder: Reminder | None = None
    amount: str | None = None
    cautions: list[str] = Field(default_factory=list)
    topic: str | None = Field(default=None, description="Doctor items: a TOPIC_ORDER key.")
    filter: str | None = Field(
        default=None, description="For items left out or warned against: the filter id."
    )


class Plan(BaseModel):
    """The triage result first; then advice, unless the triage says emergency."""

    model_config = ConfigDict(frozen=True)

    triage: TriageResult
    where: str
    context: str
    situations: list[str]
    about: list[PlanItem] = Field(default_factory=list)
    first_aid: list[PlanItem] = Field(default_factory=list)
    routine: list[PlanItem] = Field(default_factory=list)
    foods: list[PlanItem] = Field(default_factory=list)
    doctor: list[PlanItem] = Field(default_factory=list)
    avoid: list[PlanItem] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    understood: list[str] = Field(
        default_factory=list, description='What was read from free text ("I understood: ...").'
    )
    excluded: list[Exclusion] = Field(default_factory=list)
    knowledge_base: str = ""
    chosen_reminders: list[str] = Field(
        default_factory=list,
        description="Ids of the routine items the calendar file reminds of (default: one).",
    )

    @property
    def emergency(self) -> bool:
        return self.triage.level == "emergency"

    def section(self, key: SectionKey) -> list[PlanItem]:
        items: list[PlanItem] = getattr(self, key)
        return items

    def advice(self) -> list[PlanItem]:
        """Every item offered as something to do."""
        return [item for key in ADVICE_SECTIONS for item in self.section(key)]

    def reminders(self, chosen: list[str] | None = None) -> list[PlanItem]:
        """The routine items to be reminded of (``chosen`` ids, else the plan's default)."""
        wanted = self.chosen_reminders if chosen is None else chosen
        return [i for i in self.routine if i.reminder is not None and i.id in wanted]
