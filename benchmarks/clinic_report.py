"""What a crowd's run says: rates and percentiles per kind, and the app's own times.

The client's figures (clinic_sim.Results) include time queued on the way in;
the app's JSON access log says how long each request spent inside the app.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from benchmarks.clinic_sim import Plan, Results, crowd


def peak_rates(results: Results, window_s: float = 5.0) -> dict[str, float]:
    """Requests sent (offered) and answered (served) per second in the busiest window.

    A run's mean rate hides its shape: the realistic profile's people arrive over
    20 s and the last ones finish a minute later, so its peak, not its mean, is the
    load its percentiles were measured under. Offered counts every attempt (retries
    too) by when it was sent; served counts the 2xx answers by when they came.
    """
    sent: dict[int, int] = {}
    done: dict[int, int] = {}
    for _, t0, latency, status in results.attempts:
        sent[int(t0 // window_s)] = sent.get(int(t0 // window_s), 0) + 1
        if 0 < status < 300:
            end = int((t0 + latency) // window_s)
            done[end] = done.get(end, 0) + 1
    return {
        "window_s": window_s,
        "peak_offered_per_s": round(max(sent.values(), default=0) / window_s, 1),
        "peak_served_per_s": round(max(done.values(), default=0) / window_s, 1),
    }


def summary(results: Results, kinds: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "seconds": round(results.seconds, 2),
        "requests_per_s": round(results.rate(), 1),
        **peak_rates(results),
        "statuses": dict(sorted(results.statuses().items())),
        "gave_up": results.gave_up,
    }
    for kind in kinds:
        out[kind] = {
            "ok_per_s": round(results.rate(kind), 1),
            "p50_ms": round(results.percentile(kind, 0.50), 1),
            "p95_ms": round(results.percentile(kind, 0.95), 1),
            "p99_ms": round(results.percentile(kind, 0.99), 1),
        }
    return out


def in_app_times(log: Path, skip: int) -> dict[str, dict[str, float]]:
    """p50/p99 of the app's own duration_ms per route, from its JSON access log past ``skip`` lines.

    Beside the client's figures this tells time in the app from time queued on the
    way in (the client, the kernel, a busy machine).
    """
    by_route: dict[str, list[float]] = {}
    for line in log.read_text(errors="replace").splitlines()[skip:]:
        if not line.startswith("{"):
            continue
        entry = json.loads(line)
        if entry.get("logger") == "crampcare.access" and entry["status"] < 300:
            by_route.setdefault(f"{entry['method']} {entry['path']}", []).append(
                entry["duration_ms"]
            )
    out = {}
    for route, times in sorted(by_route.items()):
        times.sort()
        out[route] = {
            "n": len(times),
            "p50": times[len(times) // 2],
            "p99": times[min(len(times) - 1, int(0.99 * len(times)))],
        }
    return out


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1) if ordered else 0.0


def split_times(
    results: Results, log: Path, skip: int, kinds: tuple[str, ...] = ("log",)
) -> dict[str, Any]:
    """Each answered request's client latency split in two, by its X-Request-ID in the app's log.

    ``in_app``: the app's own duration_ms (from its outermost layer in, to the last
    byte handed to the server). ``outside``: the rest: the request and answer sitting
    in socket buffers while the app's event loop or this client's was busy, and the
    HTTP parsing on both sides. ``slowest_1pct_in_app_share``: of the slowest 1 % by
    the client's clock, the part the app accounts for. ``client``: this load
    generator's own CPU share of the run and how late its event loop ran timers (its
    own queueing, which every latency above includes).
    """
    in_app: dict[str, float] = {}
    for line in log.read_text(errors="replace").splitlines()[skip:]:
        if line.startswith("{") and '"crampcare.access"' in line:
            entry = json.loads(line)
            if "request_id" in entry:
                in_app[entry["request_id"]] = entry["duration_ms"]
    out: dict[str, Any] = {}
    for kind in kinds:
        pairs = [
            (latency * 1000, in_app[rid])
            for (k, _, latency, status), rid in zip(
                results.attempts, results.request_ids, strict=True
            )
            if k == kind and 0 < status < 300 and rid in in_app
        ]
        if not pairs:
            continue
        slowest = sorted(pairs, reverse=True)[: max(1, len(pairs) // 100)]
        out[kind] = {
            "n": len(pairs),
            "client_p50_p99": [_pct([c for c, _ in pairs], 0.5), _pct([c for c, _ in pairs], 0.99)],
            "in_app_p50_p99": [_pct([a for _, a in pairs], 0.5), _pct([a for _, a in pairs], 0.99)],
            "outside_p50_p99": [
                _pct([c - a for c, a in pairs], 0.5),
                _pct([c - a for c, a in pairs], 0.99),
            ],
            "slowest_1pct_in_app_share": round(
                sum(a for _, a in slowest) / sum(c for c, _ in slowest), 2
            ),
        }
    lag = [x * 1000 for x in results.loop_lag]
    out["client"] = {
        "cpu_share_of_one_core": round(results.client_cpu_s / results.seconds, 2)
        if results.seconds
        else 0.0,
        "loop_lag_ms_p50_p99_max": [_pct(lag, 0.5), _pct(lag, 0.99), round(max(lag, default=0), 1)],
    }
    return out


def lines(log: Path) -> int:
    return len(log.read_text(errors="replace").splitlines())


def run_crowd(plan: Plan, during: Any = None) -> Results:
    print(f"running {plan.run}: {plan.people} people", file=sys.stderr, flush=True)
    return asyncio.run(crowd(plan, during))
