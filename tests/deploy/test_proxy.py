"""The shipped nginx site and service command, run in front of each other over loopback."""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.deploy.conftest import AppProcess, Nginx, wait_until


@pytest.fixture
def proxied(
    app_process: Callable[..., AppProcess], tmp_path: Path
) -> Iterator[tuple[Nginx, AppProcess]]:
    app = app_process()
    nginx = Nginx(tmp_path / "nginx", app.port)
    try:
        yield nginx, app
    finally:
        nginx.stop()


def _client(nginx: Nginx) -> httpx.Client:
    # Trusts the throwaway certificate alone: the test checks the TLS set-up, not around it.
    return httpx.Client(verify=ssl.create_default_context(cafile=str(nginx.cert)), timeout=10)


def test_https_answers_with_hsts_and_secure_cookies(proxied: tuple[Nginx, AppProcess]) -> None:
    nginx, app = proxied
    with _client(nginx) as client:
        page = client.get(nginx.url + "/check")
    assert page.status_code == 200 and "<form" in page.text
    assert page.headers["strict-transport-security"].startswith("max-age=63072000")
    cookie = page.headers["set-cookie"]
    assert cookie.startswith("csrftoken=") and "Secure" in cookie and "HttpOnly" in cookie
    # The same page straight from the app over plain HTTP: no Secure (it would be dropped).
    direct = httpx.get(app.url + "/check", timeout=10)
    assert "secure" not in direct.headers["set-cookie"].lower()


def test_plain_http_is_sent_to_https(proxied: tuple[Nginx, AppProcess]) -> None:
    nginx, _ = proxied
    r = httpx.get(f"http://localhost:{nginx.http_port}/diary?offset=30", timeout=10)
    assert r.status_code == 301
    assert r.headers["location"] == "https://localhost/diary?offset=30"


def test_a_form_posted_through_the_proxy_passes_the_same_origin_check(
    proxied: tuple[Nginx, AppProcess],
) -> None:
    """Host reaches the app with its port, so the browser's Origin matches it."""
    nginx, _ = proxied
    with _client(nginx) as client:
        token = client.get(nginx.url + "/check").text.split('name="csrf" value="')[1].split('"')[0]
        r = client.post(
            nginx.url + "/prefs",
            data={"theme": "night", "next": "/"},
            headers={"origin": nginx.url, "sec-fetch-site": "same-origin"},
            follow_redirects=False,
        )
        assert token and r.status_code == 303
        assert "Secure" in r.headers["set-cookie"]
        forged = client.post(
            nginx.url + "/prefs",
            data={"theme": "night"},
            headers={"origin": "https://evil.example"},
        )
    assert forged.status_code == 403


def test_the_request_id_runs_from_nginx_through_the_app_log(
    proxied: tuple[Nginx, AppProcess],
) -> None:
    nginx, app = proxied
    with _client(nginx) as client:
        r = client.get(nginx.url + "/readyz")
    rid = r.headers["x-request-id"]
    assert r.status_code == 200 and len(rid) == 32  # nginx's $request_id

    def mine() -> list[dict[str, object]]:
        lines = [json.loads(x) for x in app.log_lines() if x.startswith("{")]
        return [x for x in lines if x.get("request_id") == rid]

    # The access line is written once the response has gone: the client can be first.
    wait_until(lambda: bool(mine()), 5.0, "the app's access line for the request")
    assert mine()[-1]["path"] == "/readyz" and mine()[-1]["status"] == 200
    # nginx too writes its access line after the response, and a busy machine can read
    # the file first.
    access = nginx.folder / "access.log"
    wait_until(lambda: rid in access.read_text(), 5.0, "nginx's access line for the request")
    assert rid in access.read_text()
