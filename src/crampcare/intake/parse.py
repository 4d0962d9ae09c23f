"""Free text to Intake, by rules (no machine learning).

Sentence by sentence: lay phrases from the lexicon (longest match first), with
negation scope; medicine names mapped to classes; places and times; numbers
with units. Every value set keeps the words it came from as a :class:`Fact`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from crampcare.intake import numbers
from crampcare.intake.lexicon import Compiled, Lexicon, PhraseIndex, load_lexicon, present_triggers
from crampcare.intake.model import Fact, Intake, Medicine
from crampcare.intake.negation import clause, negated, sentences

_COLLECTIONS = frozenset({"locations", "contexts", "conditions", "events"})
#: For these yes/no fields the cautious answer wins when the text says both.
_FALSE_WINS = frozenset({"eased_by_stretching", "tetanus_up_to_date"})
# Someone else's history ("my dad had a heart attack") is not the person's own.
_OTHER_PERSON = re.compile(
    r"(?<![\w'])(?:my|our|his|her) (?:dad|father|mum|mom|mother|parents?|brother|sister|"
    r"grand\w+|granny|nan|uncle|aunt\w*|cousin|friend|family|husband|wife|partner|son|"
    r"daughter)(?![\w'])|runs in (?:the|my|our) family",
    re.IGNORECASE,
)
# "I get cramps", "my calf cramps": the text is about the writer.
_FIRST_PERSON_CRAMP = re.compile(
    r"(?<![\w'])(?:i (?:get|got|have|had|'ve had|keep getting|woke|wake|am getting|suffer)|"
    r"i've had|my (?:calf|calves|legs?|foot|feet|toes?|thighs?|hamstrings?|muscles?))"
    r"(?![\w'])[^.!?]{0,40}?(?:cramp|spasm|charley|charlie)",
    re.IGNORECASE,
)
_CONTEXT_PRIORITY = ("water", "sport", "public", "desk", "night")
_SWELLING = "symptoms.calf_swelling_one_side"
_ONE_SIDE = re.compile(r"(?<![\w'])(?:left|right|one|single)(?![\w'])", re.IGNORECASE)
_BOTH = re.compile(r"(?<![\w'])(?:both|ankles|feet|legs|calves)(?![\w'])", re.IGNORECASE)
_NOT_LEG = re.compile(
    r"(?<![\w'])(?:glands?|face|eyes?|lips?|tongue|throat|tummy|belly|stomach|hands?|fingers?|"
    r"gums?|neck|wrists?|arms?|breasts?|joints?|knees?)(?![\w'])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    item: Compiled


@dataclass
class _State:
    data: dict[str, Any] = field(default_factory=dict)
    symptoms: dict[str, bool] = field(default_factory=dict)
    sets: dict[str, list[str]] = field(default_factory=dict)
    medicines: list[Medicine] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    others: list[tuple[str, str, str]] = field(default_factory=list)  # about someone else

    def fact(self, path: str, value: Any, words: str) -> None:
        if not any(f.field == path and f.value == value for f in self.facts):
            self.facts.append(Fact(field=path, value=value, words=words.strip(" ,;")))

    def set_bool(self, path: str, value: bool, words: str) -> None:
        if path.startswith("symptoms."):
            name = path.split(".", 1)[1]
            # A sign mentioned anywhere as present stays present.
            self.symptoms[name] = self.symptoms.get(name, False) or value
        elif path in _FALSE_WINS:
            self.data[path] = self.data.get(path, True) and value
        else:
            self.data[path] = self.data.get(path, False) or value
        self.fact(path, value, words)

    def add(self, path: str, value: Any, words: str) -> None:
        values = value if isinstance(value, list) else [value]
        bucket = self.sets.setdefault(path, [])
        for v in values:
            if v not in bucket:
                bucket.append(v)
            self.fact(path, v, words)


def _select(sentence: str, index: PhraseIndex, present: frozenset[str]) -> list[_Match]:
    """All phrase matches, longest first, without overlaps; ``present``: its triggers."""
    found = [
        _Match(m.start(), m.end(), item)
        for item, pattern in index.candidates(present)
        for m in pattern.regex.finditer(sentence)
        if m.end() > m.start()
    ]
    found.sort(key=lambda m: (m.start - m.end, m.start))
    chosen: list[_Match] = []
    for m in found:
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def _swelling_target(sentence: str, m: _Match) -> str | None:
    """Which sign a swelling phrase means: one calf, both legs, or not a leg at all."""
    around = clause(sentence, m.start, m.end)
    if _ONE_SIDE.search(around):
        return _SWELLING
    if _NOT_LEG.search(around):
        return None
    if _BOTH.search(around):
        return "symptoms.swelling_both_legs"
    return _SWELLING


def _apply(state: _State, sentence: str, m: _Match, protected: list[tuple[int, int]]) -> None:
    phrase = m.item.phrase
    cue = negated(sentence, m.start, protected) if phrase.negatable else None
    words = sentence[m.start : m.end]
    if cue:
        words = sentence[sentence.rfind(cue, 0, m.start) : m.end]
    for path, value in phrase.means.items():
        if path == _SWELLING:
            target = _swelling_target(sentence, m)
            if target is None:
                continue
            path = target
        if isinstance(value, bool):
            state.set_bool(path, value != bool(cue), words)
        elif cue:
            continue  # "no surgery", "not my husband": nothing to add
        elif path in _COLLECTIONS:
            if path in ("conditions", "events") and _OTHER_PERSON.search(
                clause(sentence, m.start, m.end)
            ):
                for v in value if isinstance(value, list) else [value]:
                    state.others.append((path, v, words))
                continue
            state.add(path, value, words)
        elif path == "usual_context":
            state.contexts.append(str(value))
            state.fact(path, value, words)
        else:
            state.data.setdefault(path, value)
            state.fact(path, value, words)


def _medicines(
    state: _State, lex: Lexicon, sentence: str, protected: list[tuple[int, int]]
) -> None:
    hits: list[tuple[str, str | None, str, str]] = []  # name, generic, class, words
    for m in lex.medicine_regex.finditer(sentence):
        if negated(sentence, m.start(), protected):
            continue
        hit = lex.medicine_words[m.group().lower()]
        hits.append((hit.generic or m.group().lower(), hit.generic, hit.cls, m.group()))
    for regex, cls in lex.lay_medicines:
        for m in regex.finditer(sentence):
            if not negated(sentence, m.start(), protected):
                hits.append((m.group().lower(), None, cls, m.group()))
    named = {cls for _, generic, cls, _ in hits if generic}
    for name, generic, cls, words in hits:
        if generic is None and cls in named:
            continue  # "water pills (furosemide)": the named medicine is enough
        if any(med.name == name for med in state.medicines):
            continue
        state.medicines.append(Medicine.model_validate({"name": name, "cls": cls}))
        label = lex.classes[cls].label
        state.fact("medicines", f"{name}: {label}", words)


def _numbers(state: _State, text: str) -> None:
    durations = numbers.durations(text)
    if durations:
        value, words = max(durations)
        state.data["duration_minutes"] = value
        state.fact("duration_minutes", value, words)
    freqs = numbers.frequencies(text)
    if freqs:
        value, words = max(freqs)
        state.data["frequency_per_week"] = value
        state.fact("frequency_per_week", value, words)
    ages = numbers.ages(text)
    if ages:
        state.data["age"], words = ages[0]
        state.fact("age", state.data["age"], words)
    weeks = numbers.pregnancy_weeks(text, bool(state.data.get("pregnant")))
    if weeks:
        state.data["pregnancy_week"], words = weeks[0]
        state.data["pregnant"] = True
        state.fact("pregnancy_week", state.data["pregnancy_week"], words)


def _attribute(state: _State, text: str) -> None:
    """Decide whose cramps these are, and keep other people's history out.

    "My husband had a cramp" is about the husband; "My dad had a heart attack;
    I get cramps" is about the writer, and the heart attack is the dad's.
    """
    mine = _FIRST_PERSON_CRAMP.search(text)
    who = state.data.get("who")
    if who and who != "self" and mine:
        first_other = _OTHER_PERSON.search(text)
        if first_other is None or mine.start() < first_other.start() or "myself" in text.lower():
            for key in ("who", "sex", "age"):
                state.data.pop(key, None)
            state.facts = [f for f in state.facts if f.field not in ("who", "sex", "age")]
            who = None
    if who and who != "self":
        # The text is about that person: their history is the history that matters.
        for path, value, words in state.others:
            state.add(path, value, words)


def parse_text(text: str) -> Intake:
    """Understand a free-text description; unknown things stay unknown (None)."""
    lex = load_lexicon()
    clean = text.replace("\u2019", "'").replace("\u2018", "'")
    state = _State()
    for _, sentence in sentences(clean):
        present = present_triggers(sentence.lower())
        matches = _select(sentence, lex.phrase_index, present)
        protected = [(m.start, m.end) for m in matches]
        for m in matches:
            _apply(state, sentence, m, protected)
        _medicines(state, lex, sentence, protected)
        for group in lex.place_indexes:
            for m in _select(sentence, group, present):
                _apply(state, sentence, m, protected)
    _numbers(state, clean)
    _attribute(state, clean)
    data: dict[str, Any] = dict(state.data)
    data["symptoms"] = state.symptoms
    data["medicines"] = state.medicines
    data.update(state.sets)
    if state.contexts:
        data["usual_context"] = min(state.contexts, key=_CONTEXT_PRIORITY.index)
    if data.get("pregnant") and "sex" not in data:
        data["sex"] = "female"
    data["evidence"] = state.facts
    return Intake.model_validate(data)


def understood(intake: Intake) -> list[str]:
    """The "I understood: ..." lines for an intake parsed from text."""
    return [f.describe() for f in intake.evidence]
