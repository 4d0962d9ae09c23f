"""Who may talk to the local server, and what every answer carries (web/guard.py)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from crampcare.web import create_app
from tests.web.conftest import form_token

EPISODE = b'{"started_at": "2026-11-20T03:10:00", "location": "calf", "side": "left"}'


def _count(client: TestClient) -> int:
    return len(client.get("/api/v1/episodes").json()["items"])


# --- Content-Type ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ctype",
    [
        "text/plain; charset=json",  # what a no-cors fetch or sendBeacon may send cross-site
        "text/plain",
        "application/x-www-form-urlencoded; json=1",
        "multipart/form-data; boundary=json",
        "text/json",
        "application/jsonp",
        "application/json-seq",
        "json",
        "",
    ],
)
def test_a_body_that_is_not_declared_json_is_415_and_writes_nothing(
    client: TestClient, ctype: str
) -> None:
    r = client.post("/api/v1/episodes", content=EPISODE, headers={"content-type": ctype})
    assert r.status_code == 415, r.text
    assert _count(client) == 0


@pytest.mark.parametrize(
    "ctype",
    [
        "application/json",
        "application/json; charset=utf-8",
        "APPLICATION/JSON",
        "application/vnd.crampcare+json",
    ],
)
def test_json_media_types_are_accepted(client: TestClient, ctype: str) -> None:
    r = client.post("/api/v1/episodes", content=EPISODE, headers={"content-type": ctype})
    assert r.status_code == 201, r.text
    assert _count(client) == 1


# --- Origin and Sec-Fetch-Site -----------------------------------------------------------

CROSS = [
    {"origin": "http://evil.example"},
    {"origin": "http://127.0.0.1:9999"},  # another port on this machine is another origin
    {"origin": "http://localhost.evil.example"},
    {"origin": "null", "sec-fetch-site": "cross-site"},  # a sandboxed frame elsewhere
    {"origin": "file://", "sec-fetch-site": "cross-site"},
    {"origin": "file://"},
    {"sec-fetch-site": "cross-site"},
    {"sec-fetch-site": "same-site"},  # localhost:9999 is the same *site* as localhost
    {"sec-fetch-site": "cross-site", "origin": "http://localhost"},
    {"sec-fetch-site": "same-origin", "origin": "http://evil.example"},
]


@pytest.mark.parametrize("headers", CROSS, ids=lambda h: ",".join(f"{k}={v}" for k, v in h.items()))
def test_state_changes_from_another_origin_are_403_and_write_nothing(
    client: TestClient, headers: dict[str, str]
) -> None:
    token = form_token(client, "/diary")
    r = client.post(
        "/api/v1/episodes", content=EPISODE, headers={"content-type": "application/json", **headers}
    )
    assert r.status_code == 403, r.text
    r = client.post(
        "/diary/quick", data={"csrf": token, "where": "calf", "side": "left"}, headers=headers
    )
    assert r.status_code == 403
    r = client.put("/api/v1/checkins", json={"day": "2026-11-20"}, headers=headers)
    assert r.status_code == 403
    assert _count(client) == 0
    assert client.get("/api/v1/checkins").json()["items"] == []


def test_theme_cookie_cannot_be_set_from_another_site(client: TestClient) -> None:
    r = client.post(
        "/prefs",
        data={"theme": "night"},
        headers={"origin": "http://evil.example"},
        follow_redirects=False,
    )
    assert r.status_code == 403 and "set-cookie" not in r.headers


@pytest.mark.parametrize(
    "headers",
    [
        {},  # curl, scripts: no browser headers at all
        {"origin": "http://localhost"},
        {"sec-fetch-site": "same-origin", "origin": "http://localhost"},
        {"sec-fetch-site": "none"},  # typed into the address bar
        # Our own form under Referrer-Policy: no-referrer: Chromium sends Origin: null.
        {"sec-fetch-site": "same-origin", "origin": "null"},
    ],
)
def test_same_origin_and_non_browser_changes_pass(
    client: TestClient, headers: dict[str, str]
) -> None:
    r = client.post(
        "/api/v1/episodes", content=EPISODE, headers={"content-type": "application/json", **headers}
    )
    assert r.status_code == 201


def test_a_form_still_needs_its_csrf_token_from_the_same_origin(client: TestClient) -> None:
    form_token(client, "/diary")
    r = client.post(
        "/diary/quick",
        data={"where": "calf", "side": "left"},
        headers={"origin": "http://localhost"},
    )
    assert r.status_code == 403
    assert _count(client) == 0


def test_cross_site_subresource_reads_are_refused_but_links_open(client: TestClient) -> None:
    no_cors = {
        "sec-fetch-site": "cross-site",
        "sec-fetch-mode": "no-cors",
        "sec-fetch-dest": "script",
    }
    assert client.get("/api/v1/episodes", headers=no_cors).status_code == 403
    assert client.get("/diary/export?format=csv", headers=no_cors).status_code == 403
    link = {
        "sec-fetch-site": "cross-site",
        "sec-fetch-mode": "navigate",
        "sec-fetch-dest": "document",
    }
    assert client.get("/diary", headers=link).status_code == 200


# --- Host allow-list ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "evil.example:8765",
        "localhost.evil.example",
        "127.0.0.2",
        "[::2]:80",
        "",
        "attacker",
    ],
)
def test_unknown_host_names_are_400_before_any_handler(client: TestClient, host: str) -> None:
    for method, path in [
        ("GET", "/api/v1/episodes"),
        ("GET", "/diary"),
        ("POST", "/api/v1/episodes"),
    ]:
        r = client.request(
            method,
            path,
            content=EPISODE,
            headers={"host": host, "content-type": "application/json"},
        )
        assert r.status_code == 400, (method, path, r.status_code)
        assert "episodes" not in r.text and "items" not in r.text
    assert _count(client) == 0


@pytest.mark.parametrize(
    "host", ["localhost", "localhost:8765", "127.0.0.1:1", "[::1]:8765", "LOCALHOST.", "localhost."]
)
def test_loopback_names_are_served(client: TestClient, host: str) -> None:
    assert client.get("/diary", headers={"host": host}).status_code == 200


def test_extra_names_come_from_the_setting_or_the_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRAMPCARE_ALLOW_HOSTS", "cramps.lan, 192.168.1.20")
    with TestClient(create_app(), base_url="http://cramps.lan:8765") as c:
        assert c.get("/diary").status_code == 200
        assert c.get("/diary", headers={"host": "192.168.1.20:8765"}).status_code == 200
        assert c.get("/diary", headers={"host": "192.168.1.21:8765"}).status_code == 400
    with TestClient(create_app(allowed_hosts=["phone.lan"]), base_url="http://phone.lan") as c:
        assert c.get("/healthz").status_code == 200
        assert c.get("/healthz", headers={"host": "cramps.lan"}).status_code == 400


# --- headers on every kind of response ---------------------------------------------------


def _assert_guarded(r: object, cacheable: bool = False) -> None:
    headers = r.headers  # type: ignore[attr-defined]
    csp = headers["content-security-policy"]
    for part in (
        "default-src 'self'",
        "script-src 'self'",
        "img-src 'self' data:",
        "frame-ancestors 'none'",
        "worker-src 'self'",
        "manifest-src 'self'",
    ):
        assert part in csp
    assert "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    if not cacheable:
        assert "no-store" in headers["cache-control"]


def test_every_kind_of_response_carries_the_security_headers(client: TestClient) -> None:
    client.post("/api/v1/episodes", json={"started_at": "2026-11-20T03:10:00"})
    responses = [
        client.get("/"),
        client.get("/diary"),
        client.get("/diary/report"),
        client.get("/diary/export?format=csv"),
        client.get("/diary/export?format=fhir"),
        client.get("/api/v1/episodes"),
        client.get("/api/v1/report"),
        client.get("/api/v1/export?format=json"),
        client.get("/openapi.json"),
        client.get("/healthz"),
        client.get("/nowhere"),  # 404 page
        client.get("/api/v1/episodes/999"),  # 404 JSON
        client.post(
            "/api/v1/episodes",
            content=b"x" * (2 * 1024 * 1024),
            headers={"content-type": "application/json"},
        ),  # 413 from the body limit
        client.get("/diary", headers={"host": "evil.example"}),  # 400 from the guard
        client.post("/api/v1/episodes", json={}, headers={"origin": "http://evil.example"}),  # 403
    ]
    for r in responses:
        _assert_guarded(r)
    static = client.get("/static/app.css")
    _assert_guarded(static, cacheable=True)
    assert "no-store" not in static.headers.get("cache-control", "")


def test_a_server_error_page_carries_the_headers_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import crampcare.analysis.person as analysis

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("note: took quinine after wine")

    monkeypatch.setattr(analysis, "analyse", broken)
    with TestClient(create_app(), base_url="http://localhost", raise_server_exceptions=False) as c:
        r = c.get("/api/v1/report")
    assert r.status_code == 500
    _assert_guarded(r)


def test_self_contained_documents_allow_only_their_own_style_by_hash(client: TestClient) -> None:
    r = client.get("/diary/report")
    csp = r.headers["content-security-policy"]
    assert "style-src 'self' 'sha256-" in csp and "unsafe-inline" not in csp
    token = form_token(client, "/plan")
    sheet = client.post("/plan", data={"csrf": token, "format": "sheet"})
    assert sheet.status_code == 200 and "'sha256-" in sheet.headers["content-security-policy"]


def test_app_templates_have_no_inline_script_or_style() -> None:
    import re
    from importlib.resources import files

    for template in files("crampcare.web").joinpath("templates").iterdir():
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), template.name
        assert not re.search(r"<style|\sstyle=|\son[a-z]+=", text), template.name
