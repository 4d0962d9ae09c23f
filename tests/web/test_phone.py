"""The phone app in a real Chromium at 360x740: installable, offline after one visit,
the quick log queued offline and delivered once, upgrades replacing the caches."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.web.conftest import _free_port, axe_violations

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
READY = (
    "async () => { const r = await navigator.serviceWorker.ready;"
    " return r.active.state === 'activated'; }"
)
CACHES = "async () => (await caches.keys()).filter(k => k.startsWith('crampcare-'))"


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    yield context
    context.close()


def until(page: Any, predicate: str, timeout: float = 30) -> None:
    """Poll an async page function until it returns true (wait_for_function does not
    wait for a promise: a pending promise is already "truthy")."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(predicate):
        assert time.monotonic() < deadline, f"timed out waiting for {predicate}"
        time.sleep(0.1)


def installed(context: Any, url: str) -> Any:
    """A page after the first visit: the service worker active and in control."""
    page = context.new_page()
    page.goto(url + "/")
    until(page, READY)
    page.reload()  # the first page load is not yet controlled
    assert page.evaluate("() => !!navigator.serviceWorker.controller")
    return page


def test_the_app_meets_the_install_criteria(phone: Any, live_server: str) -> None:
    page = installed(phone, live_server)
    href = page.get_attribute("link[rel=manifest]", "href")
    response = page.request.get(live_server + href)
    assert response.headers["content-type"].startswith("application/manifest+json")
    manifest = response.json()
    assert manifest["display"] == "standalone"
    assert manifest["start_url"] == "/" and manifest["scope"] == "/"
    assert {"192x192", "512x512"} <= {i["sizes"] for i in manifest["icons"]}
    for icon in manifest["icons"]:
        png = page.request.get(live_server + icon["src"])
        assert png.ok and png.headers["content-type"] == "image/png"
        assert png.body()[:8] == b"\x89PNG\r\n\x1a\n"
    worker = page.request.get(live_server + "/sw.js")
    assert worker.headers["service-worker-allowed"] == "/"


@pytest.mark.parametrize(
    ("where", "context"), [("calf", "night"), ("foot", "sport"), ("thigh", "water")]
)
def test_a_session_runs_offline_after_one_visit(
    phone: Any, live_server: str, where: str, context: str
) -> None:
    page = installed(phone, live_server)
    online = httpx.get(f"{live_server}/api/v1/session?where={where}&context={context}").json()
    phone.set_offline(True)
    page.goto(f"{live_server}/now/session?where={where}&context={context}")
    assert page.locator(".js-instruction").inner_text() == online["steps"][0]["instruction"]
    first = int(page.locator(".js-seconds").inner_text())
    page.wait_for_function(
        f"() => parseInt(document.querySelector('.js-seconds').textContent) < {first}"
    )
    page.get_by_role("link", name="Next").click()
    assert page.locator(".js-number").inner_text() == "2"


def test_the_form_chooses_a_session_offline(phone: Any, live_server: str) -> None:
    page = installed(phone, live_server)
    phone.set_offline(True)
    page.goto(live_server + "/now")
    page.get_by_label("At a desk").check()
    page.get_by_label("Toes").check()
    page.get_by_role("button", name="Start").click()
    assert "context=desk" in page.url and page.locator(".js-instruction").inner_text()


def test_the_emergency_screen_works_offline(phone: Any, live_server: str) -> None:
    page = installed(phone, live_server)
    phone.set_offline(True)
    page.goto(live_server + "/check")
    page.get_by_label("A leg or foot suddenly cold, pale, numb or unable to move?").check()
    page.get_by_role("button", name="Check").click()
    page.wait_for_url("**/emergency")
    alert = page.get_by_role("alert")
    assert "Call your emergency number now" in alert.inner_text()
    # en-GB: one number, the UK's, not three.
    assert page.get_by_role("link", name="Call 999").get_attribute("href") == "tel:999"
    assert page.locator(".call").count() == 1
    assert axe_violations(page) == []


def test_a_page_that_needs_the_server_says_so_offline(phone: Any, live_server: str) -> None:
    page = installed(phone, live_server)
    phone.set_offline(True)
    page.goto(live_server + "/ask")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "You are offline; this needs the app's server"
    )
    assert axe_violations(page) == []


def test_the_last_plan_and_the_atlas_open_offline(phone: Any, live_server: str) -> None:
    page = installed(phone, live_server)
    page.goto(live_server + "/plan")
    page.get_by_role("button", name="Make my plan").click()
    page.get_by_role("heading", name="My plan").wait_for(state="visible")
    phone.set_offline(True)
    page.goto(live_server + "/plan")
    assert page.get_by_role("heading", name="My plan").is_visible()
    page.goto(live_server + "/points/BL57")
    assert "BL57" in page.content()


def _episodes(url: str) -> list[dict[str, Any]]:
    return list(httpx.get(url + "/api/v1/episodes").json()["items"])


