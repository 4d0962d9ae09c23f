"""The plan's sections, each chosen for the person: first aid, routine, foods, doctor, avoid."""

from __future__ import annotations

from crampcare.guide import build_session, unsafe_point
from crampcare.intake import Intake
from crampcare.knowledge.loader import KnowledgeBase
from crampcare.knowledge.schema import Entry, Food, Prevention, Remedy, Technique
from crampcare.motions import fitted_steps, motion_kinds, personal, step_kinds
from crampcare.person_filters import (
    NET_CHILD_ADULT_HABITS,
    NET_CHILD_POINT_ROUTINES,
    NET_CHILD_REMEDIES,
)
from crampcare.plan import items
from crampcare.plan.models import TOPIC_ORDER, PlanItem
from crampcare.plan.rules import blocked, contra, in_scope, suited, undosed
from crampcare.safety import GRADE_AVOID, GRADE_INEFFECTIVE, Exclusion, exclusion
from crampcare.vocabulary import GRADE_RANK, GRADE_WORDS, SUPPORTED, Grade

#: A handful of foods, not a shopping list; chosen after the person's filters.
MAX_FOODS = 5
MAX_ACUTE_REMEDIES = 2
#: Supported items are all kept (there are few); traditional ones are capped, so the
#: plan leads with what has evidence and fits one printed page.
MAX_TRADITIONAL_TECHNIQUES = 3
MAX_TRADITIONAL_HABITS = 4
MAX_TRADITIONAL_DIET = 2
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
    "thigh_front": {"thigh_front", "leg", "calf", "whole_body"},
    "thigh_back": {"thigh_back", "leg", "calf", "whole_body"},
}
ROUTINE_AREAS = frozenset(AREA_WORDS)
DOCTOR_AREAS = {"medical", "supplement"}
#: Topics a child's plan keeps: a child's doctor decides on medicines and therapies.
CHILD_TOPICS = frozenset({"medicine", "medical"})
ACTIONABLE = (Technique, Remedy, Prevention, Food)
#: Filters whose every hit would flood a child's avoid list; one note says it instead.
QUIET_FILTERS = frozenset({NET_CHILD_REMEDIES, NET_CHILD_POINT_ROUTINES, NET_CHILD_ADULT_HABITS})
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


def ev(entry: Entry) -> str:
    return f"evidence: {GRADE_WORDS[entry.grade.value].phrase}." if entry.grade else ""


def rank(entry: Entry, situ: frozenset[str] = frozenset()) -> float:
    """Grade first; within a grade, what the person's own guidance names leads."""
    base = GRADE_RANK.get(entry.grade, 9) if entry.grade else 9
    return base - (0.5 if suited(entry, situ) else 0.0)


def first_aid(
    kb: KnowledgeBase, where: str, context: str, situ: frozenset[str], barred: frozenset[str]
) -> tuple[list[PlanItem], list[Exclusion]]:
    session = build_session(kb, where, context, situ)
    grouped: dict[str, list[str]] = {}
    reasons: dict[str, str] = {}
    for step in session.steps:
        grouped.setdefault(step.technique_id, []).append(
            f"{step.instruction} ({items.duration(step.seconds)})"
        )
        reasons[step.technique_id] = step.why
    out = [items.advice_item(kb.get(tid), reasons[tid], steps) for tid, steps in grouped.items()]
    remedies = [
        r
        for r in kb.of_kind(Remedy)
        if "acute" in r.phase
        and r.remedy_kind in ("home", "food", "folk")
        and in_scope(r, situ)
        and blocked(kb, r, situ) is None
        and not motion_kinds(r.recipe or "") & barred
    ]
    for r in sorted(remedies, key=rank)[:MAX_ACUTE_REMEDIES]:
        why = f"A quick home remedy people try during a cramp; {ev(r)}"
        out.append(items.advice_item(r, why, [r.recipe] if r.recipe else []))
    return out, list(session.excluded)


def _therapist_only(kb: KnowledgeBase, p: Prevention) -> bool:
    return any(
        isinstance(t, Technique) and not t.self_care
        for t in (kb.entries.get(tid) for tid in p.techniques)
    )


def _capped(ranked: list[tuple[float, PlanItem]], traditional_max: int) -> list[PlanItem]:
    ranked.sort(key=lambda x: x[0])
    supported = [i for r, i in ranked if r < GRADE_RANK[Grade.UNPROVEN] - 0.5]
    # Traditional items the person's own guidance names (rank x.5) are never capped.
    named = [i for r, i in ranked if r == GRADE_RANK[Grade.UNPROVEN] - 0.5]
    traditional = [i for r, i in ranked if r >= GRADE_RANK[Grade.UNPROVEN]]
    return supported + named + traditional[: max(0, traditional_max - len(named))]


