"""The knowledge base as plain JSON-ready data: the stable export interface.

Every entry document has at least ``id``, ``kind``, ``title``, ``text``,
``grade``, ``cautions``, ``contraindications`` and ``sources``; kind-specific
fields follow. docs/knowledge-base.md documents the format.
"""

from __future__ import annotations

from typing import Any

from crampcare.knowledge.loader import KnowledgeBase
from crampcare.knowledge.schema import Cause, Entry

FORMAT_VERSION = 1

_COMMON = ("id", "kind", "title", "text", "grade", "cautions", "contraindications", "sources")


def entry_summary(entry: Entry) -> dict[str, Any]:
    """id, kind, grade and title: a line of a listing."""
    return {
        "id": entry.id,
        "kind": entry.kind,
        "grade": entry.grade.value if entry.grade else None,
        "link": entry.link.value if isinstance(entry, Cause) else None,
        "title": entry.title,
    }


def entry_document(entry: Entry) -> dict[str, Any]:
    """The full entry as JSON-ready data, common fields first."""
    data = entry.model_dump(mode="json", by_alias=True, exclude_none=True)
    data["grade"] = entry.grade.value if entry.grade else None
    data["cautions"] = list(entry.cautions)
    data["contraindications"] = [c.model_dump(mode="json") for c in entry.contraindications]
    data["sources"] = [s.model_dump(mode="json", exclude_none=True) for s in entry.sources]
    ordered = {k: data.pop(k) for k in _COMMON}
    ordered.update(data)
    return ordered


def export_document(kb: KnowledgeBase) -> dict[str, Any]:
    """The whole knowledge base as one JSON-ready document."""
    counts: dict[str, int] = {}
    for e in kb:
        counts[e.kind] = counts.get(e.kind, 0) + 1
    return {
        "format": "crampcare-knowledge-base",
        "version": FORMAT_VERSION,
        "fingerprint": kb.fingerprint,
        "counts": counts,
        "entries": [entry_document(e) for e in kb],
        "coverage": [item.model_dump(mode="json", exclude_none=True) for item in kb.coverage],
    }
