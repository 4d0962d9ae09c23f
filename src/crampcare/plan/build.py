"""Intake -> Plan: triage first, then first aid, a routine, foods, doctor topics, avoid list.

Every item comes from a knowledge-base entry and says why it is here; every
entry left out says which safety filter (``crampcare.safety``) left it out.
"""

from __future__ import annotations

from crampcare.assess import assess
from crampcare.guide import build_session, unsafe_point
from crampcare.intake import Intake
from crampcare.knowledge.loader import KnowledgeBase, load
from crampcare.knowledge.schema import Entry, Food, Grade, Prevention, Remedy, Technique
from crampcare.plan import items
from crampcare.plan.models import TOPIC_ORDER, Plan, PlanItem
from crampcare.plan.rules import blocked, contra, undosed
from crampcare.safety import Exclusion, exclusion
from crampcare.triage import TriageResult, red_flags

GRADE_RANK = {Grade.RECOMMENDED: 0, Grade.MAY_HELP: 1, Grade.UNPROVEN: 2}
MAX_FOODS = 8
MAX_ACUTE_REMEDIES = 2
#: A plan fits on one printed page: the best-graded routine items first, up to these.
MAX_ROUTINE_TECHNIQUES = 7
MAX_HABITS = 8
AREA_WORDS = {
    "habit": "A habit",
    "footwear": "A footwear habit",
    "bedding": "A bedtime habit",
    "exercise": "An exercise habit",
    "hydrotherapy": "A water-treatment habit",
    "massage": "A massage habit",
    "lifestyle": "A way of living",
    "hydration": "A drinking habit",
}
#: Which muscles a routine item must touch to matter for a cramp in this place.
RELEVANT = {
    "calf": {"calf", "leg", "foot", "toes", "thigh_back", "whole_body"},
    "foot": {"foot", "toes", "calf", "leg", "whole_body"},
    "toes": {"foot", "toes", "calf", "leg", "whole_body"},
    "thigh": {"thigh_front", "thigh_back", "leg", "calf", "whole_body"},
}
WHERE_FROM_INTAKE = {
    "calf": "calf",
    "leg": "calf",
    "foot": "foot",
    "toes": "toes",
    "thigh_front": "thigh",
    "thigh_back": "thigh",
}
CONTEXT_FROM_WHEN = {
    "night": "night",
    "rest": "night",
    "swimming": "water",
    "exercise": "sport",
    "heat": "sport",
    "sitting": "desk",
}
CRAMP_MEDICINES = {
    "statin": "a statin (for cholesterol)",
    "diuretic": "a water pill (diuretic)",
    "beta_agonist": "an inhaler of the salbutamol kind (beta-agonist)",
    "calcium_channel_blocker": "a calcium-channel blocker such as nifedipine",
    "raloxifene": "raloxifene",
    "oestrogen": "an oestrogen medicine",
    "teriparatide": "teriparatide",
    "iv_iron": "iron given into a vein",
    "nsaid": "naproxen or another anti-inflammatory painkiller",
}
ROUTINE_AREAS = {
    "habit",
    "footwear",
    "bedding",
    "exercise",
    "hydrotherapy",
    "massage",
    "lifestyle",
    "hydration",
}
DOCTOR_AREAS = {"medical", "supplement"}
ACTIONABLE = (Technique, Remedy, Prevention, Food)


def place_and_context(intake: Intake) -> tuple[str, str]:
    """Where the person's cramps usually are and where they usually happen."""
    places = [WHERE_FROM_INTAKE[loc] for loc in intake.locations if loc in WHERE_FROM_INTAKE]
    whens = [CONTEXT_FROM_WHEN[c] for c in intake.contexts if c in CONTEXT_FROM_WHEN]
    context: str = intake.usual_context or (whens[0] if whens else "night")
    return (places[0] if places else "calf"), context


def _ev(entry: Entry) -> str:
    return f"evidence: {items.GRADE_WORDS[entry.grade.value]}." if entry.grade else ""


def _rank(entry: Entry) -> int:
    return GRADE_RANK.get(entry.grade, 9) if entry.grade else 9


