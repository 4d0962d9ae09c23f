"""Screenshots of the installed phone app (standalone display, 360x740) for the docs.

The app is visited once online (the service worker keeps its pages), then the
network is cut: the session, the emergency screen and the diary's waiting
entries are photographed offline, as a person would see them at 3 a.m.

Usage: .venv/bin/python scripts/phone_screenshots.py  (needs Debian's chromium)
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
READY = (
    "async () => { const r = await navigator.serviceWorker.ready;"
    " return r.active.state === 'activated'; }"
)


def standalone(page: Page) -> None:
    """Make the page match (display-mode: standalone), as when opened from the home screen."""
    cdp = page.context.new_cdp_session(page)
    cdp.send(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "display-mode", "value": "standalone"}]},
    )


def shot(page: Page, name: str) -> None:
    page.screenshot(path=str(OUT / f"{name}.png"))
    print(f"wrote docs/screenshots/{name}.png")


def main() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "CRAMPCARE_DATA_DIR": tempfile.mkdtemp(prefix="crampcare-shots-")}
    server = subprocess.Popen(
        [sys.executable, "-m", "crampcare", "serve", "--port", str(port)], env=env
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(url + "/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            ctx = browser.new_context(viewport={"width": 360, "height": 740}, locale="en-GB")
            ctx.add_cookies(
                [
                    {"name": "theme", "value": "night", "url": url},
                    {"name": "text", "value": "large", "url": url},
                ]
            )
            page = ctx.new_page()
            standalone(page)
            page.goto(url + "/")
            while not page.evaluate(READY):  # wait_for_function would not await the promise
                time.sleep(0.1)
            page.reload()
            page.goto(url + "/diary")
            ctx.set_offline(True)
            page.goto(url + "/now/session?where=calf&context=night")
            page.get_by_role("link", name="Pause").click()
            shot(page, "phone-session-offline")
            page.goto(url + "/diary")
            page.get_by_role("button", name="Calf · left").click()
            page.get_by_role("button", name="Foot").click()
            page.wait_for_function(
                "() => document.querySelector('.js-outbox-status').textContent.startsWith('2')"
            )
            page.evaluate("() => window.scrollTo(0, 0)")
            shot(page, "phone-diary-waiting")
            page.goto(url + "/emergency")
            shot(page, "phone-emergency-offline")
            ctx.set_offline(False)
            page.goto(url + "/now/done?where=calf&context=night")
            shot(page, "phone-did-it-help")
            ctx.close()
            browser.close()
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
