"""Which fired rule's reason leads: the one whose evidence is most specific to the text.

The level is the highest fired rule's; this module only orders the reasons at one
level, because the person reads the first message. A rule's *evidence* is the set of
findings that made its condition hold (the leaves of the branches that held), each
named by the words it was read from (a finding with no words, from an answer, by its
field). Some findings are *generic signs* (:data:`GENERIC_SIGNS`): a faint, not
responding, confusion, which many emergencies share and which point at no one cause.

A fired rule *yields* to another fired rule of its level when the other explains all
it rests on and says more:

- every non-generic word of its evidence is among the other's words;
- if it rests on a generic sign, the other reads a generic sign too (it explains the
  faint or the collapse in its own context);
- the other has a non-generic word it lacks.

"He passed out in the heat": the fit rule rests on "passed out" (not responding, a
generic sign); heat stroke on "passed out" (a faint) and "in the heat", so the fit
rule yields and heat stroke leads. "He fainted in the sun, then jerked all over": the
fit rule has "jerked all over" of its own, so neither yields and the knowledge base's
order stands (the fit first). Yielding is a strict partial order (a word is generic
for every rule or for none), so sorting by how many rules a rule yields to keeps every
rule after each one it yields to; ties keep the knowledge base's order. No rule is
dropped and no level changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from crampcare.vocabulary import LEVEL_ORDER, Level

if TYPE_CHECKING:
    from crampcare.intake.model import Fact, Intake

__all__ = ["GENERIC_SIGNS", "Evidence", "evidence", "evidences", "order", "yields"]

#: Signs that many emergencies share (a faint, a collapse read as not responding,
#: confusion): by themselves they point at no one rule. Stable Intake field ids.
GENERIC_SIGNS: frozenset[str] = frozenset(
    {"symptoms.fainting", "symptoms.unresponsive", "symptoms.confusion"}
)


class _Condition(Protocol):
    @property
    def all_(self) -> Any: ...
    @property
    def any_(self) -> Any: ...
    @property
    def not_(self) -> Any: ...
    @property
    def field(self) -> str | None: ...


class _Rule(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def level(self) -> Level: ...
    @property
    def when(self) -> Any: ...


R = TypeVar("R", bound=_Rule)
#: ``triage_rules.evaluate``: whether a condition holds for an intake (or a plain dict).
Holds = Callable[[Any, Any], bool]


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one fired rule rests on: its words, and which of them are generic signs."""

    rule: str
    words: frozenset[str]
    generic: frozenset[str]

    @property
    def specific(self) -> frozenset[str]:
        return self.words - self.generic


def _held_leaves(cond: _Condition, intake: Intake, holds: Holds) -> list[_Condition]:
    """The field conditions of the branches of ``cond`` that hold (absence is no evidence)."""
    if cond.all_ is not None:
        return [leaf for c in cond.all_ for leaf in _held_leaves(c, intake, holds)]
    if cond.any_ is not None:
        return [
            leaf for c in cond.any_ if holds(c, intake) for leaf in _held_leaves(c, intake, holds)
        ]
    if cond.not_ is not None or cond.field is None:
        return []
    return [cond] if holds(cond, intake) else []


def _clean(fact: Fact) -> bool:
    return (
        not (fact.negated or fact.hypothetical or fact.historical)
        and fact.experiencer == "patient"
        and fact.certainty == "certain"
    )


def _alone(path: str, value: Any) -> dict[str, Any]:
    """An intake-like dict that holds one fact's value at its dotted path."""
    out: dict[str, Any] = {}
    inner = out
    *parents, last = path.split(".")
    for part in parents:
        inner = inner.setdefault(part, {})
    inner[last] = value
    return out


def _words(leaf: _Condition, intake: Intake, holds: Holds) -> set[str]:
    """The words of the clean facts that satisfy ``leaf``; its field when none does."""
    assert leaf.field is not None
    found = set()
    for fact in getattr(intake, "evidence", ()):
        if fact.field != leaf.field or not _clean(fact):
            continue
        # A list field (contexts, medicines) holds its facts' values as members.
        if holds(leaf, _alone(fact.field, fact.value)) or holds(
            leaf, _alone(fact.field, [fact.value])
        ):
            found.add(fact.words.strip().lower())
    return found or {f"<{leaf.field}>"}


def evidence(rule: _Rule, intake: Intake, holds: Holds) -> tuple[set[str], set[str]]:
    """A fired rule's words, and those of its words read only as generic signs."""
    words: set[str] = set()
    specific: set[str] = set()
    for leaf in _held_leaves(rule.when, intake, holds):
        found = _words(leaf, intake, holds)
        words |= found
        if leaf.field not in GENERIC_SIGNS:
            specific |= found
    return words, words - specific


def yields(weaker: Evidence, stronger: Evidence) -> bool:
    """Whether ``stronger`` explains all ``weaker`` rests on and says more (module doc)."""
    if not weaker.specific <= stronger.words:
        return False
    if weaker.generic and not stronger.generic:
        return False
    return bool(stronger.specific - weaker.words)


def evidences(rules: Sequence[_Rule], intake: Intake, holds: Holds) -> list[Evidence]:
    """The evidence of fired rules of one level, a word generic only if no rule reads more."""
    found = [evidence(r, intake, holds) for r in rules]
    specific = set().union(*(w - g for w, g in found))
    return [
        Evidence(r.id, frozenset(w), frozenset(w - specific))
        for r, (w, _) in zip(rules, found, strict=True)
    ]


def _at_level(rules: Sequence[R], intake: Intake, holds: Holds) -> list[R]:
    every = evidences(rules, intake, holds)
    below = [sum(yields(e, other) for other in every if other is not e) for e in every]
    return [rules[i] for i in sorted(range(len(rules)), key=lambda i: below[i])]


def order(fired: Sequence[R], intake: Intake, holds: Holds) -> list[R]:
    """``fired`` (in the knowledge base's order), highest level first, most specific first."""
    by_level: dict[Level, list[R]] = {}
    for rule in fired:
        by_level.setdefault(rule.level, []).append(rule)
    out: list[R] = []
    for level in sorted(by_level, key=lambda lv: -LEVEL_ORDER[lv]):
        same = by_level[level]
        out.extend(_at_level(same, intake, holds) if len(same) > 1 else same)
    return out
