"""Errors the core raises for bad input; faces turn them into messages and exit codes.

Every face words a pydantic validation error through :func:`validation_message`
(or :func:`field_problems` for a structured answer), so the CLI, the web pages
and the API say the same thing about the same bad input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError


class CrampcareError(Exception):
    """Bad input or a state the user can fix; the message says what and how."""


#: A dataclass model's wording of a problem, put as a pydantic model says it (the words
#: people and API clients saw before the core's models became dataclasses).
_AS_MODELS = {
    "unexpected_keyword_argument": "Extra inputs are not permitted",
    "missing_argument": "Field required",
}


def field_problems(exc: ValidationError) -> list[tuple[str, str]]:
    """Each problem as (field path, reason in plain words); the path is "" for the whole value."""
    return [
        (
            ".".join(str(p) for p in err["loc"]),
            _AS_MODELS.get(err["type"], err["msg"]).removeprefix("Value error, "),
        )
        for err in exc.errors(include_url=False)
    ]


def validation_message(exc: ValidationError, limit: int | None = None) -> str:
    """A pydantic error as one plain line: ``field: reason; field: reason``."""
    return "; ".join(
        f"{field}: {reason}" if field else reason for field, reason in field_problems(exc)[:limit]
    )
