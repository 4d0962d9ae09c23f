"""Ready before the semantic model: readiness, and free-text triage while the model loads."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

import crampcare.intake.semantic_screen as semantic_screen
import crampcare.web.app as web_app
from crampcare.assessment import PENDING_WHY, SCREEN_PENDING, red_flag_questions
from crampcare.semantic_scoring import SemanticScreen
from crampcare.web import create_app
from crampcare.web.app import Warmth
from crampcare.web.server import reuse_port_supported
from tests.web.conftest import _free_port, form_token

PLAIN = "calf cramp at night, no swelling"


@pytest.fixture
def loading(monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen is on but not loaded, and stays so (nothing loads torch here)."""
    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "on")
    monkeypatch.setattr(semantic_screen, "_default", None)
    monkeypatch.setattr(semantic_screen, "enabled", lambda: True)
    monkeypatch.setattr(semantic_screen, "start_loading", lambda: None)


def test_readyz_is_ready_while_the_screen_loads(client: TestClient, loading: None) -> None:
    r = client.get("/readyz")
    assert r.status_code == 200
    assert r.json()["ok"] is True and r.json()["semantic"] == "loading"
    assert client.get("/healthz").json()["ok"] is True


def test_readyz_says_when_the_screen_is_off(client: TestClient) -> None:
    assert client.get("/readyz").json()["semantic"] == "off"


def test_text_triage_before_the_model_is_provisional_with_every_red_flag_question(
    client: TestClient, loading: None
) -> None:
    r = client.post("/api/v1/triage/text", json={"text": PLAIN})
    assert r.status_code == 200
    data = r.json()
    assert data["level"] == "self_care" and data["provisional"] is True
    assert SCREEN_PENDING in data["not_understood"]
    asked = {t["question"]: t for t in data["to_confirm"]}
    # Even the one the words seemed to answer ("no swelling"): the second reader did not run.
    assert asked["dvt"]["why"] == PENDING_WHY
    open_ids = {q.id for q in red_flag_questions()}
    assert {"fit", "lungs", "limb", "dvt", "duration"} <= set(asked) <= open_ids


def test_answering_the_checklist_makes_it_final(client: TestClient, loading: None) -> None:
    first = client.post("/api/v1/triage/text", json={"text": PLAIN}).json()
    answers: dict[str, Any] = {
        t["question"]: (0.5 if t["kind"] == "number" else False) for t in first["to_confirm"]
    }
    final = client.post("/api/v1/triage/text", json={"text": PLAIN, "answers": answers}).json()
    assert final["provisional"] is False and final["to_confirm"] == []
    assert final["level"] == "self_care"
    assert SCREEN_PENDING in final["not_understood"]  # still said, not silently skipped


def test_an_emergency_is_not_held_back_while_the_model_loads(
    client: TestClient, loading: None
) -> None:
    text = "My foot suddenly went cold and pale and it is very painful, I can't move my toes."
    data = client.post("/api/v1/triage/text", json={"text": text}).json()
    assert data["level"] == "emergency" and data["to_confirm"] == []
    assert SCREEN_PENDING not in data["not_understood"]


def test_the_check_page_says_so_and_shows_the_checklist(client: TestClient, loading: None) -> None:
    r = client.post("/check", data={"csrf": form_token(client), "text": PLAIN})
    assert r.status_code == 200
    assert "the second check, which reads your words" in r.text.lower()
    assert "Before the advice" in r.text and 'value="dvt"' in r.text


