"""PostgreSQL down and up again under load: clear 503s, nothing lost or doubled, no restart."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
from pathlib import Path

import pytest
from benchmarks.clinic_fault import Outage, database_outage
from benchmarks.clinic_server import app_command, start_server, stop_server, wait_ready
from benchmarks.clinic_sim import Plan, crowd, verify
from benchmarks.pg_cluster import PgCluster

from tests.deploy.conftest import ROOT
from tests.web.conftest import _free_port

pytestmark = pytest.mark.postgres


def test_a_database_restart_mid_load_costs_503s_and_nothing_else(tmp_path: Path) -> None:
    with PgCluster() as pg:
        db = pg.create_database("outage")
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        env = {
            "CRAMPCARE_DB": db,
            "CRAMPCARE_DATA_DIR": str(tmp_path / "data"),
            "CRAMPCARE_SEMANTIC_TRIAGE": "off",
            "CRAMPCARE_LOG_FORMAT": "json",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        }
        app = start_server(app_command(port, 1), env, tmp_path / "app.log")
        try:
            wait_ready(base + "/readyz")
            plan = Plan(people=40, logs=5, report_every=10**6, think_s=0.1, deadline_s=20)
            plan.base_url, plan.run = base, "outage"
            outage = Outage()
            # "immediate": a crash, no clean shutdown; what was acknowledged must survive it.
            crash = lambda: pg.stop("immediate")  # noqa: E731
            during = database_outage(base, crash, pg.start, 0.3, 1.0, outage)
            # In a thread of its own: the browser tests' Playwright holds this thread's loop.
            with concurrent.futures.ThreadPoolExecutor(1) as pool:
                results = pool.submit(asyncio.run, crowd(plan, during)).result(90)
            still_the_same_process = app.poll() is None
        finally:
            stop_server(app)
        counts = verify(db, plan, results)

    statuses = results.statuses()
    assert set(statuses) <= {200, 201, 503}, f"answers other than success or 503: {statuses}"
    assert statuses[503] > 0, "no request met the outage: the test proved nothing"
    status, body, retry_after = outage.write_while_down
    assert status == 503 and "try again" in body["error"] and retry_after == "2"
    assert "postgres" not in body["error"], "a browser is told to wait, not where the database is"
    down = [s for t, s in outage.ready_probes if outage.down_at + 0.2 <= t < outage.up_at]
    assert down and set(down) == {503}
    assert outage.ready_probes[-1][1] == 200, "not ready again after the database came back"
    assert still_the_same_process, "the app had to be restarted"
    assert results.gave_up == 0
    assert counts == {
        "acknowledged": 200,
        "stored": 200,
        "lost": 0,
        "duplicated": 0,
        "never_sent": 0,
        "stored_unacknowledged": 0,
        "partial": 0,
        "in_another_diary": 0,
        "checkins_lost_or_wrong": 0,
    }
    after = [s for k, t, _, s in results.attempts if k == "log" and t > outage.up_at + 1]
    assert not after or set(after) <= {200, 201}, "writes still failing a second after recovery"
