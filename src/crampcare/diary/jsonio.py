"""The diary as one JSON document (imports back with ``diary import FILE.json``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from crampcare.diary.models import CheckIn, Episode

FORMAT = "crampcare-diary"
VERSION = 1


def diary_document(episodes: Iterable[Episode], checkins: Iterable[CheckIn]) -> dict[str, Any]:
    """Episodes and check-ins with their ids, as plain JSON-ready data."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "episodes": [e.model_dump(mode="json") for e in episodes],
        "checkins": [c.model_dump(mode="json") for c in checkins],
    }
