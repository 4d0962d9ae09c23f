"""The knowledge base: typed models, the packaged YAML data, and its lint."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crampcare.vocabulary import Grade

if TYPE_CHECKING:
    from crampcare.knowledge.loader import KnowledgeBase, KnowledgeBaseError, UnknownEntry, load

__all__ = ["Grade", "KnowledgeBase", "KnowledgeBaseError", "UnknownEntry", "load"]


def __getattr__(name: str) -> Any:
    # The loader (and pydantic with it) on first use: ``knowledge.files`` alone, which
    # the fast paths read, must not bring them in.
    if name in {"KnowledgeBase", "KnowledgeBaseError", "UnknownEntry", "load"}:
        from crampcare.knowledge import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
