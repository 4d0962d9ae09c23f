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


def _at_once(requests: int, question: str) -> list[Any]:
    """``requests`` identical questions sent together to one app (one worker's loop)."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    from crampcare.web import create_app

    async def scenario() -> list[Any]:
        transport = httpx.ASGITransport(app=create_app())
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as c:
            return list(
                await asyncio.gather(
                    *(c.post("/api/v1/ask", json={"question": question}) for _ in range(requests))
                )
            )

    # In a thread of its own: the browser tests leave a loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(scenario())).result()


def test_the_same_question_asked_at_once_is_searched_once_and_answered_alike(
    searches: list[str],
) -> None:
    # A cold worker under a crowd got the same wording several times before its first
    # answer was kept, and searched it each time, queued behind itself.
    question = "What helps a calf cramp at night?"
    replies = _at_once(6, question)
    assert [r.status_code for r in replies] == [200] * 6
    assert {r.content for r in replies} == {dump_json(ask(question))}
    assert {r.headers["content-type"] for r in replies} == {"application/json"}
    assert searches == [question]
    assert len(ask_routes.answers) == 1


def test_when_the_first_search_fails_the_others_search_for_themselves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crampcare.errors import CrampcareError

    calls: list[str] = []

    def first_fails(question: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(question)
        if len(calls) == 1:
            raise CrampcareError("broken for a moment")
        return ask(question, *args, **kwargs)

    monkeypatch.setattr(ask_routes, "ask", first_fails)
    monkeypatch.setattr(ask_routes, "answers", AnswerCache())
    question = "calf cramp after a run"
    replies = _at_once(4, question)
    assert sorted(r.status_code for r in replies) == [200, 200, 200, 422]
    assert {r.content for r in replies if r.status_code == 200} == {dump_json(ask(question))}
    assert len(ask_routes.answers) == 1  # the answer that came is kept
