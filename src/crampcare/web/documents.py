"""Self-contained documents (the report, the printable plan) served as pages.

They carry their stylesheet inline because the same HTML is saved as a file
and turned into a PDF. The app's Content-Security-Policy allows no inline
style; for these pages it allows exactly their own style blocks, by hash, so
injected markup still gets none.
"""

from __future__ import annotations

import base64
import hashlib
import re

from starlette.responses import HTMLResponse

from crampcare.web.guard import CSP

_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S | re.I)


def document_response(html: str) -> HTMLResponse:
    """The page with a CSP that admits its own ``<style>`` blocks and nothing else inline."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(m.encode()).digest()).decode() + "'"
        for m in _STYLE.findall(html)
    )
    policy = CSP.replace("style-src 'self'", f"style-src 'self' {hashes}".rstrip())
    return HTMLResponse(html, headers={"content-security-policy": policy})
