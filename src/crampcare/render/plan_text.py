"""The personal plan as plain text or Markdown: triage first, words not ids."""

from __future__ import annotations

import re

from crampcare.plan.models import (
    SECTION_TITLES,
    TOPIC_ORDER,
    Plan,
    PlanItem,
    SectionKey,
)
from crampcare.vocabulary import GRADE_WORDS, SUPPORTED

DISCLAIMER = (
    "crampcare is not a doctor. In an emergency call your local emergency number. "
    "`crampcare ask` answers questions about any item, with its sources."
)
TRADITIONAL = "Traditional practices, if you like them"
SECTIONS: tuple[SectionKey, ...] = ("about", "first_aid", "routine", "foods", "doctor", "avoid")


#: Reasons many items share in other words: one line says it once (the clinical review
#: found a diabetic plan giving the same "numb skin burns" reason seven times). Each
#: theme: its key, the filters it gathers, the words the item's own reason must have,
#: and the one reason the line gives (it must cover every item's own).
THEMES: tuple[tuple[str, frozenset[str], re.Pattern[str], str], ...] = (
    (
        "theme-numb-skin",
        frozenset({"F-net-heat-numb-skin", "F-contra-diabetes", "F-contra-neuropathy"}),
        re.compile(r"\b(heat|hot|burns?|scalds?|cold|ice|moxa|warm)", re.IGNORECASE),
        "Numb skin (diabetes, nerve damage) cannot feel heat, cold or hot water, so they "
        "can burn, scald or chill it before you notice.",
    ),
    (
        "theme-fluid-limit",
        frozenset({"F-net-fluid-limit", "F-contra-heart-failure", "F-contra-kidney-disease"}),
        re.compile(r"\b(fluids?|drink\w*)\b", re.IGNORECASE),
        "With heart failure or kidney disease you may have a daily fluid limit: drink what "
        "your heart or kidney team advises, not extra water, sports drinks or salty drinks.",
    ),
    (
        "theme-thinners-pressure",
        frozenset({"F-contra-anticoagulants"}),
        re.compile(
            r"\b(rub\w*|pinch\w*|knead\w*|prick\w*|pins?|pressure|massage|needles?)\b", re.I
        ),
        "On blood thinners, firm rubbing, pinching, deep pressure or needles can cause "
        "bruising or bleeding into the muscle: use gentle stroking only, and ask your "
        "doctor before any needling.",
    ),
    (
        "theme-thinners-interactions",
        frozenset({"F-contra-anticoagulants"}),
        re.compile(r"\b(bleed\w*|clott\w*|warfarin|platelets)\b", re.IGNORECASE),
        "These interact with blood thinners: most add to bleeding, and vitamin K weakens "
        "warfarin. Ask your pharmacist or prescriber before taking any of them.",
    ),
    (
        "theme-kidney-clearance",
        frozenset({"F-contra-kidney-disease"}),
        re.compile(r"\b(clear\w*|builds? up|kidney patients need)\b", re.IGNORECASE),
        "Weak kidneys cannot clear extra magnesium, potassium, calcium or some medicines, "
        "so they build up: take these only on your kidney team's advice.",
    ),
)


def _theme(item: PlanItem) -> tuple[str, str] | None:
    for key, filters, words, reason in THEMES:
        if (item.filter or "") in filters and words.search(item.why):
            return key, reason
    return None


def grouped_avoid(items: list[PlanItem]) -> list[tuple[str, str, list[PlanItem]]]:
    """Avoid items sharing one reason, together: (filter, reason, items), first-seen order.

    Foods left out for one situation share a line whatever their amounts, so a
    kidney plan says "these foods, and why" once, not thirty times; heat and cold
    on numb skin, and drinks under a fluid limit, likewise.
    """
    groups: dict[tuple[str, str], list[PlanItem]] = {}
    for item in items:
        if item.kind == "food":
            groups.setdefault(("food", _food_reason(item)), []).append(item)
        else:
            key = _theme(item) or (item.filter or "", item.why)
            groups.setdefault(key, []).append(item)
    return [(f, why, group) for (f, why), group in groups.items()]


def _food_reason(item: PlanItem) -> str:
    f = item.filter or ""
    if "kidney" in f:
        return (
            "with kidney disease, ask your kidney team before eating these (potassium, phosphorus)"
        )
    if "under5" in f:
        return "whole nuts and seeds can choke a child under 5"
    if "allergy" in f:
        return "you said you are allergic"
    return item.why


