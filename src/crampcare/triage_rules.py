"""Triage: an Intake in, a level with its reasons out.

The rules are knowledge-base data (``red_flag`` entries in
``knowledge/data/entries/red_flags.yaml``); this module only evaluates their
conditions. The highest level any fired rule raises wins; ``self_care`` when
none fires. Every result names the rules that made it.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from crampcare.flag_rules import FlagCondition, FlagRule, FlagSource, of_models, packaged
from crampcare.intake.model import Intake, Medicine
from crampcare.reason_order import order
from crampcare.typed import DESCRIBED, Field
from crampcare.vocabulary import Level

if TYPE_CHECKING:
    from crampcare.knowledge.schema import Condition, RedFlag, SourceRef

__all__ = [
    "LEVEL_HEADLINES",
    "Reason",
    "ToConfirm",
    "TriageResult",
    "evaluate",
    "red_flag",
    "red_flags",
    "resolve",
    "triage",
]

#: What each level tells the person, in big plain words (triage.md's table).
LEVEL_HEADLINES: dict[str, str] = {
    "emergency": "EMERGENCY: call your emergency number now (999, 112 or 911).",
    "urgent": "URGENT: see a doctor today.",
    "doctor": "SEE A DOCTOR: book an appointment with your doctor.",
    "self_care": "SELF-CARE: this sounds like an ordinary cramp.",
}

#: Next steps when no rule fired, or added after the rules' own steps.
DEFAULT_STEPS: dict[str, tuple[str, ...]] = {
    "emergency": (
        "Call your emergency number now, or have someone take you to an emergency department.",
    ),
    "urgent": (
        "Get seen today: an urgent appointment, an out-of-hours service or a telephone "
        "health line (111 in England).",
    ),
    "doctor": (
        "Book an appointment with your doctor in the coming days; self-care is safe meanwhile.",
    ),
    "self_care": (
        "Stretch the cramped muscle gently and hold it until the cramp lets go "
        "(try `crampcare now`).",
        "Soreness for up to a day afterwards is normal.",
        "Check again if a cramp lasts over 10 minutes, or if swelling, redness, "
        "numbness or weakness appear.",
    ),
}


@dataclass(slots=True)
class Reason:
    """One fired rule: its id, level, message and sources."""

    __pydantic_config__ = DESCRIBED

    rule: str
    level: Level
    message: str
    sources: list[str] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class ToConfirm:
    """A question the result still waits on: its id, the prompt, and why it is asked."""

    __pydantic_config__ = DESCRIBED

    question: Annotated[str, Field(description="Id of a question in intake.questions.QUESTIONS.")]
    prompt: Annotated[str, Field(description="The question in plain words.")]
    why: Annotated[str, Field(description="Why it is asked, in plain words.")]
    kind: Literal["yes_no", "number", "text"] = "yes_no"
    level: Annotated[
        Level, Field(description="The level a worrying answer can raise the result to.")
    ]


@dataclass(slots=True)
class TriageResult:
    """The one triage contract of every face (check, web, API, ask).

    The level (highest fired rule wins), every fired rule, and what to do next;
    whether the result is provisional (free text left red-flag questions open,
    listed in ``to_confirm``), and what was understood and what was not.
    """

    __pydantic_config__ = DESCRIBED

    level: Level
    headline: str
    reasons: list[Reason] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    provisional: Annotated[
        bool, Field(description="True until the questions in to_confirm are answered or skipped.")
    ] = False
    to_confirm: list[ToConfirm] = field(default_factory=list)
    understood: list[str] = field(default_factory=list)
    not_understood: list[str] = field(default_factory=list)
    intake: Annotated[Intake | None, Field(description="The intake that was assessed.")] = None

    @property
    def rules(self) -> list[str]:
        return [r.rule for r in self.reasons]


def resolve(obj: Any, path: str) -> Any:
    """The value at a dotted path (``symptoms.fever``); None when any part is missing."""
    return _resolve(obj, tuple(path.split(".")))


def _resolve(obj: Any, parts: tuple[str, ...]) -> Any:
    value = obj
    for part in parts:
        if value is None:
            return None
        value = value.get(part) if isinstance(value, dict) else getattr(value, part, None)
    # Methods are not data; a rule may only read fields.
    return None if callable(value) else value


def _contains(value: Any, needle: str) -> bool:
    if isinstance(value, str):
        return needle == value
    # The plain containers first: the ABC's check costs more than the loop.
    if not isinstance(value, list | tuple | set | frozenset) and not isinstance(value, Iterable):
        return False
    for item in value:
        # Medicines match by class or by name.
        if isinstance(item, Medicine):
            if needle in (item.cls, item.name):
                return True
        elif item == needle:
            return True
    return False


_NUMERIC = (("gt", operator.gt), ("ge", operator.ge), ("lt", operator.lt), ("le", operator.le))


def _comparison(cond: Condition | FlagCondition) -> Callable[[Any], bool]:
    """The test a field condition applies to a known (not None) value."""
    if cond.is_ is not None:
        expected = cond.is_
        return lambda value: bool(value == expected)
    if cond.contains is not None:
        needle = cond.contains
        return lambda value: _contains(value, needle)
    if cond.in_ is not None:
        options = cond.in_
        return lambda value: value in options
    for name, op in _NUMERIC:
        bound = getattr(cond, name)
        if bound is not None:
            return lambda value: (
                not isinstance(value, bool) and isinstance(value, int | float) and op(value, bound)
            )
    return lambda value: False


def _compile(cond: Condition | FlagCondition) -> Callable[[Any], bool]:
    # Plain loops and closures, not generators: ask screens every question with all
    # the rules, and a generator per any/all cost most of it. Same short-circuits.
    if cond.all_ is not None:
        every = tuple(_compile(c) for c in cond.all_)

        def all_hold(intake: Any) -> bool:
            for p in every:  # noqa: SIM110 (a loop: no generator per call)
                if not p(intake):
                    return False
            return True

        return all_hold
    if cond.any_ is not None:
        some = tuple(_compile(c) for c in cond.any_)

        def any_holds(intake: Any) -> bool:
            for p in some:  # noqa: SIM110 (a loop: no generator per call)
                if p(intake):
                    return True
            return False

        return any_holds
    if cond.not_ is not None:
        inner = _compile(cond.not_)
        return lambda intake: not inner(intake)
    assert cond.field is not None  # guaranteed by Condition's validator
    parts = tuple(cond.field.split("."))
    test = _comparison(cond)
    if len(parts) == 2:
        # Most fields are one or two levels down (``symptoms.fever``): _resolve's steps,
        # unrolled.
        first, second = parts

        def holds_at_two(intake: Any) -> bool:
            value = intake.get(first) if isinstance(intake, dict) else getattr(intake, first, None)
            if value is None:
                return False
            value = value.get(second) if isinstance(value, dict) else getattr(value, second, None)
            return value is not None and not callable(value) and test(value)

        return holds_at_two
    if len(parts) == 1:
        (only,) = parts

        def holds_at_one(intake: Any) -> bool:
            if intake is None:
                return False
            value = intake.get(only) if isinstance(intake, dict) else getattr(intake, only, None)
            return value is not None and not callable(value) and test(value)

        return holds_at_one

    def holds(intake: Any) -> bool:
        value = _resolve(intake, parts)
        return value is not None and test(value)

    return holds


#: Compiled conditions by object id, each kept with its condition so the id stays
#: unique. Rules are loaded once per process, so this holds a few dozen entries
#: (the cap is for code that makes rules on the fly, such as property tests).
#: Compiled, the red-flag screen that `ask` runs on every question is a third faster.
_COMPILED: dict[int, tuple[Condition | FlagCondition, Callable[[Any], bool]]] = {}
_COMPILED_CAP = 10_000


def evaluate(cond: Condition | FlagCondition, intake: Any) -> bool:
    """Whether ``cond`` holds for ``intake``; a missing or unknown (None) field is false."""
    found = _COMPILED.get(id(cond))
    if found is None:
        if len(_COMPILED) >= _COMPILED_CAP:
            _COMPILED.clear()
        found = _COMPILED[id(cond)] = (cond, _compile(cond))
    return found[1](intake)


def _cite(src: SourceRef | FlagSource) -> str:
    if src.url:
        return src.url
    return f'{src.seed}: "{src.passage}"'


def red_flags(kb: Any = None) -> tuple[FlagRule, ...]:
    """The red-flag rules: from ``kb`` when given, else the packaged file."""
    if kb is None:
        return packaged()
    from crampcare.knowledge.schema import RedFlag

    return of_models(kb.of_kind(RedFlag))


def red_flag(flag_id: str) -> FlagRule | None:
    """The packaged red-flag rule of that id, if there is one."""
    return next((r for r in red_flags() if r.id == flag_id), None)


#: The red flag behind every "a cramp longer than N minutes" line in crampcare.
LONG_CRAMP = "rf_long_cramp"


@cache
def long_cramp_minutes() -> int:
    """After how many minutes a cramp that stretching does not ease needs a doctor today."""
    flag = red_flag(LONG_CRAMP)
    assert flag is not None, LONG_CRAMP
    parts = flag.when.all_ or (flag.when,)
    return next(int(c.gt) for c in parts if c.field == "duration_minutes" and c.gt is not None)


_T = TypeVar("_T")


def _one_of(
    cond: FlagCondition, leaf: Callable[[FlagCondition], frozenset[_T] | None]
) -> frozenset[_T] | None:
    """Things one of which holds whenever ``cond`` holds, from ``leaf``'s answer for each
    plain condition: an "all" needs the fewest of any of its parts', an "any" all of its
    parts' together (none known when one part has none)."""
    if cond.all_ is not None:
        some = [n for n in (_one_of(sub, leaf) for sub in cond.all_) if n is not None]
        return min(some, key=len) if some else None
    if cond.any_ is not None:
        out: set[_T] = set()
        for sub in cond.any_:
            need = _one_of(sub, leaf)
            if need is None:
                return None
            out |= need
        return frozenset(out)
    return leaf(cond)


