"""The diary's records: cramp episodes and daily check-ins.

These pydantic models are the boundary shared by storage, import/export,
analysis and the faces. A check-in describes the day *before* a night; the
analysis pairs it with the episodes of that night.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Location = Literal[
    "calf",
    "foot",
    "toes",
    "thigh_front",
    "thigh_back",
    "hands",
    "chest_belly",
    "whole_body",
    "other",
]
Side = Literal["left", "right", "both", "none"]
LOCATIONS: tuple[str, ...] = Location.__args__  # type: ignore[attr-defined]
SIDES: tuple[str, ...] = Side.__args__  # type: ignore[attr-defined]


class EpisodeIn(BaseModel):
    """A cramp episode as entered: several a night is normal."""

    model_config = ConfigDict(extra="forbid")

    started_at: datetime = Field(description="When the cramp started (local time).")
    duration_s: int | None = Field(default=None, ge=1, le=24 * 3600)
    location: Location = "calf"
    side: Side = "none"
    intensity: int | None = Field(default=None, ge=0, le=10, description="Pain 0-10.")
    woke: bool = Field(default=False, description="Woke the person from sleep.")
    actions: list[str] = Field(default_factory=list, description="What was done.")
    helped: list[str] = Field(default_factory=list, description="Which of the actions helped.")
    minutes_to_relief: float | None = Field(default=None, ge=0, le=24 * 60)
    notes: str = Field(default="", max_length=2000)

    @field_validator("started_at")
    @classmethod
    def _local(cls, value: datetime) -> datetime:
        # The diary keeps local wall-clock times; a time with an offset is
        # converted to this machine's local time, so nights pair up correctly.
        if value.tzinfo is not None:
            return value.astimezone().replace(tzinfo=None)
        return value

    @field_validator("actions", "helped")
    @classmethod
    def _clean(cls, value: list[str]) -> list[str]:
        out = [v.strip() for v in value if v.strip()]
        if any(len(v) > 80 for v in out):
            raise ValueError("an action is at most 80 characters")
        return out


#: An episode's fields in order, notes last: the CSV columns and the insert order.
EPISODE_FIELDS: tuple[str, ...] = tuple(EpisodeIn.model_fields)


class Episode(EpisodeIn):
    """A stored episode: it has an id and belongs to a person."""

    id: int
    person_id: int = 1


# Standard daily factors: name -> (type, plain-language label). Custom factors
# are free names with a yes/no or number value.
FACTORS: dict[str, tuple[type, str]] = {
    "exercise": (bool, "Exercised"),
    "exercise_intensity": (int, "Exercise intensity (0 none - 3 hard)"),
    "hours_on_feet": (float, "Hours on your feet"),
    "long_sitting": (bool, "Sat for long stretches"),
    "fluids_l": (float, "Fluids drunk (litres)"),
    "caffeine_cups": (int, "Cups of coffee, tea or cola"),
    "alcohol_units": (float, "Alcohol (units)"),
    "heel_height_cm": (float, "Heel height worn (cm)"),
    "heat": (bool, "Hot day or heavy sweating"),
    "stress": (int, "Stress (0 none - 3 high)"),
    "new_medicine": (bool, "New or changed medicine"),
    "tucked_bedding": (bool, "Tight, tucked-in bedding"),
}


class CheckInIn(BaseModel):
    """The daily check-in: factors of the day before the night. Unanswered is None."""

    model_config = ConfigDict(extra="forbid")

    day: date
    exercise: bool | None = None
    exercise_intensity: int | None = Field(default=None, ge=0, le=3)
    hours_on_feet: float | None = Field(default=None, ge=0, le=24)
    long_sitting: bool | None = None
    fluids_l: float | None = Field(default=None, ge=0, le=20)
    caffeine_cups: int | None = Field(default=None, ge=0, le=50)
    alcohol_units: float | None = Field(default=None, ge=0, le=100)
    heel_height_cm: float | None = Field(default=None, ge=0, le=30)
    heat: bool | None = None
    stress: int | None = Field(default=None, ge=0, le=3)
    new_medicine: bool | None = None
    tucked_bedding: bool | None = None
    custom: dict[str, bool | float] = Field(
        default_factory=dict,
        json_schema_extra={
            "propertyNames": {
                "minLength": 1,
                "maxLength": 40,
                "pattern": r"\S",
                "not": {"enum": list(FACTORS)},
            }
        },
    )
    notes: str = Field(default="", max_length=2000)

    @field_validator("custom")
    @classmethod
    def _custom_names(cls, value: dict[str, bool | float]) -> dict[str, bool | float]:
        for name in value:
            if not name.strip() or len(name) > 40:
                raise ValueError("a custom factor name is 1-40 characters")
            if name in FACTORS:
                raise ValueError(f"{name!r} is a standard factor; set it directly")
        return value


class CheckIn(CheckInIn):
    """A stored check-in (one per person and day)."""

    id: int
    person_id: int = 1
