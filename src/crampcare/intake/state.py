"""What the free-text reader has found so far: values, evidence and what it set aside.

Kept apart from the reading itself (``parse``) so that each reading step
(phrases, medicines, numbers, who the text is about) adds to one record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crampcare.intake import concerns, context
from crampcare.intake.model import Concern, Fact, Medicine

#: For these yes/no fields the cautious answer wins when the text says both.
FALSE_WINS = frozenset({"eased_by_stretching", "tetanus_up_to_date"})


@dataclass
class State:
    data: dict[str, Any] = field(default_factory=dict)
    symptoms: dict[str, bool] = field(default_factory=dict)
    sets: dict[str, list[str]] = field(default_factory=dict)
    medicines: list[Medicine] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    #: Findings set aside by their context: (path, value, words, context).
    aside: list[tuple[str, Any, str, context.Context]] = field(default_factory=list)
    uncertain: list[Concern] = field(default_factory=list)
    #: Medicines said to be someone else's ("my mum's on statins"): the patient's
    #: only when the text is about that person.
    their_medicines: list[tuple[Medicine, str, context.Context]] = field(default_factory=list)
    seen: list[concerns.Sentence] = field(default_factory=list)
    #: The whole text being read (what may void a sign's settling is told anywhere).
    text: str = ""

    def fact(
        self,
        path: str,
        value: Any,
        words: str,
        ctx: context.Context | None = None,
        negated: bool = False,
    ) -> None:
        flags: dict[str, Any] = {"negated": negated}
        if ctx is not None:
            flags = {
                "hypothetical": ctx.hypothetical,
                "historical": ctx.historical,
                "experiencer": "other" if ctx.other else "patient",
                "certainty": "uncertain" if ctx.uncertain else "certain",
            }
        same = (f for f in self.facts if f.field == path and f.value == value)
        if not any(all(getattr(f, k) == v for k, v in flags.items()) for f in same):
            self.facts.append(Fact(field=path, value=value, words=words.strip(" ,;"), **flags))

    def set_bool(self, path: str, value: bool, words: str, negated: bool = False) -> None:
        if path.startswith("symptoms."):
            name = path.split(".", 1)[1]
            # A sign mentioned anywhere as present stays present.
            self.symptoms[name] = self.symptoms.get(name, False) or value
        elif path in FALSE_WINS:
            self.data[path] = self.data.get(path, True) and value
        else:
            self.data[path] = self.data.get(path, False) or value
        self.fact(path, value, words, negated=negated)

    def add(self, path: str, value: Any, words: str) -> None:
        values = value if isinstance(value, list) else [value]
        bucket = self.sets.setdefault(path, [])
        for v in values:
            if v not in bucket:
                bucket.append(v)
            self.fact(path, v, words)

    def doubtful_but_feared(self) -> list[tuple[str, Any, str]]:
        """Uncertain findings, and findings asked about in a question, whose feared cause
        the text also names as fact (context.yaml's ``uncertain_fires_with`` and
        ``asked_fires_with``): they fire, as a nurse would act on them."""
        rules = context.rules()
        out = []
        for path, value, words, ctx in self.aside:
            if ctx.historical or ctx.other:
                continue
            if ctx.uncertain and not ctx.hypothetical:
                keys = rules.uncertain_fires_with.get(path, ())
            elif ctx.hypothetical and not ctx.uncertain and not ctx.negated:
                keys = rules.asked_fires_with.get(path, ())
            else:
                continue
            if any(self._holds(key) for key in keys):
                out.append((path, value, words))
        return out

    def _holds(self, key: str) -> bool:
        path, _, wanted = key.partition("=")
        if path in self.sets:
            return wanted in self.sets[path]
        if path.startswith("symptoms."):
            return self.symptoms.get(path.removeprefix("symptoms."), False) is True
        value = self.data.get(path)
        return bool(value) if not wanted else str(value) == wanted
