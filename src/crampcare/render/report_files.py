"""Writing report files atomically: a reader never sees half a report.

The one implementation is ``crampcare.files.write_atomic``; this name stays for
the report's callers.
"""

from __future__ import annotations

from crampcare.files import write_atomic

__all__ = ["write_atomic"]
