"""The core's dataclass models: pydantic at the edges, the same JSON without it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from crampcare.assessment import assess
from crampcare.errors import field_problems
from crampcare.intake import Intake, parse_text
from crampcare.search import Searcher
from crampcare.typed import dump, plain, validate

TEXTS = [
    "calf cramp at night, no swelling",
    "my left calf is swollen and hot since the long flight, I take warfarin",
    "I'm on dialysis, had food poisoning and started a new medicine, 3 times a week",
    "I can't breathe and my chest hurts",
]
QUESTIONS = [
    "is tonic water good for cramps?",
    "my calf is swollen and red after a flight, what stretch helps?",
    "how do I fix my car?",
]


@pytest.mark.parametrize("text", TEXTS)
def test_plain_writes_a_triage_result_as_pydantic_does(text: str) -> None:
    result = assess(parse_text(text), from_text=True)
    assert plain(result) == dump(result, mode="json")


@pytest.mark.parametrize("question", QUESTIONS)
def test_plain_writes_an_answer_as_pydantic_does(question: str) -> None:
    result = Searcher().ask(question, k=3, mode="lexical")
    assert plain(result) == dump(result, mode="json")


def test_an_unknown_or_missing_field_is_worded_as_a_pydantic_model_words_it() -> None:
    with pytest.raises(ValidationError) as caught:
        validate(Intake, {"age": 30, "colour": "red", "medicines": [{"cls": "statin"}]})
    assert sorted(field_problems(caught.value)) == [
        ("colour", "Extra inputs are not permitted"),
        ("medicines.0.name", "Field required"),
    ]
