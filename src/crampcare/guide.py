"""A guided first-aid session: ordered, timed steps from the knowledge base.

UI-neutral: :func:`build_session` picks the steps; ``crampcare.session_runner``
keeps time for them, so the terminal, the web page and the tests share one behaviour.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, computed_field

from crampcare.errors import CrampcareError
from crampcare.knowledge.loader import KnowledgeBase
from crampcare.knowledge.schema import Acupoint, Step, Technique
from crampcare.motions import (
    START,
    arrange,
    barred_kinds,
    coherent,
    fitted_steps,
    personal,
    step_kinds,
)
from crampcare.safety import KIND_BARRED, NEEDS_HELPER, OTHER_MUSCLE, Exclusion, exclusion
from crampcare.vocabulary import CONTEXTS, GRADE_RANK, GRADE_WORDS, PLACE_WORDS, Situation
from crampcare.words import people_text

__all__ = ["Session", "SessionStep", "build_session"]

WHERE: dict[str, frozenset[str]] = {
    # A whole-body technique (breathing, lip press) fits a cramp anywhere.
    "calf": frozenset({"calf", "leg", "whole_body"}),
    "foot": frozenset({"foot", "whole_body"}),
    "toes": frozenset({"toes", "foot", "whole_body"}),
    "thigh_front": frozenset({"thigh_front", "leg", "whole_body"}),
    "thigh_back": frozenset({"thigh_back", "leg", "whole_body"}),
    # Side unknown: only steps that stretch or rub neither side (see motions.fits_place).
    "thigh": frozenset({"thigh_front", "thigh_back", "leg", "whole_body"}),
}
#: Asked when the side of a thigh cramp is not known: the two sides need opposite stretches.
THIGH_QUESTION = (
    "Front or back of the thigh? Back (hamstring): sit, straighten the knee and lean "
    "forward, pulling the toes towards you. Front: bend the knee and bring the heel "
    "towards your bottom. Until you know, the steps below stretch neither side."
)

#: Contexts where only techniques written for that place fit: nothing generic is
#: doable while trying to stay afloat.
ONLY_SPECIFIC = frozenset({"water"})

#: At most this many techniques while the cramp lasts, and for the soreness after.
MAX_ACUTE = 3
MAX_AFTER = 1
#: A counted step without a time gets this many seconds per repetition.
SECONDS_PER_REP = 3


class SessionStep(BaseModel):
    """One instruction on the screen, with its time and where it came from."""

    model_config = ConfigDict(frozen=True)

    number: int
    instruction: str
    seconds: int
    technique_id: str
    technique_title: str
    phase: Literal["acute", "after"]
    grade: str
    why: str
    point_id: str | None = None
    point_title: str | None = None
    reps: int | None = None
    note: str | None = None
    kinds: list[str] = []


class Session(BaseModel):
    """A whole first-aid session for one place on the body and one situation."""

    model_config = ConfigDict(frozen=True)

    where: str
    context: str
    situations: list[str]
    steps: list[SessionStep]
    excluded: list[Exclusion]
    question: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def total_seconds(self) -> int:
        return sum(s.seconds for s in self.steps)


def situations_for(pregnant: bool = False, extra: Iterable[str] = ()) -> frozenset[str]:
    """The situation set a session filters on."""
    out = set(extra)
    if pregnant:
        out.add(Situation.PREGNANCY.value)
    return frozenset(out)


def _fits(t: Technique, where: str, context: str) -> bool:
    return (
        bool(WHERE[where] & set(t.locations))
        and (context in t.contexts or ("any" in t.contexts and context not in ONLY_SPECIFIC))
        and bool({"acute", "after"} & set(t.phase))
    )


def _thigh(t: Technique) -> bool:
    return bool({"thigh_front", "thigh_back"} & set(t.locations))


def _why(t: Technique, where: str, context: str) -> str:
    place = "in the water" if context == "water" else f"({context})"
    where = PLACE_WORDS[where]
    fit = "written for this situation" if context in t.contexts else "fits any situation"
    grade = GRADE_WORDS[t.grade.value].phrase
    return f"First aid for a {where} cramp {place}; {fit}; evidence: {grade}."


def _candidates(
    kb: KnowledgeBase, where: str, context: str, situations: frozenset[str], helper: bool
) -> tuple[list[Technique], list[Exclusion]]:
    kept: list[Technique] = []
    excluded: list[Exclusion] = []
    for t in kb.of_kind(Technique):
        if not _fits(t, where, context):
            continue
        ex = exclusion(t, situations)
        if ex is None and t.needs_helper and not helper:
            ex = Exclusion(
                id=t.id,
                title=t.title,
                filter=NEEDS_HELPER,
                reason="needs a second person",
                grade=t.grade.value,
            )
        if ex is not None:
            excluded.append(ex)
        else:
            kept.append(t)
    order = {t.id: i for i, t in enumerate(kb.of_kind(Technique))}

    def rank(t: Technique) -> tuple[int, int, int, int, int]:
        # Best evidence first; then a stretch (the first-line treatment) before rubbing;
        # then what was written for this very muscle and place.
        exact = 0 if where in t.locations or (where == "thigh" and _thigh(t)) else 1
        rubbing = {"stretch": 0, "first_aid": 1}.get(t.technique_kind, 2)
        here = 0 if context in t.contexts else 1
        return (GRADE_RANK[t.grade], rubbing, exact, here, order[t.id])

    return sorted(kept, key=rank), excluded


def _with_dedicated(ranked: list[Technique], context: str) -> list[Technique]:
    """The best MAX_ACUTE, making room for the best move written for this situation.

    Evidence ranks first, but a person in public or at a desk should also get
    the move the sources give for that very place (e.g. squeezing the muscle
    discreetly in public), not only the generic stretches.
    """
    chosen = ranked[:MAX_ACUTE]
    if any(_dedicated(t, context) for t in chosen):
        return chosen
    extra = next((t for t in ranked[MAX_ACUTE:] if _dedicated(t, context)), None)
    return [*chosen[: MAX_ACUTE - 1], extra] if extra is not None else chosen


def _dedicated(t: Technique, context: str) -> bool:
    return context in t.contexts and "any" not in t.contexts and len(t.contexts) <= 2


def unsafe_point(
    kb: KnowledgeBase, points: list[str | None], situations: frozenset[str]
) -> Exclusion | None:
    """The exclusion of the first unsafe acupoint a step presses, if any."""
    for pid in points:
        point = kb.entries.get(pid) if pid else None
        if isinstance(point, Acupoint):
            ex = exclusion(point, situations)
            if ex is not None:
                return ex
    return None


def _step_seconds(seconds: int | None, reps: int | None, sets: int | None) -> int:
    if seconds is not None:
        return seconds
    return (reps or 1) * (sets or 1) * SECONDS_PER_REP


def build_session(
    kb: KnowledgeBase,
    where: str = "calf",
    context: str = "night",
    situations: Iterable[str] = (),
    *,
    helper: bool = False,
) -> Session:
    """The first-aid session for a cramp at ``where`` in ``context``, safe for ``situations``."""
    if where not in WHERE:
        raise CrampcareError(f"Unknown place {where!r}: use one of {', '.join(WHERE)}.")
    if context not in CONTEXTS:
        raise CrampcareError(f"Unknown situation {context!r}: use one of {', '.join(CONTEXTS)}.")
    situ = frozenset(situations)
    barred = barred_kinds(kb, situ)
    ranked, excluded = _candidates(kb, where, context, situ, helper)
    fitted: dict[str, list[Step]] = {}
    for t in ranked:
        fit = fitted_steps(t, where, barred)
        if fit is None:
            reason = (
                "a kind of technique your own cautions rule out"
                if t.technique_kind in barred
                else f"its steps are for another muscle than a {PLACE_WORDS[where]} cramp"
            )
            excluded.append(
                Exclusion(
                    id=t.id,
                    title=t.title,
                    filter=KIND_BARRED if t.technique_kind in barred else OTHER_MUSCLE,
                    reason=reason,
                    grade=t.grade.value,
                )
            )
            continue
        fitted[t.id] = fit
    ranked = [t for t in ranked if t.id in fitted]
    words = {tid: [s.instruction for s in steps] for tid, steps in fitted.items()}
    start = START[context]
    acute_ranked = [t for t in ranked if "acute" in t.phase]
    preferred = _with_dedicated(acute_ranked, context)
    acute = arrange(
        [*preferred, *[t for t in acute_ranked if t not in preferred]], words, start, MAX_ACUTE
    )
    after = [t for t in ranked if "acute" not in t.phase]
    chosen = arrange(after, words, None, MAX_AFTER)
    if chosen and not coherent([w for t in [*acute, *chosen] for w in words[t.id]], start):
        chosen = []
    steps: list[SessionStep] = []
    for t in [*acute, *chosen]:
        why = _why(t, where, context)
        phase: Literal["acute", "after"] = "acute" if "acute" in t.phase else "after"
        for s in fitted[t.id]:
            point = kb.entries.get(s.point) if s.point else None
            blocked = unsafe_point(kb, [s.point, *s.also_points], situ)
            if blocked is not None:
                excluded.append(blocked.model_copy(update={"title": f"{t.title}: {blocked.title}"}))
                continue
            steps.append(
                SessionStep(
                    number=len(steps) + 1,
                    instruction=personal(people_text(s.instruction), situ),
                    seconds=_step_seconds(s.seconds, s.reps, s.sets),
                    technique_id=t.id,
                    technique_title=people_text(t.title),
                    phase=phase,
                    grade=t.grade.value,
                    why=why,
                    point_id=point.id if point else None,
                    point_title=point.title if point else None,
                    reps=s.reps,
                    note=s.note,
                    kinds=sorted(step_kinds(s)),
                )
            )
    if not steps:
        raise CrampcareError(
            f"The knowledge base has no safe first-aid steps for a {where} cramp ({context})."
        )
    return Session(
        where=where,
        context=context,
        situations=sorted(situ),
        steps=steps,
        excluded=excluded,
        question=THIGH_QUESTION if where == "thigh" else None,
    )
