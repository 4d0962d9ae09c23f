"""The diary's records: cramp episodes and daily check-ins.

A check-in describes the day *before* a night; the analysis pairs it with the
episodes of that night. Two kinds of type, one for each direction:

- What comes in (``EpisodeIn``, ``EpisodePatch``, ``CheckInIn``) is a pydantic
  model, here: every write path (the CLI, imports, web forms, the JSON API)
  validates it, with pydantic's errors.
- What the store gives back (``Episode``, ``CheckIn``, defined in
  ``diary.records`` and exported here too) is a frozen, slotted dataclass: a
  diary's own rows were validated on the way in, so a read builds them without
  validating again (at a diary's size pydantic's per-record cost was most of a
  read), and a reader (``report``) never imports pydantic. ``EpisodeSchema`` /
  ``CheckInSchema`` are the same records as pydantic models, derived from the
  input models: they validate a stored row that may be damaged
  (``Episode.model_validate``) and give the API's JSON Schema. A test holds the
  dataclasses' fields to theirs.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, create_model, field_validator
from pydantic.config import JsonDict
from pydantic.json_schema import SkipJsonSchema

# The limits and the stored records are defined without pydantic; exported here too.
from crampcare.diary.records import (
    FACTORS,
    FIRST_DAY,
    LAST_DAY,
    MAX_CUSTOM,
    MAX_CUSTOM_NAME,
    MAX_CUSTOM_VALUE,
    MAX_ID,
    MAX_ITEM,
    MAX_ITEMS,
    MAX_NOTES,
    CheckIn,
    Episode,
    register_schema,
)
from crampcare.vocabulary import DiaryLocation, DiarySide

__all__ = [
    "EPISODE_FIELDS",
    "FACTORS",
    "FIRST_DAY",
    "LAST_DAY",
    "MAX_CUSTOM",
    "MAX_CUSTOM_NAME",
    "MAX_CUSTOM_VALUE",
    "MAX_ID",
    "MAX_ITEM",
    "MAX_ITEMS",
    "MAX_NOTES",
    "AnyCheckIn",
    "AnyEpisode",
    "CheckIn",
    "CheckInIn",
    "CheckInSchema",
    "Episode",
    "EpisodeIn",
    "EpisodePatch",
    "EpisodeSchema",
    "check_day",
    "check_text",
]


def check_text(value: str) -> str:
    """Text without NUL (PostgreSQL cannot store it, and no person types one)."""
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    return value


def check_day(value: date) -> date:
    """A day within FIRST_DAY .. LAST_DAY."""
    day = value.date() if isinstance(value, datetime) else value
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"a date from {FIRST_DAY} to {LAST_DAY} is expected")
    return value


# The schema states the limits too (clients, and the API's schemathesis test, rely on it).
_NO_NUL: JsonDict = {"pattern": "^[^\\u0000]*$"}
# Years 1901-2099 in the schema: an offset can move a time at 1900-01-01 or
# 2100-12-31 out of range once converted to local time.
_IN_RANGE_TIME: JsonDict = {"pattern": "^(19(0[1-9]|[1-9][0-9])|20[0-9][0-9])-"}
_IN_RANGE_DAY: JsonDict = {"pattern": "^(19[0-9][0-9]|20[0-9][0-9]|2100)-"}

Text = Annotated[str, Field(json_schema_extra=_NO_NUL), AfterValidator(check_text)]
Notes = Annotated[
    str, Field(max_length=MAX_NOTES, json_schema_extra=_NO_NUL), AfterValidator(check_text)
]


class EpisodeIn(BaseModel):
    """A cramp episode as entered: several a night is normal."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    started_at: datetime = Field(
        description="When the cramp started (local time), 1900-01-01 to 2100-12-31.",
        json_schema_extra=_IN_RANGE_TIME,
    )
    duration_s: int | None = Field(default=None, ge=1, le=24 * 3600)
    location: DiaryLocation = "calf"
    side: DiarySide = "none"
    intensity: int | None = Field(default=None, ge=0, le=10, description="Pain 0-10.")
    woke: bool = Field(default=False, description="Woke the person from sleep.")
    actions: list[Text] = Field(
        default_factory=list, max_length=MAX_ITEMS, description="What was done."
    )
    helped: list[Text] = Field(
        default_factory=list, max_length=MAX_ITEMS, description="Which of the actions helped."
    )
    minutes_to_relief: float | None = Field(default=None, ge=0, le=24 * 60)
    notes: Notes = ""

    @field_validator("started_at")
    @classmethod
    def _local(cls, value: datetime) -> datetime:
        # The range is checked before converting: near year 1 or 9999 the
        # conversion itself would overflow.
        check_day(value)
        # The diary keeps local wall-clock times; a time with an offset is
        # converted to this machine's local time, so nights pair up correctly.
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
            check_day(value)
        return value

    @field_validator("actions", "helped")
    @classmethod
    def _clean(cls, value: list[str]) -> list[str]:
        out = [v.strip() for v in value if v.strip()]
        if any(len(v) > MAX_ITEM for v in out):
            raise ValueError(f"an action is at most {MAX_ITEM} characters")
        return out


