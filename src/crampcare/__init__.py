"""crampcare: an offline, evidence-graded self-care companion for muscle cramps.

The public Python API of the core is re-exported here; ``__all__`` is kept
complete by a test.
"""

from crampcare.knowledge import Grade, KnowledgeBase, KnowledgeBaseError, UnknownEntry
from crampcare.knowledge import load as load_knowledge

__version__ = "0.1.0"

__all__ = [
    "Grade",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "UnknownEntry",
    "__version__",
    "load_knowledge",
]
