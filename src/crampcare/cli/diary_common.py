"""What the diary commands share: the ``--db`` option, opening the diary, prompting rules."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import typer

from crampcare.cli.common import fail
from crampcare.vocabulary import PLACES

if TYPE_CHECKING:
    from crampcare.diary.models import Episode
    from crampcare.diary.store import Diary

DB_HELP = (
    "Diary database: a file path or a postgresql:// URL (default: CRAMPCARE_DB or data folder)."
)
WHERE_HELP = f"Where: {', '.join(PLACES)} (thigh: side not known, logged as its back)."


def db_option() -> Any:
    """The shared ``--db PATH|URL`` option."""
    return typer.Option(None, "--db", help=DB_HELP, metavar="PATH|URL")


def open_diary(db: str | None) -> Diary:
    """Open the diary named by ``--db`` (or the settings); errors become exit 2."""
    from crampcare.diary.store import Diary

    return Diary.open(db)


def interactive(prompt: bool | None) -> bool:
    """Ask questions? ``--prompt/--no-prompt`` if given, else when stdin is a terminal."""
    return sys.stdin.isatty() if prompt is None else prompt


def invalid(exc: Exception) -> None:
    """A pydantic error as a clean message and exit 2; anything else propagates."""
    from pydantic import ValidationError

    from crampcare.errors import validation_message

    if isinstance(exc, ValidationError):
        fail(validation_message(exc))
    raise exc


def describe(ep: Episode) -> str:
    """A one-line summary of an episode for acknowledgements."""
    parts = [ep.started_at.strftime("%Y-%m-%d %H:%M"), ep.location]
    if ep.side != "none":
        parts.append(ep.side)
    if ep.intensity is not None:
        parts.append(f"{ep.intensity}/10")
    return ", ".join(parts)
