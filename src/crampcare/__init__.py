"""crampcare: an offline, evidence-graded self-care companion for muscle cramps.

The core's public Python API, importable from here. Names load on first use
(PEP 562), so ``import crampcare`` stays instant and the command line never
pays for SQLAlchemy, numpy or tantivy it does not need. ``__all__`` is kept
complete by a test.
"""

from __future__ import annotations

from importlib import import_module

# Not typing.TYPE_CHECKING: importing typing costs the fast path of the 3 a.m.
# commands (crampcare.fastpath) a quarter of a bare interpreter's start-up.
TYPE_CHECKING = False

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # knowledge base
    "Grade": "crampcare.vocabulary",
    "KnowledgeBase": "crampcare.knowledge",
    "KnowledgeBaseError": "crampcare.knowledge",
    "UnknownEntry": "crampcare.knowledge",
    "load_knowledge": "crampcare.knowledge",
    "find_point": "crampcare.knowledge.atlas",
    "UnknownPoint": "crampcare.knowledge.atlas",
    # intake and triage
    "Intake": "crampcare.intake",
    "parse_text": "crampcare.intake",
    "read_text": "crampcare.intake",
    "understood": "crampcare.intake",
    "triage": "crampcare.triage_rules",
    "assess": "crampcare.assessment",
    "TriageResult": "crampcare.triage_rules",
    "ToConfirm": "crampcare.triage_rules",
    "red_flags": "crampcare.triage_rules",
    # plan and guided session
    "build_plan": "crampcare.plan",
    "Plan": "crampcare.plan",
    "build_session": "crampcare.guide",
    "Session": "crampcare.guide",
    # ask
    "ask": "crampcare.search",
    "AskResult": "crampcare.search",
    "Answer": "crampcare.search",
    "Searcher": "crampcare.search",
    # diary
    "Diary": "crampcare.diary.store",
    "EpisodeIn": "crampcare.diary.models",
    "Episode": "crampcare.diary.models",
    "CheckIn": "crampcare.diary.models",
    "CheckInIn": "crampcare.diary.models",
    "analyse": "crampcare.analysis.person",
    "Analysis": "crampcare.analysis.results",
    "simulate": "crampcare.analysis.simulate",
    # errors
    "CrampcareError": "crampcare.errors",
}
_RENAMED = {"load_knowledge": "load"}

__all__ = [
    "Analysis",
    "Answer",
    "AskResult",
    "CheckIn",
    "CheckInIn",
    "CrampcareError",
    "Diary",
    "Episode",
    "EpisodeIn",
    "Grade",
    "Intake",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Plan",
    "Searcher",
    "Session",
    "ToConfirm",
    "TriageResult",
    "UnknownEntry",
    "UnknownPoint",
    "__version__",
    "analyse",
    "ask",
    "assess",
    "build_plan",
    "build_session",
    "find_point",
    "load_knowledge",
    "parse_text",
    "read_text",
    "red_flags",
    "simulate",
    "triage",
    "understood",
]


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'crampcare' has no attribute {name!r}")
    value = getattr(import_module(module), _RENAMED.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    from crampcare.analysis.person import analyse
    from crampcare.analysis.results import Analysis
    from crampcare.analysis.simulate import simulate
    from crampcare.assessment import assess
    from crampcare.diary.models import CheckIn, CheckInIn, Episode, EpisodeIn
    from crampcare.diary.store import Diary
    from crampcare.errors import CrampcareError
    from crampcare.guide import Session, build_session
    from crampcare.intake import Intake, parse_text, read_text, understood
    from crampcare.knowledge import KnowledgeBase, KnowledgeBaseError, UnknownEntry
    from crampcare.knowledge import load as load_knowledge
    from crampcare.knowledge.atlas import UnknownPoint, find_point
    from crampcare.plan import Plan, build_plan
    from crampcare.search import Answer, AskResult, Searcher, ask
    from crampcare.triage_rules import ToConfirm, TriageResult, red_flags, triage
    from crampcare.vocabulary import Grade
