"""The ``crampcare`` command: a thin face over the core."""

from crampcare.cli.app import app, main

__all__ = ["app", "main"]
