"""Pages and their JSON twins through the real ASGI app."""

from __future__ import annotations

import re

from starlette.testclient import TestClient


def test_home_leads_with_the_cramp_now_button(client: TestClient) -> None:
    html = client.get("/").text
    main = html[html.index('<main id="main">') :]
    first_link = re.search(r'<a class="([^"]+)" href="([^"]+)">([^<]+)</a>', main)
    assert first_link is not None
    assert first_link.groups() == ("cramp-now", "/now", "Cramp now")
    for label in ("Is this serious?", "My plan", "Diary", "Ask", "Points"):
        assert label in main


def test_theme_toggle_sets_a_cookie_and_returns_to_the_page(client: TestClient) -> None:
    r = client.post("/prefs", data={"theme": "night", "next": "/points"}, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/points"
    assert "theme=night" in r.headers["set-cookie"]
    assert 'data-theme="night"' in client.get("/").text


def test_prefs_never_redirects_off_site(client: TestClient) -> None:
    for target in ("//evil.example/", "https://evil.example/", "evil"):
        r = client.post("/prefs", data={"text": "large", "next": target}, follow_redirects=False)
        assert r.headers["location"] == "/"


def test_unknown_theme_is_a_422_page(client: TestClient) -> None:
    r = client.post("/prefs", data={"theme": "purple"})
    assert r.status_code == 422
    assert "Unknown theme" in r.text


def test_unknown_page_is_a_friendly_404(client: TestClient) -> None:
    r = client.get("/no-such-page")
    assert r.status_code == 404
    assert "Back to the start" in r.text


def test_points_page_links_every_acupoint_in_the_json_twin(client: TestClient) -> None:
    points = client.get("/api/v1/points").json()
    html = client.get("/points").text
    for p in points:
        assert f'href="/points/{p["code"]}"' in html


def test_point_page_draws_the_point(client: TestClient) -> None:
    points = client.get("/api/v1/points").json()
    if not points:  # the atlas is data; an empty atlas would make the test meaningless
        raise AssertionError("the knowledge base has no acupoints")
    code = points[0]["code"]
    html = client.get(f"/points/{code}").text
    assert "<svg" in html and f'data-code="{code}"' in html


def test_oversized_body_is_refused_with_413(client: TestClient) -> None:
    r = client.post(
        "/prefs",
        content=b"x" * (2 * 1024 * 1024),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 413
    assert "larger than" in r.json()["error"]