def _first_aid(
    kb: KnowledgeBase, where: str, context: str, situ: frozenset[str]
) -> tuple[list[PlanItem], list[Exclusion]]:
    session = build_session(kb, where, context, situ)
    grouped: dict[str, list[str]] = {}
    reasons: dict[str, str] = {}
    for step in session.steps:
        grouped.setdefault(step.technique_id, []).append(_timed(step.instruction, step.seconds))
        reasons[step.technique_id] = step.why
    out = [items.advice_item(kb.get(tid), reasons[tid], steps) for tid, steps in grouped.items()]
    remedies = [
        r
        for r in kb.of_kind(Remedy)
        if "acute" in r.phase
        and r.remedy_kind in ("home", "food", "folk")
        and blocked(kb, r, situ) is None
    ]
    for r in sorted(remedies, key=_rank)[:MAX_ACUTE_REMEDIES]:
        why = f"A quick home remedy people try during a cramp; {_ev(r)}"
        out.append(items.advice_item(r, why, [r.recipe] if r.recipe else []))
    return out, list(session.excluded)


def _timed(instruction: str, seconds: int) -> str:
    return f"{instruction} ({items.duration(seconds)})"


def _therapist_only(kb: KnowledgeBase, p: Prevention) -> bool:
    return any(
        isinstance(t, Technique) and not t.self_care
        for t in (kb.entries.get(tid) for tid in p.techniques)
    )


def _routine(
    kb: KnowledgeBase, where: str, situ: frozenset[str], skip: set[str]
) -> tuple[list[PlanItem], list[Exclusion]]:
    """Stretches, gymnastics and habits, best evidence first, short enough for one page."""
    relevant = RELEVANT[where]
    techniques: list[tuple[int, PlanItem]] = []
    dropped: list[Exclusion] = []
    for t in kb.of_kind(Technique):
        if "prevention" not in t.phase or not relevant & set(t.locations) or t.id in skip:
            continue
        if blocked(kb, t, situ) is not None:
            continue
        steps: list[str] = []
        for step in t.steps:
            point = unsafe_point(kb, [step.point, *step.also_points], situ)
            if point is not None:
                dropped.append(point.model_copy(update={"title": f"{t.title}: {point.title}"}))
                continue
            steps.append(items.step_text(step))
        if steps:
            why = f"Prevention for {where} cramps ({t.technique_kind}); {_ev(t)}"
            techniques.append((_rank(t), items.advice_item(t, why, steps)))
    techniques.sort(key=lambda x: x[0])
    kept = [item for _, item in techniques][:MAX_ROUTINE_TECHNIQUES]
    shown = {item.id for item in kept} | skip
    habits: list[tuple[int, PlanItem]] = []
    for p in kb.of_kind(Prevention):
        if p.area not in ROUTINE_AREAS or blocked(kb, p, situ) is not None:
            continue
        if set(p.techniques) & shown or _therapist_only(kb, p):
            # Already on the plan as a technique with its steps, or only a therapist does it.
            continue
        why = f"{AREA_WORDS.get(p.area, 'A habit')} that makes cramps less likely; {_ev(p)}"
        habits.append((_rank(p), items.advice_item(p, why)))
    habits.sort(key=lambda x: x[0])
    return kept + [item for _, item in habits][:MAX_HABITS], dropped


def _foods(kb: KnowledgeBase, situ: frozenset[str]) -> list[PlanItem]:
    diet = [
        items.advice_item(p, f"How to eat for fewer cramps; {_ev(p)}")
        for p in kb.of_kind(Prevention)
        if p.area == "diet" and blocked(kb, p, situ) is None
    ]
    foods = [f for f in kb.of_kind(Food) if blocked(kb, f, situ) is None]
    foods.sort(key=lambda f: (-items.magnesium_per_serving(f), f.id))
    return diet + [items.food_item(f) for f in foods[:MAX_FOODS]]


