"""Isolation, proven from the route table: nobody reads or changes another person's diary.

Ana keeps a diary with a marker in every note and shares it with one clinician.
Then Ben (another person), a clinician she never consented to, and the clinic's
admin each call every route of the app with every method it allows, with Ana's
ids in every path parameter and a plausible body. No answer may carry Ana's
marker or be a server error, every path naming Ana's data answers 404 (not 403:
an id that is not yours does not exist for you), and afterwards Ana's whole
record is exactly as it was.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from crampcare.accounts import Accounts, Consent, everything
from tests.clinic.conftest import Member, member

SECRET = "ana-private-7f3e"
ANA_DAY = date(2026, 11, 20)
OTHER_DAY = "2026-11-02"
WRONG = "not the password at all"
#: Path parameters that name Ana's things; each such path must answer 404 to others.
OWNED_PARAMS = {"episode_id", "day", "grant_id", "patient_id"}
#: Path parameters that name shared knowledge, nobody's data. A new parameter must be
#: put in one of these two sets (the test fails on an unknown one), so no route is missed.
SHARED_PARAMS = {"code": "BL57", "entry_id": "bl57"}
#: Routes that act on the caller's own session and nothing else: sent last, or not at all.
SELF_ONLY = {"/logout"}

JSON_BODIES: dict[tuple[str, str], Any] = {
    ("POST", "/api/v1/episodes"): {
        "started_at": "2026-11-03T02:00:00",
        "location": "calf",
        "side": "right",
        "notes": "attacker's own",
    },
    ("PATCH", "/api/v1/episodes/{episode_id:int}"): {"notes": "changed by someone else"},
    ("PUT", "/api/v1/checkins"): {"day": OTHER_DAY, "notes": "attacker's own"},
    ("POST", "/api/v1/account/grants"): {"clinician": "drno", "scopes": ["diary"], "days": 1},
    ("POST", "/api/v1/admin/invitations"): {"role": "person", "days": 1},
    ("POST", "/api/v1/account/password"): {"old": WRONG, "new": "another long password"},
    ("POST", "/api/v1/account/delete"): {"password": WRONG},
}
FORM = {
    "notes": "changed by someone else",
    "location": "calf",
    "side": "left",
    "intensity": "5",
    "day": OTHER_DAY,
    "clinician": "drno",
    "scope": "diary",
    "days": "1",
    "role": "person",
    "password": WRONG,
    "old": WRONG,
    "new": "another long password",
    "q": "calf cramp",
    "theme": "night",
}


def _ana(app: Starlette, store: Accounts) -> tuple[Member, dict[str, str]]:
    ana = member(app, store, "ana")
    made = ana.send(
        "POST",
        "/api/v1/episodes",
        json={
            "started_at": "2026-11-19T03:00:00",
            "location": "calf",
            "side": "left",
            "notes": SECRET,
        },
    )
    assert made.status_code == 201
    put = ana.send("PUT", "/api/v1/checkins", json={"day": ANA_DAY.isoformat(), "notes": SECRET})
    assert put.status_code == 200
    store.create("drana", "Dr Ana's", "a long enough password", "clinician")
    grant = Consent(store).grant(ana.account.id, "drana", ["diary", "reports", "exports"], 30)
    ids = {
        "episode_id": str(made.json()["id"]),
        "day": ANA_DAY.isoformat(),
        "grant_id": str(grant.id),
        "patient_id": str(ana.account.id),
        **SHARED_PARAMS,
    }
    # Positive control: the ids are right, so a 404 below means "not yours", not "wrong id".
    assert SECRET in ana.client.get(f"/api/v1/episodes/{ids['episode_id']}").text
    assert SECRET in ana.client.get(f"/api/v1/checkins/{ids['day']}").text
    return ana, ids


def _calls(app: Starlette) -> list[tuple[str, str]]:
    calls = []
    for route in app.routes:
        if isinstance(route, Mount):
            continue
        assert isinstance(route, Route)
        for method in sorted((route.methods or {"GET"}) - {"HEAD"}):
            calls.append((method, route.path))
    return calls


def _fill(template: str, ids: dict[str, str]) -> tuple[str, set[str]]:
    names = set(re.findall(r"{(\w+)(?::\w+)?}", template))
    path = re.sub(r"{(\w+)(?::\w+)?}", lambda m: ids[m.group(1)], template)
    return path, names


def _attack(attacker: Member, method: str, template: str, ids: dict[str, str]) -> None:
    path, names = _fill(template, ids)
    if method == "GET":
        answer = attacker.client.get(path, follow_redirects=False)
    elif path.startswith("/api/"):
        answer = attacker.send(method, path, json=JSON_BODIES.get((method, template), {}))
    else:
        answer = attacker.send(method, path, data=FORM)
    where = f"{attacker.account.username}: {method} {path} -> {answer.status_code}"
    assert answer.status_code < 500, where
    assert SECRET not in answer.text, where
    if names & OWNED_PARAMS:
        assert answer.status_code == 404, where


@pytest.mark.postgres
def test_no_route_lets_anyone_read_or_change_another_persons_diary(
    pg_clinic: tuple[Starlette, Accounts],
) -> None:
    app, store = pg_clinic
    ana, ids = _ana(app, store)
    before = everything(store, app.state.diary.shared(), ana.account.id)
    assert SECRET in str(before)
    attackers = [
        member(app, store, "ben"),
        member(app, store, "drno", role="clinician"),
        member(app, store, "boss", role="admin"),
    ]
    calls = _calls(app)
    assert len(calls) > 40  # the whole table, not a sample
    owned = [c for c in calls if _fill(c[1], ids)[1] & OWNED_PARAMS]
    assert len(owned) >= 10
    for attacker in attackers:
        for method, template in calls:
            if template not in SELF_ONLY:
                _attack(attacker, method, template, ids)
        for template in SELF_ONLY:
            _attack(attacker, "POST", template, ids)
    after = everything(store, app.state.diary.shared(), ana.account.id)
    assert after == before


@pytest.mark.postgres
def test_a_signed_out_visitor_gets_nothing_from_any_route(
    pg_clinic: tuple[Starlette, Accounts],
) -> None:
    from starlette.testclient import TestClient

    from crampcare.clinicweb.auth import is_public

    app, store = pg_clinic
    _, ids = _ana(app, store)
    visitor = TestClient(app, base_url="https://localhost")
    for method, template in _calls(app):
        path, _ = _fill(template, ids)
        answer = visitor.request(method, path, follow_redirects=False)
        assert SECRET not in answer.text, f"{method} {path}"
        assert answer.status_code < 500, f"{method} {path}"
        if not is_public(path):
            assert answer.status_code in (401, 303), f"{method} {path} -> {answer.status_code}"
