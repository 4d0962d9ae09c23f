"""What the analysis of a diary finds, as typed results (the JSON twin of the report).

The thresholds live here because every result carries the ones it was judged by.
The results are plain slotted dataclasses: the analysis makes them from numbers it
computed itself, so nothing needs validating, and the text report never imports
pydantic for them (building these models' schemas, and pydantic's plugin scan
with it, was a sixth of a whole ``report``). JSON, JSON Schema and validation of
a report read back go through ``crampcare.typed``, pydantic's as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Literal

from crampcare.typed import DESCRIBED, Field

MIN_NIGHTS_EACH = 3  # nights with and nights without a factor
MIN_DAYS = 30  # days of check-ins before any factor is judged
FDR_Q = 0.10  # Benjamini-Hochberg level across the factors tested
MIN_WEEKS = 6  # for the weekly frequency trend
MIN_INTENSITY_EPISODES = 10
NIGHT_WINDOW = "18:00 on the day of the check-in until 12:00 the next day"

Status = Literal["more_cramps", "fewer_cramps", "no_clear_link", "not_enough_data"]


@dataclass(slots=True, kw_only=True)
class FactorResult:
    """One factor's 2x2 table, its statistics and what they mean."""

    __pydantic_config__ = DESCRIBED

    factor: str
    label: str
    definition: str
    phrase: str
    nights_with: int
    cramp_nights_with: int
    nights_without: int
    cramp_nights_without: int
    rate_with: float | None = None
    rate_without: float | None = None
    relative_risk: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    zero_cell_corrected: bool = False
    p_value: float | None = None
    q_value: float | None = None
    status: Status
    sentence: str


@dataclass(slots=True, kw_only=True)
class Trend:
    """A straight-line trend over time and whether it is distinguishable from flat."""

    __pydantic_config__ = DESCRIBED

    status: Literal["rising", "falling", "flat", "not_enough_data"]
    unit: str
    slope: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    start_value: float | None = None
    end_value: float | None = None
    points: list[tuple[date, float]] = field(default_factory=list)
    sentence: str


@dataclass(slots=True, kw_only=True)
class Calendar:
    """Per night from ``first_day``: episodes that night, and whether checked in."""

    __pydantic_config__ = DESCRIBED

    first_day: date | None
    episodes: list[int]
    checked_in: list[bool]


@dataclass(slots=True, kw_only=True)
class ReliefResult:
    """How often a method was tried and helped, and how fast relief came when it did."""

    __pydantic_config__ = DESCRIBED

    method: str
    used: int
    helped: int
    timed: int  # helped episodes with minutes recorded
    median_minutes: float | None = None
    q1_minutes: float | None = None
    q3_minutes: float | None = None
    median_minutes_not_helped: float | None = None
    timed_not_helped: int = 0
    sentence: str


@dataclass(slots=True, kw_only=True)
class Analysis:
    """The whole analysis of one diary (the JSON twin of the report)."""

    __pydantic_config__ = DESCRIBED

    first_day: date | None
    last_day: date | None
    days_with_checkin: int
    nights_analysed: int
    cramp_nights: int
    episodes: int
    enough_days: bool
    min_nights_each: int = MIN_NIGHTS_EACH
    min_days: int = MIN_DAYS
    fdr_q: float = FDR_Q
    night_window: str = NIGHT_WINDOW
    factors: list[FactorResult]
    hours: Annotated[list[int], Field(description="Episodes by hour of start, 0-23.")]
    hours_sentence: str
    weekly: Trend
    intensity: Trend
    relief: list[ReliefResult]
    calendar: Calendar
    summary: list[str]
