"""Lexical ranking: names and codes match exactly, lay words find the knowledge base's words."""

from __future__ import annotations

import pytest

from crampcare.search import Searcher
from crampcare.search.query import plan, stems


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("BL57", "bl57"),
        ("where is bl 40?", "bl40"),
        ("how long do I press GB-34", "gb34"),
        ("Zusanli", "st36"),
        ("Where exactly is the Zusanli point?", "st36"),
        ("what is the Chengshan point", "bl57"),
        ("Kunlun point in pregnancy", "bl60"),
        ("taixi", "ki3"),
    ],
)
def test_acupoint_codes_and_names_rank_their_point_first(
    searcher: Searcher, question: str, expected: str
) -> None:
    result = searcher.ask(question)
    assert not result.out_of_scope
    assert result.answers[0].id == expected


def test_charley_horse_is_searched_as_a_cramp() -> None:
    query = plan("I get a charley horse every night")
    assert set(stems("cramp")) <= set(query.weights)
    assert query.anchored


def test_water_pills_are_searched_as_diuretics(searcher: Searcher) -> None:
    query = plan("can water pills do this to my legs")
    assert set(stems("diuretic")) <= set(query.weights)
    top = searcher.ask("do water pills cause leg cramps?").answers
    assert any("diuretic" in (a.title + a.text).lower() for a in top)


def test_own_words_outweigh_added_synonyms() -> None:
    query = plan("shin cramp")
    assert query.weights["shin"] > query.weights[stems("tibia")[0]]


def test_avoid_entries_carry_their_warning(searcher: Searcher) -> None:
    result = searcher.ask("is tonic water good for leg cramps?")
    top = result.answers[0]
    assert top.grade == "avoid"
    assert top.leads_with_warning and top.warning


def test_answers_carry_grade_cautions_and_sources(searcher: Searcher) -> None:
    result = searcher.ask("how do I stop a calf cramp at night", k=5)
    assert len(result.answers) == 5
    assert all(a.sources for a in result.answers)
    # Advice carries an evidence grade; a cause or look-alike its link, never a grade.
    assert all(a.grade or a.link for a in result.answers)
    assert all(a.grade is None for a in result.answers if a.kind == "cause")
    scores = [a.score for a in result.answers]
    assert scores == sorted(scores, reverse=True)


def test_empty_and_huge_questions_are_input_errors(searcher: Searcher) -> None:
    from crampcare.errors import CrampcareError

    with pytest.raises(CrampcareError):
        searcher.ask("   ")
    with pytest.raises(CrampcareError):
        searcher.ask("cramp " * 1000)


def test_answers_matching_only_generic_words_are_left_out(searcher: Searcher) -> None:
    answers = searcher.ask("gabapentin for cramps", k=5).answers
    assert answers[0].id == "rm_gabapentin"
    assert all(a.score >= 0.25 * answers[0].score for a in answers)
    assert "fa_swimming_cramp" not in [a.id for a in answers]


def test_a_night_cramp_happening_now_gets_first_aid_first(searcher: Searcher) -> None:
    # The entry's questions say "in bed" and "woke up"; the person says "asleep".
    # Both sides translate through the synonym table, so they meet at "night".
    result = searcher.ask("My calf cramped while I was asleep, what should I do right now?")
    assert result.answers[0].id == "fa_toe_pull"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("charley horse in bed what do I do", "fa_toe_pull"),
        ("what can I do every night to prevent cramps", "pv_nightly_stretching"),
    ],
)
def test_how_a_question_is_phrased_does_not_override_what_an_entry_is_for(
    searcher: Searcher, question: str, expected: str
) -> None:
    """ "What can I do" in a prevention routine's example question does not make it first aid."""
    assert searcher.ask(question).answers[0].id == expected
