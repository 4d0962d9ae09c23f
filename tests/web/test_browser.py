"""The pages in a real headless Chromium, at phone and desktop size."""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.conftest import axe_violations

pytestmark = pytest.mark.browser

PAGES = ["/", "/points"]


def test_cramp_now_is_on_the_first_screen(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    box = page.get_by_role("link", name="Cramp now").bounding_box()
    viewport = page.viewport_size
    assert box is not None and box["y"] + box["height"] <= viewport["height"]
    assert box["height"] >= 48


def test_every_touch_target_is_at_least_48px(page: Any, live_server: str) -> None:
    for path in PAGES:
        page.goto(live_server + path)
        small = page.evaluate(
            """() => [...document.querySelectorAll('main a, main button, header a, header button')]
                 .filter(e => e.offsetParent !== null)
                 .map(e => [e.textContent.trim(), e.getBoundingClientRect().height])
                 .filter(([, h]) => h < 48)"""
        )
        assert small == [], f"{path}: {small}"


def test_night_mode_toggle_works_without_javascript(browser: Any, live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(live_server + "/points")
    page.get_by_role("button", name="Switch to night mode").click()
    assert page.url.endswith("/points")
    assert page.locator("html").get_attribute("data-theme") == "night"
    context.close()


def test_no_serious_accessibility_violations(page: Any, live_server: str) -> None:
    for path in [*PAGES, "/points/BL57"]:
        page.goto(live_server + path)
        violations = axe_violations(page)
        assert violations == [], f"{path}: {[(v['id'], v['help']) for v in violations]}"
