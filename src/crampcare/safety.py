"""Safety filters: which knowledge-base entries may be offered as advice, and why not.

Each filter has a stable id (``F-...``) so every exclusion in a plan or a
first-aid session can say which rule removed the item and why. The grade and
contraindication filters read the knowledge base; the safety net below adds
rules the owners named explicitly, so a missing contraindication in the data
can never let BL60 pressure reach a pregnant person or a needle reach someone
on blood thinners.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from crampcare.knowledge.schema import Acupoint, Entry, Remedy, Technique
from crampcare.person_filters import PERSON_RULES
from crampcare.vocabulary import Grade, Situation

#: Filter ids that code names (the others are only data in FILTERS).
GRADE_AVOID = "F-grade-avoid"
GRADE_CLINICIAN_ONLY = "F-grade-clinician-only"
GRADE_INEFFECTIVE = "F-grade-ineffective"
UNGRADED = "F-ungraded"
NOT_SELF_CARE = "F-not-self-care"
CONTRA_ALLERGY = "F-contra-allergy"
#: Decided while a first-aid session is built, from where the cramp is and who helps.
NEEDS_HELPER = "F-needs-helper"
KIND_BARRED = "F-kind-barred"
OTHER_MUSCLE = "F-other-muscle"

Family = Literal["grade", "practice", "contra", "net", "session"]


class Exclusion(BaseModel):
    """An entry left out of the advice, the filter that left it out, and why."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    filter: str
    reason: str
    grade: str | None = None


Check = Callable[[Entry, frozenset[str]], str | None]


@dataclass(frozen=True)
class Filter:
    """A named rule: ``check`` returns the reason to exclude, or None to keep."""

    id: str
    description: str
    check: Check
    #: grade and practice read the entry alone; contra and net the person's
    #: situations too; session filters are applied by the session builder.
    family: Family
    #: The filter can only fire when this situation holds; skipped cheaply otherwise.
    needs: str | None = None


def _grade(grade: Grade, default: str) -> Check:
    def check(entry: Entry, situations: frozenset[str]) -> str | None:
        if entry.grade != grade:
            return None
        if entry.warning:
            return entry.warning
        # Without a warning, the evidence says why (e.g. which trials found no effect).
        return f"{default}: {entry.evidence}" if entry.evidence else default

    return check


def _ungraded(entry: Entry, situations: frozenset[str]) -> str | None:
    return None if entry.grade is not None else "carries no evidence grade, so it is not advice"


def _not_self_care(entry: Entry, situations: frozenset[str]) -> str | None:
    if isinstance(entry, Technique) and not entry.self_care:
        return "done only by a trained practitioner, not something to do yourself"
    return None


def _contra(condition: str) -> Check:
    def check(entry: Entry, situations: frozenset[str]) -> str | None:
        if condition not in situations:
            return None
        hits = entry.contraindicated_for({condition})
        return hits[0].reason if hits else None

    return check


def _allergy(entry: Entry, situations: frozenset[str]) -> str | None:
    for c in entry.contraindications:
        if c.condition.startswith("allergy:") and c.condition in situations:
            return c.reason
    return None


def _searchable(entry: Entry) -> str:
    """Title, recipe and step instructions: what the person would actually do."""
    parts = [entry.id, entry.title]
    if isinstance(entry, Remedy):
        parts += [entry.recipe or "", entry.dose_as_seed or ""]
    if isinstance(entry, Technique):
        parts += [s.instruction for s in entry.steps]
    return " ".join(parts).lower()


@dataclass(frozen=True)
class NetRule:
    """A contraindication the owners named, matched by id, point, route or words."""

    id: str
    situations: frozenset[str]
    reason: str
    ids: frozenset[str] = frozenset()
    words: tuple[str, ...] = ()
    routes: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()

    def matches(self, entry: Entry) -> bool:
        if entry.id in self.ids:
            return True
        if isinstance(entry, Acupoint) and entry.code.lower() in self.ids:
            return True
        if isinstance(entry, Remedy):
            if entry.route in self.routes:
                return True
            if entry.remedy_kind in self.kinds and entry.route == "oral":
                return True
        if not isinstance(entry, Remedy | Technique):
            # Words only describe what is taken or done; "drink little alcohol" is advice.
            return False
        text = _searchable(entry)
        return any(w in text for w in self.words)


