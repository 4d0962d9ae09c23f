"""The session footer sends a cold or numb leg to the emergency number, not to a doctor."""

from __future__ import annotations

import re

from crampcare.guide import build_session
from crampcare.knowledge import load
from crampcare.render.session_text import session_plain


def test_a_cold_or_numb_leg_is_a_call_for_help_in_the_session_footer() -> None:
    text = session_plain(build_session(load(), "calf", "night"))
    footer = text.rsplit("\n\n", 1)[-1].replace("\n", " ")
    sentence = next(s for s in re.split(r"(?<=\.) ", footer) if "cold" in s)
    assert "numb" in sentence and "emergency number" in sentence
    assert "doctor" not in sentence
