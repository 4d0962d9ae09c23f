"""Scope: questions about cramps (and their look-alikes) are answered; others get a pointer.

These questions were written for this test, apart from the dev and held-out sets.
"""

from __future__ import annotations

import pytest

from crampcare.search import Searcher

OFF_TOPIC = [
    "How do I treat a sprained wrist?",
    "what helps with a sore throat",
    "how many calories are in an apple",
    "when is the best time to plant tomatoes",
    "my dog keeps barking at night",
    "how do I renew my passport",
    "is it safe to fly with a broken arm",
    "what's a good stretching routine for yoga beginners",
    "how to lower cholesterol naturally",
    "how to get fit",
]

ON_TOPIC = [
    ("calf cramp won't go away after 15 minutes", None),
    ("my legs feel crawly and I have to move them at bedtime", "la_restless_legs"),
    ("could this calf pain be a clot?", "la_dvt"),
    ("pain in my calves when I walk that stops when I rest", "la_claudication"),
    ("is it a cramp or a fit when the whole body stiffens", "la_seizure"),
    ("pickle juice for cramps, yes or no?", "rm_pickle_juice"),
    ("Chengshan", "bl57"),
    ("foods rich in magnesium", None),
    ("charley horse in my thigh playing football", None),
    ("what is lockjaw", "la_tetanus"),
    ("growing pains", "la_child_night_leg_pain"),
    ("what is a myoclonic jerk", "la_myoclonic_jerks"),
]


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_questions_not_about_cramps_are_out_of_scope(searcher: Searcher, question: str) -> None:
    result = searcher.ask(question)
    assert result.out_of_scope
    assert result.answers == []
    assert result.pointer and "cramp" in result.pointer


@pytest.mark.parametrize(("question", "expected"), ON_TOPIC)
def test_cramp_questions_and_look_alikes_are_in_scope(
    searcher: Searcher, question: str, expected: str | None
) -> None:
    result = searcher.ask(question)
    assert not result.out_of_scope
    assert result.answers
    if expected is not None:
        assert expected in [a.id for a in result.answers]


def test_stomach_cramps_get_their_own_pointer(searcher: Searcher) -> None:
    result = searcher.ask("bad stomach cramps after eating")
    assert result.out_of_scope
    assert result.pointer is not None and "gut" in result.pointer


def test_period_cramps_get_their_own_pointer(searcher: Searcher) -> None:
    result = searcher.ask("what helps with period cramps?")
    assert result.out_of_scope
    assert result.pointer is not None and "period" in result.pointer.lower()


def test_a_remedy_question_without_a_cramp_word_is_in_scope(searcher: Searcher) -> None:
    # "worth" and "taking" are question words, not topics the knowledge base must cover.
    result = searcher.ask("is magnesium worth taking")
    assert not result.out_of_scope
    assert result.answers[0].id == "rm_magnesium"
