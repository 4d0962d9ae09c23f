"""The personal plan as one printable HTML page (Jinja2, autoescaped)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from crampcare.plan.items import first_sentence
from crampcare.plan.models import SECTION_TITLES, TOPIC_ORDER, Plan
from crampcare.render.plan_text import (
    DISCLAIMER,
    TRADITIONAL,
    grouped_avoid,
    section_title,
    supported,
    traditional,
    understood,
)
from crampcare.render.session_text import CONTEXT_WORDS
from crampcare.vocabulary import GRADE_WORDS, PLACE_WORDS

if TYPE_CHECKING:
    from jinja2 import Environment

#: Cautions with these words stay on the printed page (clots, burns, numb skin, bleeding).
CRITICAL_WORDS = ("clot", "dvt", "burn", "numb", "bleed")


@cache
def _env() -> Environment:
    from crampcare.render.jinja import environment

    env = environment()
    env.filters["sentence"] = first_sentence
    env.filters["short"] = short
    env.filters["lead"] = lead
    env.filters["abbrev"] = abbrev
    env.tests["critical"] = critical
    return env


def abbrev(amount: str) -> str:
    """'166 mg magnesium' -> '166 mg Mg': nutrient names as symbols, for the printed page."""
    for name, symbol in (("magnesium", "Mg"), ("potassium", "K"), ("calcium", "Ca")):
        amount = amount.replace(f" mg {name}", f" mg {symbol}")
    return amount


def critical(caution: str) -> bool:
    """A caution the printed page must keep: it guards against real harm."""
    return any(word in caution.lower() for word in CRITICAL_WORDS)


def short(text: str, limit: int = 85) -> str:
    """The first sentence, cut at a word boundary when it is long."""
    sentence = first_sentence(text, limit=10_000)
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:(") + "…"


#: Filters whose reason is the entry's general warning, the same for everyone.
GENERAL_WARNINGS = frozenset({"F-grade-avoid"})


def lead(why: str, filter_id: str) -> str:
    """On the printed sheet a general warning keeps its first whole sentence (the
    screen page and `ask` give the rest); a reason of the person's own stays whole."""
    if filter_id not in GENERAL_WARNINGS:
        return why
    return first_sentence(why, limit=10_000)


#: How much a printed sheet leaves out to fit one A4 page, least useful first; the
#: triage, the first-aid stretch and every warning of the avoid list always stay.
TRIM_STEPS = (
    "everything",
    "traditional practices",
    "supplement and therapist topics",
    "all but the two best first-aid and routine items",
)
MAX_TRIM = len(TRIM_STEPS) - 1
TRIM_NOTE = "To fit one page this sheet leaves out {what}; the plan on screen lists everything."
SHEET_TOPICS = ("medicine", "medical", "clinician_only")


def situation_words(situations: list[str]) -> str:
    """'pregnancy, people taking blood thinners', not 'pregnancy, anticoagulants'."""
    from crampcare.knowledge.conditions import condition_words

    words = {"under_5": "children under 5"}
    return ", ".join(words.get(s) or condition_words(s) for s in situations)


def trimmed_notes(trim: int) -> list[str]:
    if trim <= 0:
        return []
    return [TRIM_NOTE.format(what=", ".join(TRIM_STEPS[1 : trim + 1]))]


def plan_html(plan: Plan, trim: int = 0) -> str:
    """The whole plan as a self-contained HTML page with print CSS (A4, one page).

    ``trim`` (0 to MAX_TRIM) leaves out the parts of TRIM_STEPS a long plan can spare
    on paper; ``plan_pdf`` picks the least trim that fits one page.
    """
    topics = (
        TOPIC_ORDER if trim < 2 else {k: v for k, v in TOPIC_ORDER.items() if k in SHEET_TOPICS}
    )
    return (
        _env()
        .get_template("plan_print.html")
        .render(
            trim=trim,
            trim_notes=trimmed_notes(trim),
            plan=plan,
            titles=SECTION_TITLES,
            grade_words={g: w.short for g, w in GRADE_WORDS.items()},
            avoid_groups=grouped_avoid(plan.avoid),
            disclaimer=DISCLAIMER,
            topics=topics,
            safe_for=situation_words(plan.situations),
            place=PLACE_WORDS.get(plan.where, plan.where),
            context_words=CONTEXT_WORDS.get(plan.context, plan.context),
            understood=understood(plan),
            foods_title=section_title(plan, "foods"),
            traditional_title=TRADITIONAL,
            supported=(lambda items: supported(items)[:2]) if trim >= 3 else supported,
            traditional=(lambda items: []) if trim >= 1 else traditional,
        )
    )
