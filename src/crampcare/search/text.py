"""Plain-text rendering of an ``ask`` result: warnings first, then grades, cautions, sources."""

from __future__ import annotations

import textwrap

from crampcare.knowledge.conditions import condition_words
from crampcare.search.answer import Answer, AskResult
from crampcare.vocabulary import GRADE_WORDS
from crampcare.words import people_text

WIDTH = 78


def _wrap(text: str, indent: str = "   ") -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent]


def _source(src: dict[str, str]) -> str:
    # Title and publisher, never a seed file name (DESIGN "What people read").
    label = src.get("label", "")
    if "url" in src:
        return f"{label}: {src['url']}" if label else src["url"]
    return f'{label or "A translated web article"}: "{src.get("passage", "")}"'


def answer_lines(rank: int, answer: Answer) -> list[str]:
    """One answer: a warning first when the entry is avoid/clinician_only."""
    lines: list[str] = []
    words = GRADE_WORDS.get(answer.grade or "")
    badge = words.badge if words else (answer.link or "").upper()
    if answer.leads_with_warning:
        lines += _wrap(f"WARNING: {people_text(answer.warning or badge)}", indent="")
    lines.append(f"{rank}. {people_text(answer.title)}" + (f"  [{badge}]" if badge else ""))
    lines += _wrap(people_text(answer.text))
    if answer.cautions:
        lines.append("   Cautions:")
        for caution in answer.cautions:
            lines += _wrap(f"- {people_text(caution)}", indent="     ")
    if answer.contraindications:
        lines.append("   Not for:")
        for c in answer.contraindications:
            lines += _wrap(
                f"- {condition_words(c['condition'])}: {people_text(c['reason'])}", indent="     "
            )
    if answer.sources:
        lines.append("   Sources:")
        lines += [f"     - {_source(s)}" for s in answer.sources]
    return lines


def result_text(result: AskResult) -> str:
    """The whole answer as text: triage advice first, then the answers or the pointer."""
    lines: list[str] = []
    if result.triage is not None:
        lines.append(result.triage.headline)
        for reason in result.triage.reasons:
            lines += _wrap(f"- {reason.message}", indent="  ")
        if result.triage.next_steps:
            lines.append("What to do:")
            lines += [ln for step in result.triage.next_steps for ln in _wrap(f"- {step}", "  ")]
        lines.append("")
    if result.out_of_scope:
        lines += textwrap.wrap(result.pointer or "", WIDTH)
    elif result.triage is not None and result.triage.level == "emergency":
        # Nothing may delay the call for help: titles only, to read afterwards.
        lines.append("More about this, after you have called for help:")
        lines += [f"  - {people_text(a.title)}" for a in result.answers]
        lines.append("")
    else:
        for rank, answer in enumerate(result.answers, start=1):
            lines += answer_lines(rank, answer)
            lines.append("")
        if not result.answers:
            lines.append("No knowledge-base entry matches that question.")
    lines.append(f"({result.mode} search; crampcare is not a doctor)")
    return "\n".join(lines)
