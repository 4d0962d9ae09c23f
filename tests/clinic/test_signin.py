"""Signing in to the clinic server: cookies, the sign-in wall, CSRF, lockout, recovery."""

from __future__ import annotations

import re

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from crampcare.accounts import Accounts
from crampcare.accounts.login import CLIENT_FAILURES, LOCK_AFTER
from tests.clinic.conftest import PASSWORD, member, sign_in

EPISODE = {"started_at": "2026-11-30T03:10:00", "location": "calf", "side": "left"}


def _form_token(client: TestClient, path: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found
    return found.group(1)


def test_session_cookie_is_httponly_lax_and_secure_over_tls(
    clinic_app: Starlette, store: Accounts
) -> None:
    store.create("ana", "Ana", PASSWORD, "person")
    client = TestClient(clinic_app, base_url="https://localhost")
    token = _form_token(client, "/login")
    answer = client.post(
        "/login",
        data={"csrf": token, "username": "ana", "password": PASSWORD},
        follow_redirects=False,
    )
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith("crampcare_session=")
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=lax" in cookie
    plain = TestClient(clinic_app, base_url="http://localhost")
    answer = plain.post(
        "/login",
        data={"csrf": _form_token(plain, "/login"), "username": "ana", "password": PASSWORD},
        follow_redirects=False,
    )
    assert "Secure" not in answer.headers["set-cookie"]


def test_diary_and_api_need_a_session_but_first_aid_does_not(clinic_app: Starlette) -> None:
    client = TestClient(clinic_app, base_url="https://localhost")
    answer = client.get("/diary", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=%2Fdiary"
    assert client.get("/api/v1/episodes").status_code == 401
    assert client.post("/api/v1/episodes", json=EPISODE).status_code == 401
    for path in ("/", "/now", "/emergency", "/check", "/points", "/healthz"):
        assert client.get(path).status_code == 200, path


def test_every_change_needs_the_sessions_csrf_token(clinic_app: Starlette, store: Accounts) -> None:
    ana = member(clinic_app, store, "ana")
    assert ana.client.post("/api/v1/episodes", json=EPISODE).status_code == 403
    wrong = ana.client.post("/api/v1/episodes", json=EPISODE, headers={"x-csrf-token": "x" * 43})
    assert wrong.status_code == 403
    # The browser's pre-session cookie token is not the session's.
    cookie_token = ana.client.cookies.get("csrftoken")
    form = ana.client.post("/diary/quick", data={"csrf": cookie_token or "", "location": "calf"})
    assert form.status_code == 403
    assert ana.client.get("/api/v1/episodes").json()["items"] == []
    assert ana.send("POST", "/api/v1/episodes", json=EPISODE).status_code == 201
    assert len(ana.client.get("/api/v1/episodes").json()["items"]) == 1


def test_sign_out_ends_the_session_on_the_server(clinic_app: Starlette, store: Accounts) -> None:
    ana = member(clinic_app, store, "ana")
    stolen = ana.client.cookies.get("crampcare_session")
    assert ana.send("POST", "/logout", data={}).status_code == 303
    thief = TestClient(clinic_app, base_url="https://localhost")
    thief.cookies.set("crampcare_session", stolen or "")
    assert thief.get("/api/v1/episodes").status_code == 401


def test_wrong_passwords_lock_the_account_even_for_the_right_one(
    clinic_app: Starlette, store: Accounts
) -> None:
    store.create("ana", "Ana", PASSWORD, "person")
    client = TestClient(clinic_app, base_url="https://localhost")
    token = _form_token(client, "/login")
    for _ in range(LOCK_AFTER):
        answer = client.post(
            "/login", data={"csrf": token, "username": "ana", "password": "not the password"}
        )
        assert answer.status_code == 400
        assert "do not match" in answer.text
    locked = client.post("/login", data={"csrf": token, "username": "ana", "password": PASSWORD})
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) > 60
    assert "crampcare_session" not in locked.headers.get("set-cookie", "")


def test_many_failures_from_one_address_are_rate_limited(store: Accounts) -> None:
    from crampcare.accounts import Locked, Sessions

    sessions = Sessions(store)
    for i in range(CLIENT_FAILURES):
        with pytest.raises(Exception, match="do not match"):
            sessions.login(f"nobody{i}", "guess guess guess", "203.0.113.9")
    with pytest.raises(Locked):
        sessions.login("nobody", "guess guess guess", "203.0.113.9")
    # Another address is not held up by the first one's failures.
    with pytest.raises(Exception, match="do not match"):
        sessions.login("nobody", "guess guess guess", "198.51.100.7")


def test_sign_up_needs_a_valid_invitation_used_once(clinic_app: Starlette, store: Accounts) -> None:
    admin = store.create("boss", "Boss", PASSWORD, "admin")
    code = store.invite("person", admin.id)
    client = TestClient(clinic_app, base_url="https://localhost")
    form = {"code": "AAAAA-BBBBB-CCCCC-DDDDD", "username": "ana", "password": PASSWORD}
    bad = client.post("/signup", data={"csrf": _form_token(client, "/signup"), **form})
    assert bad.status_code == 400
    form["code"] = code.lower()  # codes are typed from paper: case does not matter
    good = client.post("/signup", data={"csrf": _form_token(client, "/signup"), **form})
    assert good.status_code == 200
    assert len(re.findall(r"<code>", good.text)) == 10
    again = TestClient(clinic_app, base_url="https://localhost")
    form["username"] = "ben"
    reused = again.post("/signup", data={"csrf": _form_token(again, "/signup"), **form})
    assert reused.status_code == 400
    assert [a.username for a in store.all()] == ["ana", "boss"]
    with store.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT password_hash FROM accounts WHERE username = 'ana'"
        ).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_a_recovery_code_sets_a_new_password_once_and_lifts_a_lockout(
    clinic_app: Starlette, store: Accounts
) -> None:
    from crampcare.accounts import BadLogin, Sessions

    account = store.create("ana", "Ana", PASSWORD, "person")
    codes = store.new_recovery_codes(account.id)
    sessions = Sessions(store)
    for _ in range(LOCK_AFTER):
        with pytest.raises(BadLogin):
            sessions.login("ana", "wrong wrong wrong", "192.0.2.1")
    client = TestClient(clinic_app, base_url="https://localhost")
    form = {"username": "ana", "code": codes[3], "password": "a brand new password"}
    answer = client.post(
        "/recover", data={"csrf": _form_token(client, "/recover"), **form}, follow_redirects=False
    )
    assert answer.status_code == 303
    assert client.get("/api/v1/account").json()["username"] == "ana"
    sign_in(TestClient(clinic_app, base_url="https://localhost"), "ana", "a brand new password")
    with pytest.raises(BadLogin):
        sessions.recover("ana", codes[3], "yet another password", "192.0.2.1")
    assert store.recovery_codes_left(account.id) == 9


def test_changing_the_password_signs_out_every_other_session(
    clinic_app: Starlette, store: Accounts
) -> None:
    ana = member(clinic_app, store, "ana")
    other = TestClient(clinic_app, base_url="https://localhost")
    sign_in(other, "ana")
    wrong = ana.send("POST", "/api/v1/account/password", json={"old": "nope", "new": "x" * 12})
    assert wrong.status_code == 403
    weak = ana.send("POST", "/api/v1/account/password", json={"old": PASSWORD, "new": "short"})
    assert weak.status_code == 422
    done = ana.send(
        "POST", "/api/v1/account/password", json={"old": PASSWORD, "new": "a new long password"}
    )
    assert done.status_code == 204
    assert other.get("/api/v1/account").status_code == 401
    assert ana.client.get("/api/v1/account").status_code == 200
