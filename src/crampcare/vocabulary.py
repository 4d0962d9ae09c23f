"""The domain's words, each defined once: where a cramp is, which side, where the person is,
how urgent it is (triage level) and how well an item is supported (evidence grade).

With their labels, ranks and the mappings between them. Every part of crampcare
(intake, knowledge, diary, guide, plan, the faces) imports its words from here,
so a word means the same thing everywhere. Typing only: anything may import this.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, get_args

from crampcare.errors import CrampcareError

# -- where a cramp is ---------------------------------------------------------------------------
# One body map; each part of crampcare uses the places it can act on. Each Literal
# keeps its own order: error messages and the OpenAPI schema list the values in it.

#: Where a person says the cramp is (the intake): "my leg", "my arms" are answers too.
Location = Literal[
    "calf",
    "foot",
    "toes",
    "thigh_front",
    "thigh_back",
    "leg",
    "hands",
    "arms",
    "chest_belly",
    "whole_body",
]
#: Where a knowledge-base entry applies ("leg": any part of the leg).
EntryLocation = Literal[
    "calf",
    "foot",
    "toes",
    "thigh_front",
    "thigh_back",
    "hands",
    "chest_belly",
    "whole_body",
    "leg",
]
#: Where a logged episode was.
DiaryLocation = Literal[
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
#: Where a guided first-aid session can help; "thigh" = side not known yet.
SessionPlace = Literal["calf", "foot", "toes", "thigh_front", "thigh_back", "thigh"]

DIARY_LOCATIONS: tuple[DiaryLocation, ...] = get_args(DiaryLocation)
SESSION_PLACES: tuple[SessionPlace, ...] = get_args(SessionPlace)
#: Every word a face accepts for a place (``log --where`` and ``now --where`` alike).
PLACES: tuple[str, ...] = tuple(dict.fromkeys((*SESSION_PLACES, *DIARY_LOCATIONS)))

#: A place as a person reads it, on its own ("Back of the thigh").
PLACE_LABELS: dict[str, str] = {
    "calf": "Calf",
    "foot": "Foot",
    "toes": "Toes",
    "thigh_back": "Back of the thigh",
    "thigh_front": "Front of the thigh",
    "thigh": "Thigh, not sure which side",
}
#: A place before the word "cramp" ("a back-of-thigh cramp").
PLACE_WORDS: dict[str, str] = {
    "calf": "calf",
    "foot": "foot",
    "toes": "toe",
    "thigh": "thigh",
    "thigh_front": "front-of-thigh",
    "thigh_back": "back-of-thigh",
}
#: The diary's location for a session's place: a thigh of unknown side is logged as its back.
DIARY_LOCATION: dict[str, DiaryLocation] = {
    "calf": "calf",
    "foot": "foot",
    "toes": "toes",
    "thigh": "thigh_back",
    "thigh_front": "thigh_front",
    "thigh_back": "thigh_back",
}
#: The session place for where a person said the cramp is (a "leg" cramp is most often the calf).
SESSION_FROM_LOCATION: dict[str, SessionPlace] = {
    "calf": "calf",
    "leg": "calf",
    "foot": "foot",
    "toes": "toes",
    "thigh_front": "thigh_front",
    "thigh_back": "thigh_back",
}


def place_named(word: str) -> str:
    """The place a person typed ("Thigh", "thigh-back"), or a one-line error naming the choices."""
    place = word.strip().lower().replace("-", "_").replace(" ", "_")
    if place not in PLACES:
        raise CrampcareError(f"location must be one of {', '.join(PLACES)}, not {word!r}.")
    return place


def diary_location(place: str) -> DiaryLocation:
    """Where to log a cramp at this place (``place_named`` first)."""
    if place in DIARY_LOCATION:
        return DIARY_LOCATION[place]
    return place  # type: ignore[return-value]  # PLACES holds only diary and session places


def session_place(place: str) -> SessionPlace:
    """The guided session for this place, or a one-line error when there is none."""
    if place not in SESSION_PLACES:
        raise CrampcareError(
            f"No guided first aid for {place.replace('_', ' ')} yet: "
            f"use one of {', '.join(SESSION_PLACES)}."
        )
    return place


# -- which side ---------------------------------------------------------------------------------
#: Which side a person says hurts.
Side = Literal["left", "right", "both"]
#: Which side a logged episode was on ("none": a place without sides).
DiarySide = Literal["left", "right", "both", "none"]
DIARY_SIDES: tuple[DiarySide, ...] = get_args(DiarySide)


# -- where the person is ------------------------------------------------------------------------
#: Where the person is when cramps come: a session's situation, a plan's usual context.
Context = Literal["night", "water", "sport", "desk", "public"]
#: Where a knowledge-base entry applies ("any": everywhere).
EntryContext = Literal["night", "water", "sport", "desk", "public", "any"]
CONTEXTS: tuple[Context, ...] = get_args(Context)
#: A context as a person reads it, in the order a phone offers them (water first: urgent).
CONTEXT_LABELS: dict[str, str] = {
    "water": "In the water",
    "night": "In bed",
    "sport": "During sport",
    "desk": "At a desk",
    "public": "Out in public",
}


def woke_from_sleep(context: str | None = None, hour: int | None = None) -> bool:
    """Whether a cramp woke the person, when they did not say.

    A session in bed at night: yes. A quick log with only its time: yes before 7 a.m.,
    when a cramp almost surely woke the person (details can be edited).
    """
    if context is not None:
        return context == "night"
    return hour is not None and hour < WOKE_BEFORE_HOUR


#: Logged before this hour, a cramp counts as having woken the person.
WOKE_BEFORE_HOUR = 7


# -- how urgent ---------------------------------------------------------------------------------
Level = Literal["emergency", "urgent", "doctor", "self_care"]
LEVEL_ORDER: dict[str, int] = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}
#: A level as a page's heading.
LEVEL_TITLES: dict[str, str] = {
    "emergency": "Call your emergency number now",
    "urgent": "See a doctor today",
    "doctor": "Book an appointment with your doctor",
    "self_care": "This sounds like an ordinary cramp",
}


# -- how well supported -------------------------------------------------------------------------
class Grade(StrEnum):
    """Evidence grade; see DESIGN.md "Safety principles"."""

    RECOMMENDED = "recommended"
    MAY_HELP = "may_help"
    UNPROVEN = "unproven"
    INEFFECTIVE = "ineffective"
    CLINICIAN_ONLY = "clinician_only"
    AVOID = "avoid"


#: Grades that may be offered as advice, best first.
GRADE_RANK: dict[Grade, int] = {Grade.RECOMMENDED: 0, Grade.MAY_HELP: 1, Grade.UNPROVEN: 2}
#: Grades with evidence behind them (a plan says so; unproven is tradition).
SUPPORTED = frozenset({Grade.RECOMMENDED, Grade.MAY_HELP})


@dataclass(frozen=True)
class GradeWords:
    """One grade in each register a face needs."""

    label: str  # on its own: a page, an entry shown in full
    badge: str  # a terminal badge, upper case
    phrase: str  # inside a sentence of a plan or a session
    short: str  # a column of a plain-text plan


GRADE_WORDS: dict[str, GradeWords] = {
    "recommended": GradeWords("Recommended", "RECOMMENDED", "recommended", "recommended"),
    "may_help": GradeWords("May help", "MAY HELP", "may help", "may help"),
    "unproven": GradeWords(
        "Unproven (traditional practice, no good evidence)",
        "UNPROVEN (traditional practice, no good evidence)",
        "traditional, unproven but harmless",
        "traditional, unproven",
    ),
    "ineffective": GradeWords(
        "Tested and does not work",
        "TESTED: DOES NOT WORK",
        "tested and does not work",
        "does not work",
    ),
    "clinician_only": GradeWords(
        "Only with a doctor",
        "A DOCTOR'S DECISION (do not self-treat)",
        "a doctor's decision",
        "doctor only",
    ),
    "avoid": GradeWords("Avoid: can harm", "AVOID: CAN HARM", "can harm", "can harm"),
}


class Situation(StrEnum):
    """A person's situation that can make an item unsafe for them."""

    PREGNANCY = "pregnancy"
    DIABETES = "diabetes"
    NEUROPATHY = "neuropathy"
    ANTICOAGULANTS = "anticoagulants"
    KIDNEY_DISEASE = "kidney_disease"
    LIVER_DISEASE = "liver_disease"
    HEART_DISEASE = "heart_disease"
    HEART_FAILURE = "heart_failure"
    CHILD = "child"
    OLDER_ADULT = "older_adult"
    ALCOHOL = "alcohol"
    BROKEN_SKIN = "broken_skin"
    VARICOSE_VEINS = "varicose_veins"
    SALT_RESTRICTED = "salt_restricted"
    EPILEPSY = "epilepsy"
    BREASTFEEDING = "breastfeeding"
    DIURETICS = "diuretics"