def _needs(cond: FlagCondition) -> frozenset[str] | None:
    """Signs (``symptoms`` fields) one of which is True whenever ``cond`` holds; None when
    no such set is known (a condition on anything else, or a "not")."""
    return _one_of(cond, _sign_needed)


def _sign_needed(cond: FlagCondition) -> frozenset[str] | None:
    if cond.not_ is not None or cond.field is None or cond.is_ is not True:
        return None
    head, _, sign = cond.field.partition(".")
    return frozenset({sign}) if head == "symptoms" and sign and "." not in sign else None


#: A top-level field a condition reads, and whether it must hold something (a condition
#: that a list contains a value cannot hold for an empty list) or only be known.
Told = tuple[str, bool]


def _told_needs(cond: FlagCondition) -> frozenset[Told] | None:
    """Top-level fields one of which is told (not None; with ``True``, and not an empty
    container) whenever ``cond`` holds: a rule on one field holds only when it is known
    (``holds_at_one``), one that a list contains a value only when the list is not empty.
    None when no such set is known (a "not", or a field deeper down)."""
    return _one_of(cond, _field_told)


def _field_told(cond: FlagCondition) -> frozenset[Told] | None:
    if cond.not_ is not None or cond.field is None or "." in cond.field:
        return None
    return frozenset({(cond.field, cond.contains is not None)})


