"""How one finding enters what the reader has found: it fires, or it is set aside.

A finding fires when its context lets it (said of the patient, now, for sure;
a past or an unsure finding fires only where the context rules say so). One
that fires is set as the patient's; one that does not is kept as evidence with
its context, and asks its settling question when it was only said with doubt.
Every reading step (lay phrases, findings told across sentences, whose the text
is) puts findings in this one way, so it is a module of its own.
"""

from __future__ import annotations

from typing import Any

from crampcare.intake import concern_cues, context
from crampcare.intake.model import Concern
from crampcare.intake.state import State

#: The fields that say who the text is about: never set aside (``attribution`` decides
#: whose the text is), and a phrase that names a person stays a context trigger.
PERSON = frozenset({"who", "sex", "age"})
_COLLECTIONS = frozenset({"locations", "contexts", "conditions", "events"})


def fires(ctx: context.Context, path: str) -> bool:
    if ctx.fires:
        return True
    rules = context.rules()
    head = path.split(".")[0]
    if ctx.hypothetical or ctx.other:
        return False
    if ctx.historical and path not in rules.historical_still_fires:
        return False
    return not ctx.uncertain or head in rules.uncertain_still_fires


def set_finding(state: State, path: str, value: Any, words: str) -> None:
    if isinstance(value, bool):
        state.set_bool(path, value, words)
    elif path in _COLLECTIONS:
        state.add(path, value, words)
    elif path == "usual_context":
        state.contexts.append(str(value))
        state.fact(path, value, words)
    else:
        state.data.setdefault(path, value)
        state.fact(path, value, words)


def set_aside(state: State, path: str, value: Any, words: str, ctx: context.Context) -> None:
    """Keep a finding that must not fire as evidence with its context; ask if unsure."""
    if path in ("who", "sex", "age"):
        set_finding(state, path, value, words)  # who the text is about: attribution.attribute
        return
    state.aside.append((path, value, words, ctx))
    for v in value if isinstance(value, list) else [value]:
        state.fact(path, v, words, ctx)
    question = concern_cues.question_for(path)
    if ctx.uncertain and question and not (ctx.hypothetical or ctx.historical or ctx.other):
        state.uncertain.append(
            Concern(
                topic=f"unsure_{path.rsplit('.', 1)[-1]}",
                words=words.strip(" ,;"),
                reason="This was said with some doubt, so it needs a clear answer.",
                question=question,
            )
        )
