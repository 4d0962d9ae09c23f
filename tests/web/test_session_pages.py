"""The guided session pages: water first, steps advance without JavaScript."""

from __future__ import annotations

import html
import re
from urllib.parse import urlencode

from starlette.testclient import TestClient


def test_water_is_the_first_situation_offered(client: TestClient) -> None:
    html = client.get("/now").text
    values = re.findall(r'name="context" value="(\w+)"', html)
    assert values[0] == "water"


def test_step_page_moves_on_by_itself_without_javascript(client: TestClient) -> None:
    session = client.get("/api/v1/session").json()
    html = client.get("/now/session?where=calf&context=night&step=1").text
    seconds = session["steps"][0]["seconds"]
    assert f'content="{seconds};url=/now/session?where=calf&amp;context=night&amp;step=2"' in html


def test_paused_step_does_not_move_on(client: TestClient) -> None:
    html = client.get("/now/session?where=calf&context=night&step=1&paused=1").text
    assert 'http-equiv="refresh"' not in html and ">Resume<" in html


def test_water_session_starts_with_staying_afloat(client: TestClient) -> None:
    html = client.get("/now/session?context=water").text
    first = re.search(r'<h1 class="instruction[^"]*"[^>]*>(.*?)</h1>', html)
    assert first is not None and "float" in first.group(1).lower()


def test_bad_step_and_place_are_4xx(client: TestClient) -> None:
    assert client.get("/now/session?step=999").status_code == 404
    assert client.get("/now/session?where=ear").status_code == 422
    assert client.get("/api/v1/session", params={"context": "mars"}).status_code == 422


def test_did_it_help_saves_the_session_without_javascript(client: TestClient) -> None:
    from tests.web.conftest import form_token

    page = client.get("/now/done?where=toes&context=desk")
    assert page.status_code == 200
    actions = re.findall(r'name="action" value="([^"]+)"', page.text)
    assert actions, "the session's techniques are filled in"
    token = form_token(client, "/now/done?where=toes&context=desk")
    form = [
        ("csrf", token),
        ("helped", "yes"),
        ("location", "toes"),
        ("side", "none"),
        ("minutes_to_relief", "3"),
        ("started_at", "2026-03-01T14:05"),
    ]
    form += [("action", a) for a in actions]
    response = client.post(
        "/now/log",
        content=urlencode(form),
        headers={"content-type": "application/x-www-form-urlencoded"},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"].startswith("/diary?logged=")
    (entry,) = client.get("/api/v1/episodes").json()["items"]
    assert entry["location"] == "toes" and entry["minutes_to_relief"] == 3
    assert entry["actions"] == [html.unescape(a) for a in actions] == entry["helped"]
    assert entry["woke"] is False  # at a desk, not in bed
