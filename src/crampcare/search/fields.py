"""What the index holds for each entry: the text of its fields and its exact names.

An entry's structured data is said in words ("first_aid" becomes "firstaid
relieve"), and its example questions carry what the synonym table says their lay
words mean, so questions and entries meet in the same vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from crampcare.search.query import stem_key

#: Field boosts: a word in the title says more than a word in the evidence notes.
BOOSTS: dict[str, float] = {
    "title": 3.0,
    "aliases": 2.5,
    "questions": 2.0,
    "text": 1.2,
    "facets": 0.8,
    "body": 0.5,
}

#: Structured fields said in words, so "what do I do right now" (first aid) or "in the
#: pool" (water) meet the entries they describe. "firstaid" is one token on purpose:
#: the word "first" alone is everywhere.
_FACET_WORDS: dict[str, str] = {
    "first_aid": "firstaid relieve",
    "acute": "relieve",
    "after": "after a cramp soreness",
    "prevention": "prevent prevention stop cramps coming back",
    "water": "water swimming",
    "sport": "sport exercise",
    "thigh_front": "front of the thigh",
    "thigh_back": "back of the thigh",
    "chest_belly": "chest belly",
    "whole_body": "whole body",
}


def _body(entry: Any) -> str:
    """Everything else an entry says that a question may ask about."""
    parts: list[str] = []
    for attr in ("evidence", "warning", "location", "how_to_find", "press", "recipe"):
        value = getattr(entry, attr, None)
        if value:
            parts.append(str(value))
    parts += list(entry.cautions)
    parts += [c.reason for c in entry.contraindications]
    parts += [s.instruction for s in getattr(entry, "steps", ())]
    for attr in ("dose_as_seed", "serving", "how_often", "message"):
        value = getattr(entry, attr, None)
        if value:
            parts.append(str(value))
    parts += list(getattr(entry, "next_steps", ()))
    return "\n".join(parts)


def _facets(entry: Any) -> str:
    """The entry's kind, situations and body parts in words."""
    values: list[str] = [entry.kind]
    for attr in ("technique_kind", "remedy_kind", "category", "area"):
        value = getattr(entry, attr, None)
        if value:
            values.append(str(value))
    for attr in ("phase", "contexts", "locations"):
        values += [str(v) for v in getattr(entry, attr, ()) if v != "any"]
    return " ".join(_FACET_WORDS.get(v, v.replace("_", " ")) for v in values)


def entry_names(entry: Any) -> list[str]:
    """Exact keys: the id, an acupoint's code and names, every alias without spaces."""
    out = [entry.id]
    for attr in ("code", "pinyin", "english"):
        value = getattr(entry, attr, None)
        if value:
            out.append(str(value))
    out += list(entry.aliases)
    keys = {"".join(ch for ch in v.lower() if ch.isalnum()) for v in out}
    return sorted(k for k in keys if len(k) >= 3)


def anchor_names(entry: Any) -> set[str]:
    """A look-alike's names ("lockjaw", "growing pains", "tetany" from la_tetany).

    A question naming one is about cramps' look-alikes, so in scope. Names under
    four letters ("fit") are too ambiguous to decide that alone.
    """
    own = entry.id.split("_", 1)[-1].replace("_", " ")
    # Also as stems run together, so "myoclonic jerk" finds la_myoclonic_jerks.
    stemmed = [stem_key(v) for v in [*entry.aliases, own] if len(v.split()) > 1]
    return {k for k in [*entry_names(entry), own.replace(" ", ""), *stemmed] if len(k) >= 4}


def _with_meanings(texts: Iterable[str], facets: str) -> str:
    """Texts plus what the synonym table says their lay words mean.

    Questions are written the way people ask ("woke up", "in bed"); the query side
    translates such words ("asleep" -> night), so the entry side must too, or the
    two translations never meet. An idiom's meaning ("what can I do" -> first aid)
    is kept only when the entry's facets say so too: "What can I do every night to
    prevent cramps?" asks about prevention, whatever its first words suggest.
    """
    from crampcare.search.query import translations

    texts = list(texts)
    agreed = set(facets.split())
    meanings = [
        m
        for t in texts
        for m, idiom in translations(t)
        if not idiom or m.replace(" ", "") in agreed
    ]
    return "\n".join([*texts, " ".join(meanings)]) if meanings else "\n".join(texts)


def entry_fields(entry: Any) -> dict[str, str]:
    """The text of each index field for one entry."""
    facets = _facets(entry)
    return {
        "title": entry.title,
        "aliases": "\n".join(entry.aliases),
        "questions": _with_meanings(entry.questions, facets),
        "text": entry.text,
        "facets": facets,
        "body": _body(entry),
    }


def searchable(entries: Iterable[Any]) -> list[Any]:
    """Entries ``ask`` answers with: everything but the source list and triage rules."""
    return [e for e in entries if e.kind not in {"source", "red_flag"}]
