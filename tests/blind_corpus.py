"""The blind development vignettes, read once, and a stable share of them.

Several tests compare two ways of reading a text (a fast path and the full screen) over
the blind corpus. The corpus grows by well over a thousand texts a round, and reading
all of it twice took the longest test of a CI run to six minutes of its twenty. Those
tests take a share: the texts whose checksum falls in one of ``share`` buckets. A text's
bucket depends on its words alone, so a file added later neither moves the texts already
chosen nor goes unread (its texts join their buckets), and a failure names a text that
fails again on the next run. ``CRAMPCARE_EVERY_TEXT=1`` reads every text, as one does
after changing the reader's fast paths.
"""

from __future__ import annotations

import json
import os
import zlib
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "data" / "triage_blind"


@cache
def batches() -> dict[str, tuple[str, ...]]:
    """Each development file's vignette texts, by file name, in name order."""
    return {
        path.name: tuple(
            json.loads(line)["text"]
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        )
        for path in sorted(FOLDER.glob("*.jsonl"))
    }


@cache
def blind_texts() -> tuple[str, ...]:
    """Every development vignette's text, file by file in name order."""
    return tuple(text for texts in batches().values() for text in texts)


def every_text() -> bool:
    return os.environ.get("CRAMPCARE_EVERY_TEXT", "") not in ("", "0")


def share_of(texts: tuple[str, ...] | list[str], share: int) -> list[str]:
    """One text in about ``share``, chosen by its checksum; all of them when asked."""
    if share <= 1 or every_text():
        return list(texts)
    return [t for t in texts if zlib.crc32(t.encode("utf-8")) % share == 0]
