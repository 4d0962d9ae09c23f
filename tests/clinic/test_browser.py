"""The clinic server in Chromium: sign up by invitation, log from the diary page, sign out.

The quick-log buttons send through the offline outbox (JavaScript, JSON API),
so this also proves that the page hands its session's CSRF token to the script.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from tests.web.conftest import axe_violations

PASSWORD = "my own long password"


@pytest.mark.postgres
def test_a_person_signs_up_logs_a_cramp_and_signs_out_in_a_browser(
    browser: Any, clinic_server: str, pg_url: str
) -> None:
    invited = subprocess.run(
        [sys.executable, "-m", "crampcare", "accounts", "invite", "--db", pg_url],
        env={**os.environ, "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(clinic_server + "/diary")
        assert page.url.startswith(clinic_server + "/login")
        assert axe_violations(page) == []
        page.get_by_role("link", name="I have an invitation code").click()
        page.get_by_label("Invitation code").fill(invited.stdout.strip())
        page.get_by_label("User name").fill("ana")
        page.get_by_label("Your name").fill("Ana")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Create account").click()
        page.wait_for_selector("ul.codes")
        assert page.locator("ul.codes li").count() == 10
        page.get_by_role("link", name="I have kept them safe").click()
        page.goto(clinic_server + "/diary")
        with page.expect_response(lambda r: r.url.endswith("/api/v1/episodes")) as sent:
            page.get_by_role("button", name="Calf · right").click()
        assert sent.value.status == 201
        page.wait_for_selector("text=Logged (entry")
        page.goto(clinic_server + "/diary")
        assert page.locator("form.js-delete").count() == 1
        page.goto(clinic_server + "/account")
        assert axe_violations(page) == []
        page.get_by_role("button", name="Sign out").click()
        page.wait_for_url(clinic_server + "/login")
        page.goto(clinic_server + "/diary")
        assert page.url.startswith(clinic_server + "/login")
    finally:
        context.close()
