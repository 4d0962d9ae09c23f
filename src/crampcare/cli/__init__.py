"""The ``crampcare`` command: a thin face over the core.

``app`` (the Typer app) loads on first use, so the console script's entry point
``main`` can answer the 3 a.m. commands before Typer is imported.
"""

from __future__ import annotations

from crampcare.cli.launch import main

TYPE_CHECKING = False
if TYPE_CHECKING:
    from crampcare.cli.app import app

__all__ = ["app", "main"]


def __getattr__(name: str) -> object:
    if name == "app":
        from crampcare.cli.app import app

        return app
    raise AttributeError(f"module 'crampcare.cli' has no attribute {name!r}")
