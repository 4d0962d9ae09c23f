"""Typed models for knowledge-base entries.

Every entry kind of DESIGN.md is a pydantic model. The YAML files under
``knowledge/data`` are validated against these at load time, so a typo in the
data fails loudly with the file and entry named, never silently at run time.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from crampcare.vocabulary import EntryContext, EntryLocation, Grade, Level, Situation

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
EntryId = Annotated[str, Field(pattern=ID_PATTERN, min_length=2, max_length=60)]

SEED_FILES = (
    "000_dd7beb3daf05069a.txt",
    "001_45299d1cb45338b0.txt",
    "002_206b154d7945aaec.txt",
    "003_481998d6d33d97d1.txt",
    "004_9c0c292a1c51c41a.txt",
)


#: Grades that must never appear as advice in a plan or a first-aid session.
NEVER_ADVISED = frozenset({Grade.AVOID, Grade.CLINICIAN_ONLY})


_ALLERGY = re.compile(r"^allergy:[a-z][a-z0-9_]*$")


def _check_condition(value: str) -> str:
    if value in Situation.__members__.values() or _ALLERGY.match(value):
        return value
    known = ", ".join(s.value for s in Situation)
    raise ValueError(f"unknown contraindication {value!r}: use one of {known} or allergy:<thing>")


class Contraindication(BaseModel):
    """A situation in which the item must not be offered, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    condition: str
    reason: str = Field(min_length=10)

    @field_validator("condition")
    @classmethod
    def _known(cls, value: str) -> str:
        return _check_condition(value)


class SourceRef(BaseModel):
    """Where a fact comes from: a seed article and a short locating quote, or a URL."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    seed: str | None = None
    passage: str | None = Field(
        default=None,
        description="A short quote (at most 10 words) that locates the passage in the seed.",
    )
    url: str | None = Field(default=None, pattern=r"^https?://")
    note: str | None = None

    @model_validator(mode="after")
    def _one_of_seed_or_url(self) -> SourceRef:
        if (self.seed is None) == (self.url is None):
            raise ValueError("a source has exactly one of 'seed' or 'url'")
        if self.seed is not None:
            if self.seed not in SEED_FILES:
                raise ValueError(f"unknown seed file {self.seed!r}")
            if not self.passage:
                raise ValueError("a seed source needs the 'passage' it comes from")
        return self


class Entry(BaseModel):
    """Fields every entry has."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: EntryId
    kind: str
    title: str = Field(min_length=3, max_length=120)
    text: str = Field(min_length=20, description="Plain-language text in our own words.")
    aliases: tuple[str, ...] = ()
    questions: tuple[str, ...] = Field(
        default=(), description="Example questions this entry answers (for `ask`)."
    )
    related: tuple[EntryId, ...] = ()
    sources: tuple[SourceRef, ...] = Field(min_length=1)

    grade: Grade | None = None
    evidence: str | None = None
    warning: str | None = Field(
        default=None,
        description="Required for avoid/clinician_only: the warning an answer leads with.",
    )
    cautions: tuple[str, ...] = ()
    contraindications: tuple[Contraindication, ...] = ()
    only_for: tuple[str, ...] = Field(
        default=(),
        description="Situations this entry is about (magnesium in pregnancy): it is offered "
        "only to people in one of them.",
    )
    superseded_for: tuple[str, ...] = Field(
        default=(),
        description="Situations whose evidence another entry gives (magnesium tablets: the "
        "'does not work' grade is for cramps outside pregnancy): plans there leave it out.",
    )
    suited_to: tuple[str, ...] = Field(
        default=(),
        description="Situations whose own guidance names this item (NHS pregnancy advice: "
        "gentle exercise, drinking water): for them it leads its grade and is never capped.",
    )

    @field_validator("only_for", "superseded_for", "suited_to")
    @classmethod
    def _known_situations(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_condition(v) for v in value)

    def contraindicated_for(self, situations: set[str]) -> list[Contraindication]:
        """The contraindications that apply to a person in these situations."""
        return [c for c in self.contraindications if c.condition in situations]


