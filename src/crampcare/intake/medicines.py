"""Medicines in one sentence: names and lay descriptions, mapped to their classes.

A brand or generic name ("Lasix", "furosemide") and a lay description ("water
pills") are both read; a named medicine makes its class's lay description
redundant. Denied ones are dropped, past or wished ones kept only as evidence,
and someone else's kept apart until the parse knows whose the text is
(``crampcare.intake.attribution``).
"""

from __future__ import annotations

from typing import cast

from crampcare.intake import context
from crampcare.intake.lexicon import Lexicon
from crampcare.intake.model import Medicine, MedicineClass
from crampcare.intake.state import State


def _context(
    sentence: str, start: int, end: int, protected: list[tuple[int, int]]
) -> context.Context:
    ctx = context.read(sentence, start, end, protected)
    # "Could my statin be causing this?": the statin is taken; only its blame is asked.
    if ctx.hypothetical and context.possessed(sentence, start, ("medicines",)):
        return ctx._replace(hypothetical=False)
    return ctx


def read(state: State, lex: Lexicon, sentence: str, protected: list[tuple[int, int]]) -> None:
    # name, generic, class, words, whose (the context when someone else's)
    hits: list[tuple[str, str | None, str, str, context.Context | None]] = []
    # Only the patterns whose words the sentence holds: the others find nothing.
    offered = lex.medicine_patterns(sentence)
    names = lex.medicine_regex.finditer(sentence) if offered[:1] == [0] else iter(())
    for m in names:
        ctx = _context(sentence, m.start(), m.end(), protected)
        if ctx.negated:
            continue
        if ctx.historical or ctx.hypothetical:
            state.fact("medicines", m.group(), m.group(), ctx)
            continue
        hit = lex.medicine_words[m.group().lower()]
        name = hit.generic or m.group().lower()
        hits.append((name, hit.generic, hit.cls, m.group(), ctx if ctx.other else None))
    for n in offered:
        if n == 0:
            continue
        regex, cls = lex.lay_medicines[n - 1]
        for m in regex.finditer(sentence):
            ctx = _context(sentence, m.start(), m.end(), protected)
            if ctx.historical or ctx.hypothetical:
                state.fact("medicines", m.group(), m.group(), ctx)
            elif not ctx.negated:
                hits.append((m.group().lower(), None, cls, m.group(), ctx if ctx.other else None))
    named = {cls for _, generic, cls, _, _ in hits if generic}
    for name, generic, cls, words, theirs in hits:
        if generic is None and cls in named:
            continue  # "water pills (furosemide)": the named medicine is enough
        if any(med.name == name for med in state.medicines):
            continue
        medicine = Medicine(name=name, cls=cast("MedicineClass", cls))
        if theirs is not None:
            state.their_medicines.append((medicine, words, theirs))
            state.fact("medicines", name, words, context.Context(other=True))
            continue
        state.medicines.append(medicine)
        label = lex.classes[cls].label
        state.fact("medicines", f"{name}: {label}", words)
