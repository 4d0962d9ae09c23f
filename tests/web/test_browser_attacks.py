"""A hostile page in a real Chromium: it can neither plant entries nor read the diary.

The attacker's page is served from a second tiny server on another loopback
port (another origin, the same site), which is what a malicious local page or
a page the person opened from a download looks like to the browser. The DNS
rebinding case maps a made-up name to 127.0.0.1 inside Chromium, so the page's
same-origin requests reach the diary server with that name as Host.
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS, _free_port

pytestmark = pytest.mark.browser

EPISODE = {
    "started_at": "2026-11-20T03:10:00",
    "location": "calf",
    "side": "left",
    "notes": "planted",
}

ATTACK = """<!doctype html><html><body>
<iframe name="sink"></iframe>
<form id="quick" method="post" action="TARGET/diary/quick" target="sink">
  <input name="where" value="calf"><input name="side" value="left"></form>
<form id="json" method="post" action="TARGET/api/v1/episodes" enctype="text/plain" target="sink">
  <input name='BODY_START' value='"}'></form>
<script>
window.results = {};
const body = JSON.stringify(EPISODE);
const done = (name, value) => { window.results[name] = value; };
async function attack() {
  try {
    await fetch("TARGET/api/v1/episodes", {method: "POST", mode: "no-cors",
      headers: {"Content-Type": "text/plain; charset=json"}, body});
    done("no-cors fetch", "sent");
  } catch (e) { done("no-cors fetch", "error " + e); }
  done("beacon", navigator.sendBeacon("TARGET/api/v1/episodes",
    new Blob([body], {type: "text/plain; charset=json"})));
  document.getElementById("quick").submit();
  await new Promise(r => setTimeout(r, 300));
  document.getElementById("json").submit();
  await new Promise(r => setTimeout(r, 300));
  try {
    const r = await fetch("TARGET/api/v1/episodes");
    done("read", await r.text());
  } catch (e) { done("read", "blocked"); }
  try {
    const r = await fetch("TARGET/api/v1/export?format=json", {mode: "no-cors"});
    done("read export", r.type);
  } catch (e) { done("read export", "blocked"); }
  await new Promise(r => setTimeout(r, 500));  // let the beacon and forms land
  window.finished = true;
}
attack();
</script></body></html>"""

REBIND = """<!doctype html><html><body><script>
window.results = {};
async function attack() {
  const r1 = await fetch("/api/v1/episodes");
  window.results.read = [r1.status, await r1.text()];
  const r2 = await fetch("/api/v1/episodes", {method: "POST",
    headers: {"Content-Type": "application/json"}, body: JSON.stringify(EPISODE)});
  window.results.write = [r2.status, await r2.text()];
  const r3 = await fetch("/diary");
  window.results.page = [r3.status, await r3.text()];
  window.finished = true;
}
attack();
</script></body></html>"""


def _attack_page(target: str) -> str:
    # An enctype=text/plain form sends "name=value": the classic way to forge a JSON body.
    start = json.dumps({**EPISODE, "x": ""})[:-2]
    return (
        ATTACK.replace("TARGET", target)
        .replace("EPISODE", json.dumps(EPISODE))
        .replace("BODY_START", start.replace("'", "&#39;"))
    )


@pytest.fixture
def attacker(live_server: str) -> Iterator[str]:
    """A second server, on another loopback port, that serves the hostile page."""
    html = _attack_page(live_server).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/html")
            self.send_header("content-length", str(len(html)))
            self.end_headers()
            self.wfile.write(html)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", _free_port()), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _diary(live_server: str) -> str:
    items = httpx.get(live_server + "/api/v1/episodes?limit=500").json()["items"]
    checkins = httpx.get(live_server + "/api/v1/checkins?limit=500").json()["items"]
    return json.dumps([items, checkins])


def test_a_page_on_another_origin_can_neither_write_nor_read(
    browser: Any, live_server: str, attacker: str
) -> None:
    before = _diary(live_server)
    context = browser.new_context()
    page = context.new_page()
    page.goto(live_server + "/diary")  # the person has the app open: its cookies are set
    page.goto(attacker + "/")
    page.wait_for_function("() => window.finished === true", timeout=15000)
    results = page.evaluate("() => window.results")
    context.close()
    assert _diary(live_server) == before
    assert "planted" not in before
    assert results["read"] == "blocked"  # CORS: no answer reached the page
    assert results["read export"] in ("opaque", "blocked")


def test_a_dns_rebinding_page_gets_nothing(browser: Any, live_server: str) -> None:
    port = live_server.rsplit(":", 1)[1]
    origin = f"http://rebind.test:{port}"
    before = _diary(live_server)
    html = REBIND.replace("EPISODE", json.dumps(EPISODE))
    # Chromium resolves rebind.test to this machine, as a rebinding DNS server would.
    # Private Network Access would stop this page first in Chromium; other browsers
    # have no such check, so it is off here and the server must stand alone.
    args = [
        *CHROMIUM_ARGS,
        "--host-resolver-rules=MAP rebind.test 127.0.0.1",
        "--disable-features=BlockInsecurePrivateNetworkRequests,"
        "PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults,"
        "LocalNetworkAccessChecks",
    ]
    # A second Chromium, from the same Playwright, with its own flags.
    rebinder = browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=args)
    page = rebinder.new_page()
    # The attacker's page, first served while the name still pointed at the attacker.
    page.route(f"{origin}/attack", lambda route: route.fulfill(body=html, content_type="text/html"))
    page.goto(f"{origin}/attack")
    page.wait_for_function("() => window.finished === true", timeout=15000)
    results = page.evaluate("() => window.results")
    rebinder.close()
    for name in ("read", "write", "page"):
        status, text = results[name]
        assert status == 400, (name, status)
        assert "items" not in text and "Recent cramps" not in text
    assert _diary(live_server) == before


def test_no_page_breaks_the_content_security_policy(browser: Any, live_server: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    violations: list[str] = []
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    rules = "() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)"
    for path in [
        "/",
        "/now",
        "/now/session",
        "/check",
        "/plan",
        "/diary",
        "/diary/checkin",
        "/ask",
        "/points",
        "/points/BL57",
        "/diary/report",
    ]:
        page.goto(live_server + path)
        assert page.evaluate(rules) > 10, path  # a stylesheet applied
    page.goto(live_server + "/plan")
    page.get_by_role("button", name="Make my plan").click()
    page.get_by_role("button", name="Print-friendly page").click()
    page.wait_for_load_state("load")
    assert page.evaluate(rules) > 10  # the sheet's own inline style, allowed by its hash
    context.close()
    assert violations == []
