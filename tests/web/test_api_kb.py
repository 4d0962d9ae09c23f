"""The knowledge-base API: filters, errors as JSON 4xx, and the OpenAPI document."""

from __future__ import annotations

from starlette.testclient import TestClient

from crampcare.knowledge import load


def test_kb_list_filters_by_kind(client: TestClient) -> None:
    rows = client.get("/api/v1/kb", params={"kind": "source"}).json()
    assert rows and {r["kind"] for r in rows} == {"source"}
    assert len(rows) == len(load().select(kind="source"))


def test_kb_unknown_kind_is_422_with_message(client: TestClient) -> None:
    r = client.get("/api/v1/kb", params={"kind": "spells"})
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "kind"
    assert "technique" in r.json()["errors"][0]["message"]


def test_kb_bad_grade_is_422_naming_the_field(client: TestClient) -> None:
    r = client.get("/api/v1/kb", params={"grade": "magic"})
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "grade"


def test_kb_entry_has_the_export_fields(client: TestClient) -> None:
    doc = client.get("/api/v1/kb/seed_002").json()
    for key in ("id", "kind", "title", "text", "grade", "cautions", "contraindications", "sources"):
        assert key in doc


def test_unknown_entry_is_404_json(client: TestClient) -> None:
    r = client.get("/api/v1/kb/nope")
    assert r.status_code == 404
    assert r.json()["status"] == 404


def test_openapi_lists_every_api_route(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    for path in ("/api/v1/kb", "/api/v1/kb/{entry_id}", "/api/v1/points", "/api/v1/points/{code}"):
        assert path in doc["paths"]
    for name in ("EntryDoc", "EntrySummary", "Error"):
        assert name in doc["components"]["schemas"]
