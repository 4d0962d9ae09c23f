"""Structured logs: one JSON line per request, with its id, and no personal data in any line."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from tests.deploy.conftest import AppProcess

SECRETS = ("SECRET-NOTE-7f3", "SECRET-QUESTION-c1a", "SECRET-QUERY-9e2", "2026-11-05")
CLIENT_ADDRESS = "203.0.113.9"


def _access(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Less the fixture's polls for the app to come up.
    return [x for x in lines if x["logger"] == "crampcare.access" and x["path"] != "/healthz"]


def _json_lines(app: AppProcess, at_least: int) -> list[dict[str, Any]]:
    # The line is written once the answer is sent: the client may read it first.
    deadline = time.monotonic() + 10
    while True:
        lines = [json.loads(x) for x in app.log_lines() if x.startswith("{")]
        access = _access(lines)
        if len(access) >= at_least or time.monotonic() > deadline:
            return lines
        time.sleep(0.05)


def test_each_request_is_one_json_line_without_personal_data(
    app_process: Callable[..., AppProcess],
) -> None:
    app = app_process()
    sent = {"x-forwarded-for": CLIENT_ADDRESS, "user-agent": "Mozilla/5.0 " + SECRETS[0]}
    with httpx.Client(base_url=app.url, headers=sent, timeout=30) as c:
        made = c.post(
            "/api/v1/episodes", json={"started_at": "2026-11-05T03:00:00", "notes": SECRETS[0]}
        )
        episode = made.json()["id"]
        statuses = [
            made.status_code,
            c.get(f"/api/v1/episodes/{episode}", params={"q": SECRETS[2]}).status_code,
            c.post("/api/v1/episodes", json={"notes": SECRETS[0], "intensity": 99}).status_code,
            c.put("/api/v1/checkins", json={"day": SECRETS[3], "notes": SECRETS[0]}).status_code,
            c.get(f"/api/v1/checkins/{SECRETS[3]}").status_code,
            c.post("/api/v1/ask", json={"question": SECRETS[1] + " calf cramp"}).status_code,
            c.get("/diary", params={"offset": 0, "q": SECRETS[2]}).status_code,
        ]
    assert statuses[:2] == [201, 200] and statuses[2] == 422 and statuses[4:] == [200, 200, 200]
    access = _access(_json_lines(app, len(statuses)))
    assert [x["status"] for x in access] == statuses
    assert [x["method"] for x in access] == ["POST", "GET", "POST", "PUT", "GET", "POST", "GET"]
    assert [x["path"] for x in access] == [
        "/api/v1/episodes",
        "/api/v1/episodes/{episode_id}",
        "/api/v1/episodes",
        "/api/v1/checkins",
        "/api/v1/checkins/{day}",
        "/api/v1/ask",
        "/diary",
    ]
    for line in access:
        assert len(line["request_id"]) == 32 and line["duration_ms"] >= 0
        assert line["ts"].endswith("Z") and line["level"] == "info"
    assert len({x["request_id"] for x in access}) == len(access)
    text = app.log.read_text()
    for secret in (*SECRETS, CLIENT_ADDRESS, "Mozilla"):
        assert secret not in text, f"{secret!r} is in the log"


def test_a_request_id_from_the_proxy_is_kept_and_a_malformed_one_replaced(
    app_process: Callable[..., AppProcess],
) -> None:
    app = app_process()
    kept = httpx.get(app.url + "/readyz", headers={"x-request-id": "edge-42.a_b"}, timeout=10)
    evil = httpx.get(app.url + "/readyz", headers={"x-request-id": '1", "level": "x'}, timeout=10)
    assert kept.headers["x-request-id"] == "edge-42.a_b"
    assert len(evil.headers["x-request-id"]) == 32
    ids = [x["request_id"] for x in _access(_json_lines(app, 2))]
    assert ids == ["edge-42.a_b", evil.headers["x-request-id"]]


def test_text_mode_keeps_one_persons_terminal_quiet(
    app_process: Callable[..., AppProcess],
) -> None:
    app = app_process(CRAMPCARE_LOG_FORMAT="text")
    assert httpx.get(app.url + "/healthz", timeout=10).status_code == 200
    time.sleep(0.3)
    assert not [x for x in app.log_lines() if x.startswith("{")]