def understood(plan: Plan) -> list[str]:
    """What was read from free text, in words ("kidney disease", not "kidney_disease")."""
    return [line.replace("_", " ") for line in plan.understood]


def section_title(plan: Plan, key: SectionKey) -> str:
    if key == "foods" and not any(i.kind == "food" for i in plan.foods):
        return "Eating well"
    return SECTION_TITLES[key]


def supported(items: list[PlanItem]) -> list[PlanItem]:
    return [i for i in items if i.grade in SUPPORTED or i.kind == "medicine"]


def traditional(items: list[PlanItem]) -> list[PlanItem]:
    return [i for i in items if not (i.grade in SUPPORTED or i.kind == "medicine")]


def _label(item: PlanItem) -> str:
    return f" ({GRADE_WORDS[item.grade].short})" if item.grade else ""


def _item_lines(item: PlanItem, md: bool) -> list[str]:
    bullet, ind = ("- ", "  ") if md else ("* ", "    ")
    title = f"**{item.title}**" if md else item.title
    head = f"{bullet}{title}{_label(item)}"
    if item.when:
        head += f" - {item.when}"
    lines = [head]
    if item.amount:
        lines += ([""] if md else []) + [f"{ind}{item.amount}"]
    if item.summary and item.kind == "cause":
        lines += ([""] if md else []) + [f"{ind}{item.summary}"]
    if item.steps:
        lines += ([""] if md else []) + [f"{ind}{n}. {s}" for n, s in enumerate(item.steps, 1)]
    why, caution = ("*Why:*", "*Caution:*") if md else ("Why:", "Caution:")
    lines += ([""] if md else []) + [f"{ind}{'- ' if md else ''}{why} {item.why}"]
    lines += [f"{ind}{'- ' if md else ''}{caution} {c}" for c in item.cautions]
    return [*lines, ""] if md else lines


def _short_line(item: PlanItem) -> str:
    when = f" ({item.when.lower()})" if item.when else ""
    return f"- {item.title}{when}"


def _heading(text: str, md: bool, level: int = 2) -> list[str]:
    if md:
        return ["", "#" * level + " " + text, ""]
    return ["", text.upper(), "-" * len(text)]


def _section(plan: Plan, key: SectionKey, md: bool) -> list[str]:
    items = plan.section(key)
    lines = _heading(section_title(plan, key), md)
    if key == "avoid":
        for _, why, group in grouped_avoid(items):
            lines.append(f"- {', '.join(i.title for i in group)}: {why}")
        return lines
    if key == "doctor":
        for topic, heading in TOPIC_ORDER.items():
            group = [i for i in items if i.topic == topic]
            if topic == "medicine":
                lines += [f"- {i.title}. {i.why}" for i in group]
            elif group:
                lines.append(f"- {heading}: {'; '.join(i.title for i in group)}.")
        return lines
    if key == "about":
        for item in items:
            lines += _item_lines(item, md)
        return lines
    for item in supported(items):
        lines += _item_lines(item, md)
    rest = traditional(items)
    if rest:
        lines += _heading(TRADITIONAL, md, 3) if md else ["", f"{TRADITIONAL}:"]
        lines += [_short_line(i) for i in rest]
    return lines


def render(plan: Plan, *, markdown: bool = False) -> str:
    """The whole plan; an emergency plan holds only the call for help."""
    md = markdown
    lines: list[str] = ["# Your cramp plan" if md else "YOUR CRAMP PLAN", ""]
    t = plan.triage
    lines.append(f"**{t.headline}**" if md else t.headline)
    lines += [f"- {reason.message}" for reason in t.reasons]
    if plan.emergency:
        lines += ["", *[f"- {step}" for step in plan.notes], "", DISCLAIMER]
        return "\n".join(lines) + "\n"
    if plan.understood:
        lines += ["", "I understood: " + "; ".join(understood(plan)) + "."]
    if t.next_steps:
        lines += _heading("What to do next", md, 3)
        lines += [f"- {s}" for s in t.next_steps]
    for note in plan.notes:
        lines += ["", f"> {note}" if md else f"NOTE: {note}"]
    for key in SECTIONS:
        if plan.section(key):
            lines += _section(plan, key, md)
    lines += ["", DISCLAIMER, f"Knowledge base version {plan.knowledge_base}."]
    return "\n".join(lines) + "\n"


def plan_text(plan: Plan) -> str:
    return render(plan)


def plan_markdown(plan: Plan) -> str:
    return render(plan, markdown=True)
