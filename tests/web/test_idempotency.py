"""Logging with an Idempotency-Key: a phone that resends an entry never logs it twice."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from starlette.testclient import TestClient

from crampcare.diary.models import EpisodeIn
from crampcare.diary.store import Diary
from crampcare.web.emergency_numbers import number_for
from tests.diary.conftest import db_url, pg_server, pg_url

__all__ = ["db_url", "pg_server", "pg_url"]

ENTRY = {"started_at": "2026-03-01T03:10:00", "location": "calf", "side": "left", "woke": True}


def test_the_same_key_twice_stores_one_episode(client: TestClient) -> None:
    key = {"Idempotency-Key": "5b0d7a8e-0c7e-4a55-9d0b-3f1f6f0b2a11"}
    first = client.post("/api/v1/episodes", json=ENTRY, headers=key)
    again = client.post("/api/v1/episodes", json=ENTRY, headers=key)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    assert len(client.get("/api/v1/episodes").json()["items"]) == 1


def test_different_keys_or_no_key_store_separate_episodes(client: TestClient) -> None:
    client.post("/api/v1/episodes", json=ENTRY, headers={"Idempotency-Key": "key-number-1"})
    client.post("/api/v1/episodes", json=ENTRY, headers={"Idempotency-Key": "key-number-2"})
    client.post("/api/v1/episodes", json=ENTRY)
    client.post("/api/v1/episodes", json=ENTRY)
    assert len(client.get("/api/v1/episodes").json()["items"]) == 4


def test_a_malformed_key_is_a_400_and_writes_nothing(client: TestClient) -> None:
    for bad in ("short", "has space in it", "x" * 65, "semi;colon-key"):
        response = client.post("/api/v1/episodes", json=ENTRY, headers={"Idempotency-Key": bad})
        assert response.status_code == 400, bad
        assert "Idempotency-Key" in response.json()["error"]
    assert client.get("/api/v1/episodes").json()["items"] == []


def test_the_store_returns_the_first_episode_for_a_repeated_key() -> None:
    episode = EpisodeIn.model_validate(ENTRY)
    with Diary.open() as diary:
        first = diary.add_episode(episode, idempotency_key="abcdefgh")
        again = diary.add_episode(
            episode.model_copy(update={"side": "right"}), idempotency_key="abcdefgh"
        )
        other_person = diary.add_episode(episode, person_id=2, idempotency_key="abcdefgh")
        assert again == first and again.side == "left"
        assert other_person.id != first.id
        assert len(diary.episodes()) == 1


def test_a_served_diary_stores_a_key_once_even_when_eight_threads_race_on_it(db_url: str) -> None:
    # The web app's engine (one INSERT ... ON CONFLICT on psycopg's own connection on
    # PostgreSQL): every racer gets the one stored episode back.
    episode = EpisodeIn.model_validate(ENTRY)
    with Diary.open(db_url, serving=True) as diary:
        with ThreadPoolExecutor(8) as pool:
            answers = list(
                pool.map(lambda _: diary.add_episode(episode, 3, "race-key-1"), range(8))
            )
        assert {a.id for a in answers} == {answers[0].id}
        assert answers[0].started_at == episode.started_at and answers[0].person_id == 3
        assert len(diary.episodes(person_id=3)) == 1
        assert diary.add_episode(episode, 3).id != answers[0].id  # no key: a new episode


def test_the_emergency_number_follows_the_region_of_the_language_tag() -> None:
    assert number_for("en-GB") == ("999", True)
    assert number_for("en-US") == ("911", True)
    assert number_for("fr-CA") == ("911", True)
    assert number_for("de-DE") == ("112", True)
    assert number_for("en-AU") == ("000", True)
    assert number_for("en") == ("112", False)
    assert number_for("pt-BR") == ("112", False)
