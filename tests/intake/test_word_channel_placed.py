"""The word channel may ask, but not raise past the reader's own placing of a flag's signs.

Shared words with vignettes about work with lead once raised "my brother works with lead,
the cramp is mine" to urgent; the reader had found the exposure and placed it with the
brother. The channel's question stays; its raise goes. Signs read as over still let it
raise (a flag's events are told in the past).
"""

from __future__ import annotations

import pytest

from crampcare.intake import read_text
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    "text",
    [
        "my brother works in a battery factory with lead, the cramp is mine and it passed",
        "my dad worked in a lead smelter, the cramps are mine and pass in a minute",
        "no exposure to lead or solvents at work, just the odd night cramp",
    ],
)
def test_a_flag_whose_signs_were_placed_elsewhere_is_not_raised_by_shared_words(
    text: str,
) -> None:
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "I work in a battery recycling plant and get cramps and tummy ache",
        "my husband and I both work at the lead smelter, I've had cramps and a metal taste",
    ],
)
def test_the_writers_own_exposure_still_raises(text: str) -> None:
    assert read_level(text) == "urgent"


def test_the_channel_still_asks_when_its_raise_is_set_aside() -> None:
    text = "my brother works in a battery factory with lead, the cramp is mine and it passed"
    intake = read_text(text)
    assert [c.level for c in intake.concerns if c.channel == "neighbour"] == [None]
    assert any(c.question for c in intake.concerns)
