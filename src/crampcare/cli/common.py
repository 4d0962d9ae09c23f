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


def console() -> Console:
    """A console for normal output; honours NO_COLOR."""
    return Console(no_color="NO_COLOR" in os.environ, highlight=False, soft_wrap=False)


def err_console() -> Console:
    return Console(stderr=True, no_color="NO_COLOR" in os.environ, highlight=False)


def fail(message: str, code: int = USAGE) -> NoReturn:
    """Print a clean error message (no traceback) and exit with ``code``."""
    err_console().print(f"[bold red]Error:[/] {message}", markup=True, highlight=False)
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
