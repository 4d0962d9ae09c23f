"""Database lanes: a few calls at a time per process, and a person's write ahead of reads."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest

from crampcare.web.heavy import Lane

T = TypeVar("T")


def _run(scenario: Callable[[], Coroutine[Any, Any, T]]) -> T:
    # In a thread of its own: the browser tests leave a loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(scenario())).result()


def test_queued_writes_run_before_reads_that_queued_earlier() -> None:
    lane = Lane(1)
    done: list[str] = []
    gate = threading.Event()

    async def scenario() -> list[str]:
        blocker = asyncio.create_task(lane.run(gate.wait, 5))
        await asyncio.sleep(0.05)  # the blocker holds the only slot
        tasks = [asyncio.create_task(lane.run(done.append, f"read {n}")) for n in range(3)]
        await asyncio.sleep(0)
        tasks += [asyncio.create_task(lane.run_urgent(done.append, f"write {n}")) for n in range(2)]
        await asyncio.sleep(0.05)
        assert lane.waiting() == 5 and done == []
        gate.set()
        await asyncio.gather(blocker, *tasks)
        return done

    assert _run(scenario) == ["write 0", "write 1", "read 0", "read 1", "read 2"]


def test_a_lane_runs_no_more_calls_at_once_than_its_slots() -> None:
    lane = Lane(3)
    running = 0
    most = 0
    lock = threading.Lock()

    def work() -> None:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        threading.Event().wait(0.01)
        with lock:
            running -= 1

    async def scenario() -> int:
        calls = [lane.run(work) if n % 2 else lane.run_urgent(work) for n in range(30)]
        await asyncio.gather(*calls)
        return most

    assert _run(scenario) == 3


def test_a_caller_that_gives_up_while_queued_frees_nothing_and_blocks_nobody() -> None:
    lane = Lane(1)
    gate = threading.Event()

    async def scenario() -> list[str]:
        done: list[str] = []
        blocker = asyncio.create_task(lane.run(gate.wait, 5))
        await asyncio.sleep(0.05)
        gone = asyncio.create_task(lane.run_urgent(done.append, "gone"))
        after = asyncio.create_task(lane.run(done.append, "after"))
        await asyncio.sleep(0.01)
        gone.cancel()
        await asyncio.sleep(0.01)
        assert lane.waiting() == 1
        gate.set()
        await asyncio.wait_for(asyncio.gather(blocker, after), 5)
        with pytest.raises(asyncio.CancelledError):
            await gone
        # The slot came back: a new call runs at once.
        await asyncio.wait_for(lane.run(done.append, "later"), 5)
        return done

    assert _run(scenario) == ["after", "later"]
