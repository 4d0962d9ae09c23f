"""A phone's log and check-in have their session checked in the write's own database call.

(clinicweb/auth.py, ``DEFERRED``.) The answers must be those of any other request:
a dead session writes nothing and gets its 401, a wrong token its 403, a database
that is away its 503, and a bad body from a dead session is still a 401.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import OperationalError
from starlette.applications import Starlette
from starlette.testclient import TestClient

from crampcare.accounts import Accounts, Sessions, signed_write
from crampcare.clinicweb.auth import COOKIE, DEFERRED
from tests.clinic.conftest import Member, member

EPISODE = {"started_at": "2026-11-30T03:10:00", "location": "calf", "side": "left"}
CHECKIN = {"day": "2026-11-29", "fluids_l": 1.5}
WRITES = [("POST", "/api/v1/episodes", EPISODE), ("PUT", "/api/v1/checkins", CHECKIN)]


def _counts(app: Starlette, person: int) -> tuple[int, int]:
    return app.state.diary.shared().counts(person)  # type: ignore[no-any-return]


def _send(app: Starlette, cookie: str, csrf: str, method: str, path: str, body: Any) -> Any:
    client = TestClient(app, base_url="https://localhost")
    client.cookies.set(COOKIE, cookie)
    return client.request(method, path, json=body, headers={"x-csrf-token": csrf})


def _cookie(who: Member) -> str:
    value = who.client.cookies.get(COOKIE)
    assert value
    return value


def test_the_deferred_routes_are_the_phones_writes() -> None:
    assert {(m, p) for m, p, _ in WRITES} == DEFERRED


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_a_live_session_writes_into_its_own_diary_only(
    clinic_app: Starlette, store: Accounts, method: str, path: str, body: Any
) -> None:
    ana, ben = member(clinic_app, store, "ana"), member(clinic_app, store, "ben")
    answer = ana.send(method, path, json=body)
    assert answer.status_code in (200, 201), answer.text
    assert answer.json()["person_id"] == ana.account.id
    assert sum(_counts(clinic_app, ana.account.id)) == 1
    assert sum(_counts(clinic_app, ben.account.id)) == 0


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_a_session_ended_by_logout_writes_nothing_at_once(
    clinic_app: Starlette, store: Accounts, method: str, path: str, body: Any
) -> None:
    ana = member(clinic_app, store, "ana")
    cookie = _cookie(ana)
    assert ana.send("POST", "/logout", data={}).status_code == 303
    answer = _send(clinic_app, cookie, ana.csrf, method, path, body)
    assert answer.status_code == 401
    assert answer.json() == {"error": "Please sign in.", "status": 401}
    assert sum(_counts(clinic_app, ana.account.id)) == 0


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_a_session_replaced_by_a_password_change_writes_nothing(
    clinic_app: Starlette, store: Accounts, method: str, path: str, body: Any
) -> None:
    ana = member(clinic_app, store, "ana")
    cookie = _cookie(ana)
    Sessions(store).change_password(cookie, "a long enough password", "another long password")
    assert _send(clinic_app, cookie, ana.csrf, method, path, body).status_code == 401
    assert sum(_counts(clinic_app, ana.account.id)) == 0


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_a_wrong_csrf_token_writes_nothing(
    clinic_app: Starlette, store: Accounts, method: str, path: str, body: Any
) -> None:
    ana, ben = member(clinic_app, store, "ana"), member(clinic_app, store, "ben")
    # Ben's token with Ana's cookie: a token of another live session is no good either.
    answer = _send(clinic_app, _cookie(ana), ben.csrf, method, path, body)
    assert answer.status_code == 403
    assert answer.json()["status"] == 403
    assert sum(_counts(clinic_app, ana.account.id)) == 0
    assert sum(_counts(clinic_app, ben.account.id)) == 0


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_a_bad_body_is_a_401_from_a_dead_session_and_a_422_from_a_live_one(
    clinic_app: Starlette, store: Accounts, method: str, path: str, body: Any
) -> None:
    ana = member(clinic_app, store, "ana")
    bad = {**body, "location": 7, "day": "not a day"}
    assert _send(clinic_app, "no-such-session", ana.csrf, method, path, bad).status_code == 401
    assert _send(clinic_app, _cookie(ana), "wrong", method, path, bad).status_code == 403
    assert ana.send(method, path, json=bad).status_code == 422


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_a_database_that_is_away_is_a_503_and_writes_nothing(
    clinic_app: Starlette,
    store: Accounts,
    method: str,
    path: str,
    body: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ana = member(clinic_app, store, "ana")

    def away(*args: Any) -> None:
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    # Every statement fails: the lookup alone, and the write that reads the session.
    monkeypatch.setattr(Sessions, "lookup", away)
    monkeypatch.setattr(signed_write, "_run", away)
    answer = ana.send(method, path, json=body)
    assert answer.status_code == 503
    assert answer.json() == {
        "error": "The clinic's database is not reachable; try again shortly.",
        "status": 503,
    }
    monkeypatch.undo()
    assert sum(_counts(clinic_app, ana.account.id)) == 0


def test_a_route_that_fails_before_its_write_still_refuses_a_dead_session(
    clinic_app: Starlette, store: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = member(clinic_app, store, "ana")
    import crampcare.web.diary_routes as routes

    def broken(request: Any) -> str:
        raise RuntimeError("a bug before the write")

    monkeypatch.setattr(routes, "idempotency_key", broken)
    answer = _send(clinic_app, "no-such-session", ana.csrf, *WRITES[0])
    assert answer.status_code == 401
    assert sum(_counts(clinic_app, ana.account.id)) == 0


@pytest.mark.postgres
@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_on_postgresql_the_write_reads_its_session_in_its_own_statement(
    pg_clinic: tuple[Starlette, Accounts],
    method: str,
    path: str,
    body: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app, store = pg_clinic
    ana = member(app, store, "ana")

    def not_asked(self: Sessions, token: str) -> None:
        raise AssertionError("the session was looked up in a statement of its own")

    monkeypatch.setattr(Sessions, "lookup", not_asked)
    answer = ana.send(method, path, json=body)
    assert answer.status_code in (200, 201), answer.text
    assert answer.json()["person_id"] == ana.account.id
    assert sum(_counts(app, ana.account.id)) == 1


@pytest.mark.parametrize("first", ["live", "logged out"])
def test_a_resent_log_gets_the_first_entry_back_and_a_dead_session_nothing(
    clinic_app: Starlette, store: Accounts, first: str
) -> None:
    ana = member(clinic_app, store, "ana")
    headers = {"Idempotency-Key": "phone-queue-0001", "x-csrf-token": ana.csrf}

    def log() -> Any:
        return ana.client.post("/api/v1/episodes", json=EPISODE, headers=headers)

    stored = log()
    assert stored.status_code == 201
    if first == "logged out":
        Sessions(store).logout(_cookie(ana))
        assert log().status_code == 401
    else:
        again = log()
        assert again.status_code == 201
        assert again.json() == stored.json()
    assert _counts(clinic_app, ana.account.id) == (1, 0)


@pytest.mark.postgres
def test_accounts_that_cannot_be_opened_are_a_503_and_write_nothing(
    pg_clinic: tuple[Starlette, Accounts], monkeypatch: pytest.MonkeyPatch
) -> None:
    from crampcare.clinicweb.auth import Clinic

    app, store = pg_clinic
    ana = member(app, store, "ana")

    def away(self: Clinic) -> None:
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(Clinic, "store", property(away))
    answer = ana.send(*WRITES[0][:2], json=WRITES[0][2])
    assert answer.status_code == 503
    monkeypatch.undo()
    assert sum(_counts(app, ana.account.id)) == 0
