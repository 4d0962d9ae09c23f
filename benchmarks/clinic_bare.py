"""The baseline beside every clinic load run: a bare Starlette + psycopg insert endpoint.

The same crowd, the same 2 workers, the same PostgreSQL, in the same run: an
endpoint that inserts the posted episode and nothing else (no validation, no
session, no idempotency), and the same crowd against an answer that touches
no database at all (what this client and machine can drive).
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path
from typing import Any

from benchmarks.clinic_report import run_crowd, summary
from benchmarks.clinic_server import start_server, stop_server, wait_ready
from benchmarks.clinic_sim import Plan, verify
from benchmarks.pg_cluster import PgCluster, _free_port

BARE_APP = textwrap.dedent(
    """
    import asyncio, contextlib, os
    import psycopg
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    POOL: asyncio.Queue = asyncio.Queue()

    @contextlib.asynccontextmanager
    async def lifespan(app):
        for _ in range(10):
            conn = await psycopg.AsyncConnection.connect(os.environ["BARE_DB"], autocommit=True)
            POOL.put_nowait(conn)
        yield

    async def ready(request):
        return JSONResponse({"ok": True})

    async def insert(request):
        body = await request.json()
        conn = await POOL.get()
        try:
            cur = await conn.execute(
                "INSERT INTO episodes (started_at, location, intensity, notes, idempotency_key)"
                " VALUES (%s, %s, %s, %s, %s) RETURNING id",
                (body["started_at"], body["location"], body["intensity"], body["notes"],
                 request.headers.get("idempotency-key")),
            )
            row = await cur.fetchone()
        finally:
            POOL.put_nowait(conn)
        return JSONResponse({"id": row[0]}, status_code=201)

    app = Starlette(routes=[Route("/readyz", ready, methods=["GET", "POST"]),
                            Route("/insert", insert, methods=["POST"])],
                    lifespan=lifespan)
    """
)
BARE_TABLE = (
    "CREATE TABLE episodes (id serial PRIMARY KEY, started_at timestamp NOT NULL, "
    "location varchar(20) NOT NULL, intensity smallint, notes text NOT NULL, "
    "idempotency_key varchar(64))"
)


def bare_crowds(
    pg: PgCluster, args: argparse.Namespace, env: dict[str, str], tmp: Path
) -> dict[str, Any]:
    """Logging flat out against the bare insert, and against no database at all."""
    report: dict[str, Any] = {}
    bare_db = pg.create_database("bare")
    import psycopg

    with psycopg.connect(bare_db, autocommit=True) as conn:
        conn.execute(BARE_TABLE)
    (tmp / "bare_app.py").write_text(BARE_APP)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "uvicorn", "bare_app:app", "--app-dir", str(tmp)]
    cmd += ["--port", str(port), "--workers", str(args.workers), "--no-access-log"]
    bare = start_server(cmd, {**env, "BARE_DB": bare_db}, tmp / "bare.log")
    try:
        wait_ready(base + "/readyz")
        plan = Plan(args.people, args.logs, think_s=0.0, run="bare", base_url=base)
        plan.log_path, plan.logs_only = "/insert", True
        results = run_crowd(plan)
        report["bare_insert_flat_out"] = {
            **summary(results, ("log",)),
            "database": verify(bare_db, plan, results),
        }
        # The same crowd against an answer that touches nothing: what this
        # client and machine can drive at all, to read the figures above by.
        plan = Plan(args.people, args.logs, think_s=0.0, run="ceiling", base_url=base)
        plan.log_path, plan.logs_only = "/readyz", True
        report["bare_no_database_flat_out"] = summary(run_crowd(plan), ("log",))
    finally:
        stop_server(bare)
    return report
