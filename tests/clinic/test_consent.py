"""Consent: scoped, time-limited, revocable at once, and every clinician read in the audit log."""

from __future__ import annotations

from datetime import datetime, timedelta

from starlette.applications import Starlette

from crampcare.accounts import Accounts, Consent
from tests.clinic.conftest import member

EPISODE = {"started_at": "2026-11-25T03:00:00", "location": "calf", "side": "left"}


def test_a_clinician_reads_only_the_scopes_granted_and_each_read_is_logged(
    clinic_app: Starlette, store: Accounts
) -> None:
    ana = member(clinic_app, store, "ana")
    dr = member(clinic_app, store, "drlee", role="clinician")
    assert ana.send("POST", "/api/v1/episodes", json=EPISODE).status_code == 201
    base = f"/api/v1/clinic/patients/{ana.account.id}"
    assert dr.client.get(base + "/diary").status_code == 404  # no consent yet
    shared = ana.send(
        "POST",
        "/api/v1/account/grants",
        json={"clinician": "drlee", "scopes": ["diary"], "days": 30},
    )
    assert shared.status_code == 201
    diary = dr.client.get(base + "/diary")
    assert diary.status_code == 200
    assert len(diary.json()["episodes"]) == 1
    assert dr.client.get(base + "/report").status_code == 404  # not granted
    assert dr.client.get(base + "/export?format=fhir").status_code == 404
    listed = dr.client.get("/api/v1/clinic/patients").json()
    assert [p["name"] for p in listed] == ["Ana"]
    assert sum(n for _, n in listed[0]["weekly"]) == 1
    audit = ana.client.get("/api/v1/account/audit").json()
    assert [e["action"] for e in audit] == ["looked at the dashboard", "read the diary"]
    assert {e["who"] for e in audit} == {"Drlee"}
    # The refused reads left no trace: they read nothing.
    page = ana.client.get("/account").text
    assert "Drlee read the diary" in page


def test_revoking_takes_effect_on_the_very_next_request(
    clinic_app: Starlette, store: Accounts
) -> None:
    ana = member(clinic_app, store, "ana")
    dr = member(clinic_app, store, "drlee", role="clinician")
    grant = ana.send(
        "POST",
        "/api/v1/account/grants",
        json={"clinician": "drlee", "scopes": ["diary", "reports", "exports"], "days": 30},
    ).json()
    fhir = dr.client.get(f"/api/v1/clinic/patients/{ana.account.id}/export?format=fhir")
    assert fhir.status_code == 200
    assert fhir.json()["resourceType"] == "Bundle"
    assert ana.send("DELETE", f"/api/v1/account/grants/{grant['id']}").status_code == 204
    assert dr.client.get(f"/api/v1/clinic/patients/{ana.account.id}/export").status_code == 404
    assert dr.client.get(f"/clinic/patients/{ana.account.id}").status_code == 404
    assert dr.client.get("/api/v1/clinic/patients").json() == []
    assert ana.send("DELETE", f"/api/v1/account/grants/{grant['id']}").status_code == 404


def test_a_grant_ends_by_itself_when_its_time_is_up(store: Accounts) -> None:
    now = datetime(2026, 12, 1, 12, 0)
    store.clock = lambda: now
    ana = store.create("ana", "Ana", "a long enough password", "person")
    dr = store.create("drlee", "Dr Lee", "a long enough password", "clinician")
    consent = Consent(store)
    consent.grant(ana.id, "drlee", ["diary"], days=2)
    assert consent.read(dr, ana.id, "diary").id == ana.id
    now += timedelta(days=2, seconds=1)
    assert consent.patients(dr.id) == []
    try:
        consent.read(dr, ana.id, "diary")
    except Exception as exc:
        assert type(exc).__name__ == "NotVisible"
    else:
        raise AssertionError("an expired grant still opened the diary")


def test_only_clinicians_can_be_granted_and_persons_cannot_use_the_dashboard(
    clinic_app: Starlette, store: Accounts
) -> None:
    ana = member(clinic_app, store, "ana")
    ben = member(clinic_app, store, "ben")
    refused = ana.send(
        "POST", "/api/v1/account/grants", json={"clinician": "ben", "scopes": ["diary"], "days": 5}
    )
    assert refused.status_code == 404
    assert ben.client.get("/api/v1/clinic/patients").status_code == 404
    assert ben.client.get("/clinic").status_code == 404


def test_the_dashboard_page_shows_consenting_patients_with_their_weekly_counts(
    clinic_app: Starlette, store: Accounts
) -> None:
    ana = member(clinic_app, store, "ana")
    dr = member(clinic_app, store, "drlee", role="clinician")
    form = {"clinician": "drlee", "scope": ["diary", "reports", "exports"], "days": "30"}
    assert ana.send("POST", "/account/grants", data=form).status_code == 303
    page = dr.client.get("/clinic")
    assert page.status_code == 200
    assert f'href="/clinic/patients/{ana.account.id}"' in page.text
    patient = dr.client.get(f"/clinic/patients/{ana.account.id}")
    assert patient.status_code == 200
    assert "Cramps per week" in patient.text and "Latest report" in patient.text
    assert "FHIR bundle" in patient.text