#: An episode's fields in order, notes last: the CSV columns and the insert order.
EPISODE_FIELDS: tuple[str, ...] = tuple(EpisodeIn.model_fields)


class EpisodePatch(BaseModel):
    """Fields to change in an episode, each taken as :class:`EpisodeIn` takes it.

    The changed episode is validated again as new input; the field bounds are
    repeated here so the API's schema says what the store will accept. A field
    EpisodeIn requires cannot be set to null (the schema leaves null out).
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)

    started_at: (
        Annotated[datetime, Field(json_schema_extra=_IN_RANGE_TIME)] | SkipJsonSchema[None]
    ) = None
    duration_s: int | None = Field(default=None, ge=1, le=24 * 3600)
    location: DiaryLocation | SkipJsonSchema[None] = None
    side: DiarySide | SkipJsonSchema[None] = None
    intensity: int | None = Field(default=None, ge=0, le=10)
    woke: bool | SkipJsonSchema[None] = None
    actions: Annotated[list[Text], Field(max_length=MAX_ITEMS)] | SkipJsonSchema[None] = None
    helped: Annotated[list[Text], Field(max_length=MAX_ITEMS)] | SkipJsonSchema[None] = None
    minutes_to_relief: float | None = Field(default=None, ge=0, le=24 * 60)
    notes: Notes | SkipJsonSchema[None] = None


def _stored(model: type[BaseModel], name: str, doc: str) -> type[BaseModel]:
    """``model`` with a record's ``id`` and ``person_id``, named as the record is."""
    return create_model(
        name, __base__=model, __module__=__name__, __doc__=doc, id=(int, ...), person_id=(int, 1)
    )


#: A stored episode as a pydantic model: its validation and JSON Schema (see ``Episode``).
EpisodeSchema = _stored(
    EpisodeIn, "Episode", "A stored episode: it has an id and belongs to a person."
)


class CheckInIn(BaseModel):
    """The daily check-in: factors of the day before the night. Unanswered is None."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    day: Annotated[date, Field(json_schema_extra=_IN_RANGE_DAY), AfterValidator(check_day)]
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
        max_length=MAX_CUSTOM,
        json_schema_extra={
            "propertyNames": {
                "minLength": 1,
                "maxLength": 40,
                "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                "not": {"enum": list(FACTORS)},
            },
            "additionalProperties": {
                "anyOf": [
                    {"type": "boolean"},
                    {
                        "type": "number",
                        "minimum": -MAX_CUSTOM_VALUE,
                        "maximum": MAX_CUSTOM_VALUE,
                    },
                ]
            },
        },
    )
    notes: Notes = ""

    @field_validator("custom")
    @classmethod
    def _custom_names(cls, value: dict[str, bool | float]) -> dict[str, bool | float]:
        for name, number in value.items():
            if not name.strip() or len(name) > MAX_CUSTOM_NAME:
                raise ValueError(f"a custom factor name is 1-{MAX_CUSTOM_NAME} characters")
            check_text(name)
            if name in FACTORS:
                raise ValueError(f"{name!r} is a standard factor; set it directly")
            if not isinstance(number, bool) and not (
                math.isfinite(number) and abs(number) <= MAX_CUSTOM_VALUE
            ):
                raise ValueError(
                    f"a custom factor's number is between -{MAX_CUSTOM_VALUE:g} "
                    f"and {MAX_CUSTOM_VALUE:g}"
                )
        return value


#: A stored check-in as a pydantic model: its validation and JSON Schema (see ``CheckIn``).
CheckInSchema = _stored(CheckInIn, "CheckIn", "A stored check-in (one per person and day).")

register_schema(Episode, EpisodeSchema)
register_schema(CheckIn, CheckInSchema)


#: Any episode or check-in, as entered or as stored: what writers and readers of
#: the fields (rows, CSV, the analysis) take.
AnyEpisode = EpisodeIn | Episode
AnyCheckIn = CheckInIn | CheckIn
