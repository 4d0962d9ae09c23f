"""Take screenshots of the main pages (phone size) into docs/screenshots/.

Usage: .venv/bin/python scripts/screenshots.py  (needs Debian's chromium)
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
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PAGES = {
    "home": "/",
    "session": "/now/session?where=calf&context=night&step=2&paused=1",
    "check": "/check",
    "ask": "/ask?q=is+tonic+water+good+for+cramps",
    "diary": "/diary",
    "point": "/points/BL57",
}
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tempfile.mkdtemp(prefix="crampcare-shots-")
    env = {**os.environ, "CRAMPCARE_DATA_DIR": data}
    server = subprocess.Popen(
        [sys.executable, "-m", "crampcare", "serve", "--port", str(port)], env=env
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(url + "/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for theme in ("day", "night"):
                ctx = browser.new_context(viewport={"width": 360, "height": 740})
                ctx.add_cookies([{"name": "theme", "value": theme, "url": url}])
                page = ctx.new_page()
                for name, path in PAGES.items():
                    if theme == "night" and name not in ("home", "session"):
                        continue
                    page.goto(url + path)
                    page.screenshot(path=str(OUT / f"{name}-{theme}.png"))
                    print(f"wrote docs/screenshots/{name}-{theme}.png")
                ctx.close()
            browser.close()
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
