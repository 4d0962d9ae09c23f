"""What every command shares: consoles, JSON output, clean errors, exit codes."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, NoReturn, ParamSpec, TypeVar

import typer
from rich.console import Console

OK = 0
FINDINGS = 1
USAGE = 2

P = ParamSpec("P")
R = TypeVar("R")


def no_color() -> bool:
    """NO_COLOR counts only when set to something (no-color.org)."""
    return bool(os.environ.get("NO_COLOR"))


def console() -> Console:
    """A console for normal output; honours NO_COLOR."""
    return Console(no_color=no_color(), highlight=False, soft_wrap=False)


def err_console() -> Console:
    # soft_wrap: an error is one line whatever the terminal's width, so scripts can read it.
    return Console(stderr=True, no_color=no_color(), highlight=False, soft_wrap=True)


def fail(message: str, code: int = USAGE) -> NoReturn:
    """Print a clean one-line error message (no traceback) and exit with ``code``.

    The message is printed as text, not markup: it often holds what the person
    typed or a file name, and "[/x]" in either must not be read as a tag.
    """
    from rich.markup import escape

    line = " ".join(message.split())
    err_console().print(f"[bold red]Error:[/] {escape(line)}", markup=True, highlight=False)
    raise typer.Exit(code)


def print_json(data: Any) -> None:
    """Write JSON to stdout (UTF-8, no colour) for scripts."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def domain_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn the core's input errors into a clean message and exit code 2."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from crampcare.errors import CrampcareError

        try:
            return func(*args, **kwargs)
        except CrampcareError as exc:
            fail(str(exc))

    return wrapper
