"""Steps read aloud in the terminal with espeak-ng, where it is installed."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

INSTALL_HINT = (
    "Reading steps aloud needs espeak-ng, which is not installed. "
    "On Debian or Ubuntu: sudo apt-get install espeak-ng"
)


def speaker(con: Console, lang: str = "en") -> Callable[[str], None] | None:
    """A function that speaks a line without waiting, or None (saying how to get espeak-ng)."""
    program = shutil.which("espeak-ng")
    if program is None:
        con.print(INSTALL_HINT, markup=False)
        return None
    current: list[subprocess.Popen[bytes]] = []

    def speak(text: str) -> None:
        # A new step interrupts the last one's words: the screen has moved on.
        for proc in current:
            if proc.poll() is None:
                proc.terminate()
        current.clear()
        # A broken sound setup must not stop the session.
        with contextlib.suppress(OSError):
            current.append(
                subprocess.Popen(
                    [program, "-v", lang, "-s", "150", "--", text],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )

    return speak
