"""Writing report files atomically: a reader never sees half a report.

The one implementation is ``crampcare.files.write_atomic``; this name stays for
the report's callers. ``write_changed`` leaves a file alone that already holds
exactly these bytes (a chart of an unchanged diary, written again by each
``report --charts``): its durable write, two fsyncs a file, was a fifth of a
cached report's whole process.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from crampcare.files import PRIVATE, write_atomic

__all__ = ["write_atomic", "write_changed"]


def write_changed(path: Path, data: bytes) -> bool:
    """``write_atomic(path, data)`` unless ``path`` already is a private file of these bytes.

    True if it wrote. Anything else there (another size, other bytes, other
    permissions, a link, a folder) goes through ``write_atomic``, which replaces it
    or says why it cannot.
    """
    try:
        found = os.lstat(path)
        same = (
            stat.S_ISREG(found.st_mode)
            and stat.S_IMODE(found.st_mode) == PRIVATE
            and found.st_size == len(data)
            and path.read_bytes() == data
        )
    except OSError:
        same = False
    if same:
        return False
    write_atomic(path, data)
    return True
