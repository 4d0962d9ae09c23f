"""A whole-word pattern compiled only when a text could match it.

Compiling a regular expression costs far more than running it, and one
``crampcare check`` reads one short text: most context triggers and concern
cues can be ruled out by their letters alone (``prefilter.triggers``: a text
holding none of a pattern's letter runs cannot match it; the intake tests
prove it for every pattern). A rare form's pattern (:func:`matches`) is
ruled out by a few words named with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crampcare.intake.prefilter import triggers
from crampcare.word_finder import WordFinder

#: Every trigger of every pattern made so far: a text is read once for all of them.
FINDER = WordFinder()


class Lazy:
    """One pattern, matched case-insensitively on whole words."""

    __slots__ = ("_last", "_regex", "source", "trigger_set", "triggers")

    def __init__(self, source: str) -> None:
        self.source = source
        self.triggers = tuple(triggers(source))
        self.trigger_set = frozenset(self.triggers)
        FINDER.add(self.triggers)
        self._regex: re.Pattern[str] | None = None
        # The context of every finding in a sentence asks about the same sentence.
        self._last: tuple[str, bool] = ("", not self.triggers)

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile(rf"(?<![\w'])(?:{self.source})(?![\w'])", re.IGNORECASE)
        return self._regex

    def possible(self, lowered: str) -> bool:
        """Whether a text (in lower case) can match at all."""
        if not self.triggers:
            return True
        if self._last[0] != lowered:
            self._last = (lowered, self._any_trigger(lowered))
        return self._last[1]

    def _any_trigger(self, lowered: str) -> bool:
        # One reading of the text for every pattern's triggers, not a scan per trigger.
        return not self.trigger_set.isdisjoint(FINDER.present(lowered))

    def search(self, text: str, lowered: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.possible(lowered) else None

    def finditer(
        self, text: str, lowered: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        if not self.possible(lowered):
            return iter(())
        return self.regex.finditer(text, start, len(text) if end is None else end)
