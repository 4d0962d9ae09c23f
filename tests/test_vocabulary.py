"""Each domain word is defined once (crampcare.vocabulary) and the faces accept the same words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest
from typer.testing import CliRunner

from crampcare.cli import app
from crampcare.diary.store import Diary
from crampcare.guide import WHERE
from crampcare.vocabulary import (
    DIARY_LOCATION,
    DIARY_LOCATIONS,
    GRADE_WORDS,
    PLACE_LABELS,
    PLACE_WORDS,
    PLACES,
    SESSION_FROM_LOCATION,
    SESSION_PLACES,
    EntryLocation,
    Grade,
    Location,
    woke_from_sleep,
)


def test_every_session_place_has_techniques_labels_and_a_diary_location() -> None:
    assert set(WHERE) == set(SESSION_PLACES)
    for place in SESSION_PLACES:
        assert place in PLACE_LABELS and place in PLACE_WORDS
        assert DIARY_LOCATION[place] in DIARY_LOCATIONS


def test_the_places_a_person_names_map_to_places_crampcare_knows() -> None:
    assert set(SESSION_FROM_LOCATION) <= set(get_args(Location))
    assert set(SESSION_FROM_LOCATION.values()) <= set(SESSION_PLACES)
    # What an entry can apply to, a person can say.
    assert set(get_args(EntryLocation)) <= set(get_args(Location))


def test_every_grade_has_words_in_every_register() -> None:
    assert set(GRADE_WORDS) == {g.value for g in Grade}
    for words in GRADE_WORDS.values():
        assert all((words.label, words.badge, words.phrase, words.short))


@pytest.mark.parametrize("word", ["thigh", "Thigh", "thigh-back", "calf"])
def test_log_and_now_accept_the_same_place_words(
    runner: CliRunner, _isolated_data: Path, word: str
) -> None:
    now = runner.invoke(app, ["now", "--where", word, "--json"])
    assert now.exit_code == 0, now.output
    log = runner.invoke(app, ["log", "--now", "--where", word, "--json", "--no-prompt"])
    assert log.exit_code == 0, log.output
    session_place = json.loads(now.output)["where"]
    assert json.loads(log.output)["location"] == DIARY_LOCATION[session_place]


def test_a_place_without_a_session_is_a_clean_error_for_now_and_fine_for_log(
    runner: CliRunner, _isolated_data: Path
) -> None:
    now = runner.invoke(app, ["now", "--where", "hands"])
    assert now.exit_code == 2
    assert "No guided first aid for hands" in now.output
    log = runner.invoke(app, ["log", "--now", "--where", "hands", "--no-prompt"])
    assert log.exit_code == 0, log.output
    for bad in (["now", "--where", "elbow"], ["log", "--now", "--where", "elbow"]):
        result = runner.invoke(app, bad)
        assert result.exit_code == 2
        assert "location must be one of " + ", ".join(PLACES) in result.output


def test_woke_from_sleep_is_one_rule() -> None:
    assert woke_from_sleep(context="night") and not woke_from_sleep(context="sport")
    assert woke_from_sleep(hour=3) and not woke_from_sleep(hour=23)


@pytest.mark.parametrize(("at", "woke"), [("2026-01-05 03:10", True), ("2026-01-05 23:40", False)])
def test_a_quick_log_without_woke_uses_the_rule(
    runner: CliRunner, _isolated_data: Path, at: str, woke: bool
) -> None:
    result = runner.invoke(app, ["log", "--at", at, "--where", "calf", "--no-prompt", "--json"])
    assert result.exit_code == 0, result.output
    with Diary.open() as diary:
        episode = diary.get_episode(json.loads(result.output)["id"])
    assert episode.woke is woke
