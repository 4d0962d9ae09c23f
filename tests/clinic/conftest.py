"""Clinic fixtures: a real PostgreSQL (the diary tests' server), accounts, signed-in clients.

Passwords are hashed with the real argon2id parameters, so each sign-in costs
a real hash: the fixtures make few accounts and reuse them within a test.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from crampcare.accounts import Account, Accounts
from crampcare.diary.store import Diary
from crampcare.web import create_app
from tests.diary.conftest import pg_server, pg_url
from tests.web.conftest import _free_port

__all__ = ["pg_server", "pg_url"]

PASSWORD = "a long enough password"
ADMIN_PASSWORD = "a long admin password"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def clinic_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A clinic database URL: a SQLite file, and a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "clinic.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(clinic_db: str) -> Iterator[Accounts]:
    """The clinic's accounts on a database whose diary tables exist too."""
    diary = Diary.open(clinic_db)
    opened = Accounts(diary.engine)
    opened.migrate()
    yield opened
    diary.close()


@dataclass
class Member:
    """A signed-in browser of one account: its client, account and CSRF token."""

    client: TestClient
    account: Account
    csrf: str

    def send(
        self, method: str, path: str, json: object = None, data: dict[str, Any] | None = None
    ) -> Any:
        """A request carrying the session's CSRF token (header for JSON, field for forms)."""
        if data is not None:
            return self.client.request(
                method, path, data={"csrf": self.csrf, **data}, follow_redirects=False
            )
        return self.client.request(
            method, path, json=json, headers={"x-csrf-token": self.csrf}, follow_redirects=False
        )


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Sign in through the login form; the session's CSRF token."""
    page = client.get("/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', page)
    assert token
    answer = client.post(
        "/login",
        data={"csrf": token.group(1), "username": username, "password": password, "next": "/"},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    me = client.get("/api/v1/account")
    assert me.status_code == 200
    return str(me.json()["csrf_token"])


@pytest.fixture
def clinic_app(clinic_db: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Starlette]:
    """The app in multi-user mode on the clinic database (no lifespan: no search warm-up)."""
    monkeypatch.setenv("CRAMPCARE_DB", clinic_db)
    app = create_app(multi_user=True)
    yield app
    app.state.diary.close()


def member(app: Starlette, store: Accounts, username: str, role: str = "person") -> Member:
    """A new account of ``role``, signed in through the login form in its own browser."""
    account = store.create(username, username.title(), PASSWORD, role)
    # https: the session cookie is Secure there, as behind the clinic's TLS proxy.
    client = TestClient(app, base_url="https://localhost")
    return Member(client, account, sign_in(client, username))


@pytest.fixture
def pg_clinic(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Starlette, Accounts]]:
    """The multi-user app and its accounts on a fresh PostgreSQL database."""
    monkeypatch.setenv("CRAMPCARE_DB", pg_url)
    app = create_app(multi_user=True)
    opened = Accounts(app.state.diary.shared().engine)
    opened.migrate()
    yield app, opened
    app.state.diary.close()


@pytest.fixture
def clinic_server(pg_url: str, tmp_path: Path) -> Iterator[str]:
    env = {**os.environ, "CRAMPCARE_DATA_DIR": str(tmp_path), "NO_COLOR": "1"}
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "crampcare",
            "accounts",
            "create-admin",
            "boss",
            "--password-stdin",
            "--db",
            pg_url,
        ],
        input=ADMIN_PASSWORD + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    port = _free_port()
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crampcare",
            "serve",
            "--multi-user",
            "--db",
            pg_url,
            "--port",
            str(port),
            "--workers",
            "2",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/readyz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        log.close()
        pytest.fail((tmp_path / "server.log").read_text())
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    log.close()
