"""Intake -> Plan: triage first, then first aid, a routine, foods, doctor topics, avoid list.

Every item comes from a knowledge-base entry and says why it is here; every
entry left out says which safety filter (``crampcare.safety``) left it out.
"""

from __future__ import annotations

from crampcare.assessment import assess
from crampcare.intake import Intake
from crampcare.knowledge.loader import KnowledgeBase, load
from crampcare.knowledge.schema import Cause
from crampcare.motions import barred_kinds
from crampcare.person_filters import FLUID_LIMITED, UNDER_5
from crampcare.plan import items, sections
from crampcare.plan.models import Plan, PlanItem
from crampcare.triage_rules import TriageResult, red_flags
from crampcare.vocabulary import SESSION_FROM_LOCATION, Grade
from crampcare.words import people_text

CONTEXT_FROM_WHEN = {
    "night": "night",
    "rest": "night",
    "swimming": "water",
    "exercise": "sport",
    "heat": "sport",
    "sitting": "desk",
}
GROWING_PAINS = "la_child_night_leg_pain"
#: Until a doctor has seen a leg that may hold a clot, nothing that moves or presses it.
URGENT_NOTES = (
    "See a doctor today first; start the self-care routine once a doctor has seen you.",
    "Until then, do not rub, massage or stretch the painful leg, and take no cramp "
    "medicine or supplement.",
)
KIDNEY_NOTE = (
    "Ask your kidney team about fluids and food: kidney diets often limit fluid, salt, "
    "potassium and phosphorus, so this plan lists no mineral-rich foods or drinks. "
    "Cramps during dialysis: tell the nurse at once; they can slow the fluid removal."
)
HEART_NOTE = "Ask your heart team about fluids: heart failure often comes with a daily fluid limit."
CHILD_NOTE = (
    "Cramp remedies, supplements and acupressure routines are written for adults: ask the "
    "child's doctor before giving any."
)


def place_and_context(intake: Intake) -> tuple[str, str]:
    """Where the person's cramps usually are and where they usually happen."""
    places = [
        SESSION_FROM_LOCATION[loc] for loc in intake.locations if loc in SESSION_FROM_LOCATION
    ]
    if "thigh_front" in places and "thigh_back" in places:
        places = ["thigh" if p.startswith("thigh") else p for p in places]
    whens = [CONTEXT_FROM_WHEN[c] for c in intake.contexts if c in CONTEXT_FROM_WHEN]
    context: str = intake.usual_context or (whens[0] if whens else "night")
    return (places[0] if places else "calf"), context


def person_situations(intake: Intake) -> frozenset[str]:
    """The intake's situations, plus under_5 for a young child (or a child of unknown age)."""
    situ = set(intake.situations())
    if intake.is_child() and (intake.age is None or intake.age < 5):
        situ.add(UNDER_5)
    return frozenset(situ)


def _about(base: KnowledgeBase, intake: Intake, situ: frozenset[str]) -> list[PlanItem]:
    """For a child with leg pains: is it a cramp or growing pains? Asked before any advice."""
    entry = base.entries.get(GROWING_PAINS)
    legs = not intake.locations or set(intake.locations) & set(SESSION_FROM_LOCATION)
    if "child" not in situ or not isinstance(entry, Cause) or not legs:
        return []
    item = items.explained_item(entry, "Most night leg pains in children are growing pains.")
    return [item.model_copy(update={"summary": people_text(entry.text)})]


def _notes(situ: frozenset[str]) -> list[str]:
    notes = []
    if "kidney_disease" in situ:
        notes.append(KIDNEY_NOTE)
    if "heart_failure" in situ and "kidney_disease" not in situ:
        notes.append(HEART_NOTE)
    if "child" in situ:
        notes.append(CHILD_NOTE)
    return notes if FLUID_LIMITED & situ or "child" in situ else []


def _default_reminder(routine: list[PlanItem]) -> list[str]:
    """One evening reminder, for the best-graded stretch; more only if the person asks."""
    timed = [i for i in routine if i.reminder is not None and i.kind == "technique"]
    stretches = [i for i in timed if i.grade in (Grade.RECOMMENDED, Grade.MAY_HELP)]
    best = (stretches or timed)[:1]
    return [i.id for i in best]


def build_plan(intake: Intake, kb: KnowledgeBase | None = None) -> Plan:
    """The personal plan for ``intake``: triage first; only the call for help in an emergency."""
    base = kb if kb is not None else load()
    # assess, not triage: a concern the reader could not place raises the plan's level too.
    result: TriageResult = assess(intake, rules=None if kb is None else red_flags(kb))
    where, context = place_and_context(intake)
    situ = person_situations(intake)

    def plan(**fields: object) -> Plan:
        return Plan.model_validate(
            {
                "triage": result,
                "where": where,
                "context": context,
                "situations": sorted(situ),
                "knowledge_base": base.fingerprint,
                "understood": [fact.describe() for fact in intake.evidence],
                **fields,
            }
        )

    if result.level == "emergency":
        # Nothing may stand between the person and the call for help.
        return plan(notes=list(result.next_steps))
    if result.level == "urgent":
        # A possible clot or tear: no massage, no stretch, no medicine talk; the doctor first.
        return plan(notes=list(URGENT_NOTES))
    barred = barred_kinds(base, situ)
    avoid, excluded = sections.avoid(base, situ)
    first_aid, ex1 = sections.first_aid(base, where, context, situ, barred)
    routine, ex2 = sections.routine(base, where, situ, {i.id for i in first_aid}, barred)
    seen = {(e.id, e.filter) for e in excluded}
    excluded += [e for e in ex1 + ex2 if (e.id, e.filter) not in seen]
    return plan(
        about=_about(base, intake, situ),
        first_aid=first_aid,
        routine=routine,
        foods=sections.foods(base, situ),
        doctor=sections.doctor(base, intake, situ),
        avoid=avoid,
        notes=_notes(situ),
        excluded=excluded,
        chosen_reminders=_default_reminder(routine),
    )
