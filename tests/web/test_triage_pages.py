"""Triage and plan pages: red flags first, emergency shows only the instruction."""

from __future__ import annotations

import re

from icalendar import Calendar
from starlette.testclient import TestClient

from tests.web.conftest import form_token


def test_check_form_asks_red_flags_before_free_text(client: TestClient) -> None:
    html = client.get("/check").text
    assert html.index('name="seizure"') < html.index('<textarea id="text"')


def test_free_text_red_flag_reaches_the_emergency_screen(client: TestClient) -> None:
    token = form_token(client)
    text = "My calf has been swollen for two days and now I can't catch my breath."
    r = client.post("/check", data={"csrf": token, "text": text})
    assert r.status_code == 200
    assert "Call your emergency number now" in r.text
    # Nothing that delays calling: no menus, no self-care links, no header or footer.
    for distraction in ('href="/now"', 'href="/plan"', "Night mode", "<footer", "<nav"):
        assert distraction not in r.text


def test_one_sided_swollen_calf_page_says_see_a_doctor_today(client: TestClient) -> None:
    token = form_token(client)
    r = client.post("/check", data={"csrf": token, "calf_swelling_one_side": "1"})
    assert re.search(r"<h1[^>]*>See a doctor today</h1>", r.text)


def test_check_shows_what_it_understood(client: TestClient) -> None:
    token = form_token(client)
    r = client.post("/check", data={"csrf": token, "text": "I am 32 weeks pregnant, no swelling"})
    assert "I understood" in r.text and "32" in r.text


def test_empty_check_is_a_422_asking_for_input(client: TestClient) -> None:
    token = form_token(client)
    r = client.post("/check", data={"csrf": token})
    assert r.status_code == 422 and "Tick what applies" in r.text


def test_form_without_csrf_token_is_refused(client: TestClient) -> None:
    client.get("/check")
    r = client.post("/check", data={"seizure": "1"})
    assert r.status_code == 403


def test_pregnant_plan_never_offers_bl60(client: TestClient) -> None:
    token = form_token(client, "/plan")
    r = client.post("/plan", data={"csrf": token, "pregnant": "1"})
    assert r.status_code == 200
    plan = client.post("/api/v1/plan", json={"pregnant": True}).json()
    offered = {i["id"] for key in ("first_aid", "routine", "foods") for i in plan[key]}
    assert "bl60" not in offered
    for item in plan["first_aid"] + plan["routine"]:
        assert item["grade"] not in ("avoid", "clinician_only")


def test_plan_calendar_download_parses(client: TestClient) -> None:
    token = form_token(client, "/plan")
    r = client.post("/plan", data={"csrf": token, "format": "ics"})
    assert r.headers["content-type"].startswith("text/calendar")
    cal = Calendar.from_ical(r.content)
    assert any(c.name == "VEVENT" for c in cal.walk())


def test_plan_pdf_download_is_a_pdf(client: TestClient) -> None:
    token = form_token(client, "/plan")
    r = client.post("/plan", data={"csrf": token, "format": "pdf"})
    assert r.headers["content-type"] == "application/pdf"
    assert r.content.startswith(b"%PDF")


def test_triage_api_rejects_wrong_types_with_field_messages(client: TestClient) -> None:
    r = client.post("/api/v1/triage", json={"symptoms": {"seizure": "perhaps"}})
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "symptoms.seizure"


def test_triage_api_needs_json(client: TestClient) -> None:
    r = client.post("/api/v1/triage", content=b"seizure=1")
    assert r.status_code == 415


def test_triage_text_api_returns_level_and_understood(client: TestClient) -> None:
    r = client.post("/api/v1/triage/text", json={"text": "whole body jerking, not responding"})
    body = r.json()
    assert body["level"] == "emergency" and body["understood"]
