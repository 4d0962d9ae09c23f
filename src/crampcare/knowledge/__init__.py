"""The knowledge base: typed models, the packaged YAML data, and its lint."""

from crampcare.knowledge.loader import KnowledgeBase, KnowledgeBaseError, UnknownEntry, load
from crampcare.vocabulary import Grade

__all__ = ["Grade", "KnowledgeBase", "KnowledgeBaseError", "UnknownEntry", "load"]
