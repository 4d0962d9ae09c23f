"""The API keeps lexical answers by normalised question: the same bytes, bounded, never stale."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from crampcare.search import ask
from crampcare.typed import dump_json
from crampcare.web import ask_routes
from crampcare.web.ask_routes import AnswerCache


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The questions that reached the core's search (the real one, counted)."""
    asked: list[str] = []

    def counted(question: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(question)
        return ask(question, *args, **kwargs)

    monkeypatch.setattr(ask_routes, "ask", counted)
    monkeypatch.setattr(ask_routes, "answers", AnswerCache())
    yield asked


@pytest.mark.parametrize(
    "question",
    [
        "What helps a calf cramp at night?",
        "My left calf is swollen, warm and red.",  # a red flag: the triage comes along
        "How do I bake bread?",  # out of scope: the pointer comes along
    ],
)
def test_a_repeated_question_gets_the_core_answer_byte_for_byte_without_a_second_search(
    client: TestClient, searches: list[str], question: str
) -> None:
    first = client.post("/api/v1/ask", json={"question": question})
    again = client.post("/api/v1/ask", json={"question": question})
    assert first.status_code == again.status_code == 200
    assert first.content == again.content == dump_json(ask(question))
    assert again.headers["content-type"] == first.headers["content-type"]
    assert len(searches) == 1


def test_spacings_of_one_question_share_an_answer_but_k_does_not(
    client: TestClient, searches: list[str]
) -> None:
    one = client.post("/api/v1/ask", json={"question": "night  cramp\tin my calf"})
    two = client.post("/api/v1/ask", json={"question": " night cramp in my calf "})
    assert one.content == two.content
    assert one.json()["question"] == "night cramp in my calf"
    more = client.post("/api/v1/ask", json={"question": "night cramp in my calf", "k": 5})
    assert len(searches) == 2
    assert len(more.json()["answers"]) >= len(one.json()["answers"])


def test_a_refused_question_is_not_kept(client: TestClient, searches: list[str]) -> None:
    assert client.post("/api/v1/ask", json={"question": "   "}).status_code == 422
    assert len(ask_routes.answers) == 0


def test_the_cache_forgets_the_least_recently_used_answer_when_full() -> None:
    cache = AnswerCache(size=2)
    cache.put(("d", "a", 3), b"A")
    cache.put(("d", "b", 3), b"B")
    assert cache.get(("d", "a", 3)) == b"A"  # "a" is now the most recent
    cache.put(("d", "c", 3), b"C")
    assert len(cache) == 2
    assert cache.get(("d", "b", 3)) is None
    assert cache.get(("d", "a", 3)) == b"A"
    assert cache.get(("d", "c", 3)) == b"C"
