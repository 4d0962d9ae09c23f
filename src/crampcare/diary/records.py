"""The diary's stored records and its limits, without pydantic.

``Episode`` and ``CheckIn`` are what the store gives back: frozen, slotted
dataclasses, built from a diary's rows without validating them again (the write
path validated them: ``diary.models``' pydantic input models). Everything that
only reads a diary (``report``, the analysis, exports) needs nothing more, so it
never imports pydantic. ``diary.models`` exports these names too, and holds the
pydantic twins (``EpisodeSchema``, ``CheckInSchema``) that validate untrusted
data into these records; a test holds their fields together.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from crampcare.vocabulary import DiaryLocation, DiarySide

if TYPE_CHECKING:
    from pydantic import BaseModel, GetCoreSchemaHandler
    from pydantic_core import CoreSchema

# -- limits: one set for SQLite and PostgreSQL ----------------------------------------------
# A value outside these is refused at the boundary, so no backend can store what
# another (or a reader: analysis, exports) cannot handle. docs/diary.md lists them.

#: Dates accepted for an episode's start and a check-in's day (inclusive).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2100, 12, 31)
#: Record ids and person ids: PostgreSQL's INTEGER, so both backends agree.
MAX_ID = 2**31 - 1
MAX_NOTES = 2000
MAX_ITEM = 80
#: Items in ``actions`` / ``helped``, and custom factors per day.
MAX_ITEMS = 20
MAX_CUSTOM = 30
MAX_CUSTOM_NAME = 40
#: A custom factor's number is at most this far from 0.
MAX_CUSTOM_VALUE = 1_000_000.0


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

#: The closed ranges of the numeric fields (the models' ``ge`` and ``le``; a test
#: holds the two equal): what ``sqlfast`` checks a stored value against.
RANGES: dict[str, tuple[float, float]] = {
    "duration_s": (1, 24 * 3600),
    "intensity": (0, 10),
    "minutes_to_relief": (0, 24 * 60),
    "exercise_intensity": (0, 3),
    "hours_on_feet": (0, 24),
    "fluids_l": (0, 20),
    "caffeine_cups": (0, 50),
    "alcohol_units": (0, 100),
    "heel_height_cm": (0, 30),
    "stress": (0, 3),
}


# -- stored records -------------------------------------------------------------------------

R = TypeVar("R", bound="_Record")


class _Record:
    """What stored records share: pydantic's spelling of validation, dumps and copies.

    (They were pydantic models; callers of the public API keep the methods they used.)
    """

    __slots__ = ()

    @classmethod
    def schema(cls) -> type[BaseModel]:
        """The pydantic model of this record: its validation and JSON Schema.

        ``diary.models`` defines it (pydantic is a tenth of a second to import, so
        a reader never loads it) and registers it here when it is imported.
        """
        try:
            return _SCHEMAS[cls]
        except KeyError:
            raise LookupError(
                f"{cls.__name__}'s schema is in crampcare.diary.models: import that first"
            ) from None

    @classmethod
    def model_validate(cls: type[R], data: Any) -> R:
        """A record from untrusted data (a damaged row, a file), validated as the schema does.

        Raises pydantic's ``ValidationError``, worded as before. A record already
        is one, and is given back as it is (as pydantic gives back a model).
        """
        if isinstance(data, cls):
            return data
        schema = cls.schema()
        checked = schema.model_validate(data)
        return cls(**{name: getattr(checked, name) for name in schema.model_fields})

    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        include: set[str] | None = None,
        exclude: set[str] | None = None,
    ) -> dict[str, Any]:
        """The record's fields in order, as pydantic dumped them (``mode="json"``: for JSON)."""
        data = {f.name: _copied(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]
        if mode == "json":
            # pydantic-core's own writer: times, days and numbers as the models wrote them.
            from pydantic_core import to_jsonable_python

            data = to_jsonable_python(data)
        if include is not None:
            data = {k: v for k, v in data.items() if k in include}
        if exclude is not None:
            data = {k: v for k, v in data.items() if k not in exclude}
        return data

    def model_copy(self: R, *, update: Mapping[str, Any] | None = None) -> R:
        """A copy with some fields changed (not validated, as pydantic's ``model_copy``)."""
        return replace(self, **(update or {}))  # type: ignore[type-var]

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        # Validated as its schema model and built from it; dumped as the dataclass it is.
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(
            lambda checked: checked if isinstance(checked, cls) else cls.model_validate(checked),
            core_schema.union_schema(
                [core_schema.is_instance_schema(cls), handler.generate_schema(cls.schema())]
            ),
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda record, info: record.model_dump(
                    mode="json" if info.mode_is_json() else "python"
                ),
                info_arg=True,
            ),
        )


_SCHEMAS: dict[type[_Record], type[BaseModel]] = {}


def register_schema(record: type[_Record], schema: type[BaseModel]) -> None:
    """``schema`` validates ``record`` (``diary.models`` calls this for each record)."""
    _SCHEMAS[record] = schema


def _copied(value: Any) -> Any:
    # model_dump gives new lists and dicts, so a caller may change them.
    return value.copy() if isinstance(value, list | dict) else value


@dataclass(frozen=True, slots=True, kw_only=True)
class Episode(_Record):
    """A stored episode: it has an id and belongs to a person.

    The fields of ``EpisodeIn`` (the same names, order, types and defaults; a test
    checks), then ``id`` and ``person_id``. Built from a diary's rows without
    validation; ``Episode.model_validate`` validates untrusted data.
    """

    started_at: datetime
    duration_s: int | None = None
    location: DiaryLocation = "calf"
    side: DiarySide = "none"
    intensity: int | None = None
    woke: bool = False
    actions: list[str] = field(default_factory=list)
    helped: list[str] = field(default_factory=list)
    minutes_to_relief: float | None = None
    notes: str = ""
    id: int
    person_id: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckIn(_Record):
    """A stored check-in (one per person and day).

    The fields of ``CheckInIn`` (a test checks), then ``id`` and ``person_id``.
    """

    day: date
    exercise: bool | None = None
    exercise_intensity: int | None = None
    hours_on_feet: float | None = None
    long_sitting: bool | None = None
    fluids_l: float | None = None
    caffeine_cups: int | None = None
    alcohol_units: float | None = None
    heel_height_cm: float | None = None
    heat: bool | None = None
    stress: int | None = None
    new_medicine: bool | None = None
    tucked_bedding: bool | None = None
    custom: dict[str, bool | float] = field(default_factory=dict)
    notes: str = ""
    id: int
    person_id: int = 1
