"""Running a guided session: a clock-driven runner and a key loop, shared by every face.

:class:`Runner` keeps time with an injectable clock, and :func:`play` drives a
runner from any key source, so the terminal, the web page and the tests share
one behaviour.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from crampcare.guide import Session, SessionStep

State = Literal["running", "paused", "finished", "quit"]
Clock = Callable[[], float]


class Runner:
    """Keeps time for a session; call :meth:`update` often to move on when a step ends."""

    def __init__(self, session: Session, clock: Clock = time.monotonic) -> None:
        self.session = session
        self.clock = clock
        self.index = 0
        self.state: State = "running"
        self.skipped: list[int] = []
        self._started = clock()
        self._paused_at: float | None = None
        self._paused_total = 0.0

    @property
    def step(self) -> SessionStep | None:
        if self.done:
            return None
        return self.session.steps[self.index]

    @property
    def done(self) -> bool:
        return self.state in ("finished", "quit")

    def elapsed(self) -> float:
        """Seconds spent on the current step, not counting pauses."""
        now = self._paused_at if self._paused_at is not None else self.clock()
        return now - self._started - self._paused_total

    def remaining(self) -> float:
        step = self.step
        return 0.0 if step is None else max(0.0, step.seconds - self.elapsed())

    def _advance(self) -> None:
        self.index += 1
        self._started = self.clock()
        self._paused_total = 0.0
        self._paused_at = None
        if self.index >= len(self.session.steps):
            self.state = "finished"
        else:
            self.state = "running"

    def update(self) -> bool:
        """Move to the next step if this one's time is up; True if the step changed."""
        if self.state != "running" or self.remaining() > 0:
            return False
        self._advance()
        return True

    def pause(self) -> None:
        if self.state == "running":
            self._paused_at = self.clock()
            self.state = "paused"

    def resume(self) -> None:
        if self.state == "paused" and self._paused_at is not None:
            self._paused_total += self.clock() - self._paused_at
            self._paused_at = None
            self.state = "running"

    def toggle(self) -> None:
        if self.state == "paused":
            self.resume()
        else:
            self.pause()

    def next(self) -> None:
        """Skip the rest of this step."""
        if not self.done:
            self.skipped.append(self.index)
            self._advance()

    def quit(self) -> None:
        self.state = "quit"


KeySource = Callable[[float], str | None]
"""Waits at most the given seconds for a key; returns it, or None on time-out."""

PAUSE_KEYS = frozenset({" ", "p"})
NEXT_KEYS = frozenset({"n", "\r", "\n"})
QUIT_KEYS = frozenset({"q", "\x1b", "\x03"})


def play(
    runner: Runner,
    keys: KeySource,
    show: Callable[[Runner], None],
    tick: float = 0.25,
) -> State:
    """Run ``runner`` to its end: space pauses, n skips, q quits; ``show`` redraws."""
    show(runner)
    while not runner.done:
        key = keys(tick)
        if key is not None:
            key = key.lower()
            if key in PAUSE_KEYS:
                runner.toggle()
            elif key in NEXT_KEYS:
                runner.next()
            elif key in QUIT_KEYS:
                runner.quit()
        runner.update()
        show(runner)
    return runner.state
