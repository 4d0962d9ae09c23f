"""One triage contract: check --json, the API and ask's red-flag screen agree, key for key."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from crampcare.cli.app import app
from crampcare.search import Searcher
from crampcare.triage_rules import TriageResult
from crampcare.typed import field_names


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Searcher]:
    # One index for the module: building it is the slow part of ask.
    yield Searcher(cache_dir=Path(tmp_path_factory.mktemp("ask-index")))


def _check(runner: CliRunner, text: str) -> dict[str, object]:
    result = runner.invoke(app, ["check", "--json", "--text", text])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.output)
    return data


@pytest.mark.parametrize(
    "text",
    [
        "My left calf is swollen, warm and red.",
        "My whole body went into a spasm.",
        "Dark brown urine and very sore legs after a marathon.",
    ],
)
def test_check_api_and_ask_give_the_same_triage_for_the_same_words(
    runner: CliRunner, client: TestClient, searcher: Searcher, text: str
) -> None:
    cli = _check(runner, text)
    api = client.post("/api/v1/triage/text", json={"text": text}).json()
    asked = searcher.ask(text).document()["triage"]
    assert set(cli) == set(api) == set(asked) == set(field_names(TriageResult))
    assert cli == api == asked


@pytest.mark.parametrize(
    "text",
    [
        "He had a cramp, then his whole body started jerking.",
        "My whole body went stiff and I was not responding.",
    ],
)
def test_a_fit_is_caught_by_check_and_by_ask(
    runner: CliRunner, searcher: Searcher, text: str
) -> None:
    cli = _check(runner, text)
    triage = searcher.ask(text).triage
    assert cli["level"] == "emergency"
    assert triage is not None and triage.level == "emergency"
    assert "rf_seizure" in triage.rules
    assert triage.to_confirm == []  # nothing delays the call


def test_a_whole_body_spasm_is_not_ordinary_self_care_in_check_or_ask(
    runner: CliRunner, searcher: Searcher
) -> None:
    text = "My whole body went into a spasm."
    cli = _check(runner, text)
    triage = searcher.ask(text).triage
    assert cli["level"] == "urgent" and triage is not None and triage.level == "urgent"
    # Whether it was a fit is still open: asked, not assumed.
    assert "fit" in [c.question for c in triage.to_confirm]


def test_brown_urine_after_a_marathon_leads_with_muscle_breakdown(searcher: Searcher) -> None:
    result = searcher.ask("brown urine after a marathon")
    assert result.triage is not None and result.triage.level == "emergency"
    assert not result.out_of_scope
    assert result.answers[0].id == "la_rhabdomyolysis"
    # No self-treatment (stretching, massage, remedies) beside an emergency.
    assert all(a.kind == "cause" for a in result.answers[1:])


def test_a_swollen_red_calf_leads_with_the_clot_entry_and_offers_no_massage(
    searcher: Searcher,
) -> None:
    result = searcher.ask("My left calf is swollen, warm and red.")
    assert result.triage is not None and result.triage.level == "urgent"
    assert result.answers[0].id == "la_dvt"
    assert not any("massage" in a.title.lower() for a in result.answers)


def test_how_long_is_too_long_gives_the_ten_minute_rule(searcher: Searcher) -> None:
    for question in ("how long is too long", "How long is too long for a cramp?"):
        result = searcher.ask(question)
        assert result.answers, question
        # The rule's own entry leads (it was a sentence inside pv_see_doctor before).
        assert result.answers[0].id == "pv_ten_minute_rule", question
        assert "more than 10 minutes" in result.answers[0].text.replace("\n", " ")


@pytest.mark.parametrize(
    "question",
    [
        "my knee is swollen and red after football",
        "my stomach cramps after eating",
        "how long is too long to boil an egg",
    ],
)
def test_an_off_topic_question_gets_no_leg_cramp_banner(searcher: Searcher, question: str) -> None:
    result = searcher.ask(question)
    assert result.out_of_scope
    assert result.triage is None


def test_an_off_topic_emergency_still_gets_the_call_for_help(searcher: Searcher) -> None:
    result = searcher.ask("my toddler swallowed some of my tablets")
    assert result.triage is not None and result.triage.level == "emergency"


@pytest.mark.parametrize("age", [120.00000000000001, 121, 1e300])
def test_an_answer_past_its_fields_bound_is_refused_before_rounding(
    client: TestClient, age: float
) -> None:
    """The schema says an age is at most 120: a hair over is refused, not rounded to 120."""
    r = client.post("/api/v1/triage/text", json={"text": "calf cramp", "answers": {"age": age}})
    assert r.status_code == 422, r.text
    assert "age" in r.text
