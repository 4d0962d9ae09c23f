"""Triage and plan pages: red flags first, emergency shows only the instruction."""

from __future__ import annotations

import re

from icalendar import Calendar
from starlette.testclient import TestClient

from crampcare.intake.questions import QUESTIONS
from crampcare.triage_rules import red_flags
from tests.web.conftest import form_token


def test_check_form_asks_red_flags_before_free_text(client: TestClient) -> None:
    html = client.get("/check").text
    assert html.index('name="q_fit"') < html.index('<textarea id="text"')


def test_check_form_asks_every_red_flag_question_of_the_questionnaire(client: TestClient) -> None:
    html = client.get("/check").text
    for q in QUESTIONS:
        if q.level in ("emergency", "urgent") and q.id != "stretch":
            assert f'name="q_{q.id}"' in html, q.id
            assert q.prompt in html
    for wording in ("stopped sweating", "swallowed", "wound"):  # heat, poisoning, wound
        assert wording in html


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
    r = client.post("/check", data={"csrf": token, "q_dvt": "yes"})
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
    r = client.post("/check", data={"q_fit": "yes"})
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
    assert body["to_confirm"] == [] and body["provisional"] is False


def test_triage_text_api_answers_make_a_provisional_result_final(client: TestClient) -> None:
    text = "Calf cramp at night."
    first = client.post("/api/v1/triage/text", json={"text": text}).json()
    assert first["provisional"] is True
    open_ids = [c["question"] for c in first["to_confirm"]]
    answers = {q: False for q in open_ids if q != "duration"}
    final = client.post(
        "/api/v1/triage/text", json={"text": text, "answers": answers, "skipped": ["duration"]}
    ).json()
    assert final["provisional"] is False and final["to_confirm"] == []
    assert final["level"] == "self_care"
    worse = client.post("/api/v1/triage/text", json={"text": text, "answers": {"limb": True}})
    assert worse.json()["level"] == "emergency"


def test_triage_text_api_refuses_unknown_questions(client: TestClient) -> None:
    r = client.post("/api/v1/triage/text", json={"text": "cramp", "answers": {"nope": True}})
    assert r.status_code == 422
    r = client.post("/api/v1/triage/text", json={"text": "cramp", "answers": {"fit": 3}})
    assert r.status_code == 422


def _visible(html: str) -> str:
    """What a person reads: the text between tags, without scripts or attributes."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def _no_ids(html: str) -> None:
    text = _visible(html)
    assert not re.search(r"\b(rf|la|pv|fa|cs)_[a-z]", text), text
    assert "concern-" not in text and "q_" not in text and "seed" not in text.lower()


def test_free_text_self_care_asks_its_open_questions_before_the_advice(
    client: TestClient,
) -> None:
    token = form_token(client)
    text = "Calf cramp at night, no swelling."
    r = client.post("/check", data={"csrf": token, "text": text})
    assert r.status_code == 200
    html = r.text
    assert "Before the advice" in html
    assert html.index("Sudden breathlessness") < html.index("What to do next")
    _no_ids(html)
    # The checklist posts back: every open question answered no but one left blank.
    asked = re.findall(r'name="asked" value="([a-z_]+)"', html)
    assert "heat" in asked and "poison" in asked and "wound" in asked
    data: dict[str, object] = {"csrf": token, "text": text, "asked": asked}
    data.update({f"q_{q}": "no" for q in asked if q not in ("tear", "duration")})
    data["q_duration"] = "3"
    final = client.post("/check", data=data)
    assert final.status_code == 200
    assert "Before the advice" not in final.text
    assert re.search(r"<h1[^>]*>This sounds like an ordinary cramp</h1>", final.text)
    assert "Skipped on purpose: A pop in the calf" in final.text
    _no_ids(final.text)


def test_a_yes_in_the_checklist_brings_the_emergency_page(client: TestClient) -> None:
    token = form_token(client)
    data = {"csrf": token, "text": "Calf cramp at night.", "asked": ["limb"], "q_limb": "yes"}
    r = client.post("/check", data=data)
    assert "Call your emergency number now" in r.text
    assert "Before the advice" not in r.text


def test_emergency_page_shows_the_rules_steps(client: TestClient) -> None:
    token = form_token(client)
    r = client.post("/check", data={"csrf": token, "text": "My foot went cold and pale and numb."})
    assert "Call your emergency number now" in r.text
    steps = next(f for f in red_flags() if f.id == "rf_limb_ischaemia").next_steps
    assert steps and all(step in r.text for step in steps)  # from the knowledge base
    assert "Do not warm, rub or raise" in r.text
    _no_ids(r.text)


def test_tick_only_check_is_final_and_shows_no_ids(client: TestClient) -> None:
    token = form_token(client)
    r = client.post("/check", data={"csrf": token, "q_sleep": "yes"})
    assert "Before the advice" not in r.text
    assert re.search(r"<h1[^>]*>Book an appointment", r.text)
    _no_ids(r.text)


def test_ask_page_emergency_banner_shows_the_steps_and_no_ids(client: TestClient) -> None:
    token = form_token(client, "/ask")
    r = client.post("/ask", data={"csrf": token, "q": "brown urine after a marathon"})
    assert r.status_code == 200
    banner = r.text[r.text.index('role="alert"') :]
    assert "Call your emergency number" in banner
    assert "Stop exercising and sip water" in banner  # rf_rhabdomyolysis's own step
    assert r.text.index("Stop exercising") < r.text.index("Muscle breakdown")
    assert "rf_" not in _visible(r.text)


def test_a_red_flag_the_rules_miss_shows_the_word_channels_question(client: TestClient) -> None:
    token = form_token(client)
    text = "calf like a rock for ages n stretchin dont help"  # the rules read nothing
    r = client.post("/check", data={"csrf": token, "text": text})
    assert r.status_code == 200
    assert 'name="q_duration"' in r.text
    assert "reads like messages about this that needed a doctor the same day" in r.text
    assert "rf_long" not in r.text
    api = client.post("/api/v1/triage/text", json={"text": text}).json()
    assert "duration" in [c["question"] for c in api["intake"]["concerns"]]
