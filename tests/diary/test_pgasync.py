"""Logging on the event loop (diary/pgasync.py) keeps every guarantee of the thread path.

A real PostgreSQL database each: the same row as ``add_episode``, one row per
Idempotency-Key however many resends race, a bounded number of connections,
and a server that dropped its connections is a clear "unavailable", then
recovers without a restart.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date, datetime

import psycopg
import pytest

from crampcare.diary import pgasync
from crampcare.diary.guard import DiaryUnavailable
from crampcare.diary.models import CheckInIn, EpisodeIn
from crampcare.diary.store import Diary

pytestmark = pytest.mark.postgres

EPISODE = EpisodeIn(
    started_at=datetime(2026, 3, 1, 3, 10, 0, 42),
    location="foot",
    side="right",
    intensity=4,
    woke=True,
    actions=["walk"],
    minutes_to_relief=0.5,
    notes="on the loop",
)


@pytest.fixture
def diary(pg_url: str) -> Iterator[Diary]:
    with Diary.open(pg_url, serving=True) as opened:
        yield opened


def _rows_with_key(pg_url: str, key: str) -> int:
    with psycopg.connect(pg_url) as conn:
        found = conn.execute("SELECT count(*) FROM episodes WHERE idempotency_key = %s", (key,))
        row = found.fetchone()
    assert row is not None
    return int(row[0])


def test_an_episode_logged_on_the_event_loop_reads_back_as_the_thread_path_stores_it(
    diary: Diary,
) -> None:
    by_thread = diary.add_episode(EPISODE, 3, idempotency_key="thread")
    on_loop = asyncio.run(diary.add_episode_async(EPISODE, 3, idempotency_key="loop"))
    assert on_loop.id != by_thread.id
    assert on_loop.model_dump(exclude={"id"}) == by_thread.model_dump(exclude={"id"})
    assert diary.get_episode(on_loop.id, 3) == on_loop


def test_resends_of_one_key_racing_on_the_event_loop_store_one_row_and_answer_with_it(
    diary: Diary, pg_url: str
) -> None:
    async def resend_five_times() -> list[int]:
        sent = [diary.add_episode_async(EPISODE, 2, idempotency_key="same") for _ in range(5)]
        return [episode.id for episode in await asyncio.gather(*sent)]

    ids = asyncio.run(resend_five_times())
    assert len(set(ids)) == 1
    assert _rows_with_key(pg_url, "same") == 1


def test_a_burst_of_writes_shares_at_most_the_pools_size_of_connections(
    diary: Diary, pg_url: str
) -> None:
    writes = 5 * pgasync.SIZE

    async def burst() -> int:
        sent = [diary.add_episode_async(EPISODE, 1, f"burst-{n}") for n in range(writes)]
        await asyncio.gather(*sent)
        return len(pgasync._pool(diary.engine).idle)

    kept = asyncio.run(burst())
    assert 1 <= kept <= pgasync.SIZE
    with psycopg.connect(pg_url) as conn:
        row = conn.execute(
            "SELECT count(DISTINCT idempotency_key) FROM episodes "
            "WHERE idempotency_key LIKE 'burst-%'"
        ).fetchone()
    assert row == (writes,)


def test_a_server_that_dropped_its_connections_is_unavailable_once_then_a_resend_is_stored(
    diary: Diary, pg_url: str
) -> None:
    async def scenario() -> None:
        await diary.add_episode_async(EPISODE, 1, "before")  # a connection is now kept
        name = pg_url.rsplit("/", 1)[1]
        with psycopg.connect(pg_url, autocommit=True) as admin:
            # What a restart does to the app's connections, without stopping the
            # server the other tests share.
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
        with pytest.raises(DiaryUnavailable):
            await diary.add_episode_async(EPISODE, 1, "after")
        await diary.add_episode_async(EPISODE, 1, "after")  # the phone's resend

    asyncio.run(scenario())
    assert _rows_with_key(pg_url, "after") == 1


def test_a_check_in_on_the_event_loop_replaces_that_days_and_reads_back_as_stored(
    diary: Diary,
) -> None:
    first = CheckInIn(day=date(2026, 3, 1), fluids_l=1.5, stress=2)
    again = CheckInIn(day=date(2026, 3, 1), fluids_l=2.0, stress=1)
    stored = asyncio.run(diary.set_checkin_async(first, 4))
    replaced = asyncio.run(diary.set_checkin_async(again, 4))
    assert replaced.id == stored.id
    assert diary.get_checkin(date(2026, 3, 1), 4) == replaced
    assert diary.get_checkin(date(2026, 3, 1), 5) is None
