"""Daily factors turned into yes/no exposures, with the thresholds stated.

A 2x2 analysis needs each factor as "present" or "absent" on a day. The
thresholds below are the ones the report quotes; the simulation plants its
triggers on the same definitions, so the two can never drift apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np
import numpy.typing as npt

from crampcare.diary.records import FACTORS

if TYPE_CHECKING:
    from crampcare.diary.models import AnyCheckIn

Op = Literal["true", ">", ">=", "<"]


@dataclass(frozen=True)
class FactorRule:
    """How one check-in field becomes an exposure, and how to say it in words."""

    name: str
    op: Op
    threshold: float
    phrase: str  # completes "On nights ..."
    definition: str  # the threshold, stated for the methods section
    label: str  # short, for chart axes and tables

    def exposed(self, values: npt.NDArray[np.float64]) -> npt.NDArray[np.int8]:
        """1 exposed, 0 not, -1 unanswered (NaN), elementwise."""
        with np.errstate(invalid="ignore"):
            if self.op == "true":
                hit = values >= 0.5
            elif self.op == ">":
                hit = values > self.threshold
            elif self.op == ">=":
                hit = values >= self.threshold
            else:
                hit = values < self.threshold
        out = hit.astype(np.int8)
        out[np.isnan(values)] = -1
        return out


def _bool(name: str, phrase: str, label: str) -> FactorRule:
    return FactorRule(name, "true", 0.5, phrase, f"{FACTORS[name][1]}: yes", label)


RULES: tuple[FactorRule, ...] = (
    _bool("exercise", "after you exercised", "Exercise"),
    FactorRule(
        "exercise_intensity",
        ">=",
        2,
        "after moderate or hard exercise",
        "exercise intensity 2 or more (0 none - 3 hard)",
        "Moderate or hard exercise",
    ),
    FactorRule(
        "hours_on_feet",
        ">=",
        8,
        "after 8 or more hours on your feet",
        "8 hours or more on your feet",
        "8+ hours on your feet",
    ),
    _bool("long_sitting", "after sitting for long stretches", "Long sitting"),
    FactorRule(
        "fluids_l",
        "<",
        1.5,
        "after drinking less than 1.5 litres",
        "less than 1.5 litres of fluid",
        "Fluids under 1.5 l",
    ),
    FactorRule(
        "caffeine_cups",
        ">",
        2,
        "after more than 2 cups of coffee, tea or cola",
        "more than 2 cups of coffee, tea or cola",
        "Over 2 cups coffee/tea/cola",
    ),
    FactorRule(
        "alcohol_units",
        ">=",
        3,
        "after 3 or more units of alcohol",
        "3 units of alcohol or more",
        "3+ units of alcohol",
    ),
    FactorRule(
        "heel_height_cm",
        ">",
        4,
        "after wearing heels higher than 4 cm",
        "heels higher than 4 cm",
        "Heels over 4 cm",
    ),
    _bool("heat", "after a hot day or heavy sweating", "Hot day / sweating"),
    FactorRule(
        "stress",
        ">=",
        2,
        "after a stressful day",
        "stress 2 or more (0 none - 3 high)",
        "Stressful day",
    ),
    _bool("new_medicine", "after a new or changed medicine", "New or changed medicine"),
    _bool("tucked_bedding", "with tight, tucked-in bedding", "Tucked-in bedding"),
)
RULES_BY_NAME: dict[str, FactorRule] = {r.name: r for r in RULES}
STANDARD: tuple[str, ...] = tuple(r.name for r in RULES)
assert set(STANDARD) == set(FACTORS), "every standard factor needs a rule"


def custom_rule(name: str) -> FactorRule:
    """A person's own factor: yes/no as is, a number counts as present above 0."""
    return FactorRule(
        f"custom:{name}", ">", 0.0, f"with {name}", f"{name}: yes, or a number above 0", name
    )


def rule_for(name: str) -> FactorRule:
    """The rule for a standard factor or a ``custom:<name>`` one."""
    if name.startswith("custom:"):
        return custom_rule(name.removeprefix("custom:"))
    return RULES_BY_NAME[name]


def value_of(checkin: AnyCheckIn, name: str) -> float:
    """A check-in's raw value for a factor as a float; NaN when unanswered."""
    if name.startswith("custom:"):
        raw: object = checkin.custom.get(name.removeprefix("custom:"))
    else:
        raw = getattr(checkin, name)
    if raw is None:
        return math.nan
    return float(raw)  # type: ignore[arg-type]
