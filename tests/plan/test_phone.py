"""The HTML plan in a real Chromium at phone width: nothing runs off the side."""

from __future__ import annotations

from typing import Any

import pytest

from crampcare.intake import Intake, Medicine
from crampcare.plan import build_plan
from crampcare.render.plan_html import plan_html

LONG_LINK = "https://www.nhs.uk/conditions/baby/weaning-and-feeding/foods-to-avoid-giving-babies"


@pytest.mark.parametrize(
    "intake",
    [
        Intake(locations=["calf"]),
        Intake(conditions={"dialysis"}, medicines=[Medicine(name="warfarin", cls="anticoagulant")]),
    ],
)
def test_the_plan_page_has_no_sideways_scrolling_at_360px(browser: Any, intake: Intake) -> None:
    plan = build_plan(intake)
    # A long unbroken link, as a source or a note might carry, must wrap too.
    html = plan_html(plan.model_copy(update={"notes": [*plan.notes, f"See {LONG_LINK}"]}))
    context = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        page.set_content(html)
        width = page.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()
    assert width <= 360, width
