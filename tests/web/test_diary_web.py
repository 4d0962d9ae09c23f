"""The diary on the web: one-tap log, check-in, edit, delete, report and exports."""

from __future__ import annotations

import csv
import io

from fhir.resources.bundle import Bundle
from starlette.testclient import TestClient

from tests.web.conftest import form_token


def test_one_tap_log_lands_in_the_list(client: TestClient) -> None:
    token = form_token(client, "/diary")
    r = client.post("/diary/quick", data={"csrf": token, "where": "calf", "side": "left"})
    assert r.status_code == 200 and "Logged" in r.text
    episodes = client.get("/api/v1/episodes").json()["items"]
    assert [(e["location"], e["side"]) for e in episodes] == [("calf", "left")]
    assert f'href="/diary/episodes/{episodes[0]["id"]}"' in r.text


def test_quick_log_with_unknown_place_writes_nothing(client: TestClient) -> None:
    token = form_token(client, "/diary")
    r = client.post("/diary/quick", data={"csrf": token, "where": "ear", "side": "left"})
    assert r.status_code == 422
    assert client.get("/api/v1/episodes").json()["items"] == []


def test_episode_api_round_trip_and_errors(client: TestClient) -> None:
    new = {"started_at": "2026-11-20T03:10:00", "location": "calf", "side": "right", "intensity": 6}
    created = client.post("/api/v1/episodes", json=new)
    assert created.status_code == 201
    eid = created.json()["id"]
    assert client.patch(f"/api/v1/episodes/{eid}", json={"intensity": 11}).status_code == 422
    assert client.get(f"/api/v1/episodes/{eid}").json()["intensity"] == 6
    assert (
        client.patch(f"/api/v1/episodes/{eid}", json={"notes": "better"}).json()["notes"]
        == "better"
    )
    assert client.delete(f"/api/v1/episodes/{eid}").status_code == 204
    assert client.get(f"/api/v1/episodes/{eid}").status_code == 404


def test_impossible_date_is_rejected_without_a_record(client: TestClient) -> None:
    r = client.post("/api/v1/episodes", json={"started_at": "2026-02-30T03:00:00"})
    assert r.status_code == 422
    assert client.get("/api/v1/episodes").json()["items"] == []


def test_checkin_form_saves_factors(client: TestClient) -> None:
    token = form_token(client, "/diary/checkin")
    r = client.post(
        "/diary/checkin",
        data={"csrf": token, "day": "2026-11-20", "caffeine_cups": "3", "heat": "yes"},
    )
    assert r.status_code == 200
    saved = client.get("/api/v1/checkins/2026-11-20").json()
    assert saved["caffeine_cups"] == 3 and saved["heat"] is True and saved["stress"] is None


def test_checkin_with_impossible_day_is_422(client: TestClient) -> None:
    token = form_token(client, "/diary/checkin")
    r = client.post("/diary/checkin", data={"csrf": token, "day": "2026-02-30"})
    assert r.status_code == 422
    assert client.get("/api/v1/checkins").json()["items"] == []


def test_delete_from_the_list(client: TestClient) -> None:
    token = form_token(client, "/diary")
    client.post("/diary/quick", data={"csrf": token, "where": "foot", "side": "none"})
    eid = client.get("/api/v1/episodes").json()["items"][0]["id"]
    client.post(f"/diary/episodes/{eid}/delete", data={"csrf": token})
    assert client.get("/api/v1/episodes").json()["items"] == []


def test_report_page_and_json_twin(client: TestClient) -> None:
    token = form_token(client, "/diary")
    client.post("/diary/quick", data={"csrf": token, "where": "calf", "side": "left"})
    assert client.get("/diary/report").status_code == 200
    report = client.get("/api/v1/report").json()
    assert "factors" in report


def test_exports_are_valid(client: TestClient) -> None:
    client.post("/api/v1/episodes", json={"started_at": "2026-11-20T03:10:00", "intensity": 5})
    rows = list(csv.reader(io.StringIO(client.get("/diary/export?format=csv").text)))
    assert len(rows) == 2
    bundle = client.get("/api/v1/export", params={"format": "fhir"}).json()
    assert Bundle.model_validate(bundle).type == "collection"
    assert client.get("/api/v1/export", params={"format": "xml"}).status_code == 422


def test_checkin_form_keeps_the_days_custom_factors(client: TestClient) -> None:
    day = {"day": "2026-11-21", "custom": {"cold feet": True, "steps": 9000}, "stress": 2}
    assert client.put("/api/v1/checkins", json=day).status_code in (200, 201)
    token = form_token(client, "/diary/checkin")
    r = client.post(
        "/diary/checkin", data={"csrf": token, "day": "2026-11-21", "caffeine_cups": "3"}
    )
    assert r.status_code == 200
    saved = client.get("/api/v1/checkins/2026-11-21").json()
    assert saved["custom"] == {"cold feet": True, "steps": 9000}
    # The form shows every standard factor, so a blank one there is cleared.
    assert saved["caffeine_cups"] == 3 and saved["stress"] is None


def test_impossible_dates_and_nul_are_422_and_store_nothing(client: TestClient) -> None:
    for body in (
        {"started_at": "0001-01-01T00:00:00"},
        {"started_at": "9999-12-31T23:59:59-12:00"},
        {"started_at": "2026-03-01T03:00:00", "notes": "a\u0000b"},
        {"started_at": "2026-03-01T03:00:00", "actions": ["walk"] * 3000},
    ):
        assert client.post("/api/v1/episodes", json=body).status_code == 422
    assert client.get("/api/v1/episodes").json()["items"] == []
    assert client.get("/api/v1/episodes/2147483648").status_code == 404
