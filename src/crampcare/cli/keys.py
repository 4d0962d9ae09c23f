"""Single key presses from the terminal, without waiting for Enter (POSIX termios)."""

from __future__ import annotations

import os
import select
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def raw_keys() -> Iterator[Callable[[float], str | None]]:
    """Put the terminal in cbreak mode; yield a function that waits up to N s for a key."""
    import termios
    import tty

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)

    def read(timeout: float) -> str | None:
        ready, _, _ = select.select([fd], [], [], max(0.0, timeout))
        if not ready:
            return None
        data = os.read(fd, 8)
        if not data:
            return None
        if data.startswith(b"\x1b") and len(data) > 1:
            return ""  # an arrow or function key: ignored, only a bare Escape quits
        return data.decode("utf-8", "replace")[:1]

    try:
        tty.setcbreak(fd)
        yield read
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def interactive() -> bool:
    """True when both ends are a terminal, so keys and a live display make sense."""
    return sys.stdin.isatty() and sys.stdout.isatty()
