"""The Typer app run inside this process, as a shell would run it, to record what it prints.

The fast paths' table stores the app's own answers, and the table's builder proves the
fast readers print the same (``fastcache``, ``fastcheck_check``, ``fastlog_check``).
Typer's test runner builds the Click command from the app again on every call, which
was two thirds of a first run's ten seconds over ~190 requests; here it is built once.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from typer.testing import CliRunner

try:  # Typer 0.2x carries its own copy of Click
    from typer._click import formatting
except ImportError:  # pragma: no cover - older Typer uses Click itself
    from click import formatting  # type: ignore[no-redef]

__all__ = ["DEFAULT_WIDTH", "Ran", "command", "formatting", "run"]

#: Click's narrowest help (its minimum width) and the usual one (80 columns or wider).
DEFAULT_WIDTH = 78


@dataclass(frozen=True)
class Ran:
    """One request's exit code and what it wrote to each stream."""

    code: int
    stdout: bytes
    stderr: bytes


class _Runner(CliRunner):
    """Typer's test runner's isolation, with help wrapped at a chosen width (it forces 80)."""

    def __init__(self, width: int) -> None:
        super().__init__()
        self.width = width

    @contextlib.contextmanager
    def isolation(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        with super().isolation(*args, **kwargs) as streams:
            formatting.FORCED_WIDTH = self.width
            yield streams


@cache
def command() -> Any:
    """The app's Click command (a Typer app is turned into one for every run)."""
    from typer.main import get_command

    from crampcare.cli.app import app

    return get_command(app)


def run(args: list[str], prog: str = "crampcare", width: int = DEFAULT_WIDTH) -> Ran:
    """Run the app on ``args``; an exception other than an exit propagates."""
    with _Runner(width).isolation(color=False) as (stdout, stderr, _):
        code: Any = 0
        try:
            command().main(args=args, prog_name=prog)
        except SystemExit as exc:
            code = exc.code or 0
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        return Ran(code if isinstance(code, int) else 1, stdout.getvalue(), stderr.getvalue())
