"""Ask's red-flag screen for a question out of scope stops early, and answers the same."""

from __future__ import annotations

import pytest

from crampcare.assessment import assess, text_level
from crampcare.intake import neighbours
from crampcare.intake.neighbours import RAISES_TO, read_text
from crampcare.search import Searcher
from crampcare.search.engine import red_flag_advice, rules_read_concerns
from crampcare.search.text import result_text
from crampcare.typed import plain
from tests.blind_corpus import blind_texts


def _texts() -> list[str]:
    """Every forty-fifth blind vignette (each level, many wordings and languages; every
    twentieth until round s40, every thirtieth until s41: the CI run past its budget)."""
    return list(blind_texts()[::45])


def test_what_the_shortcut_leans_on_holds() -> None:
    # The word channel never calls for emergency help by itself ...
    assert "emergency" not in RAISES_TO
    assert neighbours._raised("emergency") is None
    assert {neighbours._raised(level) for level in ("urgent", "doctor")} == {"urgent", "doctor"}
    # ... and no red-flag rule reads the concerns it adds.
    assert not rules_read_concerns()


def test_emergency_only_is_the_full_screen_kept_when_it_is_an_emergency() -> None:
    texts = _texts()
    neighbours.index().vectorise()  # thousands of texts: read as a server reads them
    emergencies = 0
    for text in texts:
        intake = read_text(text)
        level = text_level(intake)
        full = assess(intake, from_text=True) if level != "self_care" else None
        quick = red_flag_advice(text, emergency_only=True)
        if level == "emergency":
            emergencies += 1
            assert quick is not None and plain(quick) == plain(full), text
        else:
            assert quick is None, text
        assert plain(red_flag_advice(text)) == plain(full)
    assert emergencies > 15  # the sample holds emergencies enough to mean something


@pytest.mark.parametrize(
    "question",
    [
        "how do I renew my passport",
        "sprained wrist, and my chest is crushing and I can't breathe",
        "my dog keeps barking at night, I feel dizzy",
        "swollen knee after football and now I passed out twice",
    ],
)
def test_out_of_scope_answers_are_unchanged(
    searcher: Searcher, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the shortcut and with it switched off (as if a rule read the concerns)."""
    from crampcare.search import engine

    fast = searcher.ask(question)
    monkeypatch.setattr(engine, "rules_read_concerns", lambda: True)
    slow = searcher.ask(question)
    assert fast == slow
    assert result_text(fast) == result_text(slow)