def _doctor_topic(e: Entry) -> tuple[str, str] | None:
    """(topic, why) when ``e`` is something to discuss with a doctor rather than to do."""
    if e.grade == Grade.CLINICIAN_ONLY:
        return "clinician_only", "Only a doctor can decide on this. " + undosed(e.warning or "")
    if isinstance(e, Remedy) and e.remedy_kind in ("supplement", "drug"):
        return "supplement", f"A supplement or medicine: ask before taking it; {_ev(e)}"
    if isinstance(e, Prevention) and e.area in DOCTOR_AREAS:
        return "medical", f"Something to arrange with your doctor; {_ev(e)}"
    if isinstance(e, Technique) and not e.self_care:
        return "practitioner", "Done by a trained practitioner only; ask whether it suits you."
    return None


def _doctor(kb: KnowledgeBase, intake: Intake, situ: frozenset[str]) -> list[PlanItem]:
    out: list[PlanItem] = []
    med_entry = next((e for e in ("cs_medicines", "pv_medication_review") if e in kb), None)
    for m in intake.medicines:
        if m.cls in CRAMP_MEDICINES and med_entry:
            out.append(
                PlanItem(
                    id=med_entry,
                    title=f"Your medicine {m.name}: {CRAMP_MEDICINES[m.cls]}",
                    why="Medicines of this kind can cause cramps. Ask whether it could be behind "
                    "yours; never stop or change a medicine on your own.",
                    kind="medicine",
                    topic="medicine",
                )
            )
    for e in kb:
        if not isinstance(e, ACTIONABLE) or e.grade in (Grade.AVOID, Grade.INEFFECTIVE):
            continue
        found = _doctor_topic(e)
        if found is None or contra(kb, e, situ) is not None:
            continue
        topic, why = found
        item = items.explained_item(e, why.strip())
        out.append(
            item.model_copy(
                update={"summary": undosed(items.first_sentence(e.text)), "topic": topic}
            )
        )
    order = list(TOPIC_ORDER)
    return sorted(out, key=lambda i: order.index(i.topic or "medical"))


def _avoid(kb: KnowledgeBase, situ: frozenset[str]) -> tuple[list[PlanItem], list[Exclusion]]:
    personal: list[PlanItem] = []
    general: list[PlanItem] = []
    excluded: list[Exclusion] = []
    for e in kb:
        if not isinstance(e, ACTIONABLE) and e.kind != "acupoint":
            continue
        mine = contra(kb, e, situ)
        if mine is not None:
            personal.append(items.warning_item(e, mine))
            excluded.append(mine)
            continue
        ex = exclusion(e, situ)
        if ex is not None and ex.filter in ("F-grade-avoid", "F-grade-ineffective"):
            general.append(items.warning_item(e, ex))
            excluded.append(ex)
    general.sort(key=lambda i: i.filter != "F-grade-avoid")
    return personal + general, excluded


def build_plan(intake: Intake, kb: KnowledgeBase | None = None) -> Plan:
    """The personal plan for ``intake``: triage first; only the call for help in an emergency."""
    base = kb if kb is not None else load()
    # assess, not triage: a concern the reader could not place raises the plan's level too.
    result: TriageResult = assess(intake, rules=None if kb is None else red_flags(kb))
    where, context = place_and_context(intake)
    situ = frozenset(intake.situations())

    def plan(**sections: object) -> Plan:
        return Plan.model_validate(
            {
                "triage": result,
                "where": where,
                "context": context,
                "situations": sorted(situ),
                "knowledge_base": base.fingerprint,
                "understood": [fact.describe() for fact in intake.evidence],
                **sections,
            }
        )

    if result.level == "emergency":
        # Nothing may stand between the person and the call for help.
        return plan(notes=list(result.next_steps))
    doctor = _doctor(base, intake, situ)
    avoid, excluded = _avoid(base, situ)
    if result.level == "urgent":
        note = "See a doctor today first; start the self-care routine once a doctor has seen you."
        return plan(doctor=doctor, avoid=avoid, notes=[note], excluded=excluded)
    first_aid, ex1 = _first_aid(base, where, context, situ)
    routine, ex2 = _routine(base, where, situ, {i.id for i in first_aid})
    seen = {(e.id, e.filter) for e in excluded}
    excluded += [e for e in ex1 + ex2 if (e.id, e.filter) not in seen]
    return plan(
        first_aid=first_aid,
        routine=routine,
        foods=_foods(base, situ),
        doctor=doctor,
        avoid=avoid,
        excluded=excluded,
    )