def test_the_screen_is_used_once_it_is_loaded(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loaded: no note, and the screen's own answer (here: nothing to add) is final."""

    class Quiet:
        def screen(self, text: str) -> list[Any]:
            return []

    monkeypatch.setattr(semantic_screen, "enabled", lambda: True)
    monkeypatch.setattr(semantic_screen, "_default", Quiet())
    data = client.post("/api/v1/triage/text", json={"text": PLAIN}).json()
    assert SCREEN_PENDING not in data["not_understood"]
    assert "dvt" not in {t["question"] for t in data["to_confirm"]}  # "no swelling" settles it
    assert client.get("/readyz").json()["semantic"] == "ready"


def test_start_loading_starts_one_thread_and_a_failure_is_said(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []

    def broken() -> Any:
        calls.append(1)
        time.sleep(0.2)
        raise OSError("no model here")

    monkeypatch.setattr(semantic_screen, "enabled", lambda: True)
    monkeypatch.setattr(semantic_screen, "_default", None)
    monkeypatch.setattr(semantic_screen, "_failed", False)
    monkeypatch.setattr(semantic_screen, "_loader", None)
    monkeypatch.setattr(SemanticScreen, "open", staticmethod(broken))
    first = semantic_screen.start_loading()
    assert first is not None and semantic_screen.start_loading() is first
    assert semantic_screen.state() == "loading"
    first.join(10)
    assert calls == [1] and semantic_screen.state() == "failed"
    assert semantic_screen.start_loading() is None  # no retry loop on every request


# --- a real server -------------------------------------------------------------------


@pytest.fixture
def semantic_server(tmp_path: Path) -> Iterator[str]:
    """`crampcare serve --workers 2` with the semantic screen on, as a person runs it."""
    if not semantic_screen.available():
        pytest.skip("the semantic extra is not installed (CI installs it)")
    if not reuse_port_supported():
        pytest.skip("the supervisor is Linux's")
    port = _free_port()
    env = {
        **os.environ,
        "CRAMPCARE_DATA_DIR": str(tmp_path),
        "CRAMPCARE_SEMANTIC_TRIAGE": "on",
        "NO_COLOR": "1",
    }
    with (tmp_path / "server.log").open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "crampcare", "serve", "--workers", "2", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def test_a_real_server_is_ready_before_its_model_and_triage_does_not_wait(
    semantic_server: str,
) -> None:
    url = semantic_server
    deadline = time.monotonic() + 60  # a busy machine: importing the app alone takes seconds
    ready: dict[str, Any] | None = None
    while time.monotonic() < deadline and ready is None:
        try:
            r = httpx.get(url + "/readyz", timeout=2)
            if r.status_code == 200:
                ready = r.json()
        except httpx.HTTPError:
            time.sleep(0.05)
    assert ready is not None, "not ready within 60 s"
    # Loading torch and the model takes 6 s on a quiet machine, a minute on a busy one.
    assert ready["semantic"] == "loading"
    start = time.monotonic()
    r = httpx.post(url + "/api/v1/triage/text", json={"text": PLAIN}, timeout=30)
    took = time.monotonic() - start
    assert r.status_code == 200
    data = r.json()
    state = httpx.get(url + "/readyz", timeout=5).json()["semantic"]
    if SCREEN_PENDING in data["not_understood"]:
        assert data["provisional"] and "dvt" in {t["question"] for t in data["to_confirm"]}
    else:  # the model was loaded by then (that worker's): the screen ran
        assert state == "ready"
    assert took < 15, f"the triage waited {took:.1f} s (for the model?)"


# --- warm for people before ready (issue 16's ready time) ---------------------------


def _app_with_warmth(ready: bool) -> tuple[Any, Warmth]:
    """An app as a served worker has it (a warm-up to wait for), run without its lifespan."""
    app = create_app()
    warmth = Warmth()
    if ready:
        warmth.ready.set()
    app.warmth = warmth  # type: ignore[attr-defined]
    return app, warmth


def test_readyz_says_warming_up_until_its_worker_has_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(web_app, "READY_WAIT_S", 0.05)
    app, warmth = _app_with_warmth(ready=False)
    client = TestClient(app, base_url="http://localhost")
    r = client.get("/readyz")
    assert r.status_code == 503
    assert r.json() == {"ok": False, "reason": "warming up", "semantic": "off"}
    assert client.get("/healthz").status_code == 200  # alive meanwhile
    warmth.ready.set()
    assert client.get("/readyz").status_code == 200


def test_readyz_answers_200_as_soon_as_the_warm_up_ends_within_its_wait() -> None:
    app, warmth = _app_with_warmth(ready=False)
    threading.Timer(0.2, warmth.ready.set).start()
    start = time.monotonic()
    r = TestClient(app, base_url="http://localhost").get("/readyz")
    assert r.status_code == 200 and r.json()["ok"] is True
    assert 0.15 < time.monotonic() - start < web_app.READY_WAIT_S


def test_the_lifespan_warms_the_search_and_the_check_before_ready() -> None:
    with TestClient(create_app(), base_url="http://localhost") as c:
        assert c.get("/readyz").status_code == 200
        warmth = c.app.warmth  # type: ignore[attr-defined]
        assert warmth.ready.is_set()
        from crampcare.search import searcher

        assert searcher().index.opened()  # tantivy opened by the warm-up, not by a person


def test_people_count_for_the_quiet_moment_and_probes_do_not() -> None:
    app, warmth = _app_with_warmth(ready=True)
    client = TestClient(app, base_url="http://localhost")
    client.get("/healthz")
    client.get("/readyz")
    assert warmth.last_request == 0.0
    client.get("/")
    assert warmth.last_request > 0.0


def test_the_quiet_moment_waits_for_a_gap_between_requests() -> None:
    warmth = Warmth()
    warmth.seen()
    start = time.monotonic()
    warmth.quiet_moment(quiet=0.2, at_most=5)
    assert 0.15 < time.monotonic() - start < 2


def test_the_quiet_moment_says_whether_the_warm_up_goes_on() -> None:
    warmth = Warmth()
    assert warmth.quiet_moment(quiet=0.2, at_most=5) is True  # nobody came: at once
    warmth.seen()
    threading.Timer(0.1, warmth.stopping.set).start()
    start = time.monotonic()
    assert warmth.quiet_moment(quiet=30, at_most=60) is False
    assert time.monotonic() - start < 5


def test_an_app_closed_during_its_quiet_moment_ends_its_warm_up() -> None:
    app = create_app()
    with TestClient(app, base_url="http://localhost") as client:
        client.get("/")
        warm = [t for t in threading.enumerate() if t.name == "crampcare-warm"]
    start = time.monotonic()
    for thread in warm:
        thread.join(timeout=60)
        assert not thread.is_alive()
    # Not the quiet moment and the speller, the templates and the diary after it.
    assert time.monotonic() - start < web_app.QUIET_S + 5


def test_the_quiet_moment_has_an_end_under_a_steady_crowd() -> None:
    warmth = Warmth()
    stop = threading.Event()

    def crowd() -> None:
        while not stop.is_set():
            warmth.seen()
            time.sleep(0.02)

    threading.Thread(target=crowd, daemon=True).start()
    try:
        start = time.monotonic()
        warmth.quiet_moment(quiet=0.2, at_most=0.6)
        assert 0.5 < time.monotonic() - start < 3
    finally:
        stop.set()


def test_a_served_workers_first_check_leaves_the_model_to_its_warm_up(
    loading: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model's torch import holds the interpreter: a served worker starts it after its
    first visitors (web/app.py), not in the middle of the first check."""
    started: list[int] = []
    monkeypatch.setattr(semantic_screen, "start_loading", lambda: started.append(1))
    app, _ = _app_with_warmth(ready=True)
    client = TestClient(app, base_url="http://localhost")
    data = client.post("/api/v1/triage/text", json={"text": PLAIN}).json()
    assert data["provisional"] is True and started == []
    # An app run without a warm-up (a test, an embedding) starts it at the first check.
    plain = TestClient(create_app(), base_url="http://localhost")
    plain.post("/api/v1/triage/text", json={"text": PLAIN})
    assert started == [1]


def test_readyz_waits_for_every_worker_of_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """Either worker may get the first person's connection: ready means both are warm."""
    import multiprocessing

    monkeypatch.setattr(web_app, "READY_WAIT_S", 0.05)
    flags = multiprocessing.get_context("fork").Array("b", 2, lock=False)
    app = create_app()
    warmth = app.warmth = Warmth(web_app.Siblings(flags, 0))  # type: ignore[attr-defined]
    client = TestClient(app, base_url="http://localhost")
    warmth.set_ready()
    assert list(flags) == [1, 0]
    r = client.get("/readyz")
    assert r.status_code == 503 and r.json()["reason"] == "warming up"
    flags[1] = 1  # the other worker is warm too
    assert client.get("/readyz").status_code == 200