def test_an_offline_log_arrives_once_after_reconnecting(phone: Any, live_server: str) -> None:
    page = installed(phone, live_server)
    page.goto(live_server + "/diary")
    before = len(_episodes(live_server))
    phone.set_offline(True)
    page.get_by_role("button", name="Calf · right").click()
    page.get_by_role("button", name="Foot").click()
    status = page.locator(".js-outbox-status")
    page.wait_for_function(
        "() => document.querySelector('.js-outbox-status').textContent"
        " === '2 entries waiting to be sent'"
    )
    assert status.is_visible()
    assert len(_episodes(live_server)) == before
    phone.set_offline(False)
    page.wait_for_function("() => document.querySelector('.js-outbox-status').hidden")
    after = _episodes(live_server)
    assert len(after) == before + 2
    assert sorted(e["location"] for e in after[-2:]) == ["calf", "foot"]
    page.reload()  # a later flush finds nothing left to send
    page.wait_for_timeout(500)
    assert len(_episodes(live_server)) == before + 2


def test_did_it_help_logs_the_session_in_one_tap(phone: Any, live_server: str) -> None:
    page = installed(phone, live_server)
    page.goto(live_server + "/now/session?where=foot&context=night")
    page.goto(live_server + "/now/done?where=foot&context=night")
    before = len(_episodes(live_server))
    page.get_by_role("button", name="Yes: save it in my diary").click()
    page.wait_for_url("**/diary?logged=*")
    entries = _episodes(live_server)
    assert len(entries) == before + 1
    entry = max(entries, key=lambda e: e["id"])
    assert entry["location"] == "foot" and entry["actions"] and entry["helped"] == entry["actions"]
    assert entry["minutes_to_relief"] is not None and entry["woke"] is True
    assert axe_violations(page) == []