def _told(intake: Intake, fields: frozenset[Told]) -> set[Told]:
    """The ``fields`` that are told in ``intake``, as ``_told_needs`` means it."""
    out = set()
    for told in fields:
        name, filled = told
        value = getattr(intake, name, None)
        if value is None or callable(value):
            continue
        if filled and isinstance(value, list | tuple | set | frozenset | dict) and not value:
            continue
        out.add(told)
    return out


Needs = tuple[tuple[FlagRule, frozenset[str] | None, frozenset[Told] | None], ...]
#: The rules last asked about (kept, so their id stays theirs), the signs and fields named
#: by their needs, and the needs.
_needs_of: tuple[tuple[FlagRule, ...], frozenset[str], frozenset[Told], Needs] | None = None


def _rule_needs(rules: tuple[FlagRule, ...]) -> tuple[frozenset[str], frozenset[Told], Needs]:
    """The rules each with the signs one of which it needs (``_needs``) and the fields one
    of which it needs told (``_told_needs``), in order, and every sign and field named so;
    worked out once for the packaged rules."""
    global _needs_of
    known = _needs_of
    if known is None or known[0] is not rules:
        needs = tuple((r, _needs(r.when), _told_needs(r.when)) for r in rules)
        signs = frozenset().union(*(n for _, n, _ in needs if n is not None))
        fields = frozenset().union(*(t for _, _, t in needs if t is not None))
        known = _needs_of = (rules, signs, fields, needs)
    return known[1], known[2], known[3]


def _true_signs(symptoms: Any, signs: frozenset[str]) -> set[str]:
    """The ``signs`` that are True, as a rule's ``symptoms.<sign> is True`` reads them."""
    out = set()
    for sign in signs:
        value = getattr(symptoms, sign, None) if symptoms is not None else None
        if value is not None and not callable(value) and value == True:  # noqa: E712 (as the rule tests)
            out.add(sign)
    return out


def triage(intake: Intake, rules: Sequence[RedFlag | FlagRule] | None = None) -> TriageResult:
    """Apply every red-flag rule; the highest fired level wins.

    The reasons go highest level first and, within a level, the rule whose evidence
    is most specific to the text first (:mod:`crampcare.reason_order`): the person
    reads the first message.
    """
    found: list[RedFlag | FlagRule]
    if rules is None and isinstance(intake, Intake):
        # Most rules need a sign the text does not tell, or a field it leaves unknown or
        # empty (no medicines, no events): those are not evaluated.
        signs, fields, needs = _rule_needs(red_flags())
        told = _true_signs(intake.symptoms, signs)
        known = _told(intake, fields)
        found = [
            r
            for r, need, told_need in needs
            if (need is None or not need.isdisjoint(told))
            and (told_need is None or not told_need.isdisjoint(known))
            and evaluate(r.when, intake)
        ]
    else:
        found = [r for r in (red_flags() if rules is None else rules) if evaluate(r.when, intake)]
    fired = order(found, intake, evaluate)
    level: Level = fired[0].level if fired else "self_care"
    steps: list[str] = []
    if level == "emergency":
        # Nothing may come before the call for help.
        steps.extend(DEFAULT_STEPS["emergency"])
    for rule in fired:
        steps.extend(rule.next_steps)
    if level != "emergency":
        steps.extend(DEFAULT_STEPS[level])
    reasons = [
        Reason(rule=r.id, level=r.level, message=r.message, sources=[_cite(s) for s in r.sources])
        for r in fired
    ]
    return TriageResult(
        level=level,
        headline=LEVEL_HEADLINES[level],
        reasons=reasons,
        next_steps=list(dict.fromkeys(steps)),
    )
