"""Paging, health checks, heavy work off the event loop, bad JSON, ask by POST, quiet logs."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from crampcare.diary.models import EpisodeIn
from crampcare.diary.store import Diary
from crampcare.web import create_app
from tests.web.conftest import form_token


def _fill(n: int) -> None:
    with Diary.open() as d:
        d.import_rows(
            EpisodeIn.model_validate(
                {"started_at": f"2026-0{1 + i // 28 % 9}-{1 + i % 28:02d}T03:{i % 60:02d}:00"}
            )
            for i in range(n)
        )


# --- paging --------------------------------------------------------------------------------


def test_api_lists_come_in_pages_with_a_next_link(client: TestClient) -> None:
    _fill(45)
    seen: list[int] = []
    url: str | None = "/api/v1/episodes?limit=20"
    pages = 0
    while url:
        body = client.get(url).json()
        assert len(body["items"]) <= 20
        seen += [e["id"] for e in body["items"]]
        url, pages = body["next"], pages + 1
    assert pages == 3 and len(seen) == len(set(seen)) == 45
    assert len(client.get("/api/v1/episodes").json()["items"]) == 45  # default page is 100
    assert client.get("/api/v1/episodes?limit=100000").status_code == 422
    assert client.get("/api/v1/episodes?limit=0").status_code == 422
    for bad in ("!!", "bm90IGpzb24", "WzFd", "WyJ4IiwxXQ", "W251bGwsMV0", "A" * 201):
        # not base64, not JSON, a list of one, not a time, null, too long
        expected = 422 if len(bad) > 200 or bad == "!!" else 404  # bad form / no such page
        assert client.get(f"/api/v1/episodes?cursor={bad}").status_code == expected, bad
    assert client.get("/api/v1/checkins?cursor=WyJ4Il0").status_code == 404


def test_paging_while_others_log_neither_skips_nor_repeats(client: TestClient) -> None:
    """Keyset pages: entries logged (before and after the reader's place) move no page."""
    _fill(60)
    with Diary.open() as d:
        before = {e.id for e in d.episodes()}
    seen: list[int] = []
    url: str | None = "/api/v1/episodes?limit=7"
    n = 0
    while url:
        body = client.get(url).json()
        seen += [e["id"] for e in body["items"]]
        # Between pages: one entry at the very start of the diary, one in the middle,
        # one at the end (an offset would shift by one for each of the first two).
        for day in ("2025-12-01", f"2026-0{1 + n % 9}-15", "2027-01-01"):
            created = client.post("/api/v1/episodes", json={"started_at": f"{day}T03:00:00"})
            assert created.status_code == 201
        url, n = body["next"], n + 1
    assert len(seen) == len(set(seen)), "an entry came twice"
    assert before <= set(seen), "an entry that was there all along was skipped"
    assert n >= 9


def test_check_in_pages_are_keyed_by_day(client: TestClient) -> None:
    for day in range(2, 9):
        client.put("/api/v1/checkins", json={"day": f"2026-11-0{day}"})
    first = client.get("/api/v1/checkins?limit=3").json()
    client.put("/api/v1/checkins", json={"day": "2026-11-01"})  # before the reader's place
    second = client.get(first["next"]).json()
    assert [c["day"] for c in first["items"] + second["items"]] == [
        f"2026-11-0{d}" for d in range(2, 8)
    ]


def test_check_in_list_pages_too(client: TestClient) -> None:
    for day in range(1, 8):
        client.put("/api/v1/checkins", json={"day": f"2026-11-0{day}"})
    first = client.get("/api/v1/checkins?limit=5&since=2026-11-02").json()
    assert [c["day"] for c in first["items"]] == [f"2026-11-0{d}" for d in range(2, 7)]
    second = client.get(first["next"]).json()
    assert [c["day"] for c in second["items"]] == ["2026-11-07"] and second["next"] is None


def test_the_diary_page_reads_one_page_from_the_store(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(75)
    asked: list[dict[str, object]] = []
    real = Diary.episodes

    def spy(self: Diary, *args: object, **kwargs: object) -> object:
        asked.append(kwargs)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Diary, "episodes", spy)
    html = client.get("/diary").text
    assert html.count('class="card"') == 30 and 'href="/diary?offset=30"' in html
    assert asked[-1]["limit"] == 31  # one page and one row to know there is more
    last = client.get("/diary?offset=60").text
    assert (
        last.count('class="card"') == 15 and "Older entries" not in last and "Newer entries" in last
    )


# --- health --------------------------------------------------------------------------------


def test_readiness_fails_with_a_reason_when_the_database_is_gone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("CRAMPCARE_DB", str(blocker / "diary.sqlite3"))  # its folder cannot exist
    with TestClient(create_app(), base_url="http://localhost") as c:
        assert c.get("/healthz").status_code == 200  # alive
        r = c.get("/readyz")
    assert r.status_code == 503
    assert r.json() == {
        "ok": False,
        "reason": "the diary database is not reachable",
        "semantic": "off",  # the screen's state is said either way (off in the tests)
    }


def test_readiness_is_ok_when_the_database_answers(client: TestClient) -> None:
    r = client.get("/readyz")
    assert r.status_code == 200 and r.json()["ok"] is True


# --- heavy work off the event loop ----------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/report", "/diary/report"])
def test_a_slow_report_does_not_hold_up_other_requests(
    monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    import crampcare.analysis.person as analysis

    real = analysis.analyse

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(1.5)  # a long diary's statistics and charts
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(analysis, "analyse", slow)

    async def run() -> tuple[float, float, int]:
        app = create_app()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as c:
            start = time.monotonic()
            report = asyncio.create_task(c.get(path))
            await asyncio.sleep(0.2)
            health = await c.get("/readyz")
            health_at = time.monotonic() - start
            r = await report
            return health_at, time.monotonic() - start, health.status_code + r.status_code

    # In a thread of its own: the browser tests' sync Playwright keeps an event loop
    # running in the main thread for the session, and asyncio.run refuses to nest.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        health_at, report_at, statuses = pool.submit(asyncio.run, run()).result()
    assert statuses == 400
    assert report_at >= 1.5
    assert health_at < 1.0, f"health check waited {health_at:.2f} s behind the report"


# --- bad JSON --------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [33, 1000, 30_000])
def test_deeply_nested_json_is_a_clear_400(client: TestClient, depth: int) -> None:
    for nest in ("[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth):
        r = client.post("/api/v1/ask", content=nest, headers={"content-type": "application/json"})
        assert r.status_code == 400 and "nested" in r.json()["error"]


def test_brackets_inside_strings_are_not_nesting(client: TestClient) -> None:
    r = client.post(
        "/api/v1/episodes", json={"started_at": "2026-11-20T03:10:00", "notes": "[[[[" * 40}
    )
    assert r.status_code == 201


def test_hybrid_search_without_its_extra_is_a_clear_422(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crampcare.search.semantic as semantic

    monkeypatch.setattr(semantic, "available", lambda: False)
    r = client.post("/api/v1/ask", json={"question": "calf cramp at night", "mode": "hybrid"})
    assert r.status_code == 422 and "semantic extra" in r.json()["error"]


# --- ask by POST -----------------------------------------------------------------------------


def test_ask_page_takes_the_question_by_post_and_never_from_the_url(client: TestClient) -> None:
    page = client.get("/ask?q=is+tonic+water+good+for+cramps")
    assert page.status_code == 200 and 'method="post"' in page.text
    assert "Answers" not in page.text and 'value="is tonic' not in page.text
    token = form_token(client, "/ask")
    r = client.post("/ask", data={"csrf": token, "q": "is tonic water good for cramps"})
    assert r.status_code == 200 and 'class="answer"' in r.text
    assert client.post("/ask", data={"q": "tonic water"}).status_code == 403  # no token


# --- logs -----------------------------------------------------------------------------------


def test_an_error_log_has_where_but_no_health_data(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import crampcare.analysis.person as analysis

    def broken(eps: list[object], *args: object, **kwargs: object) -> None:
        raise ValueError(f"bad episode {eps!r}")

    monkeypatch.setattr(analysis, "analyse", broken)
    client.post(
        "/api/v1/episodes",
        json={"started_at": "2026-11-20T03:10:00", "notes": "quinine after wine"},
    )
    with caplog.at_level(logging.DEBUG):
        r = client.get("/api/v1/report?since=2026-11-01")
    assert r.status_code == 500 and "quinine" not in r.text
    ours = [rec for rec in caplog.records if not rec.name.startswith("httpx")]
    logged = "\n".join(rec.getMessage() + str(rec.exc_info or "") for rec in ours)
    assert "ValueError" in logged and "diary_routes.py" in logged  # what and where
    assert "quinine" not in logged and "2026-11-01" not in logged


def test_database_errors_do_not_carry_the_statement_parameters(client: TestClient) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    with Diary.open() as d, pytest.raises(SQLAlchemyError) as caught, d.engine.connect() as conn:
        conn.execute(
            text("INSERT INTO no_such_table VALUES (:note)"), {"note": "quinine after wine"}
        )
    assert "quinine" not in str(caught.value)


def test_a_time_at_the_edge_of_the_calendar_is_answered_not_a_500(client: TestClient) -> None:
    r = client.post("/api/v1/episodes", json={"started_at": "0001-01-01T00:00:00"})
    assert r.status_code in (201, 422)  # found by schemathesis: it was stored, then a 500
    assert client.get("/api/v1/episodes").status_code == 200


@pytest.mark.parametrize("blank", ["\u001f", "   ", "\t\n", "\u0085"])
def test_a_blank_question_is_invalid_by_the_schema_too(client: TestClient, blank: str) -> None:
    r = client.post("/api/v1/ask", json={"question": blank})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "question"
