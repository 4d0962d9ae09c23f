"""Clinic load benchmark: simulated people against 2 app workers and a real PostgreSQL.

Runs, all on 127.0.0.1 and bounded in time:
1. mixed: ``--people`` people (1,000 by default) log episodes, check in, read their
   list and now and then the full report, pausing ``--think`` s on average
   between actions; p50/p95/p99 per kind of request;
2. logging flat out (no pauses), against crampcare and against a bare Starlette +
   psycopg insert endpoint with the same 2 workers, in the same run: the price of
   validation, idempotency and the store (and, to read both by, the same crowd
   against an answer that touches no database: the client's and machine's ceiling);
3. a restart: PostgreSQL stopped (``pg_ctl -m fast``) and started again under the
   mixed load: 503s while down, then recovery without restarting the app;
4. multi-user mode, as a clinic runs it (an account and session each: session
   lookup, CSRF and one diary per person on every request): the mixed crowd at
   ``--think`` (saturated: it offers more than 2 workers serve on 2 cores, so
   its p99 is queueing, shown as such); a sweep of slower crowds (``--sweep``
   think times) to find the arrival rate the workers sustain with the log p99
   under 100 ms; and the realistic profile (clinic_sim.REALISTIC: people arrive
   over 20 s and pause as long as a form takes, median 5 s).
After each crowd the database is checked against what was acknowledged: 0 lost,
0 duplicated, 0 partial. Each multi-user crowd's ``split_ms`` pairs every answered log
and check-in with the app's own duration (by its X-Request-ID): in-app against outside
(socket buffers while an event loop was busy), the slowest 1 %'s in-app share, and
this client's CPU share and event-loop lag (its own queueing, inside every latency).
Prints one JSON object.

Usage: .venv/bin/python benchmarks/clinic_load.py [--people 1000] [--think 1.0]
       [--app-tree OTHER_CHECKOUT] [--multi-only]
``--app-tree`` serves another checkout's app (its ``src`` and its systemd unit) under
this harness, so a release and a branch are measured by the same code in one session;
``--multi-only`` runs the multi-user crowds and the bare baselines, not the single-user
ones (the restart among them).
Needs Debian's PostgreSQL (initdb, pg_ctl).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.clinic_accounts import seed  # noqa: E402
from benchmarks.clinic_bare import bare_crowds  # noqa: E402
from benchmarks.clinic_fault import Outage, database_outage  # noqa: E402
from benchmarks.clinic_report import (  # noqa: E402
    in_app_times,
    lines,
    run_crowd,
    split_times,
    summary,
)
from benchmarks.clinic_server import app_command, start_server, stop_server, wait_ready  # noqa: E402
from benchmarks.clinic_sim import REALISTIC, Plan, verify  # noqa: E402
from benchmarks.pg_cluster import PgCluster, _free_port  # noqa: E402

LOG_P99_TARGET_MS = 100.0


def multi_user_crowds(
    pg: PgCluster, args: argparse.Namespace, env: dict[str, str], tmp: Path, kinds: tuple[str, ...]
) -> dict[str, Any]:
    """Crowds against a clinic server, each person signed in to an account of theirs."""
    db = pg.create_database("clinic_multi")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    auth, account_ids = seed(db, args.people, "multi")
    multi_env = {**env, "CRAMPCARE_DB": db, "CRAMPCARE_MULTI_USER": "on"}
    log = tmp / "multi.log"
    app = start_server(app_command(port, args.workers, args.service), multi_env, log)
    out: dict[str, Any] = {}

    def run(name: str, plan: Plan) -> dict[str, Any]:
        plan.auth, plan.account_ids = auth, account_ids
        seen = lines(log)
        results = run_crowd(plan)
        return {
            "think_s": plan.think_s if plan.profile == "uniform" else plan.profile,
            **summary(results, KINDS),
            "database": verify(db, plan, results),
            "in_app_ms": in_app_times(log, seen),
            "split_ms": split_times(results, log, seen, ("log", "checkin")),
        }

    try:
        wait_ready(base + "/readyz")
        plan = Plan(args.people, args.logs, think_s=args.think, run="multi", base_url=base)
        out["saturated"] = run("saturated", plan)
        out["sweep"] = []
        for n, think in enumerate(args.sweep):
            plan = Plan(args.people, args.logs, think_s=think, run=f"sweep{n}", base_url=base)
            out["sweep"].append(run(f"sweep {think} s", plan))
        plan = Plan(args.people, args.logs, run="real", base_url=base, profile="realistic")
        plan.arrive_s = REALISTIC["arrive_s"]
        out["realistic"] = run("realistic", plan)
    finally:
        stop_server(app)
    # The fastest crowd whose logs kept the target, with nothing lost or doubled.
    held = [
        row["requests_per_s"]
        for row in [out["saturated"], *out["sweep"], out["realistic"]]
        if row["log"]["p99_ms"] < LOG_P99_TARGET_MS
        and row["database"]["lost"] == row["database"]["duplicated"] == 0
    ]
    out["sustained_req_per_s_with_log_p99_under_100ms"] = max(held, default=None)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--logs", type=int, default=3, help="episodes each person logs")
    parser.add_argument("--think", type=float, default=1.0, help="mean pause, seconds")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--sweep",
        type=lambda text: [float(x) for x in text.split(",") if x],
        default=[4.0, 2.5, 1.6],
        help="think times (s) of the slower multi-user crowds, comma-separated ('' for none)",
    )
    parser.add_argument("--app-tree", type=Path, default=ROOT, help="the checkout to serve")
    parser.add_argument("--multi-only", action="store_true")
    args = parser.parse_args()
    tree = args.app_tree.resolve()
    args.service = tree / "deploy" / "systemd" / "crampcare.service"
    tmp = Path(tempfile.mkdtemp(prefix="crampcare-clinic-load-"))
    report: dict[str, Any] = {
        "app_tree": str(tree),
        "people": args.people,
        "workers": args.workers,
        "cores": os.cpu_count(),
        "load_average_at_start": os.getloadavg(),
    }
    env = {
        "CRAMPCARE_DATA_DIR": str(tmp / "data"),
        "CRAMPCARE_SEMANTIC_TRIAGE": "off",
        "CRAMPCARE_LOG_FORMAT": "json",  # as docs/deploy.md runs it
        "PYTHONPATH": os.pathsep.join([str(tree / "src"), str(ROOT)]),
    }
    with PgCluster(max_connections=200) as pg:
        if not args.multi_only:
            single_user_crowds(pg, args, env, tmp, report)
        report["multi_user"] = multi_user_crowds(pg, args, env, tmp, KINDS)
        report.update(bare_crowds(pg, args, env, tmp))
    report["load_average_at_end"] = os.getloadavg()
    print(json.dumps(report, indent=2), flush=True)


KINDS = ("log", "checkin", "read", "report")


def single_user_crowds(
    pg: PgCluster, args: argparse.Namespace, env: dict[str, str], tmp: Path, report: dict[str, Any]
) -> None:
    """The single-user server: the mixed crowd, logging flat out, PostgreSQL restarted."""
    db = pg.create_database("clinic")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    app = start_server(
        app_command(port, args.workers, args.service),
        {**env, "CRAMPCARE_DB": db},
        tmp / "app.log",
    )
    try:
        wait_ready(base + "/readyz")
        mixed = Plan(args.people, args.logs, think_s=args.think, run="mixed", base_url=base)
        seen = lines(tmp / "app.log")
        results = run_crowd(mixed)
        report["mixed"] = {
            **summary(results, KINDS),
            "database": verify(db, mixed, results),
            "in_app_ms": in_app_times(tmp / "app.log", seen),
        }
        seen = lines(tmp / "app.log")

        flat = Plan(args.people, args.logs, think_s=0.0, run="flat", base_url=base)
        flat.logs_only = True
        results = run_crowd(flat)
        report["logging_flat_out"] = {
            **summary(results, ("log",)),
            "database": verify(db, flat, results),
            "in_app_ms": in_app_times(tmp / "app.log", seen),
        }

        restart = Plan(args.people, args.logs, think_s=args.think, run="restart", base_url=base)
        outage = Outage()
        during = database_outage(base, pg.stop, pg.start, 2.0, 3.0, outage)
        results = run_crowd(restart, during)
        down = [s for t, s in outage.ready_probes if outage.down_at + 0.2 <= t < outage.up_at]
        report["restart"] = {
            **summary(results, ("log",)),
            "database": verify(db, restart, results),
            "down_s": round(outage.up_at - outage.down_at, 2),
            "readyz_while_down": sorted(set(down)),
            "readyz_after": outage.ready_probes[-1][1],
            "write_while_down": outage.write_while_down[0],
            "app_restarted": app.poll() is not None,
        }
    finally:
        stop_server(app)


if __name__ == "__main__":
    main()
