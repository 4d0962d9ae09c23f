"""Data rights: a person takes everything with them, and deleting leaves nothing behind."""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy import MetaData, select
from starlette.applications import Starlette

from crampcare.accounts import Accounts
from tests.clinic.conftest import PASSWORD, member

MARK = "only-ana-wrote-this-91c2"
EPISODE = {
    "started_at": "2026-11-25T03:00:00",
    "location": "calf",
    "side": "left",
    "notes": MARK,
}
#: Columns that point at an account; none may point at a deleted one.
ACCOUNT_COLUMNS = {
    "id",
    "person_id",
    "account_id",
    "clinician_id",
    "actor_id",
    "used_by",
    "created_by",
}


def test_export_everything_as_json_csv_and_fhir(clinic_app: Starlette, store: Accounts) -> None:
    ana = member(clinic_app, store, "ana")
    member(clinic_app, store, "drlee", role="clinician")
    assert ana.send("POST", "/api/v1/episodes", json=EPISODE).status_code == 201
    assert (
        ana.send("PUT", "/api/v1/checkins", json={"day": "2026-11-25", "notes": MARK}).status_code
        == 200
    )
    ana.send(
        "POST",
        "/api/v1/account/grants",
        json={"clinician": "drlee", "scopes": ["diary"], "days": 9},
    )
    whole = ana.client.get("/api/v1/account/export?format=json")
    assert whole.status_code == 200
    doc = json.loads(whole.text)
    assert doc["account"]["username"] == "ana"
    assert [e["notes"] for e in doc["diary"]["episodes"]] == [MARK]
    assert [c["notes"] for c in doc["diary"]["checkins"]] == [MARK]
    assert [g["clinician"] for g in doc["sharing_given"]] == ["drlee"]
    rows = list(csv.reader(io.StringIO(ana.client.get("/account/export?format=csv").text)))
    assert sum(MARK in ",".join(r) for r in rows) == 2
    fhir = ana.client.get("/account/export?format=fhir").json()
    assert fhir["resourceType"] == "Bundle" and fhir["entry"]


def test_deleting_an_account_leaves_no_row_about_it_in_any_table(
    clinic_app: Starlette, store: Accounts
) -> None:
    ana = member(clinic_app, store, "ana")
    ben = member(clinic_app, store, "ben")
    dr = member(clinic_app, store, "drlee", role="clinician")
    for who in (ana, ben):
        assert (
            who.send(
                "POST",
                "/api/v1/episodes",
                json=EPISODE | {"notes": f"{MARK}-{who.account.username}"},
            ).status_code
            == 201
        )
        who.send("PUT", "/api/v1/checkins", json={"day": "2026-11-25", "notes": "x"})
        who.send(
            "POST",
            "/api/v1/account/grants",
            json={"clinician": "drlee", "scopes": ["diary"], "days": 9},
        )
    assert dr.client.get(f"/api/v1/clinic/patients/{ana.account.id}/diary").status_code == 200
    store.new_recovery_codes(ana.account.id)
    wrong = ana.send("POST", "/api/v1/account/delete", json={"password": "not my password"})
    assert wrong.status_code == 403
    gone = ana.send("POST", "/api/v1/account/delete", json={"password": PASSWORD})
    assert gone.status_code == 204
    assert ana.client.get("/api/v1/account").status_code == 401

    metadata = MetaData()
    metadata.reflect(store.engine)
    found: list[str] = []
    with store.engine.connect() as conn:
        for table in metadata.sorted_tables:
            pointers = ACCOUNT_COLUMNS & {c.name for c in table.columns}
            if table.name != "accounts":
                pointers.discard("id")  # a row's own id, not an account's
            for row in conn.execute(select(table)):
                values = dict(row._mapping)
                if any(values[c] == ana.account.id for c in pointers):
                    found.append(f"{table.name} points at the deleted account: {values}")
                if any(v == "ana" or f"{MARK}-ana" in str(v) for v in values.values()):
                    found.append(f"{table.name} still holds her name or notes: {values}")
    assert found == []
    # Ben's diary and sharing are untouched.
    assert len(ben.client.get("/api/v1/episodes").json()["items"]) == 1
    assert [p["name"] for p in dr.client.get("/api/v1/clinic/patients").json()] == ["Ben"]