_NEEDLES = NetRule(
    "F-net-needles",
    frozenset({Situation.DIABETES, Situation.NEUROPATHY, Situation.ANTICOAGULANTS}),
    "Needles and pricking can cause infection or bleeding; with diabetes, neuropathy "
    "or blood thinners the risk is higher, so they are not offered.",
    ids=frozenset({"fa_pin_prick", "tx_acupuncture", "tx_su_jok_acupuncture"}),
    words=("needle", "prick", "acupuncture"),
    routes=frozenset({"injection"}),
)

#: The safety net, as data. Each rule is applied when any of its situations holds.
SAFETY_NET: tuple[NetRule, ...] = (
    NetRule(
        "F-net-pregnancy-bl60",
        frozenset({Situation.PREGNANCY}),
        "Kunlun (BL60) is traditionally not pressed in pregnancy.",
        ids=frozenset({"bl60"}),
    ),
    NetRule(
        "F-net-pregnancy-alcohol",
        frozenset({Situation.PREGNANCY, Situation.BREASTFEEDING, Situation.ALCOHOL}),
        "Alcohol-based tinctures and compresses are not safe in pregnancy or breastfeeding, "
        "or for anyone who drinks heavily.",
        ids=frozenset({"rm_linden_vodka_tincture", "rm_vinegar_vodka_compress"}),
        words=("vodka", "tincture", "alcohol"),
    ),
    NetRule(
        "F-net-pregnancy-herbs",
        frozenset({Situation.PREGNANCY, Situation.BREASTFEEDING}),
        "Herbal decoctions and drops taken by mouth have no established safety in "
        "pregnancy or breastfeeding; ask the midwife, health visitor or doctor first.",
        ids=frozenset({"rm_herb_decoction", "rm_cinquefoil", "rm_thyme_seed_drops"}),
        words=("decoction",),
        kinds=frozenset({"folk"}),
    ),
    NetRule(
        "F-net-heat-numb-skin",
        frozenset({Situation.DIABETES, Situation.NEUROPATHY}),
        "Heat can burn skin that has lost feeling (diabetes, neuropathy) without you noticing.",
        ids=frozenset({"fa_warm_wrap", "rm_turpentine_ointment", "rm_camphor_garlic_rub"}),
        words=(
            "heating pad",
            "hot wet",
            "hot water",
            "warming ointment",
            "mustard plaster",
            "moxa",
        ),
    ),
    _NEEDLES,
    NetRule(
        "F-net-anticoagulants-aspirin",
        frozenset({Situation.ANTICOAGULANTS}),
        "Aspirin adds to the effect of blood thinners and raises the risk of bleeding.",
        ids=frozenset({"rm_aspirin"}),
        words=("aspirin",),
    ),
    NetRule(
        "F-net-kidney-supplements",
        frozenset({Situation.KIDNEY_DISEASE}),
        "With kidney disease, magnesium and potassium supplements can build up in the "
        "blood to dangerous levels; only a doctor can decide on them.",
        ids=frozenset({"rm_magnesium", "rm_potassium"}),
    ),
)


def _net(rule: NetRule) -> Check:
    def check(entry: Entry, situations: frozenset[str]) -> str | None:
        if rule.situations & situations and rule.matches(entry):
            return rule.reason
        return None

    return check


def _contra_id(condition: str) -> str:
    return "F-contra-" + condition.replace("_", "-")


#: Every filter, in the order they are tried; the first that fires names the exclusion.
FILTERS: tuple[Filter, ...] = (
    Filter(
        GRADE_AVOID,
        "Graded avoid: can harm.",
        _grade(Grade.AVOID, "can harm, so it is never advised"),
        "grade",
    ),
    Filter(
        GRADE_CLINICIAN_ONLY,
        "Graded clinician_only: a doctor's decision, explained but never dosed.",
        _grade(Grade.CLINICIAN_ONLY, "a prescription or medical decision, for a doctor"),
        "grade",
    ),
    Filter(
        GRADE_INEFFECTIVE,
        "Graded ineffective: tested and found not to work.",
        _grade(Grade.INEFFECTIVE, "tested and found not to work"),
        "grade",
    ),
    Filter(UNGRADED, "No evidence grade: not advice.", _ungraded, "grade"),
    Filter(NOT_SELF_CARE, "Only done by a trained practitioner.", _not_self_care, "practice"),
    *(
        Filter(
            _contra_id(s.value),
            f"Contraindicated for {s.value} in the knowledge base.",
            _contra(s),
            "contra",
            needs=s.value,
        )
        for s in Situation
    ),
    Filter(CONTRA_ALLERGY, "Contraindicated for a stated allergy.", _allergy, "contra"),
    *(Filter(r.id, r.reason, _net(r), "net") for r in SAFETY_NET),
    *(Filter(r.id, r.description, r.check, "net") for r in PERSON_RULES),
)


