"""The provisional check in a real headless Chromium: the checklist, then the final result."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.web.conftest import axe_violations

pytestmark = pytest.mark.browser


def test_free_text_checklist_comes_before_the_advice_and_gives_the_final_result(
    page: Any, live_server: str
) -> None:
    page.goto(live_server + "/check")
    page.get_by_label("Or describe it in your own words").fill(
        "Calf cramp last night, no swelling."
    )
    page.get_by_role("button", name="Check").click()
    checklist = page.locator("section.confirm")
    advice = page.locator("section.level")
    assert checklist.bounding_box()["y"] < advice.bounding_box()["y"]
    items = checklist.locator("fieldset.confirm-item")
    assert items.count() >= 10
    for i in range(items.count()):
        no = items.nth(i).get_by_label("No")
        if no.count():
            no.check()  # the duration (a number) is left blank: skipped on purpose
    page.get_by_role("button", name="Show my result").click()
    assert page.locator("section.confirm").count() == 0
    heading = page.get_by_role("heading", level=1).inner_text()
    assert heading == "This sounds like an ordinary cramp"
    assert re.search(r"Skipped on purpose", page.locator("body").inner_text())


def test_a_yes_in_the_checklist_fills_the_screen_with_the_call_and_its_steps(
    page: Any, live_server: str
) -> None:
    page.goto(live_server + "/check")
    page.get_by_label("Or describe it in your own words").fill("Calf cramp last night.")
    page.get_by_role("button", name="Check").click()
    item = page.locator("fieldset.confirm-item").filter(has_text="suddenly cold, pale")
    item.get_by_label("Yes").check()
    page.get_by_role("button", name="Show my result").click()
    alert = page.get_by_role("alert")
    assert "Call your emergency number now" in alert.inner_text()
    assert "Do not warm, rub or raise the limb" in alert.inner_text()


def test_the_checklist_page_has_no_serious_accessibility_violations(
    page: Any, live_server: str
) -> None:
    page.goto(live_server + "/check")
    page.get_by_label("Or describe it in your own words").fill("Calf cramp last night.")
    page.get_by_role("button", name="Check").click()
    assert page.locator("section.confirm").count() == 1
    assert axe_violations(page) == []
