"""Safety filters computed from what an entry is, not from a flag someone had to remember.

A kidney patient's foods are judged by their potassium and phosphorus per
portion; fluid advice by being fluid advice; a child's plan by what the item
asks of the person. ``crampcare.safety`` registers these beside its own rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from crampcare.knowledge.schema import Entry, Food, Prevention, Remedy, Technique

#: Potassium per portion above which a food is not "low potassium": the National Kidney
#: Foundation's food-label guide for people who must limit potassium rates a portion
#: low under 100 mg, medium 101-200 mg, high over 200 mg. Kidney plans offer low only.
KIDNEY_POTASSIUM_MG = 100.0
#: Phosphorus per portion: a renal diet allows about 800-1,000 mg a day (Mayo Clinic,
#: "Low-phosphorus diet: best for kidney disease?"), so one portion over 100 mg is a
#: tenth of the day on its own. Unknown phosphorus counts as over.
KIDNEY_PHOSPHORUS_MG = 100.0
#: Where these were read (copies of the two leaflets; the publishers are named above).
KIDNEY_SOURCES = (
    "https://paperzz.com/doc/8885833/potassium---national-kidney-foundation",
    "http://www.riversideonline.com/health_reference/Questions-Answers/HQ01212.cfm",
)
#: Under 5, whole nuts and seeds can block the airway (NHS, "Foods to avoid giving babies
#: and young children": no whole nuts or peanuts under 5; grind or crush them).
CHOKING_SOURCE = (
    "https://www.nhs.uk/conditions/baby/weaning-and-feeding/"
    "foods-to-avoid-giving-babies-and-young-children/"
)
#: Markers beside the situations (Intake.situations), set by the plan from the age.
UNDER_5 = "under_5"
FLUID_LIMITED = frozenset({"kidney_disease", "heart_failure"})

_WHOLE_NUTS = re.compile(
    r"\b(nuts?|almonds?|walnuts?|hazelnuts?|cashews?|pistachios?|peanuts?|seeds?)\b"
)
_FLUID_WORDS = re.compile(
    r"electrolyte|rehydrat|sports drink|drink (a lot|more|plenty)|litres? (of water )?a day"
)
_ADULT_HABITS = re.compile(r"smok|alcohol|heels?\b|coffee|wine|beer|vodka|tincture")


def portion_mg(food: Food) -> tuple[float, float | None]:
    """Potassium and phosphorus (None when not recorded) in one portion, in mg."""
    share = food.serving_g / 100
    phos = food.per_100g.phosphorus_mg
    return food.per_100g.potassium_mg * share, None if phos is None else phos * share


def kidney_nutrients(entry: Entry, situations: frozenset[str]) -> str | None:
    if "kidney_disease" not in situations or not isinstance(entry, Food):
        return None
    k, p = portion_mg(entry)
    parts = []
    if k > KIDNEY_POTASSIUM_MG:
        parts.append(f"about {k:.0f} mg potassium")
    if p is None:
        parts.append("phosphorus not recorded")
    elif p > KIDNEY_PHOSPHORUS_MG:
        parts.append(f"about {p:.0f} mg phosphorus")
    if not parts:
        return None
    return (
        f"A portion has {' and '.join(parts)}; with kidney disease a food is offered only "
        f"when a portion is low in both (at most {KIDNEY_POTASSIUM_MG:.0f} mg each). "
        "Your kidney team will tell you how much suits you."
    )


def is_fluid_advice(entry: Entry) -> bool:
    """Advice to drink, or to drink salts: the area says so, or the words do."""
    if isinstance(entry, Prevention) and entry.area == "hydration":
        return True
    if isinstance(entry, Remedy | Prevention):
        return bool(_FLUID_WORDS.search(f"{entry.title} {entry.text}".lower()))
    return False


def fluid_limit(entry: Entry, situations: frozenset[str]) -> str | None:
    if not FLUID_LIMITED & situations or not is_fluid_advice(entry):
        return None
    return (
        "With kidney disease, dialysis or heart failure you may have a limit on fluids, "
        "salt and potassium: ask your kidney or heart team how much to drink."
    )


def child_adult_habit(entry: Entry, situations: frozenset[str]) -> str | None:
    if "child" not in situations or not isinstance(entry, Prevention | Remedy):
        return None
    if _ADULT_HABITS.search(entry.title.lower()):
        return "Advice written for adults (smoking, alcohol, heels, coffee); not for a child."
    return None


def child_remedy(entry: Entry, situations: frozenset[str]) -> str | None:
    if "child" in situations and isinstance(entry, Remedy):
        return "Cramp remedies are written for adults; a child's doctor decides on any remedy."
    return None


def child_point_routine(entry: Entry, situations: frozenset[str]) -> str | None:
    if "child" not in situations or not isinstance(entry, Technique):
        return None
    if entry.technique_kind in ("acupressure", "su_jok", "therapy"):
        return "Acupressure and Su Jok routines are adult practices, untested in children."
    return None


def under_5_whole_nuts(entry: Entry, situations: frozenset[str]) -> str | None:
    if UNDER_5 not in situations or not isinstance(entry, Food):
        return None
    if _WHOLE_NUTS.search(f"{entry.title} {entry.serving}".lower()):
        return "Whole nuts and seeds can choke a child under 5; grind or crush them if used."
    return None


#: Ids other modules name (a child's plan words these as one note, not one line each).
NET_CHILD_ADULT_HABITS = "F-net-child-adult-habits"
NET_CHILD_REMEDIES = "F-net-child-remedies"
NET_CHILD_POINT_ROUTINES = "F-net-child-point-routines"


@dataclass(frozen=True)
class PersonRule:
    id: str
    description: str
    check: Callable[[Entry, frozenset[str]], str | None]


PERSON_RULES: tuple[PersonRule, ...] = (
    PersonRule(
        "F-net-kidney-nutrients",
        f"Kidney disease: foods with more than {KIDNEY_POTASSIUM_MG:.0f} mg potassium or "
        f"{KIDNEY_PHOSPHORUS_MG:.0f} mg phosphorus per portion (or phosphorus unknown), "
        "from the food's own nutrients (National Kidney Foundation; Mayo Clinic).",
        kidney_nutrients,
    ),
    PersonRule(
        "F-net-fluid-limit",
        "Kidney disease, dialysis or heart failure: advice to drink or to take salts.",
        fluid_limit,
    ),
    PersonRule(
        NET_CHILD_ADULT_HABITS,
        "Children: habits written for adults (smoking, alcohol, heels, coffee).",
        child_adult_habit,
    ),
    PersonRule(NET_CHILD_REMEDIES, "Children: every cramp remedy.", child_remedy),
    PersonRule(
        NET_CHILD_POINT_ROUTINES,
        "Children: acupressure, Su Jok and practitioner routines.",
        child_point_routine,
    ),
    PersonRule(
        "F-net-under5-whole-nuts",
        "Under 5 (or a child of unknown age): whole nuts and seeds, a choking risk (NHS).",
        under_5_whole_nuts,
    ),
)
