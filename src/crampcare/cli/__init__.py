"""The ``crampcare`` command: a thin face over the core."""

from crampcare.__main__ import main
from crampcare.cli.app import app

__all__ = ["app", "main"]
