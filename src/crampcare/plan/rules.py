"""Plan-level safety rules on top of ``crampcare.safety``: inherited reasons, no doses."""

from __future__ import annotations

import re

from crampcare.knowledge.loader import KnowledgeBase
from crampcare.knowledge.schema import Entry, Prevention
from crampcare.safety import NOT_SELF_CARE, Exclusion, contraindication, exclusion

_DOSE = re.compile(r"\d\s*(mg|g|µg|mcg|ml|iu|units?|tablets?|drops?)\b", re.IGNORECASE)


def in_scope(entry: Entry, situ: frozenset[str]) -> bool:
    """Whether ``entry`` speaks to this person at all (not a pregnancy-only item for others,
    not an outside-pregnancy grade for a pregnant woman)."""
    if entry.only_for and not situ & set(entry.only_for):
        return False
    return not situ & set(entry.superseded_for)


def suited(entry: Entry, situ: frozenset[str]) -> bool:
    """Whether the person's own guidance names this item (it leads its grade)."""
    return bool(situ & set(entry.suited_to))


def blocked(kb: KnowledgeBase, entry: Entry, situ: frozenset[str]) -> Exclusion | None:
    """Why ``entry`` is not advice here; a prevention entry inherits its techniques' reasons."""
    ex = exclusion(entry, situ)
    if ex is not None or not isinstance(entry, Prevention):
        return ex
    for tid in entry.techniques:
        technique = kb.entries.get(tid)
        inner = exclusion(technique, situ) if technique is not None else None
        if inner is not None and inner.filter != NOT_SELF_CARE:
            return inner.model_copy(update={"id": entry.id, "title": entry.title})
    return None


def contra(kb: KnowledgeBase, entry: Entry, situ: frozenset[str]) -> Exclusion | None:
    """The situational part of :func:`blocked`: contraindications, own or inherited."""
    ex = contraindication(entry, situ)
    if ex is not None or not isinstance(entry, Prevention):
        return ex
    for tid in entry.techniques:
        technique = kb.entries.get(tid)
        inner = contraindication(technique, situ) if technique is not None else None
        if inner is not None:
            return inner.model_copy(update={"id": entry.id, "title": entry.title})
    return None


def undosed(text: str) -> str:
    """Text with every sentence that names an amount removed: explain, never dose."""
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    return " ".join(s for s in sentences if not _DOSE.search(s))
