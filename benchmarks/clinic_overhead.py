"""What multi-user mode costs per request: the session lookup and CSRF gate.

Reads one page of 30 episodes through the real app in-process, single-user and
multi-user (signed in), on the same database, and prints median and p99, plus
the argon2id hash time that every sign-in pays once.

    python benchmarks/clinic_overhead.py [--db postgresql://...] [--requests 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import datetime, timedelta

from starlette.testclient import TestClient


def _timed(client: TestClient, path: str, n: int) -> tuple[float, float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        answer = client.get(path)
        times.append(time.perf_counter() - start)
        assert answer.status_code == 200, answer.text
    times.sort()
    return statistics.median(times) * 1000, times[int(len(times) * 0.99) - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=None)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="crampcare-bench-")
    os.environ["CRAMPCARE_DATA_DIR"] = folder
    os.environ["CRAMPCARE_DB"] = args.db or f"{folder}/clinic.sqlite3"
    os.environ["CRAMPCARE_SEMANTIC_TRIAGE"] = "off"

    from argon2 import PasswordHasher

    from crampcare.accounts import Accounts, Sessions
    from crampcare.diary.models import EpisodeIn
    from crampcare.diary.store import Diary
    from crampcare.web import create_app

    diary = Diary.open()
    store = Accounts(diary.engine)
    store.migrate()
    start = time.perf_counter()
    ana = store.create("ana", "Ana", "a long enough password", "person")
    hash_ms = (time.perf_counter() - start) * 1000
    first = datetime(2026, 1, 1, 3, 0)
    for person in (1, ana.id):
        rows = [
            EpisodeIn(started_at=first + timedelta(days=i), location="calf", side="left")
            for i in range(100)
        ]
        diary.import_rows(rows, person_id=person)
    token, _ = Sessions(store).login("ana", "a long enough password", "bench")
    path = "/api/v1/episodes?limit=30"
    single = TestClient(create_app(multi_user=False), base_url="http://localhost")
    multi = TestClient(create_app(multi_user=True), base_url="https://localhost")
    multi.cookies.set("crampcare_session", token)
    _timed(single, path, 20)
    _timed(multi, path, 20)
    s_med, s_p99 = _timed(single, path, args.requests)
    m_med, m_p99 = _timed(multi, path, args.requests)
    backend = diary.engine.dialect.name
    h = PasswordHasher()
    print(f"backend {backend}, {args.requests} requests each, GET {path}")
    print(f"single-user: median {s_med:.2f} ms, p99 {s_p99:.2f} ms")
    print(f"multi-user:  median {m_med:.2f} ms, p99 {m_p99:.2f} ms (session lookup + gate)")
    print(
        f"argon2id (m={h.memory_cost} KiB, t={h.time_cost}, p={h.parallelism}): "
        f"one account creation {hash_ms:.0f} ms"
    )
    diary.close()


if __name__ == "__main__":
    main()
