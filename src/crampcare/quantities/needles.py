"""A pattern's matches, made only for a text that holds one of its needles.

Most texts name no clock time, programme or chore: the costly patterns of this
package are compiled and run only when a plain substring says they could match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


def matches(
    regex: Callable[[], re.Pattern[str]], needles: str, text: str
) -> Iterator[re.Match[str]]:
    """``regex()``'s matches, made only for a text holding one of the ``|``-separated needles."""
    lowered = text.lower()
    return regex().finditer(text) if any(n in lowered for n in needles.split("|")) else iter(())
