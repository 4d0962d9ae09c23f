"""The numbers' needles are sound: every match of a needled pattern holds one of them.

``numbers.durations``, ``ages.pregnancy_weeks`` and ``frequency.frequencies`` skip a
pattern for an ASCII text that holds none of its needles (the unit or the period each
match must name); proved here from ``re``'s own parse of each pattern, as the lexicon's
triggers are (tests/intake/test_lexicon.py). And ``language.find`` looks for words of
letters and digits only where a letter stands right before a digit.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.quantities import ages, frequency, numbers
from tests.intake.test_lexicon import _cover

NEEDLED: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    *((p, numbers.UNIT_NEEDLES) for p in numbers.NEEDLED),
    (ages._MONTHS_PREGNANT, ages.MONTH_NEEDLES),
    (ages._WEEKS, ages.WEEK_NEEDLES),
    (frequency._FREQUENCY, frequency.PER_NEEDLES),
    (frequency._IN_PERIOD, frequency.IN_PERIOD_NEEDLES),
    (frequency._TOTAL_IN_PERIOD, frequency.IN_PERIOD_NEEDLES),
    (frequency._PERIOD_FIRST, frequency.IN_PERIOD_NEEDLES),
]


@pytest.mark.parametrize(("pattern", "needles"), NEEDLED, ids=[p.pattern[:40] for p, _ in NEEDLED])
def test_every_match_of_a_needled_pattern_holds_a_needle(
    pattern: re.Pattern[str], needles: tuple[str, ...]
) -> None:
    from re import _parser  # type: ignore[attr-defined, unused-ignore]

    assert all(n == n.lower() for n in needles)
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    assert _cover(parsed, frozenset(needles)) is not None, pattern.pattern


@pytest.mark.parametrize(
    "text",
    [
        "cramp for 20 mins",
        "a good quarter of an hour",
        "half an hour",
        "won't stop after 10 secs of stretching",
        "32 weeks pregnant",
        "7 months pregnant",
        "3 times a week",
        "5 nights out of 7",
        "4 times this week",
        "that's 5 this week",
    ],
)
def test_a_text_with_a_needle_is_still_read(text: str) -> None:
    assert (
        numbers.durations(text) or ages.pregnancy_weeks(text, True) or frequency.frequencies(text)
    )


def test_a_text_that_is_not_ascii_is_never_skipped() -> None:
    assert not numbers.holds_none("ſtill going after 20 ſecs", numbers.UNIT_NEEDLES)
    assert numbers.holds_none("cramp at night", numbers.UNIT_NEEDLES)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab2_' é٣x9-.K"), max_size=16))
def test_a_mixed_word_holds_a_letter_right_before_a_digit(text: str) -> None:
    """language.find looks for words of letters and digits ("fag2a") only in a text with
    a letter right before a digit: every such word holds one."""
    from crampcare.wording import language

    if language._MIXED.search(text):
        assert language._LETTER_DIGIT.search(text)
