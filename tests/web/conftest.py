"""Web fixtures: an in-process client, a live server, and a real headless Chromium."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from crampcare.web import create_app

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CRAMPCARE_CHROMIUM", "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Flags from this workplace's notes: without the background-networking ones
# Chromium keeps trying to reach hosts the closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(create_app(), base_url="http://localhost") as c:
        yield c


def form_token(client: TestClient, path: str = "/check") -> str:
    """The CSRF token a page puts in its forms (and sets as a cookie)."""
    html = client.get(path).text
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`crampcare serve` in a subprocess, on its own data folder."""
    data = tmp_path_factory.mktemp("live-data")
    port = _free_port()
    env = {**os.environ, "CRAMPCARE_DATA_DIR": str(data), "NO_COLOR": "1"}
    log = (data / "server.log").open("wb")
    # A file, not a pipe: a pipe nobody reads could fill up and stall the server.
    proc = subprocess.Popen(
        [sys.executable, "-m", "crampcare", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    # Starting is importing the app: about a second quiet, but 20 s was not enough at
    # load 16 on 2 cores (the session's every browser test then errors). A guard, not
    # a speed check: ready time is benchmarks/ready_time.py's.
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        proc.kill()
        log.close()
        pytest.fail(f"server did not start:\n{(data / 'server.log').read_text()}")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    log.close()


@pytest.fixture(params=[(360, 740), (1280, 800)], ids=["phone", "desktop"])
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    width, height = request.param
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    yield pg
    context.close()


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Serious or critical axe-core violations on the current page."""
    assert AXE.exists(), f"axe-core not found at {AXE}: .ci/run runs npm install"
    # Evaluated, not added as a <script>: the app's CSP rightly refuses inline scripts.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document)")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, int, int]]]:
    """`serve` up to the server's start, the server's start recorded instead: (host, port,
    workers). The settings a person's shell may hold are cleared first."""
    from crampcare.web import server

    calls: list[tuple[str, int, int]] = []
    monkeypatch.setattr(
        server, "run", lambda host, port, workers: calls.append((host, port, workers))
    )
    for name in ("CRAMPCARE_ALLOW_HOSTS", "CRAMPCARE_FASTPATH", "CRAMPCARE_MULTI_USER"):
        monkeypatch.delenv(name, raising=False)
    yield calls
    os.environ.pop("CRAMPCARE_ALLOW_HOSTS", None)  # serve sets it for its workers
