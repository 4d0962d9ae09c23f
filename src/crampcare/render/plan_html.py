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


def plan_html(plan: Plan) -> str:
    """The whole plan as a self-contained HTML page with print CSS (A4, one page)."""
    return (
        _env()
        .get_template("plan_print.html")
        .render(
            plan=plan,
            titles=SECTION_TITLES,
            grade_words={g: w.short for g, w in GRADE_WORDS.items()},
            avoid_groups=grouped_avoid(plan.avoid),
            disclaimer=DISCLAIMER,
            topics=TOPIC_ORDER,
            place=PLACE_WORDS.get(plan.where, plan.where),
            context_words=CONTEXT_WORDS.get(plan.context, plan.context),
            understood=understood(plan),
            foods_title=section_title(plan, "foods"),
            traditional_title=TRADITIONAL,
            supported=supported,
            traditional=traditional,
        )
    )