def routine(
    kb: KnowledgeBase, where: str, situ: frozenset[str], skip: set[str], barred: frozenset[str]
) -> tuple[list[PlanItem], list[Exclusion]]:
    """Stretches, gymnastics and habits: what has support first, a few traditional ones after."""
    relevant = RELEVANT[where]
    techniques: list[tuple[float, PlanItem]] = []
    dropped: list[Exclusion] = []
    for t in kb.of_kind(Technique):
        if "prevention" not in t.phase or not relevant & set(t.locations) or t.id in skip:
            continue
        if not in_scope(t, situ):
            continue
        if blocked(kb, t, situ) is not None:
            continue
        fitted = fitted_steps(t, None, barred)
        if fitted is None or any(step_kinds(st) & barred for st in t.steps):
            # A routine with a barred motion in it (kneading on blood thinners) is left
            # out whole: its name would still promise the massage the avoid list warns of.
            continue
        steps: list[str] = []
        for step in fitted:
            point = unsafe_point(kb, [step.point, *step.also_points], situ)
            if point is not None:
                dropped.append(point.model_copy(update={"title": f"{t.title}: {point.title}"}))
                continue
            text = items.step_text(step)
            steps.append(personal(text, situ))
        if steps:
            why = f"Prevention for {where.replace('_', ' ')} cramps; {ev(t)}"
            techniques.append((rank(t, situ), items.advice_item(t, why, steps)))
    kept = _capped(techniques, MAX_TRADITIONAL_TECHNIQUES)
    shown = {item.id for item in kept} | skip
    unfit = {t.id for t in kb.of_kind(Technique) if fitted_steps(t, None, barred) is None}
    habits: list[tuple[float, PlanItem]] = []
    for p in kb.of_kind(Prevention):
        if p.area not in ROUTINE_AREAS or not in_scope(p, situ):
            continue
        if blocked(kb, p, situ) is not None:
            continue
        if p.area in barred or set(p.techniques) & shown or _therapist_only(kb, p):
            # Barred for this person, already on the plan with its steps, or a therapist's job.
            continue
        if set(p.techniques) & unfit:
            continue
        why = f"{AREA_WORDS.get(p.area, 'A habit')} that makes cramps less likely; {ev(p)}"
        habits.append((rank(p, situ), items.advice_item(p, why)))
    ranks = {item.id: r for r, item in [*techniques, *habits]}
    chosen = kept + _capped(habits, MAX_TRADITIONAL_HABITS)
    # One order for the whole routine: by grade, and within a grade what the person's own
    # guidance names first (a midwife's list starts with stretching, movement and water).
    return sorted(chosen, key=lambda item: ranks[item.id]), dropped


def foods(kb: KnowledgeBase, situ: frozenset[str]) -> list[PlanItem]:
    """A few diet habits and a handful of foods; none when eating for minerals is unsafe."""
    diet = [
        (rank(p, situ), items.advice_item(p, f"How to eat for fewer cramps; {ev(p)}"))
        for p in kb.of_kind(Prevention)
        if p.area == "diet" and in_scope(p, situ) and blocked(kb, p, situ) is None
    ]
    parent = kb.entries.get("pv_mineral_rich_foods")
    if parent is not None and blocked(kb, parent, situ) is not None:
        # Eating for minerals is itself ruled out (kidney disease): no food list at all.
        return _capped(diet, MAX_TRADITIONAL_DIET)
    chosen = [f for f in kb.of_kind(Food) if in_scope(f, situ) and blocked(kb, f, situ) is None]
    chosen.sort(key=lambda f: (-items.magnesium_per_serving(f), f.id))
    return _capped(diet, MAX_TRADITIONAL_DIET) + [items.food_item(f) for f in chosen[:MAX_FOODS]]


def _doctor_topic(e: Entry) -> tuple[str, str] | None:
    """(topic, why) when ``e`` is something to discuss with a doctor rather than to do."""
    if e.grade == Grade.CLINICIAN_ONLY:
        return "clinician_only", "Only a doctor can decide on this. " + undosed(e.warning or "")
    if isinstance(e, Remedy) and e.remedy_kind in ("supplement", "drug"):
        if e.grade not in SUPPORTED:
            # A supplement with no support is not a topic to raise (a pharmacist's finding:
            # the list read as a shopping list); `ask` still answers about it.
            return None
        return "supplement", f"A supplement or medicine: ask before taking it; {ev(e)}"
    if isinstance(e, Prevention) and e.area in DOCTOR_AREAS:
        return "medical", f"Something to arrange with your doctor; {ev(e)}"
    if isinstance(e, Technique) and not e.self_care:
        return "practitioner", "Done by a trained practitioner only; ask whether it suits you."
    return None


def doctor(kb: KnowledgeBase, intake: Intake, situ: frozenset[str]) -> list[PlanItem]:
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
        if not in_scope(e, situ):
            continue
        found = _doctor_topic(e)
        if found is None or contra(kb, e, situ) is not None:
            continue
        topic, why = found
        if "child" in situ and topic not in CHILD_TOPICS:
            continue
        item = items.explained_item(e, why.strip())
        out.append(
            item.model_copy(
                update={"summary": undosed(items.first_sentence(e.text)), "topic": topic}
            )
        )
    order = list(TOPIC_ORDER)
    return sorted(out, key=lambda i: order.index(i.topic or "medical"))


def avoid(kb: KnowledgeBase, situ: frozenset[str]) -> tuple[list[PlanItem], list[Exclusion]]:
    personal_items: list[PlanItem] = []
    general: list[PlanItem] = []
    excluded: list[Exclusion] = []
    for e in kb:
        if not isinstance(e, ACTIONABLE) and e.kind != "acupoint":
            continue
        if not in_scope(e, situ):
            continue
        mine = contra(kb, e, situ)
        if mine is not None:
            excluded.append(mine)
            if mine.filter not in QUIET_FILTERS:
                personal_items.append(items.warning_item(e, mine))
            continue
        ex = exclusion(e, situ)
        if ex is not None and ex.filter in (GRADE_AVOID, GRADE_INEFFECTIVE):
            general.append(items.warning_item(e, ex))
            excluded.append(ex)
    general.sort(key=lambda i: i.filter != GRADE_AVOID)
    return personal_items + general, excluded
