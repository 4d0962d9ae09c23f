"""Simulated people for the clinic load and fault runs: they log, check in and read.

Each person is a coroutine with its own script: a few episodes (each with an
Idempotency-Key, as the phone's offline queue sends them), one daily check-in
(a day of their own), a read of their recent list, and now and then the full
report. A 503 or a dropped connection is retried with the same key until a
deadline, as the phone does, so afterwards the database must hold exactly one
row per acknowledged write and none that was never sent: nothing lost, nothing
twice, nothing half-written. Loopback only; every loop is bounded in time.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

from benchmarks.raw_http import Connection

FIRST_CHECKIN = date(2020, 1, 1)


@dataclass
class Plan:
    people: int = 1000
    logs: int = 3
    report_every: int = 50  # one person in this many reads the full report
    think_s: float = 0.5  # mean pause between one person's actions (uniform, 0 to 2x)
    #: "realistic" (see ``REALISTIC``): pauses as long as filling in a form takes, and
    #: people arriving over ``arrive_s`` seconds instead of all at once.
    profile: str = "uniform"
    arrive_s: float = 0.0
    deadline_s: float = 120.0
    run: str = "r"
    base_url: str = ""
    log_path: str = "/api/v1/episodes"
    logs_only: bool = False  # no check-in or reads: logging flat out, or the bare baseline
    #: Multi-user mode: each person's cookie and CSRF header, and account id (clinic_accounts).
    auth: dict[int, dict[str, str]] = field(default_factory=dict)
    account_ids: dict[int, int] = field(default_factory=dict)


#: The realistic profile: a clinic's whole crowd using the app in the same minute or
#: two (a morning peak). Each person arrives at a uniformly random moment in the first
#: ``arrive_s`` seconds; between two actions they fill in a form or read a page, a pause
#: drawn log-normally with a median of ``median_s`` (half the pauses between 3 and 8 s,
#: one in ten over 13 s), never longer than ``cap_s``.
REALISTIC = {"median_s": 5.0, "sigma": 0.75, "cap_s": 30.0, "arrive_s": 20.0}


@dataclass
class Results:
    #: (kind, seconds since start, latency in seconds, status; 0 = no answer)
    attempts: list[tuple[str, float, float, int]] = field(default_factory=list)
    acked_logs: dict[str, dict[str, Any]] = field(default_factory=dict)
    acked_checkins: dict[str, float] = field(default_factory=dict)
    gave_up: int = 0
    seconds: float = 0.0
    #: The X-Request-ID each attempt sent (same order as ``attempts``): the app logs it
    #: with its own duration, so a client's latency can be split into in-app and outside.
    request_ids: list[str] = field(default_factory=list)
    #: How late this client's event loop woke a 10 ms timer, sampled through the run
    #: (seconds): the client's own queueing, which every latency it measures includes.
    loop_lag: list[float] = field(default_factory=list)
    #: This process's CPU seconds over the run (the client shares the cores with the app).
    client_cpu_s: float = 0.0

    def statuses(self, kind: str | None = None) -> Counter[int]:
        return Counter(s for k, _, _, s in self.attempts if kind is None or k == kind)

    def percentile(self, kind: str, q: float, ok_only: bool = True) -> float:
        lat = sorted(t for k, _, t, s in self.attempts if k == kind and (s < 300 or not ok_only))
        if not lat:
            return float("nan")
        return lat[min(len(lat) - 1, int(q * len(lat)))] * 1000

    def rate(self, kind: str | None = None) -> float:
        done = sum(1 for k, _, _, s in self.attempts if (kind is None or k == kind) and s < 300)
        return done / self.seconds if self.seconds else 0.0


def episode(person: int, n: int, run: str) -> dict[str, Any]:
    day = date(2025, 1, 1) + timedelta(days=(person * 7 + n) % 600)
    return {
        "started_at": f"{day}T03:{(person + n) % 60:02d}:00",
        "location": "calf",
        "intensity": (person + n) % 11,
        "notes": f"sim {run} {person} {n}",
    }


_RID = "X-Request-ID"
_SEQ = itertools.count()


async def _send(
    conn: Connection,
    plan: Plan,
    results: Results,
    start: float,
    kind: str,
    method: str,
    path: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
) -> int:
    """One request; writes are retried (same key) on 503 or no answer until the deadline."""
    while True:
        rid = f"{plan.run}.{next(_SEQ)}"
        t0 = time.perf_counter()
        try:
            status, _ = await conn.request(method, path, body, {**(headers or {}), _RID: rid})
        except OSError:
            status = 0
        results.attempts.append((kind, t0 - start, time.perf_counter() - t0, status))
        results.request_ids.append(rid)
        if status in (200, 201):
            return status
        if method == "GET" or status not in (0, 503):
            return status  # a read is not retried; a 4xx or 500 is a finding, not a retry
        if time.perf_counter() - start > plan.deadline_s:
            results.gave_up += 1
            return status
        await asyncio.sleep(0.05 + random.random() * 0.15)


async def person(plan: Plan, results: Results, start: float, p: int) -> None:
    rng = random.Random(p)
    auth = plan.auth.get(p, {})
    url = urlsplit(plan.base_url)
    conn = Connection(url.hostname or "127.0.0.1", url.port or 80)

    async def think() -> None:
        if plan.profile == "realistic":
            median, sigma, cap = REALISTIC["median_s"], REALISTIC["sigma"], REALISTIC["cap_s"]
            await asyncio.sleep(min(cap, rng.lognormvariate(math.log(median), sigma)))
        else:
            await asyncio.sleep(rng.random() * 2 * plan.think_s)

    try:
        await asyncio.sleep(rng.random() * plan.arrive_s)
        for n in range(plan.logs):
            await think()
            key = f"{plan.run}-{p}-{n}"
            body = episode(p, n, plan.run)
            headers = {**auth, "Idempotency-Key": key}
            if await _send(
                conn, plan, results, start, "log", "POST", plan.log_path, body, headers
            ) in (200, 201):
                results.acked_logs[key] = body
        if plan.logs_only:
            return
        await think()
        day = str(FIRST_CHECKIN + timedelta(days=p))
        fluids = round(0.5 + (p % 5) * 0.5, 1)
        checkin = {"day": day, "fluids_l": fluids, "stress": p % 4}
        if await _send(
            conn, plan, results, start, "checkin", "PUT", "/api/v1/checkins", checkin, auth
        ) in (200, 201):
            results.acked_checkins[day] = fluids
        await think()
        await _send(
            conn, plan, results, start, "read", "GET", "/api/v1/episodes?limit=20", None, auth
        )
        if p % plan.report_every == 0:
            await think()
            path = "/api/v1/report?since=2026-06-01"
            await _send(conn, plan, results, start, "report", "GET", path, None, auth)
    finally:
        await conn.close()


async def crowd(plan: Plan, during: Any = None) -> Results:
    """Run every person once; ``during(results, start)`` runs alongside (a fault, say)."""
    results = Results()
    start = time.perf_counter()
    cpu = time.process_time()
    tasks = [asyncio.create_task(person(plan, results, start, p)) for p in range(plan.people)]
    side = asyncio.create_task(during(results, start)) if during else None
    ticker = asyncio.create_task(_lag(results.loop_lag))
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), plan.deadline_s + 60)
    finally:
        ticker.cancel()
    results.seconds = time.perf_counter() - start
    results.client_cpu_s = time.process_time() - cpu
    if side is not None:
        await side
    return results


async def _lag(into: list[float], every_s: float = 0.01) -> None:
    """Sample how late the loop runs a timer: time this client's requests sat unread."""
    while True:
        due = time.perf_counter() + every_s
        await asyncio.sleep(every_s)
        into.append(max(0.0, time.perf_counter() - due))


