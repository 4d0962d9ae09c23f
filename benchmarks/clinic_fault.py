"""A database outage under load: PostgreSQL stopped and started again while people log.

For ``clinic_sim.crowd``'s ``during``: the run records when the database went
and came back, what ``/readyz`` said meanwhile, and what a write sent while it
was down was answered (a clear 503 with Retry-After, not a hang or a 500).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from benchmarks.clinic_sim import Results


@dataclass
class Outage:
    """What the fault run saw: when the database went and came back, and /readyz meanwhile."""

    down_at: float = 0.0
    up_at: float = 0.0
    ready_probes: list[tuple[float, int]] = field(default_factory=list)
    #: A write sent while the database is down: status, what it said, its Retry-After.
    write_while_down: tuple[int, Any, str | None] = (0, None, None)


def database_outage(
    base_url: str, stop: Any, start_again: Any, down_at: float, down_for: float, outage: Outage
) -> Any:
    """For ``crowd``: stop the database at ``down_at`` s, start it again ``down_for`` later."""

    async def probe(client: httpx.AsyncClient, t0: float) -> None:
        try:
            status = (await client.get("/readyz")).status_code
        except httpx.HTTPError:
            status = 0
        outage.ready_probes.append((time.perf_counter() - t0, status))

    async def during(results: Results, t0: float) -> None:
        async with httpx.AsyncClient(base_url=base_url, timeout=10) as client:
            await asyncio.sleep(down_at)
            outage.down_at = time.perf_counter() - t0  # connections drop as the stop begins
            await asyncio.to_thread(stop)
            r = await client.post("/api/v1/episodes", json={"started_at": "2026-11-05T03:00:00"})
            outage.write_while_down = (r.status_code, r.json(), r.headers.get("retry-after"))
            until = time.perf_counter() + down_for
            while time.perf_counter() < until:
                await probe(client, t0)
                await asyncio.sleep(0.1)
            await asyncio.to_thread(start_again)  # returns once it accepts connections
            outage.up_at = time.perf_counter() - t0
            for _ in range(100):  # bounded: 10 s
                await probe(client, t0)
                if outage.ready_probes[-1][1] == 200:
                    break
                await asyncio.sleep(0.1)

    return during
