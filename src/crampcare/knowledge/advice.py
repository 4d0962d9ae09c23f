"""The advice entries of the knowledge base: techniques, acupoints, remedies, causes,
prevention and food (exported by ``knowledge.schema``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from crampcare.knowledge.entries import Entry, EntryId, Graded
from crampcare.vocabulary import EntryContext, EntryLocation

# --- techniques -----------------------------------------------------------

TechniqueKind = Literal[
    "first_aid",
    "stretch",
    "massage",
    "acupressure",
    "su_jok",
    "gymnastics",
    "exercise",
    "hydrotherapy",
    "therapy",
]
Phase = Literal["acute", "after", "prevention"]


class Step(BaseModel):
    """One step of a technique: an instruction with a duration or repetitions."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    instruction: str = Field(min_length=5)
    seconds: int | None = Field(default=None, ge=1, le=3600)
    seconds_max: int | None = Field(default=None, ge=1, le=3600)
    reps: int | None = Field(default=None, ge=1, le=500)
    sets: int | None = Field(default=None, ge=1, le=20)
    per_side: bool = False
    point: EntryId | None = Field(default=None, description="Acupoint id pressed in this step.")
    also_points: tuple[EntryId, ...] = Field(
        default=(), description="Further acupoint ids pressed together with 'point'."
    )
    diagram: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _timed_or_counted(self) -> Step:
        if self.seconds is None and self.reps is None:
            raise ValueError("a step needs 'seconds' or 'reps'")
        if self.seconds_max is not None and (
            self.seconds is None or self.seconds_max < self.seconds
        ):
            raise ValueError("'seconds_max' needs 'seconds' and must not be below it")
        return self


class Schedule(BaseModel):
    """When a preventive technique is done; drives plan reminders (iCalendar)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    frequency: Literal["daily", "every_other_day", "weekly", "as_needed"]
    time_of_day: str | None = Field(default=None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    label: str | None = None


class Technique(Graded):
    kind: Literal["technique"]
    technique_kind: TechniqueKind
    phase: tuple[Phase, ...] = Field(min_length=1)
    contexts: tuple[EntryContext, ...] = Field(min_length=1)
    locations: tuple[EntryLocation, ...] = Field(min_length=1)
    steps: tuple[Step, ...] = Field(min_length=1)
    schedule: Schedule | None = None
    needs_helper: bool = False
    self_care: bool = Field(
        default=True, description="False for things done only by a trained practitioner."
    )


# --- acupoints ------------------------------------------------------------

View = Literal["back", "front", "outer", "inner", "face", "hand"]


class DiagramPosition(BaseModel):
    """Where a point sits on one of the body diagrams, in 0..1 coordinates."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    view: View
    x: float = Field(ge=0, le=1)
    y: float = Field(ge=0, le=1)


class Acupoint(Graded):
    kind: Literal["acupoint"]
    code: str = Field(pattern=r"^[A-Z]{2,3}\d{1,2}$")
    pinyin: str
    chinese: str | None = None
    english: str | None = None
    location: str = Field(min_length=20)
    how_to_find: str = Field(min_length=20)
    press: str = Field(min_length=10, description="How to press.")
    seconds: int = Field(ge=5, le=600)
    seconds_max: int | None = Field(default=None, ge=5, le=600)
    diagram: DiagramPosition


# --- remedies, causes, prevention, food -----------------------------------

RemedyKind = Literal["home", "folk", "supplement", "drug", "food"]
Route = Literal["oral", "topical", "injection", "other"]


class Remedy(Graded):
    kind: Literal["remedy"]
    remedy_kind: RemedyKind
    route: Route
    recipe: str | None = Field(default=None, description="Preparation, as the seed gives it.")
    dose_as_seed: str | None = Field(default=None, description="Dose as the seed gives it.")
    phase: tuple[Phase, ...] = ("prevention",)


CauseCategory = Literal[
    "deficiency",
    "dehydration",
    "pregnancy",
    "overuse",
    "posture",
    "footwear",
    "foot_shape",
    "circulation",
    "cold",
    "heat",
    "stress",
    "medicine",
    "disease",
    "lifestyle",
    "age",
    "spasm_type",
    "look_alike",
    "mechanism",
]


class Link(StrEnum):
    """How strong the link between a cause (or look-alike) and cramps is.

    Causes are not treatments, so they never carry a treatment grade: "Poisoning:
    recommended" reads as advice. A look-alike's link says how well established
    the condition and the way to tell it from a cramp are.
    """

    ESTABLISHED = "established"
    LIKELY = "likely"
    POSSIBLE = "possible"
    TRADITIONAL = "traditional"
    REFUTED = "refuted"
    NOT_CRAMPS = "not_cramps"


#: How a link reads to a person, in place of a treatment grade.
LINK_LABELS: dict[str, str] = {
    "established": "Established link",
    "likely": "Likely link",
    "possible": "Possible link, weak evidence",
    "traditional": "Traditional belief, not tested",
    "refuted": "Studied: not true",
    "not_cramps": "A cause of fits, not of cramps",
}
#: A look-alike is a different condition: its label says so.
LOOKALIKE_LABELS: dict[str, str] = {
    "established": "Look-alike: a different condition",
    "refuted": "Studied: not true",
}


class Cause(Entry):
    kind: Literal["cause"]
    category: CauseCategory
    link: Link
    evidence: str = Field(min_length=20, description="Why this link: the evidence, briefly.")
    prevention: tuple[EntryId, ...] = ()
    diary_factors: tuple[str, ...] = ()

    @property
    def link_label(self) -> str:
        """The link in words, e.g. 'Established link' or 'Look-alike: a different condition'."""
        if self.category in ("look_alike", "spasm_type") and self.link in LOOKALIKE_LABELS:
            return LOOKALIKE_LABELS[self.link]
        return LINK_LABELS[self.link]

    @model_validator(mode="after")
    def _no_treatment_grade(self) -> Cause:
        if self.grade is not None:
            raise ValueError("a cause carries a 'link' (how strong), never a treatment 'grade'")
        return self


class Prevention(Graded):
    kind: Literal["prevention"]
    area: Literal[
        "diet",
        "footwear",
        "habit",
        "hydration",
        "supplement",
        "exercise",
        "bedding",
        "hydrotherapy",
        "medical",
        "massage",
        "lifestyle",
    ]
    how_often: str | None = None
    schedule: Schedule | None = None
    techniques: tuple[EntryId, ...] = ()


class Nutrients(BaseModel):
    """Milligrams per 100 g of edible portion."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    magnesium_mg: float = Field(ge=0)
    potassium_mg: float = Field(ge=0)
    calcium_mg: float = Field(ge=0)
    phosphorus_mg: float = Field(ge=0)


class Food(Graded):
    kind: Literal["food"]
    per_100g: Nutrients
    serving_g: float = Field(gt=0)
    serving: str = Field(description="A usual portion in words, e.g. 'a small handful (30 g)'.")
    nutrient_source: str = Field(pattern=r"^https?://")
    choking_risk_under_5: bool = Field(
        default=False,
        description="Whole nuts and seeds: never offered to children under five (NHS, HSE).",
    )
