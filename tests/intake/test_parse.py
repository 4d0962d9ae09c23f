"""Free text to Intake: numbers, people, pregnancy, medicines, conditions, facts."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.intake import Intake, parse_text, understood
from crampcare.typed import dump, dump_json, validate, validate_json
from tests.conftest import REFERENCE
from tests.triage.test_cases import CASES


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("I have had a cramp in my thigh for 20 minutes.", 20.0),
        ("It lasted a couple of minutes.", 2.0),
        ("The cramp went on for half an hour.", 30.0),
        ("Cramp for 2 hours last night.", 120.0),
        ("A 30 second cramp.", 0.5),
        ("My calf has been swollen for two days.", None),
        ("I walk for 40 minutes each day.", None),
        ("It started 20 minutes ago.", None),
    ],
)
def test_cramp_duration_in_minutes(text: str, minutes: float | None) -> None:
    assert parse_text(text).duration_minutes == minutes


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("Calf cramps four nights a week.", 4.0),
        ("I get them every night.", 7.0),
        ("Almost every night.", 7.0),
        ("Twice a week.", 2.0),
        ("Cramps 3 times a day.", 21.0),
        ("Happens maybe once a month.", 0.23),
        ("Now and then.", 0.5),
        ("I stretch every evening.", None),
        ("I run 5 times a week.", None),
    ],
)
def test_frequency_per_week(text: str, per_week: float | None) -> None:
    assert parse_text(text).frequency_per_week == per_week


@pytest.mark.parametrize(
    ("text", "week"),
    [
        ("I'm 32 weeks pregnant.", 32),
        ("Pregnant, 36 weeks, and my calves cramp.", 36),
        ("I am pregnant and at 28 weeks.", 28),
        ("Pregnant, in my 30th week.", 30),
        ("I'm seven months pregnant.", 30),
        ("I'm pregnant; the cramps started 2 weeks ago.", None),
    ],
)
def test_pregnancy_and_weeks(text: str, week: int | None) -> None:
    intake = parse_text(text)
    assert intake.pregnant is True
    assert intake.sex == "female"
    assert intake.pregnancy_week == week
    assert "pregnancy" in intake.situations()


def test_not_pregnant_is_not_pregnant() -> None:
    assert parse_text("I'm not pregnant.").pregnant is False


@pytest.mark.parametrize(
    ("text", "who", "sex", "age"),
    [
        ("My husband gets cramps.", "partner", "male", None),
        ("My dad wakes up with cramps.", "parent", "male", None),
        ("My mum is 80 and gets cramps.", "parent", "female", 80),
        ("My toddler cries with leg cramps.", "child", None, 2),
        ("My 8-year-old son has cramps.", "child", "male", 8),
        ("I'm 72 and get night cramps.", "self", None, 72),
    ],
)
def test_who_is_affected(text: str, who: str, sex: str | None, age: int | None) -> None:
    intake = parse_text(text)
    assert (intake.who, intake.sex, intake.age) == (who, sex, age)


def test_a_child_is_a_child_situation() -> None:
    assert "child" in parse_text("My child has leg cramps.").situations()
    assert "older_adult" in parse_text("I'm 70 years old.").situations()


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("I take atorvastatin.", "atorvastatin", "statin"),
        ("I'm on Lipitor.", "atorvastatin", "statin"),
        ("Lasix every morning.", "furosemide", "diuretic"),
        ("I take water pills.", "water pills", "diuretic"),
        ("Ventolin when I wheeze.", "salbutamol", "beta_agonist"),
        ("I take warfarin.", "warfarin", "anticoagulant"),
        ("Eliquis twice a day.", "apixaban", "anticoagulant"),
        ("I'm on blood thinners.", "blood thinners", "anticoagulant"),
        ("Adalat for my blood pressure.", "nifedipine", "calcium_channel_blocker"),
        ("I take Evista.", "raloxifene", "raloxifene"),
        ("I had an iron infusion.", "iron infusion", "iv_iron"),
    ],
)
def test_medicine_names_map_to_classes(text: str, name: str, cls: str) -> None:
    meds = parse_text(text).medicines
    assert [(m.name, m.cls) for m in meds] == [(name, cls)]


def test_a_named_medicine_replaces_its_lay_word() -> None:
    meds = parse_text("Since starting water pills (furosemide) my legs cramp.").medicines
    assert [(m.name, m.cls) for m in meds] == [("furosemide", "diuretic")]


def test_blood_thinners_are_an_anticoagulant_situation() -> None:
    assert "anticoagulants" in parse_text("I take clopidogrel.").situations()


def test_a_denied_medicine_is_not_recorded() -> None:
    assert parse_text("I don't take statins.").medicines == []


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("I have diabetes.", {"diabetes"}),
        ("I'm on dialysis.", {"dialysis", "kidney_disease"}),
        (
            "I have an underactive thyroid and varicose veins.",
            {"thyroid_disease", "varicose_veins"},
        ),
        ("I don't have diabetes.", set()),
    ],
)
def test_conditions(text: str, conditions: set[str]) -> None:
    assert parse_text(text).conditions == conditions


def test_places_sides_and_contexts() -> None:
    intake = parse_text("Cramp in my left calf while swimming in the sea.")
    assert intake.locations == ["calf"]
    assert intake.side == "left"
    assert intake.contexts == ["swimming"]
    assert intake.usual_context == "water"


def test_first_aid_words_are_not_a_place() -> None:
    intake = parse_text("Calf cramp; I pulled my toes up and it went.")
    assert intake.locations == ["calf"]
    assert intake.eased_by_stretching is True


def _texts() -> list[str]:
    dev = (REFERENCE / "triage_dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in dev if line.strip()] + [
        c["text"] for c in CASES if c.get("text")
    ]


@pytest.mark.parametrize("text", _texts())
def test_every_fact_carries_the_words_it_came_from(text: str) -> None:
    intake = parse_text(text)
    flat = text.replace("\u2019", "'").lower()
    for fact in intake.evidence:
        assert fact.words, fact
        # A finding told across a sentence or two gives each of its parts' words.
        for piece in fact.words.lower().split(" ... "):
            assert piece in flat, fact
    lines = understood(intake)
    assert [line[: len(f.describe())] for line, f in zip(lines, intake.evidence, strict=True)] == [
        f.describe() for f in intake.evidence
    ]


def test_understood_lines_name_the_words() -> None:
    lines = understood(parse_text("No swelling, but a charley horse every night."))
    assert 'calf swelling one side: no ("No swelling")' in lines
    assert 'frequency per week: 7.0 ("every night")' in lines


def test_parsed_intake_round_trips_through_json() -> None:
    intake = parse_text("My dad, 80, takes Lasix and has cramps four nights a week.")
    again = validate_json(Intake, dump_json(intake))
    assert again == intake


def test_someone_elses_history_is_theirs() -> None:
    mine = parse_text("My dad had a heart attack years ago; I get the odd cramp myself.")
    assert (mine.who, mine.conditions) == ("self", set())
    theirs = parse_text("My dad has diabetes and gets leg cramps at night.")
    assert (theirs.who, theirs.conditions) == ("parent", {"diabetes"})


WORDS = [
    "no", "not", "my", "calf", "swollen", "for", "20", "minutes", "every", "night", "I'm",
    "32", "weeks", "pregnant", "Lipitor", "but", "and", ",", ".", ";", "can't", "move",
    "toes", "husband", "aged", "200", "years", "old", "twice", "a", "week", "fever",
    "3.5", "hours", "isn't", "without", "rash", "dark", "urine", "9999", "months",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300) | st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_any_text_parses_to_a_valid_intake(text: str) -> None:
    intake = parse_text(text)
    validate(Intake, dump(intake))  # every value within its bounds


def test_conditions_and_events_come_out_in_the_same_order_every_run() -> None:
    """Sets iterate in hash order, which differs between processes; the JSON must not."""
    import os
    import subprocess
    import sys

    code = (
        "from crampcare.intake import parse_text;"
        "from crampcare.typed import dump_json;"
        "print(dump_json(parse_text(\"I'm on dialysis, had food poisoning and started a new "
        'medicine")).decode())'
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(4)
    }
    assert len(outputs) == 1
    assert '"conditions":["dialysis","kidney_disease"]' in outputs.pop()