def _by_session(entry: Entry, situations: frozenset[str]) -> str | None:
    return None  # the session builder decides these, from the cramp and the helper


#: Filters a first-aid session applies as it picks steps (``guide``), never to a plan.
SESSION_FILTERS: tuple[Filter, ...] = (
    Filter(
        NEEDS_HELPER, "Needs a second person, and no one is there to help.", _by_session, "session"
    ),
    Filter(
        KIND_BARRED,
        "A kind of technique the person's own cautions rule out.",
        _by_session,
        "session",
    ),
    Filter(
        OTHER_MUSCLE,
        "Its steps are for another muscle than the cramping one.",
        _by_session,
        "session",
    ),
)

FILTERS_BY_ID: dict[str, Filter] = {f.id: f for f in (*FILTERS, *SESSION_FILTERS)}
_SITUATIONAL = tuple(f for f in FILTERS if f.family in ("contra", "net"))


def exclusion(entry: Entry, situations: Iterable[str]) -> Exclusion | None:
    """Why ``entry`` must not be advised to a person in ``situations``, or None."""
    situ = frozenset(situations)
    for f in FILTERS:
        if f.needs is not None and f.needs not in situ:
            continue
        reason = f.check(entry, situ)
        if reason:
            grade = entry.grade.value if entry.grade else None
            return Exclusion(
                id=entry.id, title=entry.title, filter=f.id, reason=reason, grade=grade
            )
    return None


def contraindication(entry: Entry, situations: Iterable[str]) -> Exclusion | None:
    """Like :func:`exclusion`, but only the situation-specific filters (not grades)."""
    situ = frozenset(situations)
    for f in _SITUATIONAL:
        if f.needs is not None and f.needs not in situ:
            continue
        reason = f.check(entry, situ)
        if reason:
            grade = entry.grade.value if entry.grade else None
            return Exclusion(
                id=entry.id, title=entry.title, filter=f.id, reason=reason, grade=grade
            )
    return None


_SESSION_MATCH = {
    NEEDS_HELPER: "`needs_helper: true`, asked for a session without a helper",
    KIND_BARRED: "the technique's kind against the kinds the person's cautions bar",
    OTHER_MUSCLE: "the technique's steps against where the cramp is",
}


def _matched_by(f: Filter) -> str:
    rule = next((r for r in SAFETY_NET if r.id == f.id), None)
    if any(r.id == f.id for r in PERSON_RULES):
        return "what the entry is: its nutrients, area, kind or title (`person_filters`)"
    if rule is None:
        return {
            "grade": "the entry's `grade`",
            "practice": "`self_care: false`",
        }.get(f.family, _SESSION_MATCH.get(f.id, "the entry's `contraindications`"))
    parts = []
    if rule.ids:
        parts.append("ids " + ", ".join(f"`{i}`" for i in sorted(rule.ids)))
    if rule.words:
        parts.append("words " + ", ".join(f'"{w}"' for w in rule.words))
    if rule.routes:
        parts.append("route " + ", ".join(sorted(rule.routes)))
    if rule.kinds:
        parts.append("oral " + ", ".join(sorted(rule.kinds)) + " remedies")
    who = ", ".join(sorted(rule.situations))
    return f"{'; '.join(parts)} (for: {who})"


def filters_table() -> str:
    """The filters as a Markdown table: docs/plan.md holds this, and a test keeps it current."""
    rows = ["| filter | what it leaves out | matched by |", "|---|---|---|"]
    rows += [
        f"| `{f.id}` | {f.description} | {_matched_by(f)} |" for f in (*FILTERS, *SESSION_FILTERS)
    ]
    return "\n".join(rows)