class _Server:
    """The app in this process, so a test can change its version between visits."""

    def __init__(self) -> None:
        import uvicorn

        from crampcare.web import create_app

        self.port = _free_port()
        config = uvicorn.Config(create_app(), host="127.0.0.1", port=self.port, log_level="error")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def test_an_upgrade_replaces_the_caches(
    phone: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from crampcare.web import pwa

    monkeypatch.setenv("CRAMPCARE_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(pwa, "app_version", lambda: "0.1.0+old")
    with _Server() as url:
        page = installed(phone, url)
        assert page.evaluate(CACHES) == ["crampcare-0.1.0+old"]
        page.goto(url + "/plan")
        page.get_by_role("button", name="Make my plan").click()
        page.get_by_role("heading", name="My plan").wait_for(state="visible")
        monkeypatch.setattr(pwa, "app_version", lambda: "0.1.0+new")
        page.evaluate("async () => (await navigator.serviceWorker.ready).update()")
        until(
            page,
            "async () => { const k = await caches.keys();"
            " const r = await navigator.serviceWorker.getRegistration();"
            " return k.length === 1 && k[0] === 'crampcare-0.1.0+new'"
            " && r.active && r.active.state === 'activated' && !r.installing && !r.waiting; }",
        )
        phone.set_offline(True)
        page.goto(url + "/now/session?where=calf&context=night")
        assert page.locator(".js-instruction").inner_text()
        # The person's last plan survives the upgrade.
        page.goto(url + "/plan")
        assert page.get_by_role("heading", name="My plan").is_visible()


NEW_PAGES = [
    "/offline",
    "/offline/check",
    "/emergency",
    "/now/done?where=calf&context=night",
    "/now/session?where=calf&context=night",
    "/now/session?where=thigh&context=water",
]


def test_new_pages_have_no_serious_accessibility_violations(phone: Any, live_server: str) -> None:
    page = phone.new_page()
    for path in NEW_PAGES:
        page.goto(live_server + path)
        violations = axe_violations(page)
        assert violations == [], f"{path}: {[(v['id'], v['help']) for v in violations]}"


@pytest.mark.parametrize("text", ["normal", "large"])
def test_nothing_scrolls_sideways_and_the_timer_stays_on_the_first_screen(
    phone: Any, live_server: str, text: str
) -> None:
    phone.add_cookies([{"name": "text", "value": text, "url": live_server}])
    page = phone.new_page()
    for path in NEW_PAGES:
        page.goto(live_server + path)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path}: {width}px wide"
    for where, context in [("calf", "night"), ("thigh", "water"), ("toes", "public")]:
        page.goto(f"{live_server}/now/session?where={where}&context={context}")
        for name in ("Pause", "Next"):
            box = page.get_by_role("link", name=name).bounding_box()
            assert box is not None and box["y"] + box["height"] <= PHONE["height"], (where, name)
        timer = page.get_by_role("timer").bounding_box()
        assert timer is not None and timer["y"] + timer["height"] <= PHONE["height"]


def test_steps_are_read_aloud_when_asked_and_the_choice_is_remembered(
    phone: Any, live_server: str
) -> None:
    phone.add_init_script(
        "window.__said = [];speechSynthesis.speak = u => window.__said.push([u.text, u.lang]);"
    )
    page = phone.new_page()
    session = httpx.get(live_server + "/api/v1/session?where=calf&context=night").json()
    page.goto(live_server + "/now/session?where=calf&context=night")
    assert page.evaluate("() => window.__said") == []
    page.get_by_label("Read each step aloud, with a chime").check()
    page.get_by_role("link", name="Next").click()
    said = page.evaluate("() => window.__said")
    assert said[-1] == [session["steps"][1]["instruction"], "en"]
    page.reload()
    assert page.get_by_label("Read each step aloud, with a chime").is_checked()
    assert page.evaluate("() => window.__said")[0][0] == session["steps"][0]["instruction"]


def test_the_countdown_keeps_to_the_clock_not_to_ticks(phone: Any, live_server: str) -> None:
    page = phone.new_page()
    # The clock stands still before the page loads: pausing it after the load raced a
    # busy machine (a real moment passed between reading the time and pausing at it).
    start = 1_800_000_000.0
    page.clock.install(time=start)
    page.clock.pause_at(start + 2)
    page.goto(live_server + "/now/session?where=calf&context=night")
    first = int(page.locator(".js-seconds").inner_text())
    # The phone sleeps: no timer runs for 4 s, then the clock has moved on anyway.
    page.clock.set_system_time(start + 6.1)
    page.clock.run_for(300)
    assert int(page.locator(".js-seconds").inner_text()) == first - 4


def test_a_drawing_shows_the_move_with_words_for_it(phone: Any, live_server: str) -> None:
    page = phone.new_page()
    page.goto(live_server + "/now/session?where=calf&context=night")
    drawing = page.locator(".drawing:not([hidden]) [role=img]")
    assert drawing.count() == 1
    assert "toes" in (drawing.get_attribute("aria-label") or "")


def test_delete_can_be_undone(phone: Any, live_server: str) -> None:
    page = phone.new_page()
    page.goto(live_server + "/diary")
    page.get_by_role("button", name="Toes").click()
    page.wait_for_url("**/diary?logged=*")
    before = len(_episodes(live_server))
    page.locator(".cards .card").first.get_by_role("button", name="Delete").click()
    page.get_by_role("status").filter(has_text="Entry deleted").wait_for(state="visible")
    page.get_by_role("button", name="Undo").click()
    page.wait_for_timeout(7000)
    assert len(_episodes(live_server)) == before
    page.locator(".cards .card").first.get_by_role("button", name="Delete").click()
    page.wait_for_timeout(7000)
    assert len(_episodes(live_server)) == before - 1


def test_saving_a_check_in_says_it_saved(phone: Any, live_server: str) -> None:
    page = phone.new_page()
    page.goto(live_server + "/diary/checkin")
    page.get_by_role("button", name="Save check-in").click()
    page.get_by_role("status").filter(has_text="check-in is saved").wait_for(state="visible")


@pytest.mark.parametrize(
    ("locale", "number"), [("en-US", "911"), ("fr-FR", "112"), ("en-AU", "000"), ("en", "112")]
)
def test_the_emergency_screen_offers_this_countrys_number(
    browser: Any, live_server: str, locale: str, number: str
) -> None:
    context = browser.new_context(viewport=PHONE, locale=locale)
    page = context.new_page()
    page.goto(live_server + "/emergency")
    assert page.locator(".call").get_attribute("href") == f"tel:{number}"
    # Unsure of the country: the other numbers are already open to choose from.
    assert page.locator(".other-numbers").evaluate("d => d.open") is (locale == "en")
    context.close()


def test_an_offline_check_without_a_call_now_sign_says_what_it_could_not_read(
    phone: Any, live_server: str
) -> None:
    page = installed(phone, live_server)
    phone.set_offline(True)
    page.goto(live_server + "/check")
    page.get_by_label("Weakness, shrinking muscles, twitching, numbness or tingling?").check()
    page.get_by_label("Or describe it in your own words").fill("my calf hurts since yesterday")
    page.get_by_role("button", name="Check").click()
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Your answers could not be checked"
    )
    assert "(you ticked this)" in page.locator("[data-flag=q_nerves]").inner_text()
    assert page.get_by_text("could not be read offline").is_visible()
    assert page.get_by_role("link", name="Call for help").get_attribute("href") == "/emergency"


def test_an_offline_log_is_sent_by_the_service_worker_after_the_app_is_closed(
    phone: Any, live_server: str
) -> None:
    page = installed(phone, live_server)
    page.goto(live_server + "/diary")
    before = len(_episodes(live_server))
    phone.set_offline(True)
    page.get_by_role("button", name="Thigh").click()
    page.wait_for_function(
        "() => document.querySelector('.js-outbox-status').textContent"
        " === '1 entry waiting to be sent'"
    )
    page.close()  # the app is closed: only the service worker can send it now
    time.sleep(1)  # nothing in flight from the page any more
    phone.set_offline(False)
    deadline = time.monotonic() + 20
    while len(_episodes(live_server)) == before and time.monotonic() < deadline:
        time.sleep(0.2)
    after = _episodes(live_server)
    assert len(after) == before + 1
    assert max(after, key=lambda e: e["id"])["location"] == "thigh_back"
