"""Ask: free-text questions answered from the knowledge base, with grades and sources."""

from __future__ import annotations

from crampcare.search.answer import Answer, AskResult, TriageAdvice
from crampcare.search.engine import Searcher, ask, fuse, searcher

__all__ = ["Answer", "AskResult", "Searcher", "TriageAdvice", "ask", "fuse", "searcher"]
