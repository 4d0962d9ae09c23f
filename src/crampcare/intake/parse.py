"""Free text to Intake, by rules (no machine learning).

Sentence by sentence: lay phrases from the lexicon (longest match first), with
negation scope; medicine names mapped to classes; places and times; numbers
with units. Every value set keeps the words it came from as a :class:`Fact`.

This module runs the reading steps in turn over one record of what was found
(:class:`~crampcare.intake.state.State`); each step is a module of its own:
lay phrases (``phrases``), medicines (``medicines``), findings told across
sentences (here), the patient's numbers (``measures``) and whose the text is
(``attribution``), all putting findings in one way (``findings``).
"""

from __future__ import annotations

from typing import Any

from crampcare.intake import attribution, concerns, measures, medicines, people, phrases
from crampcare.intake.findings import PERSON, set_finding
from crampcare.intake.lazy import FINDER
from crampcare.intake.lexicon import compounds, load_lexicon, present_triggers
from crampcare.intake.model import Intake, assemble
from crampcare.intake.negation import sentences
from crampcare.intake.state import State
from crampcare.wording import borrowed, language, register, spelling

# "I get cramps", "my calf cramps": the text is about the writer.
_CONTEXT_PRIORITY = ("water", "sport", "public", "desk", "night")


#: ``_able`` by the words a window holds and whether it is ASCII.
ABLE_KEPT = 4096
_ABLE: dict[tuple[frozenset[str], bool], frozenset[int]] = {}


def _able(lowered: str) -> frozenset[int]:
    """The compounds (by number) each of whose parts may match a window (``Lazy.may_match``).

    A compound left out has a part that cannot match the window, so its search there
    would find nothing. Kept by the words the window holds and whether it is ASCII: a
    part that cannot match them never can (one not yet reading its clauses may be let
    by, and is then searched, as before).
    """
    every = compounds()  # first: the parts are made, their triggers in the finder
    present, ascii = FINDER.present(lowered), lowered.isascii()
    found = _ABLE.get((present, ascii))
    if found is None:
        found = frozenset(
            n
            for n, (_, parts) in enumerate(every)
            if all(part.may_match(present, ascii) for part in parts)
        )
        if len(_ABLE) >= ABLE_KEPT:
            _ABLE.clear()
        _ABLE[present, ascii] = found
    return found


def _compounds(state: State) -> None:
    """Findings told across sentences (lexicon/compounds.yaml)."""
    texts = [s.text for s in state.seen]
    # Each window of one to three sentences joined and lowered once, not once a compound,
    # with the compounds that may match it.
    windows: dict[int, list[tuple[str, str, frozenset[int]]]] = {}
    for n, (compound, parts) in enumerate(compounds()):
        told = windows.get(compound.within)
        if told is None:
            joined = (" ".join(texts[i : i + compound.within]) for i in range(len(texts)))
            pairs = [(w, w.lower()) for w in joined]
            told = windows[compound.within] = [(w, low, _able(low)) for w, low in pairs]
        for window, lowered, able in told:
            if n not in able:
                continue
            found = []
            for part in parts:
                hit = part.search(window, lowered)
                if hit is None:
                    break
                found.append(hit)
            else:
                if any(u.search(window, lowered) for u in compound.unless):
                    continue
                words = " ... ".join(m.group() for m in found)
                for path, value in compound.means.items():
                    set_finding(state, path, value, words)
                break


def parse_text(text: str) -> Intake:
    """Understand a free-text description; unknown things stay unknown (None)."""
    lex = load_lexicon()
    # Another language's warning signs are read in English; the concern below says the
    # message could not be read in full.
    written_in = language.find(text)
    english = language.into_english(text, written_in)
    if not written_in:  # an English message with a word of another language kept in it
        english, kept = borrowed.put_into_english(english)
        written_in = language.borrowed(kept)
    # A letter's formal words ("pallid", "abated") are read as everyday ones.
    clean = spelling.normalise(register.plain(english), foreign=bool(written_in))
    state = State(text=clean)
    told = [sentence for _, sentence in sentences(clean)]
    # Each sentence with all that follows it (where a sign may be said to have gone).
    for n, sentence in enumerate(told):
        later = told[n + 1 :]
        present = present_triggers(sentence.lower())
        matches = phrases.select(sentence, lex.phrase_index, present)
        # A named person stays a context trigger; a no-op ("other leg is fine") shields its words.
        protected = [(m.start, m.end) for m in matches if not (m.item.phrase.means.keys() & PERSON)]
        state.seen.append(concerns.Sentence(sentence, tuple(protected)))
        for m in matches:
            phrases.apply(state, sentence, m, protected, later)
        medicines.read(state, lex, sentence, protected)
        for group in lex.place_indexes:
            for m in phrases.select(sentence, group, present):
                phrases.apply(state, sentence, m, protected, later)
    _compounds(state)
    for path, value, words in state.doubtful_but_feared():
        set_finding(state, path, value, words)
    measures.read(state, clean)
    about_other = attribution.attribute(state, clean)
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
