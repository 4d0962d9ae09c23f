"""Making a text plain skips the patterns that cannot match it, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crampcare.wording import spelling
from tests.blind_corpus import blind_texts, share_of

ROOT = Path(__file__).resolve().parents[2]


def _texts(share: int = 1) -> list[str]:
    """The blind vignettes (one in ``share``, all with ``CRAMPCARE_EVERY_TEXT=1``) and every
    held-out question."""
    found = share_of(blind_texts(), share)
    for name in sorted((ROOT / "benchmarks").glob("ask_heldout*.jsonl")):
        for line in name.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append(json.loads(line)["question"])
    return found


def _every_pass(text: str) -> str:
    """``normalise`` as it is before it has earned its prefilter: every pattern run."""
    text = spelling.marks_plain(text)
    for pattern, plain in spelling._PLAIN:
        text = pattern.sub(plain, text)
    return spelling.correct(text)


@pytest.fixture
def prefiltered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spelling, "_needs", spelling._plain_needs())


@pytest.mark.usefixtures("prefiltered")
def test_prefiltered_normalising_is_every_pass_on_blind_texts_and_every_question() -> None:
    # One blind text in twelve (one in two until round s40, one in eight until s41, when
    # the suite ran past its twenty minutes): every batch is still in the share, with every
    # held-out question.
    texts = _texts(share=12)
    assert len(texts) > 3000
    for text in texts:
        assert spelling.normalise(text) == _every_pass(text), text


@pytest.mark.usefixtures("prefiltered")
@pytest.mark.parametrize(
    "text",
    [
        "I cant walk, he wont wake and dont know",
        "swelling/redness: no\nfever - none\nPain: N",
        "my da's leg's gone grey, really really dark, super stiff",
        "102°F, she is burnin' up and startd shaking",
        "Ich kann nicht gehen, crampe ſtrong",  # not ASCII: every pass runs
        "",
        "   ",
    ],
)
def test_prefiltered_normalising_is_every_pass_on_hard_texts(text: str) -> None:
    assert spelling.normalise(text) == _every_pass(text)


def test_most_patterns_have_words_to_look_for() -> None:
    needs = spelling._plain_needs()
    assert len(needs) == len(spelling._PLAIN)
    assert sum(bool(n) for n in needs) >= len(needs) // 2
    # The passes may only bring ASCII in, so an ASCII text stays one for the next pass.
    assert all(plain.isascii() for _, plain in spelling._PLAIN)


#: Texts that each pattern with strings it must hold does match (and some it does not).
_MATCHED = [
    "calf red n warm",
    "pain after five minutes' walking, a few hours' drive",
    "drink beer every night lah, like 6 can, cramps leh",
    "calf RED & SORE + hot",
    "went out wi' the dog",
    "di leg is sore",
    "it's aw swollen, aw the way up",
    "really really bad, Very, very stiff, so so tired",
    "swelling/redness: no\nfever = none\nPain: N",
    "Swelling? Nope. any rash? nah",
    "cramp/spasm in the calf",
    "her leg is 'dead' and 'cold'",
    "so-so, very-very, di, aw, wi'",
    "is she making sense? no, rambling. can he stand? nope",
    "colour? like cola. urine? dark brown",
    "he's die a beetees, Dye a betis too. Got in to bed, o ma leg",
    'u.s. a. ok. "cramp" hv it sudenly => calf -> bad, our Mam, your pops says',
    "it's no warnin, it's no shakin. tell 'em. swelling no. his pea looks dark",
    # round s35: a form's answers, a crossed-out item, a label that runs on
    "Responding: no\nStretching helps: no, ~~swelling~~ no\nRelieved by: stopping\n"
    "Headache: yes, severe\nFever: n/a / Cold: yes\nBreathing: normal\nChest: no pain\n"
    "foot colour: grey\nSwelling - no, Redness - no",
]


def test_the_strings_a_pattern_must_hold_are_held_by_every_text_it_matches() -> None:
    # The prefilter skips a pattern on an ASCII text that holds none of its strings: it
    # must never skip one that would have matched (the pass would change the text).
    patterns = {pattern.pattern: pattern for pattern, _ in spelling._PLAIN}
    assert set(spelling._MUST_HOLD) <= set(patterns)  # a renamed pattern keeps its strings
    texts = [t.replace("\u2019", "'") for t in [*_texts(), *_MATCHED]]
    lowered = [(t, t.lower()) for t in texts if t.isascii()]
    # Every text that holds one of a pattern's strings is searched, so that each pattern
    # is seen to match; of those that hold none (where the prefilter skips the pattern),
    # one in four, where it must find nothing: all of them took a core half a minute.
    skipped = set(share_of([t for t, _ in lowered], 4))
    for source, must in spelling._MUST_HOLD.items():
        matched = 0
        for text, low in lowered:
            if any(part in low for part in must):
                matched += bool(patterns[source].search(text))
            elif text in skipped:
                assert not patterns[source].search(text), (source, text)
        # Only the temperature in symbols never matches ASCII text (hence never runs there).
        assert matched or not all(part.isascii() for part in must), source


@pytest.mark.usefixtures("prefiltered")
@pytest.mark.parametrize("text", _MATCHED)
def test_prefiltered_normalising_is_every_pass_where_the_strings_are_held(text: str) -> None:
    assert spelling.normalise(text) == _every_pass(text)
