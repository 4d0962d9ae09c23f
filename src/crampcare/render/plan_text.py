"""The personal plan as plain text or Markdown: triage first, every item with its id."""

from __future__ import annotations

from crampcare.plan.models import SECTION_TITLES, Plan, PlanItem, SectionKey

GRADE_WORDS = {
    "recommended": "recommended",
    "may_help": "may help",
    "unproven": "traditional, unproven",
    "ineffective": "does not work",
    "clinician_only": "doctor only",
    "avoid": "can harm",
}
DISCLAIMER = (
    "crampcare is not a doctor. In an emergency call your local emergency number. "
    "Every item names its knowledge-base entry [id]; `crampcare kb show ID` tells you more."
)
SECTIONS: tuple[SectionKey, ...] = ("first_aid", "routine", "foods", "doctor", "avoid")


def grouped_avoid(items: list[PlanItem]) -> list[tuple[str, str, list[PlanItem]]]:
    """Avoid items sharing one reason, together: (filter, reason, items), first-seen order."""
    groups: dict[tuple[str, str], list[PlanItem]] = {}
    for item in items:
        groups.setdefault((item.filter or "", item.why), []).append(item)
    return [(f, why, group) for (f, why), group in groups.items()]


def _label(item: PlanItem) -> str:
    grade = f", {GRADE_WORDS.get(item.grade, item.grade)}" if item.grade else ""
    return f"[{item.id}{grade}]"


def _item_lines(item: PlanItem, md: bool) -> list[str]:
    if md:
        return _item_markdown(item)
    head = f"* {item.title} {_label(item)}"
    if item.when:
        head += f" - {item.when}"
    lines = [head]
    if item.amount:
        lines.append(f"    {item.amount}")
    lines += [f"    {n}. {step}" for n, step in enumerate(item.steps, 1)]
    lines.append(f"    Why: {item.why}")
    lines += [f"    Caution: {caution}" for caution in item.cautions]
    return lines


def _item_markdown(item: PlanItem) -> list[str]:
    # Blank lines keep the steps a real list and "Why" its own paragraph in the item.
    head = f"- **{item.title}** {_label(item)}"
    if item.when:
        head += f" - {item.when}"
    lines = [head]
    if item.amount:
        lines += ["", f"  {item.amount}"]
    if item.steps:
        lines += [""] + [f"  {n}. {step}" for n, step in enumerate(item.steps, 1)]
    lines += ["", f"  - *Why:* {item.why}"]
    lines += [f"  - *Caution:* {caution}" for caution in item.cautions]
    return [*lines, ""]


def _heading(text: str, md: bool, level: int = 2) -> list[str]:
    if md:
        return ["", "#" * level + " " + text, ""]
    return ["", text.upper(), "-" * len(text)]


def render(plan: Plan, *, markdown: bool = False) -> str:
    """The whole plan; an emergency plan holds only the call for help."""
    md = markdown
    lines: list[str] = ["# Your cramp plan" if md else "YOUR CRAMP PLAN", ""]
    t = plan.triage
    lines.append(f"**{t.headline}**" if md else t.headline)
    for reason in t.reasons:
        lines.append(f"- {reason.message} [{reason.rule}]")
    if plan.emergency:
        lines += ["", *[f"- {step}" for step in plan.notes], "", DISCLAIMER]
        return "\n".join(lines) + "\n"
    if plan.understood:
        lines += ["", "I understood: " + "; ".join(plan.understood) + "."]
    if t.next_steps:
        lines += _heading("What to do next", md, 3)
        lines += [f"- {s}" for s in t.next_steps]
    for note in plan.notes:
        lines += ["", f"> {note}" if md else f"NOTE: {note}"]
    for key in SECTIONS:
        items = plan.section(key)
        if not items:
            continue
        lines += _heading(SECTION_TITLES[key], md)
        if key == "avoid":
            for _, why, group in grouped_avoid(items):
                names = ", ".join(f"{i.title} [{i.id}]" for i in group)
                lines.append(f"- {names}: {why}")
            continue
        for item in items:
            lines += _item_lines(item, md)
    lines += ["", DISCLAIMER, f"Knowledge base {plan.knowledge_base}."]
    return "\n".join(lines) + "\n"


def plan_text(plan: Plan) -> str:
    return render(plan)


def plan_markdown(plan: Plan) -> str:
    return render(plan, markdown=True)
