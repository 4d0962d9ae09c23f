"""Where one logging request's time goes: the app in-process against a real PostgreSQL.

Sends ``--n`` episodes one after another through the ASGI app (httpx's ASGI
transport: no sockets, no server, no other clients), in single-user and in
multi-user mode (a signed-in account: session lookup and CSRF too), and
prints the mean and p50/p99 per request; ``--profile`` adds cProfile's top
functions for the multi-user run. It complements ``clinic_load.py``, whose
figures under a crowd are mostly queueing: this one is the cost of a request.

Usage: .venv/bin/python benchmarks/clinic_request.py [--n 2000] [--profile]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psycopg  # noqa: E402

from benchmarks.pgserver import postgres_server  # noqa: E402


def _episode(n: int) -> dict[str, Any]:
    return {
        "started_at": f"2026-0{1 + n % 9}-{1 + n % 28:02d}T03:{n % 60:02d}:00",
        "location": "calf",
        "intensity": n % 11,
        "notes": f"profile {n}",
    }


async def _run(app: Any, n: int, headers: dict[str, str], tag: str) -> list[float]:
    transport = httpx.ASGITransport(app=app)
    times = []
    cpu = time.process_time()
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        for i in range(n):
            t0 = time.perf_counter()
            r = await client.post(
                "/api/v1/episodes",
                json=_episode(i),
                headers={**headers, "Idempotency-Key": f"{tag}-key-{i:06d}"},
            )
            times.append(time.perf_counter() - t0)
            if r.status_code != 201:
                raise SystemExit(f"{tag}: {r.status_code} {r.text}")
    # This process's CPU per request (client included), beside the wall-clock times.
    times.append((time.process_time() - cpu) / n)
    return times


def _figures(times: list[float], cpu: bool = False) -> dict[str, float]:
    extra = {"cpu_us_per_request": round(times.pop() * 1e6)} if cpu else {}
    times = sorted(times[len(times) // 10 :])  # the first tenth warms caches and the pool
    return {
        **extra,
        "mean_us": round(sum(times) / len(times) * 1e6),
        "p50_us": round(times[len(times) // 2] * 1e6),
        "p99_us": round(times[int(len(times) * 0.99)] * 1e6),
    }


def _app(db: str, multi: bool) -> Any:
    from crampcare.web import create_app

    os.environ["CRAMPCARE_DB"] = db
    return create_app(multi_user=multi)


def _parts(app: Any, token: str, n: int) -> dict[str, dict[str, float]]:
    """The database work of one request, timed alone in this thread: session, write."""
    from crampcare.diary.models import EpisodeIn

    holder = app.state.diary
    clinic = app.state.clinic
    person = clinic.sessions.lookup(token).account.id
    parts: dict[str, list[float]] = {"session_lookup": [], "add_episode": []}
    for i in range(n):
        t0 = time.perf_counter()
        clinic.sessions.lookup(token)
        t1 = time.perf_counter()
        holder.shared().add_episode(EpisodeIn(**_episode(i)), person, f"parts-key-{i:06d}")
        t2 = time.perf_counter()
        parts["session_lookup"].append(t1 - t0)
        parts["add_episode"].append(t2 - t1)
    return {k: _figures(v) for k, v in parts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("CRAMPCARE_DATA_DIR", tempfile.mkdtemp(prefix="crampcare-req-"))
    os.environ["CRAMPCARE_SEMANTIC_TRIAGE"] = "off"
    report: dict[str, Any] = {}
    with postgres_server() as admin:
        with psycopg.connect(admin, autocommit=True) as conn:
            for name in ("single", "multi"):
                conn.execute(f"CREATE DATABASE {name}")
        base = admin.rsplit("/", 1)[0]
        single = _app(f"{base}/single", multi=False)
        report["single_user"] = _figures(asyncio.run(_run(single, args.n, {}, "s")), cpu=True)
        single.state.diary.close()

        from crampcare.accounts import Accounts, Sessions

        db = f"{base}/multi"
        multi = _app(db, multi=True)
        store = Accounts.open(db)
        store.create("walker", "Walker", "a long enough password", "person")
        token, who = Sessions(store).login("walker", "a long enough password", "127.0.0.1")
        store.close()
        headers = {"Cookie": f"crampcare_session={token}", "X-CSRF-Token": who.csrf}
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        report["multi_user"] = _figures(asyncio.run(_run(multi, args.n, headers, "m")), cpu=True)
        if profiler:
            profiler.disable()
        report["multi_user_parts"] = _parts(multi, token, args.n)
        multi.state.diary.close()
    print(json.dumps(report, indent=2))
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