class Graded(Entry):
    """An entry that gives advice or makes a claim, so carries a grade and its evidence."""

    grade: Grade
    evidence: str = Field(min_length=20, description="Why this grade: the evidence, briefly.")

    @model_validator(mode="after")
    def _warned(self) -> Graded:
        if self.grade in NEVER_ADVISED and not self.warning:
            raise ValueError(f"a {self.grade.value} entry needs a 'warning' giving the reason")
        return self


class Source(Entry):
    """A seed article or an outside reference."""

    kind: Literal["source"]
    seed: str | None = None
    url: str | None = Field(default=None, pattern=r"^https?://")
    publisher: str | None = None


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


# --- red flags ------------------------------------------------------------


class Condition(BaseModel):
    """A condition over Intake fields.

    Exactly one of: ``all`` / ``any`` (lists of conditions), ``not`` (one
    condition), or ``field`` with one comparison (``is``, ``gt``, ``ge``,
    ``lt``, ``le``, ``contains``, ``in``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)

    all_: tuple[Condition, ...] | None = Field(default=None, alias="all")
    any_: tuple[Condition, ...] | None = Field(default=None, alias="any")
    not_: Condition | None = Field(default=None, alias="not")
    field: str | None = None
    is_: Any = Field(default=None, alias="is")
    gt: float | None = None
    ge: float | None = None
    lt: float | None = None
    le: float | None = None
    contains: str | None = None
    in_: tuple[str, ...] | None = Field(default=None, alias="in")

    @model_validator(mode="after")
    def _one_form(self) -> Condition:
        groups = [self.all_ is not None, self.any_ is not None, self.not_ is not None]
        if self.field is None:
            if sum(groups) != 1:
                raise ValueError("a condition needs exactly one of all/any/not/field")
        else:
            if any(groups):
                raise ValueError("a field condition cannot also have all/any/not")
            ops = [
                self.is_ is not None,
                self.gt is not None,
                self.ge is not None,
                self.lt is not None,
                self.le is not None,
                self.contains is not None,
                self.in_ is not None,
            ]
            if sum(ops) != 1:
                raise ValueError("a field condition needs exactly one comparison")
        return self

    def fields(self) -> set[str]:
        """Every Intake field this condition reads."""
        out: set[str] = {self.field} if self.field else set()
        for sub in (*(self.all_ or ()), *(self.any_ or ()), *((self.not_,) if self.not_ else ())):
            out |= sub.fields()
        return out


class RedFlag(Entry):
    """A triage rule: when the condition holds, the level is at least ``level``."""

    kind: Literal["red_flag"]
    level: Level
    when: Condition
    message: str = Field(min_length=10, description="What the person is told, in plain words.")
    next_steps: tuple[str, ...] = ()


AnyEntry = Annotated[
    Source | Technique | Acupoint | Remedy | Cause | Prevention | Food | RedFlag,
    Field(discriminator="kind"),
]

KINDS: tuple[str, ...] = (
    "source",
    "technique",
    "acupoint",
    "remedy",
    "cause",
    "prevention",
    "food",
    "red_flag",
)


class CoverageItem(BaseModel):
    """One seed paragraph: the entries that hold its advice, or why it holds none."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    seed: str
    passage: str = Field(min_length=3, description="A quote that locates the paragraph.")
    ids: tuple[EntryId, ...] = ()
    skip: str | None = Field(default=None, description="Why this paragraph gives no advice.")

    @model_validator(mode="after")
    def _ids_or_skip(self) -> CoverageItem:
        if bool(self.ids) == bool(self.skip):
            raise ValueError("a coverage item has either 'ids' or 'skip', not both or neither")
        if self.seed not in SEED_FILES:
            raise ValueError(f"unknown seed file {self.seed!r}")
        return self
