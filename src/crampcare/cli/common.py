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
#: The diary was busy (another program writing) past the timeout: try again.
#: EX_TEMPFAIL from sysexits.h, so scripts can tell "retry" from "bad input".
BUSY = 75

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
    from rich.text import Text

    line = " ".join(message.split())
    # A Text, not markup: escape() misses a backslash before "[" (a\[b printed as a[b).
    err_console().print(Text.assemble(("Error:", "bold red"), " ", line), highlight=False)
    raise typer.Exit(code)


def error_message(exc: BaseException) -> str | None:
    """The one-line message for an input or environment error, or None if it is a bug."""
    from crampcare.errors import CrampcareError

    if isinstance(exc, CrampcareError):
        return str(exc)
    if type(exc).__name__ == "ValidationError" and type(exc).__module__.startswith("pydantic"):
        from crampcare.errors import validation_message

        return validation_message(exc)  # type: ignore[arg-type]
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot use{where}: {exc.strerror or exc}"
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to read"
    if isinstance(exc, UnicodeError):
        return f"the input is not UTF-8 text ({exc})"
    return None


def warn_problems(problems: list[str]) -> None:
    """Say on stderr which stored records a reader left out (they break today's limits)."""
    if not problems:
        return
    from rich.text import Text

    out = err_console()
    out.print(
        f"[yellow]Warning:[/] {len(problems)} stored record(s) left out; "
        "fix them with `crampcare diary edit` or delete them:"
    )
    for line in problems[:10]:
        out.print(Text(f"  {line}"), highlight=False)


def print_json(data: Any) -> None:
    """Write JSON to stdout (UTF-8, no colour) for scripts."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def domain_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn the core's input errors into a clean message and exit code 2."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            message = error_message(exc)
            if message is None:
                raise
            busy = type(exc).__name__ == "DiaryBusy"
            fail(message, BUSY if busy else USAGE)

    return wrapper
