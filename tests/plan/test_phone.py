"""The HTML plan in a real Chromium at phone width: nothing runs off the side."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crampcare.intake import Intake, Medicine
from crampcare.plan import build_plan
from crampcare.render.plan_html import plan_html

CHROMIUM = os.environ.get("CRAMPCARE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
LONG_LINK = "https://www.nhs.uk/conditions/baby/weaning-and-feeding/foods-to-avoid-giving-babies"


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium not installed")
@pytest.mark.parametrize(
    "intake",
    [
        Intake(locations=["calf"]),
        Intake(conditions={"dialysis"}, medicines=[Medicine(name="warfarin", cls="anticoagulant")]),
    ],
)
def test_the_plan_page_has_no_sideways_scrolling_at_360px(intake: Intake) -> None:
    from playwright.sync_api import sync_playwright

    plan = build_plan(intake)
    # A long unbroken link, as a source or a note might carry, must wrap too.
    html = plan_html(plan.model_copy(update={"notes": [*plan.notes, f"See {LONG_LINK}"]}))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 360, "height": 740})
        page.set_content(html)
        width = page.evaluate("document.documentElement.scrollWidth")
        browser.close()
    assert width <= 360, width
