"""Whose cramps a text tells: the writer's, or another person's.

Run once the whole text is read. When it is about someone else ("my husband
had a cramp"), what was set aside as theirs is the patient's; when the writer
tells their own cramps, another person's findings stay theirs, as evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from crampcare.intake import context, people
from crampcare.intake.findings import fires, set_finding
from crampcare.intake.state import State


def attribute(state: State, text: str) -> bool:
    """Decide whose cramps these are; True when the text is about someone else.

    "My husband had a cramp" is about the husband: his findings are the
    patient's. "My dad had a heart attack; I get cramps" is about the writer,
    and the heart attack stays the dad's (kept in the evidence, not fired).
    """
    who = state.data.get("who")
    writer = people.writer_is_patient(text)
    if not people.tells_own_cramp(text):
        _subject_findings(state)
    elif people.shared_cramps(text):
        _shared_findings(state)
    if who == "other" and (owner := people.cramp_owner(text)):
        state.data["who"] = who = owner  # a family member's cramp, another person named first
    named = people.named_patient(text)
    if named is not None:  # "... but this is about our son": the writer said whom
        state.data["who"] = who = named[0]
        writer = False
    if who and who != "self" and writer:
        for key in ("who", "sex", "age"):
            state.data.pop(key, None)
        state.facts = [f for f in state.facts if f.field not in ("who", "sex", "age")]
        who = None
    rules = context.rules()
    shared = any(p and p.search(text) for p in (rules.writer_shared, rules.relative_shared))
    if not (who and who != "self"):
        if not shared:
            _set_apart(state, lambda words: context.relatives_own(text, words))
        return False
    # The text is about that person: what is said about them is the patient's.
    # Each is theirs as it would be the writer's: "Mum may have taken her whole week's
    # pills" is a suspicion that fires as the patient's (events).
    their_findings = [
        a
        for a in state.aside
        if a[3].other
        and not (a[3].outsider and who != "other")
        and fires(a[3]._replace(other=False), a[0])
        # (another person's, told before the writer named the patient, stays theirs)
        and not (named and 0 <= text.find(a[2]) < named[1])
    ]
    # Their findings are the patient's: kept once, without the "someone else" flag.
    state.facts = [
        f
        for f in state.facts
        if not (f.experiencer == "other" and f.certainty == "certain")
        or f.hypothetical
        or f.historical
    ]
    own = any(p and p.search(text) for p in (rules.writer_shared, rules.writer_own_body))
    if not (people.tells_own_cramp(text) or own):
        # (a child may have got at the writer's medicines: those stay, a GP's review)
        _set_apart(state, lambda words: context.writers_own(text, words), who == "child")
    for path, value, words, _ in their_findings:
        set_finding(state, path, value, words)
    for medicine, words, ctx in state.their_medicines:
        # "My mum's friend was told it was her statin": an outsider's stays theirs.
        if (ctx.outsider and who != "other") or (named and 0 <= text.find(words) < named[1]):
            continue
        if not any(med.name == medicine.name for med in state.medicines):
            state.medicines.append(medicine)
            state.fact("medicines", f"{medicine.name}: {medicine.cls}", words)
    return True


def _subject_findings(state: State) -> None:
    """Findings set aside only because another person was their sentence's subject are
    the patient's when the writer never says the cramps are their own: whoever the
    text is about, what it tells must not be lost (fail safe)."""
    for path, value, words, ctx in state.aside:
        if ctx.by_subject and fires(ctx._replace(other=False), path):
            set_finding(state, path, value, words)
    for medicine, words, ctx in state.their_medicines:
        if ctx.by_subject and not any(med.name == medicine.name for med in state.medicines):
            state.medicines.append(medicine)
            state.fact("medicines", f"{medicine.name}: {medicine.cls}", words)


def _shared_findings(state: State) -> None:
    """When the writer's cramps and another's are told together ("both of us get leg
    cramps ... my husband's are nightly"), what is told of the other counts as well: the
    text asks about both, and the higher level is the one to act on."""
    for path, value, words, ctx in state.aside:
        if ctx.other and fires(ctx._replace(other=False), path):
            set_finding(state, path, value, words)


def _set_apart(state: State, theirs: Callable[[str], bool], keep_medicines: bool = False) -> None:
    """A condition, medicine or pregnancy told as another person's than the one the text is
    about: the writer's own in a text about someone else ("I'm on dialysis. Asking about my
    grandson, he had a cramp at the park"), or a relative's in a "who" clause in a text
    about the writer ("I care for my husband who has kidney failure"). Kept in the evidence
    as another's, never the patient's."""
    fields = context.rules().writer_fields
    own = [
        f
        for f in state.facts
        if f.field in fields
        and f.experiencer == "patient"
        and not (keep_medicines and f.field == "medicines")
        and theirs(f.words)
    ]
    gone = {id(f) for f in own}
    # A value another patient fact still carries stays (told of the patient as well).
    kept = {
        (f.field, str(f.value))
        for f in state.facts
        if id(f) not in gone and f.experiencer == "patient"
    }
    own = [f for f in own if (f.field, str(f.value)) not in kept]
    for fact in own:
        if fact.field == "medicines":
            name = str(fact.value).split(": ", 1)[0]
            state.medicines = [m for m in state.medicines if m.name != name]
        elif fact.field in state.sets:
            state.sets[fact.field] = [v for v in state.sets[fact.field] if v != fact.value]
        else:
            state.data.pop(fact.field, None)
    moved = {id(f) for f in own}
    state.facts = [replace(f, experiencer="other") if id(f) in moved else f for f in state.facts]
