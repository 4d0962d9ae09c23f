"""Free text to Intake, by rules (no machine learning).

Sentence by sentence: lay phrases from the lexicon (longest match first), with
negation scope; medicine names mapped to classes; places and times; numbers
with units. Every value set keeps the words it came from as a :class:`Fact`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

from crampcare.intake import clock, concern_cues, concerns, context, numbers, people
from crampcare.intake.lexicon import (
    Compiled,
    Lexicon,
    PhraseIndex,
    compounds,
    load_lexicon,
    present_triggers,
)
from crampcare.intake.model import Concern, Intake, Medicine, MedicineClass, assemble
from crampcare.intake.negation import clause, sentences
from crampcare.intake.state import State
from crampcare.wording import language, spelling

_PERSON = frozenset({"who", "sex", "age"})
_COLLECTIONS = frozenset({"locations", "contexts", "conditions", "events"})
# "I get cramps", "my calf cramps": the text is about the writer.
_CONTEXT_PRIORITY = ("water", "sport", "public", "desk", "night")
_SWELLING = "symptoms.calf_swelling_one_side"
_RED_WARM = "symptoms.calf_red_warm"
# Hot skin all over (heat illness, fever) is not a red, warm calf.
_BODY = re.compile(
    r"(?<![\w'])(?:skin|body|forehead|face|head|all over|he'?s|she'?s|he is|she is|"
    r"little one|baby|toddler|child|kid|son|daughter)(?![\w'])",
    re.IGNORECASE,
)
_LEG = re.compile(
    r"(?<![\w'])(?:calf|calves|legs?|shins?|ankles?|thighs?|knees?|foot|feet|veins?|lump|it)(?![\w'])",
    re.IGNORECASE,
)
_ONE_SIDE = re.compile(
    r"(?<![\w'])(?:left|right|one|single|(?:that|the same|the operated|one) side)(?![\w'])",
    re.IGNORECASE,
)
_CALF = re.compile(r"(?<![\w'])(?:calf|calves|shins?|ankles?)(?![\w'])", re.IGNORECASE)
_BOTH = re.compile(r"(?<![\w'])(?:both|ankles|feet|legs|calves|thighs)(?![\w'])", re.IGNORECASE)
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
    if _NOT_LEG.search(around) and not _CALF.search(around):
        return None
    if _BOTH.search(around):
        return "symptoms.swelling_both_legs"
    return _SWELLING


def _hot_all_over(around: str) -> bool:
    return bool(_BODY.search(around)) and not _LEG.search(around)


_HOT = re.compile(r"(?<![\w'])(?:hot|burning|boiling|roasting)(?![\w'])", re.IGNORECASE)


def _feverish(sentence: str, m: _Match) -> bool:
    """A person "hot to touch" is feverish: the sentence is about a child or the body,
    and no leg was named before the words ("little one has spots, hot to touch")."""
    words = sentence[m.start : m.end]
    return (
        bool(_HOT.search(words))
        and bool(_BODY.search(sentence))
        and not _LEG.search(sentence[: m.end])
    )


def _apply(state: State, sentence: str, m: _Match, protected: list[tuple[int, int]]) -> None:
    phrase = m.item.phrase
    ctx = context.read(sentence, m.start, m.end, protected)
    # A fear taken back ("thought my son had ..., false alarm") takes back the fear, not
    # the person it was about.
    if ctx.retracted and phrase.means.keys() & _PERSON:
        ctx = ctx._replace(negated=None, retracted=False)
    # A sign said later to have gone ("... but the swelling's gone") is over, and so is
    # the sign's own word inside those words ("the swelling has gone down").
    if ctx.fires and not ctx.negated and context.resolved(sentence, m.start, phrase.means):
        ctx = ctx._replace(historical=True)
    cue = ctx.negated if phrase.negatable else None
    words = sentence[m.start : m.end]
    if cue:
        # Denied before ("no swelling") or taken back after ("... false alarm").
        at = sentence.rfind(cue, 0, m.start)
        words = sentence[at : m.end] if at >= 0 else f"{sentence[m.start : m.end]} ... {cue}"
    for path, value in phrase.means.items():
        if path == _SWELLING:
            target = _swelling_target(sentence, m)
            if target is None:
                continue
            path = target
        if path == _RED_WARM and _feverish(sentence, m):
            path = "symptoms.fever"
        elif path == _RED_WARM and _hot_all_over(clause(sentence, m.start, m.end)):
            continue
        if cue:
            if isinstance(value, bool):
                state.set_bool(path, not value, words, negated=True)
            elif isinstance(value, str) and _fires(ctx, path):
                # "no vomiting": nothing to add, but the denial is evidence that settles
                # the question ("not my husband" is about who, which has no question).
                state.fact(path, value, words, negated=True)
            continue
        if not _fires(ctx, path):
            _set_aside(state, path, value, words, ctx)
            continue
        _set(state, path, value, words)


def _fires(ctx: context.Context, path: str) -> bool:
    if ctx.fires:
        return True
    rules = context.rules()
    head = path.split(".")[0]
    if ctx.hypothetical or ctx.other:
        return False
    if ctx.historical and path not in rules.historical_still_fires:
        return False
    return not ctx.uncertain or head in rules.uncertain_still_fires


def _set(state: State, path: str, value: Any, words: str) -> None:
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


def _set_aside(state: State, path: str, value: Any, words: str, ctx: context.Context) -> None:
    """Keep a finding that must not fire as evidence with its context; ask if unsure."""
    if path in ("who", "sex", "age"):
        _set(state, path, value, words)  # who the text is about is read by _attribute
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


def _medicines(state: State, lex: Lexicon, sentence: str, protected: list[tuple[int, int]]) -> None:
    # name, generic, class, words, whose (the context when someone else's)
    hits: list[tuple[str, str | None, str, str, context.Context | None]] = []
    # Only the patterns whose words the sentence holds: the others find nothing.
    offered = lex.medicine_patterns(sentence)
    names = lex.medicine_regex.finditer(sentence) if offered[:1] == [0] else iter(())
    for m in names:
        ctx = context.read(sentence, m.start(), m.end(), protected)
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
            ctx = context.read(sentence, m.start(), m.end(), protected)
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


def _compounds(state: State) -> None:
    """Findings told across sentences (lexicon/compounds.yaml)."""
    texts = [s.text for s in state.seen]
    for compound, parts in compounds():
        for i in range(len(texts)):
            window = " ".join(texts[i : i + compound.within])
            lowered = window.lower()
            found = []
            for part in parts:
                hit = part.search(window, lowered)
                if hit is None:
                    break
                found.append(hit)
            else:
                words = " ... ".join(m.group() for m in found)
                for path, value in compound.means.items():
                    _set(state, path, value, words)
                break


def _numbers(state: State, text: str) -> None:
    who = state.data.get("who")
    about_other = bool(who and who != "self" and not people.writer_is_patient(text))
    told = numbers.durations(text)
    if not clock.still_going(text):
        told = [f for f in told if not f.rest]  # the rest outlasted a cramp that went
    found = [_quoted_limit(text, f) for f in told] + clock.durations(text)
    durations = _this_episode(
        text, people.now_of_patient(text, found, about_other, whose_only=True)
    )
    if durations:
        value, words = max(durations)
        state.data["duration_minutes"] = value
        state.fact("duration_minutes", value, words)
    freqs = people.now_of_patient(text, numbers.frequencies(text), about_other)
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


def _quoted_limit(text: str, found: numbers.Duration) -> tuple[float, str]:
    """ "More than 10 minutes" in an if or a claim read ("a cramp lasting more than 10
    minutes can be serious") quotes the limit, not a cramp past it: it is read as the
    number itself. The length is kept either way (an "if" must not hide a red flag's
    measure); only the "past it" goes."""
    if not found.over:
        return found.minutes, found.words
    for _, sentence in sentences(text):
        at = sentence.find(found.words)
        if at >= 0 and context.read(sentence, at, at + len(found.words)).hypothetical:
            return found.minutes, found.words
    return found.past, found.words


def _this_episode(text: str, found: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Drop the length of an earlier episode when this one's is told too.

    "Last time it lasted 15 minutes; tonight's lasted 2" is a 2-minute cramp. A past
    length alone is kept (fail safe: the reader may have misjudged which one is now).
    """
    episode = context.rules().past_episode
    if episode is None:
        return found
    past = []
    for _, words in found:
        at = text.find(words)
        start = max(text.rfind(c, 0, at) for c in ".!?;") + 1 if at >= 0 else 0
        past.append(bool(episode.search(text, start, max(at, start))))
    now = [f for f, was in zip(found, past, strict=True) if not was]
    return now or found


def _attribute(state: State, text: str) -> bool:
    """Decide whose cramps these are; True when the text is about someone else.

    "My husband had a cramp" is about the husband: his findings are the
    patient's. "My dad had a heart attack; I get cramps" is about the writer,
    and the heart attack stays the dad's (kept in the evidence, not fired).
    """
    who = state.data.get("who")
    writer = people.writer_is_patient(text)
    if not people.tells_own_cramp(text):
        _subject_findings(state)
    if who == "other" and (owner := people.cramp_owner(text)):
        state.data["who"] = who = owner  # a family member's cramp, another person named first
    if who and who != "self" and writer:
        for key in ("who", "sex", "age"):
            state.data.pop(key, None)
        state.facts = [f for f in state.facts if f.field not in ("who", "sex", "age")]
        who = None
    if not (who and who != "self"):
        return False
    # The text is about that person: what is said about them is the patient's.
    # Each is theirs as it would be the writer's: "Mum may have taken her whole week's
    # pills" is a suspicion that fires as the patient's (events).
    their_findings = [
        a
        for a in state.aside
        if a[3].other
        and not (a[3].outsider and who != "other")
        and _fires(a[3]._replace(other=False), a[0])
    ]
    # Their findings are the patient's: kept once, without the "someone else" flag.
    state.facts = [
        f
        for f in state.facts
        if not (f.experiencer == "other" and f.certainty == "certain")
        or f.hypothetical
        or f.historical
    ]
    for path, value, words, _ in their_findings:
        _set(state, path, value, words)
    for medicine, words, ctx in state.their_medicines:
        # "My mum's friend was told it was her statin": an outsider's stays theirs.
        if ctx.outsider and who != "other":
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
        if ctx.by_subject and _fires(ctx._replace(other=False), path):
            _set(state, path, value, words)
    for medicine, words, ctx in state.their_medicines:
        if ctx.by_subject and not any(med.name == medicine.name for med in state.medicines):
            state.medicines.append(medicine)
            state.fact("medicines", f"{medicine.name}: {medicine.cls}", words)


def parse_text(text: str) -> Intake:
    """Understand a free-text description; unknown things stay unknown (None)."""
    lex = load_lexicon()
    # Another language's warning signs are read in English; the concern below says the
    # message could not be read in full.
    written_in = language.find(text)
    clean = spelling.normalise(language.into_english(text, written_in))
    state = State()
    for _, sentence in sentences(clean):
        present = present_triggers(sentence.lower())
        matches = _select(sentence, lex.phrase_index, present)
        # A named person stays a context trigger; a no-op ("other leg is fine") shields its words.
        protected = [
            (m.start, m.end) for m in matches if not (m.item.phrase.means.keys() & _PERSON)
        ]
        state.seen.append(concerns.Sentence(sentence, tuple(protected)))
        for m in matches:
            _apply(state, sentence, m, protected)
        _medicines(state, lex, sentence, protected)
        for group in lex.place_indexes:
            for m in _select(sentence, group, present):
                _apply(state, sentence, m, protected)
    _compounds(state)
    for path, value, words in state.doubtful_but_feared():
        _set(state, path, value, words)
    _numbers(state, clean)
    about_other = _attribute(state, clean)
    subject_counts = about_other or not people.tells_own_cramp(clean)
    data: dict[str, Any] = dict(state.data)
    data["symptoms"] = state.symptoms
    data["medicines"] = state.medicines
    data.update(state.sets)
    if state.contexts:
        data["usual_context"] = min(state.contexts, key=_CONTEXT_PRIORITY.index)
    if data.get("pregnant") and "sex" not in data:
        data["sex"] = "female"
    data["evidence"] = state.facts
    intake = assemble(data)
    found = [
        *state.uncertain,
        *concerns.find(intake, state.seen, about_other, subject_counts),
        *language.concerns(written_in),
    ]
    intake.concerns = list({c.topic: c for c in found}.values())
    return intake
