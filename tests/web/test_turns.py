"""Heavy handlers take turns: one per event-loop turn, first come first served."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest

import crampcare.web.turns as turns_module
from crampcare.web.turns import BATCH, Turns

T = TypeVar("T")


def _run(scenario: Callable[[], Coroutine[Any, Any, T]]) -> T:
    # In a thread of its own: the browser tests leave a loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(scenario())).result()


def _in_thread(work: Callable[[], T]) -> T:
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(work).result()


class _Clock:
    """Counts turns of the event loop by rescheduling itself once per turn."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.turn = 0
        self.loop = loop
        self.running = True
        loop.call_soon(self._tick)

    def _tick(self) -> None:
        self.turn += 1
        if self.running:
            self.loop.call_soon(self._tick)


def test_queued_handlers_resume_one_per_turn_in_arrival_order() -> None:
    async def scenario() -> list[tuple[int, int]]:
        turns = Turns()
        clock = _Clock(asyncio.get_running_loop())
        resumed: list[tuple[int, int]] = []

        async def handler(n: int) -> None:
            await turns.wait()
            resumed.append((n, clock.turn))

        await asyncio.gather(*(handler(n) for n in range(8)))
        clock.running = False
        return resumed

    resumed = _run(scenario)
    assert [n for n, _ in resumed] == list(range(8))
    at = [turn for _, turn in resumed]
    assert len(set(at)) == 8, at  # never two in the same turn


def test_light_work_runs_between_queued_heavy_handlers() -> None:
    """A page request arriving behind a burst of questions does not wait for all of them."""

    async def scenario() -> list[str]:
        turns = Turns()
        log: list[str] = []

        async def heavy(n: int) -> None:
            await turns.wait()
            log.append(f"heavy {n}")

        async def light() -> None:
            await asyncio.sleep(0)
            log.append("light")

        burst = [asyncio.ensure_future(heavy(n)) for n in range(10)]
        await asyncio.sleep(0)  # the burst is queued first
        await asyncio.gather(light(), *burst)
        return log

    log = _run(scenario)
    assert log.index("light") < 3, log


def test_a_cancelled_turn_does_not_hold_up_the_queue() -> None:
    async def scenario() -> list[int]:
        turns = Turns()
        done: list[int] = []

        async def handler(n: int) -> None:
            await turns.wait()
            done.append(n)

        tasks = [asyncio.ensure_future(handler(n)) for n in range(4)]
        await asyncio.sleep(0)
        tasks[1].cancel()  # that client hung up while waiting
        await asyncio.gather(*tasks, return_exceptions=True)
        return done

    assert _run(scenario) == [0, 2, 3]


def test_a_new_event_loop_starts_with_an_empty_queue() -> None:
    turns = Turns()

    def abandon() -> int:
        old = asyncio.new_event_loop()
        waiter = old.create_task(turns.wait())
        old.call_soon(old.stop)
        old.run_forever()  # one turn: the handler queued, its release still to come
        old.close()  # the loop dies with the queue in that state
        waiter._log_destroy_pending = False  # type: ignore[attr-defined]  # abandoned on purpose
        return len(turns)

    assert _in_thread(abandon) == 1

    async def serve() -> str:
        await asyncio.wait_for(turns.wait(), timeout=1)
        return "served"

    assert _run(serve) == "served"


def _turns_of(turns: Turns, handlers: int, hang_up_first: bool = False) -> list[tuple[int, int]]:
    """(handler, turn it resumed in) for ``handlers`` queued at once on ``turns``; with
    ``hang_up_first`` the first one's client hangs up while it waits."""

    async def scenario() -> list[tuple[int, int]]:
        clock = _Clock(asyncio.get_running_loop())
        resumed: list[tuple[int, int]] = []

        async def handler(n: int) -> None:
            await turns.wait()
            resumed.append((n, clock.turn))

        tasks = [asyncio.ensure_future(handler(n)) for n in range(handlers)]
        if hang_up_first:
            await asyncio.sleep(0)
            tasks[0].cancel()  # that client hung up while waiting
        await asyncio.gather(*tasks, return_exceptions=hang_up_first)
        clock.running = False
        return resumed

    return _run(scenario)


def test_settled_connections_let_a_batch_of_searches_go_per_turn_in_arrival_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(turns_module, "SETTLED_S", 0.0)  # the connection is long made
    turns = Turns()
    turns.connected()
    resumed = _turns_of(turns, 3 * BATCH)
    assert [n for n, _ in resumed] == list(range(3 * BATCH))
    per_turn = Counter(turn for _, turn in resumed)
    assert sorted(per_turn.values()) == [BATCH] * 3, per_turn


def test_a_new_connection_lets_one_search_go_per_turn_so_it_is_read_soon(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(turns_module, "SETTLED_S", 60.0)  # however slow the machine
    turns = Turns()
    turns.connected()  # just now: a burst of connections may be arriving
    resumed = _turns_of(turns, 6)
    assert [n for n, _ in resumed] == list(range(6))
    assert len({turn for _, turn in resumed}) == 6, resumed


def test_a_queue_never_told_of_connections_lets_one_search_go_per_turn() -> None:
    """A server whose protocol does not report connections (uvicorn's own) keeps one a turn."""
    resumed = _turns_of(Turns(), 6)
    assert len({turn for _, turn in resumed}) == 6, resumed


def test_a_cancelled_turn_does_not_count_in_a_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(turns_module, "SETTLED_S", 0.0)
    turns = Turns()
    turns.connected()
    resumed = _turns_of(turns, BATCH + 1, hang_up_first=True)
    assert [n for n, _ in resumed] == list(range(1, BATCH + 1))
    assert len({turn for _, turn in resumed}) == 1, resumed
