"""What a step asks of the body: where it starts and ends, which muscle, which motion.

The knowledge base writes steps as prose. A session strings steps from
several techniques together, so it has to know that "Sit up and lower both
legs over the side of the bed" needs someone still in bed, that "rub from the
ankle up to the knee" works on the calf, and that kneading is massage even
inside an acupressure routine. These rules read that from the words; a test
runs them over every step in the knowledge base, so a new step is covered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from crampcare.knowledge.loader import KnowledgeBase
from crampcare.knowledge.schema import Step, Technique
from crampcare.safety import contraindication

Position = Literal["lying", "sitting", "standing", "water"]
ON_LAND: frozenset[Position] = frozenset({"lying", "sitting", "standing"})

#: Where the person is when a cramp starts, by situation.
START: dict[str, Position | None] = {
    "night": "lying",
    "water": "water",
    "sport": "standing",
    "desk": "sitting",
    "public": None,  # standing or sitting: only steps that work from either fit
}


@dataclass(frozen=True)
class Posture:
    """The positions a step can start from (None: any) and the one it ends in (None: unchanged)."""

    needs: frozenset[Position] | None
    ends: Position | None


# Order matters: the first pattern that matches the start of the instruction wins.
_POSTURES: tuple[tuple[str, Posture], ...] = (
    (
        r"(stay calm.*)?(float|roll onto your back and float)|while floating",
        Posture(frozenset({"water"}), "water"),
    ),
    (r"swim\b.*get out of the water", Posture(frozenset({"water"}), "standing")),
    (r"sit up\b", Posture(frozenset({"lying", "sitting"}), "sitting")),
    (r"still sitting|with the leg still crossed", Posture(frozenset({"sitting"}), "sitting")),
    (r"cross the cramping leg", Posture(frozenset({"sitting"}), "sitting")),
    (r"sit\b|sit down|sit on|sit upright|sit with", Posture(ON_LAND, "sitting")),
    (
        r"(still )?(face down|on your back)|turn onto your back",
        Posture(frozenset({"lying"}), "lying"),
    ),
    (r"lie\b|lie on|lying", Posture(ON_LAND, "lying")),
    (
        r"(or )?(stand up|get up)|holding on to the bed or a wall, stand up",
        Posture(ON_LAND, "standing"),
    ),
    (r"stand\b|standing|face a wall|stand facing", Posture(ON_LAND, "standing")),
    (
        r"step the cramping leg back|lean your hips|walk\b|holding the back of a chair",
        Posture(frozenset({"standing"}), "standing"),
    ),
)
_COMPILED = tuple((re.compile(p), posture) for p, posture in _POSTURES)
_ANY = Posture(None, None)


def posture(instruction: str) -> Posture:
    """Where a step must start and where it leaves the person, read from its opening words."""
    text = instruction.strip().lower()
    for pattern, found in _COMPILED:
        if pattern.match(text):
            return found
    return _ANY


def coherent(instructions: list[str], start: Position | None) -> bool:
    """True when each step can be done from where the steps before it left the person."""
    state = start
    for instruction in instructions:
        p = posture(instruction)
        if p.needs is not None and state is not None and state not in p.needs:
            return False
        if p.needs is not None and state is None and "water" in p.needs and len(p.needs) == 1:
            return False
        state = p.ends or state
    return True


# --- which muscle a step works on -------------------------------------------------

Target = Literal["calf", "foot", "thigh_front", "thigh_back"]
#: Pulling the toes up stretches the calf and the sole together: such a step names both.
_TOES_UP = r"towards your shin|(big toe|toes) (up )?towards you|toes lifted"
_TARGETS: tuple[tuple[Target, re.Pattern[str]], ...] = (
    (
        "calf",
        re.compile(
            r"\bcalf\b|\bcalves\b|ankle (up )?to the knee|heel (up )?to the knee|"
            r"onto your toes|on tiptoe|" + _TOES_UP
        ),
    ),
    (
        "foot",
        re.compile(
            r"\barch\b|\bsoles?\b|plantar|ball of the foot|\btoes\b|\bbig toe\b|"
            r"toes to the heel|" + _TOES_UP
        ),
    ),
    ("thigh_front", re.compile(r"front of the thigh|heel towards your bottom|quadriceps")),
    ("thigh_back", re.compile(r"back of the (straight )?thigh|hamstring")),
)
#: The muscle a session place works: a step that names muscles must name this one.
PLACE_TARGET: dict[str, Target] = {"calf": "calf", "foot": "foot", "toes": "foot"}


def targets(instruction: str) -> frozenset[Target]:
    """The muscles a step names as the one it stretches or rubs."""
    text = instruction.lower()
    return frozenset(t for t, pattern in _TARGETS if pattern.search(text))


def fits_place(instruction: str, where: str) -> bool:
    """False when a step works on a muscle other than the cramping one.

    ``where`` is a session place: calf, foot, toes, thigh_front, thigh_back, or
    thigh (side unknown: no step may stretch or rub one side only).
    """
    named = targets(instruction)
    if not named:
        return True
    # A thigh session may hold the foot ("toes up" in a hamstring stretch); it is the
    # other muscles a thigh step must not work.
    legs = named - {"foot"}
    if where == "thigh":
        return not legs
    if where in ("thigh_front", "thigh_back"):
        return legs <= {where}
    # A calf cramp is worked on the calf, a foot or toe cramp on the sole, arch and toes:
    # "stroke the calf up to the knee" does nothing for a cramping arch.
    return PLACE_TARGET[where] in named


# --- which kind of motion a step is -------------------------------------------------

MASSAGE_WORDS = re.compile(
    r"\b(knead\w*|rub|rubs|rubbing|massag\w*|pinch\w*|tap|taps|tapping|pat|pats|"
    r"squeez\w*|strok\w*|grip the cramping)\b"
)


def motion_kinds(instruction: str, presses_point: bool = False) -> frozenset[str]:
    """Technique kinds a step amounts to, whatever routine it sits in: massage, acupressure."""
    kinds: set[str] = set()
    if MASSAGE_WORDS.search(instruction.lower()):
        kinds.add("massage")
    if presses_point:
        kinds.add("acupressure")
    return frozenset(kinds)


# --- a technique's steps, fitted to the person --------------------------------------

#: Technique kinds too broad to bar by kind: "first aid" covers stretching and pricking alike.
GENERIC_KINDS = frozenset({"first_aid", "therapy"})
#: Lying flat on the back late in pregnancy can press on the large vein to the heart
#: (NHS, "Sleeping position in pregnancy": from 28 weeks go to sleep on your side).
LATE_PREGNANCY_NOTE = (
    "If you are pregnant, from about 28 weeks lie on your left side instead of on your back."
)
_ON_BACK = re.compile(r"on your back|onto your back|face up|lie flat|lying flat")


def personal(instruction: str, situations: frozenset[str]) -> str:
    """The instruction with the caution this person needs added to it."""
    if "pregnancy" in situations and _ON_BACK.search(instruction.lower()):
        return f"{instruction} {LATE_PREGNANCY_NOTE}"
    return instruction


def barred_kinds(kb: KnowledgeBase, situations: frozenset[str]) -> frozenset[str]:
    """Technique kinds this person's own contraindications rule out, e.g. massage on blood thinners.

    A plan that warns "no deep massage" must not slip kneading in through another
    routine, so the kind is barred everywhere, as a whole technique or as a step.
    """
    return frozenset(
        t.technique_kind
        for t in kb.of_kind(Technique)
        if t.technique_kind not in GENERIC_KINDS and contraindication(t, situations) is not None
    )


def step_kinds(step: Step) -> frozenset[str]:
    return motion_kinds(step.instruction, presses_point=step.point is not None)


def fitted_steps(t: Technique, where: str | None, barred: frozenset[str]) -> list[Step] | None:
    """The steps of ``t`` for a cramp at ``where`` (None: any place), or None if it no longer fits.

    A step for another muscle or of a barred kind is dropped; a technique that
    loses more than half its steps to the wrong muscle is dropped whole, since
    what is left ("keep alternating") would make no sense.
    """
    if t.technique_kind in barred:
        return None
    placed = [s for s in t.steps if where is None or fits_place(s.instruction, where)]
    if len(placed) * 2 < len(t.steps):
        return None
    kept = [s for s in placed if not step_kinds(s) & barred]
    return kept or None


def arrange(
    ranked: list[Technique], steps_of: dict[str, list[str]], start: Position | None, limit: int
) -> list[Technique]:
    """Up to ``limit`` techniques, best first, in an order the body can follow.

    Each is put as late as it can go while every step can still be done from
    where the steps before left the person (no "sit up in bed" after standing
    at a wall); one that fits nowhere is passed over for the next best.
    """
    seq: list[Technique] = []
    for t in ranked:
        if len(seq) >= limit:
            break
        for i in range(len(seq), -1, -1):
            trial = [*seq[:i], t, *seq[i:]]
            if coherent([x for u in trial for x in steps_of[u.id]], start):
                seq = trial
                break
    return seq
