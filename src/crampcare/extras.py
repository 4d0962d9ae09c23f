"""Optional parts installed as extras, and the one-line message when one is missing.

``pip install crampcare`` leaves out what many people never use: PDF output
(WeasyPrint and Pango), a PostgreSQL diary (psycopg) and sentence embeddings
(torch). Code that needs one imports it through ``require``, so a missing extra
is a message naming the extra and the command that installs it, never a
traceback.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from crampcare.errors import CrampcareError

#: extra -> what a person asked for that needs it
EXTRAS: dict[str, str] = {
    "pdf": "PDF output",
    "postgres": "a PostgreSQL diary",
    "semantic": "sentence embeddings",
}


class MissingExtra(CrampcareError):
    """An optional part is not installed; the message names the extra to install."""

    def __init__(self, extra: str, detail: str = "") -> None:
        self.extra = extra
        why = f" ({detail})" if detail else ""
        super().__init__(
            f"{EXTRAS[extra]} needs the {extra} extra: pip install 'crampcare[{extra}]'{why}"
        )


def require(module: str, extra: str) -> ModuleType:
    """Import ``module`` of an extra, or raise MissingExtra naming the extra."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(extra) from exc
    except OSError as exc:  # WeasyPrint installed but Pango missing: a system library
        raise MissingExtra(extra, f"a system library failed to load: {exc}") from exc
