"""PDF rendering never stalls other requests: not one slow PDF, not forty at once."""

from __future__ import annotations

import asyncio
import concurrent.futures
import re
import threading
import time

import httpx
import pytest

import crampcare.render.plan_pdf as plan_pdf_module
from crampcare.web import create_app, heavy


async def _storm(pdfs: int) -> tuple[list[float], list[int]]:
    """Start ``pdfs`` plan PDFs that hang until released; time a read and a write meanwhile."""
    app = create_app()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as c:
        page = await c.get("/plan")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token
        form = {"csrf": token.group(1), "format": "pdf"}
        tasks = [asyncio.create_task(c.post("/plan", data=form)) for _ in range(pdfs)]
        await asyncio.sleep(0.3)  # every PDF has reached its renderer
        start = time.monotonic()
        timings: list[float] = []
        others: list[int] = []
        for call in (
            c.get("/readyz"),
            c.post("/api/v1/episodes", json={"started_at": "2026-11-05T03:00:00"}),
        ):
            try:
                r = await asyncio.wait_for(call, 3)
                others.append(r.status_code)
            except TimeoutError:
                others.append(0)
            timings.append(time.monotonic() - start)
        RELEASE.set()
        done = await asyncio.gather(*tasks)
        assert {r.status_code for r in done} == {200}
        assert all(r.content == b"%PDF-slow" for r in done)
        return timings, others


RELEASE = threading.Event()


@pytest.mark.parametrize("pdfs", [1, 45])
def test_slow_pdfs_do_not_hold_up_reads_or_writes(
    monkeypatch: pytest.MonkeyPatch, pdfs: int
) -> None:
    RELEASE.clear()

    def slow(plan: object) -> bytes:
        RELEASE.wait(30)  # seconds of layout, for as long as the test needs
        return b"%PDF-slow"

    monkeypatch.setattr(plan_pdf_module, "plan_pdf", slow)
    # In a thread of its own: the browser tests' sync Playwright keeps an event loop
    # running in the main thread for the session, and asyncio.run refuses to nest.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        timings, statuses = pool.submit(asyncio.run, _storm(pdfs)).result(60)
    assert statuses == [200, 201], f"with {pdfs} PDFs rendering: {statuses}"
    assert timings[-1] < 1.0, f"a read and a write took {timings[-1]:.2f} s behind {pdfs} PDFs"
    assert pdfs > 40 > heavy.SLOTS or pdfs == 1  # more PDFs than Starlette's shared pool
