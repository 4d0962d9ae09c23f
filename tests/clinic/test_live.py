"""``crampcare serve --multi-user`` for real: two worker processes on PostgreSQL.

Sessions live in the database, so a session made through one worker works on
the other: twelve new connections, which the kernel spreads over the two
workers' sockets by address hash (all twelve on one worker: about 1 in 2,000).
Behind a TLS proxy (``X-Forwarded-Proto: https`` from loopback) the cookie is
Secure.
"""

from __future__ import annotations

import re

import httpx
import pytest

from tests.clinic.conftest import ADMIN_PASSWORD as PASSWORD


@pytest.mark.postgres
def test_a_session_works_on_every_connection_to_a_two_worker_server(clinic_server: str) -> None:
    with httpx.Client(base_url=clinic_server) as browser:
        page = browser.get("/login").text
        token = re.search(r'name="csrf" value="([^"]+)"', page)
        assert token
        signed = browser.post(
            "/login",
            data={"csrf": token.group(1), "username": "boss", "password": PASSWORD},
            headers={"x-forwarded-proto": "https"},
        )
        assert signed.status_code == 303
        cookie = signed.headers["set-cookie"]
        assert "Secure" in cookie and "HttpOnly" in cookie
        session = cookie.split(";")[0].split("=", 1)[1]
    for _ in range(12):
        # A new connection each time, so both workers are asked.
        with httpx.Client(base_url=clinic_server, cookies={"crampcare_session": session}) as c:
            me = c.get("/api/v1/account")
            assert me.status_code == 200
            assert me.json()["role"] == "admin"
    invite = httpx.post(
        clinic_server + "/api/v1/admin/invitations",
        json={"role": "person"},
        cookies={"crampcare_session": session},
        headers={"x-csrf-token": me.json()["csrf_token"]},
    )
    assert invite.status_code == 201
    assert re.fullmatch(r"[A-Z2-9]{5}(-[A-Z2-9]{5}){3}", invite.json()["code"])
