"""Classes of wording found unread in round s16 (emergencies told the hardest ways: in a
reply, of a third person, in other words, with the key detail at the end).

The sentences are our own, several per class, each beside a look-alike that must stay
lower (denied, past, someone else's, asked about, or milder).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import parsed_level


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp since twenty past, it's now almost ten to, stretching does nothing",
        "toe cramp from five past and now it's coming up to quarter to, won't let go",
    ],
)
def test_two_times_without_their_hour_time_a_long_cramp(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp since twenty past, it's now twenty-five past and it's gone",
        "toe cramp from ten to, now it's five past, stretched and it let go",
    ],
)
def test_two_near_times_without_their_hour_are_a_short_cramp(text: str) -> None:
    assert parsed_level(text) == "self_care"
