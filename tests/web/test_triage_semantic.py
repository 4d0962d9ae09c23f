"""The web's free-text triage uses the second channel (semantic screen) when it is on."""

from __future__ import annotations

import asyncio
import html
from typing import Any

import pytest
from starlette.testclient import TestClient

import crampcare.intake.semantic_screen as semantic_screen
from crampcare.intake.model import Intake
from tests.intake.test_semantic_screen import PARAPHRASES
from tests.web.conftest import form_token

if not semantic_screen.available():
    pytest.skip("the semantic extra is not installed (CI installs it)", allow_module_level=True)

# Tetany in words the rules do not read: only the semantic channel raises it.
TEXT = PARAPHRASES["rf_tetany"]


def _semantic_topics(data: dict[str, Any]) -> list[str]:
    return [c["topic"] for c in data["intake"]["concerns"] if c["channel"] == "semantic"]


def test_api_text_triage_adds_the_semantic_concerns_when_the_screen_is_on(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The word channel reads this flag too, and one flag is one concern: off, to see this one.
    monkeypatch.setenv("CRAMPCARE_NEIGHBOUR_TRIAGE", "off")
    off = client.post("/api/v1/triage/text", json={"text": TEXT})
    assert off.status_code == 200 and _semantic_topics(off.json()) == []
    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "on")
    monkeypatch.setattr(semantic_screen, "_default", None)
    assert semantic_screen.warm()  # a request never waits for the model: it is loaded first
    on = client.post("/api/v1/triage/text", json={"text": TEXT})
    assert on.status_code == 200
    assert "rf_tetany" in _semantic_topics(on.json())


def test_check_page_screens_its_free_text_off_the_event_loop(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "on")
    monkeypatch.setenv("CRAMPCARE_NEIGHBOUR_TRIAGE", "off")  # it reads this flag too
    monkeypatch.setattr(semantic_screen, "_default", None)
    assert semantic_screen.warm()
    real = semantic_screen.screened_if_loaded
    calls: list[tuple[str, bool, Intake]] = []

    def spy(intake: Intake, text: str, start: bool = True) -> Intake | None:
        try:
            asyncio.get_running_loop()
            on_loop = True
        except RuntimeError:
            on_loop = False
        out = real(intake, text, start)
        assert out is not None
        calls.append((text, on_loop, out))
        return out

    monkeypatch.setattr(semantic_screen, "screened_if_loaded", spy)
    r = client.post("/check", data={"csrf": form_token(client), "text": TEXT})
    assert r.status_code == 200
    assert [(text, on_loop) for text, on_loop, _ in calls] == [(TEXT, False)]
    semantic = [c for c in calls[0][2].concerns if c.channel == "semantic"]
    assert semantic, "the screen found nothing to add"
    # What the second channel raised is on the page the person reads.
    said = [c.reason.rpartition("may describe this: ")[2] for c in semantic]
    assert any(html.escape(words) in r.text for words in said), said
