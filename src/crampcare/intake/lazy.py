"""A whole-word pattern compiled only when a text could match it.

Compiling a regular expression costs far more than running it, and one
``crampcare check`` reads one short text: most context triggers and concern
cues can be ruled out by their letters alone (``lexicon.triggers``: a text
holding none of a pattern's letter runs cannot match it; the intake tests
prove it for every pattern).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crampcare.intake.lexicon import triggers


class Lazy:
    """One pattern, matched case-insensitively on whole words."""

    __slots__ = ("_regex", "source", "triggers")

    def __init__(self, source: str) -> None:
        self.source = source
        self.triggers = tuple(triggers(source))
        self._regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile(rf"(?<![\w'])(?:{self.source})(?![\w'])", re.IGNORECASE)
        return self._regex

    def possible(self, lowered: str) -> bool:
        """Whether a text (in lower case) can match at all."""
        return not self.triggers or any(t in lowered for t in self.triggers)

    def search(self, text: str, lowered: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.possible(lowered) else None

    def finditer(
        self, text: str, lowered: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        if not self.possible(lowered[start:end]):
            return iter(())
        return self.regex.finditer(text, start, len(text) if end is None else end)