def verify(db_url: str, plan: Plan, results: Results) -> dict[str, int]:
    """The database against what the server acknowledged: lost, twice, never sent, partial."""
    import psycopg

    with psycopg.connect(db_url) as conn:
        # The bare baseline's table has no person_id: everything there is person 1's.
        person = "person_id" if plan.account_ids else "1"
        rows = conn.execute(
            f"SELECT idempotency_key, notes, intensity, location, {person} FROM episodes "
            "WHERE idempotency_key LIKE %s",
            (f"{plan.run}-%",),
        ).fetchall()
        checkins: dict[tuple[int, str], float] = {}
        if not plan.logs_only:
            found = conn.execute("SELECT person_id, day::text, fluids_l FROM checkins")
            checkins = {(r[0], r[1]): r[2] for r in found}
    keys = Counter(r[0] for r in rows)
    sent_keys = {f"{plan.run}-{p}-{n}" for p in range(plan.people) for n in range(plan.logs)}
    stored = {r[0]: r[1:4] for r in rows}

    def owner_of_key(key: str) -> int:  # the account a write belongs to (1: single-user)
        return plan.account_ids.get(int(key.rsplit("-", 2)[1]), 1)

    def owner_of_day(day: str) -> int:  # person p checks in for FIRST_CHECKIN + p days
        return plan.account_ids.get((date.fromisoformat(day) - FIRST_CHECKIN).days, 1)

    def expected(key: str) -> tuple[Any, ...]:
        _, p, n = key.rsplit("-", 2)
        sent = episode(int(p), int(n), plan.run)
        return (sent["notes"], sent["intensity"], sent["location"])

    partial = sum(1 for k, r in stored.items() if k in sent_keys and r != expected(k))
    return {
        "acknowledged": len(results.acked_logs),
        "stored": len(rows),
        "lost": len(set(results.acked_logs) - set(stored)),
        "duplicated": sum(c - 1 for c in keys.values() if c > 1),
        "never_sent": len(set(stored) - sent_keys),
        "stored_unacknowledged": len(set(stored) - set(results.acked_logs)),
        "partial": partial,
        "in_another_diary": sum(
            1 for r in rows if r[0] in sent_keys and r[4] != owner_of_key(r[0])
        ),
        "checkins_lost_or_wrong": sum(
            1 for d, f in results.acked_checkins.items() if checkins.get((owner_of_day(d), d)) != f
        ),
    }
