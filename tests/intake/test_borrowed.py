"""Words of another language kept inside an English message (round s23, dev DF: people who
write English and keep their own word for the body part, the sign, the illness or the
relative). The sentences are our own; each class beside a look-alike."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from crampcare.intake import read_text
from crampcare.intake.lexicon import load_yaml
from crampcare.wording import borrowed, language
from tests.intake.reading import RANK, asks, read_level


def test_the_stored_table_is_the_one_the_glossaries_give_now() -> None:
    """lexicon/borrowed.json is current: `python -m crampcare.wording.borrowed` rewrites it."""
    path = resources.files("crampcare.knowledge") / "data" / "lexicon" / borrowed.CACHE
    assert json.loads(path.read_text(encoding="utf-8")) == borrowed.packaged()


def test_no_borrowed_word_is_a_word_english_writes() -> None:
    top = load_yaml("languages.yaml")
    english = set(top["english"]) | set(top["also_english"])
    words = borrowed.table().words
    assert len(words) > 3000  # the glossaries' single words are there at all
    assert words == sorted(words)  # read by bisection
    assert not english & set(words)
    for word in ("kind", "sang", "pie", "haha", "dove", "list", "mines"):
        assert borrowed.table().get(word) is None, word
    assert borrowed.table().get("pantorrilla") == ("calf", "Spanish")


def test_no_borrowed_word_puts_in_only_a_small_word() -> None:
    """A denial ("kein", "hindi", "nie") read into an English message could hide a sign."""
    for english, _ in borrowed.table().glosses:
        assert {w.strip(",.") for w in english.lower().split()} - borrowed._SMALL, english


@pytest.mark.parametrize(
    ("text", "level", "lookalike"),
    [
        (
            "my left pantorrilla is hinchada and red since the long flight",
            "urgent",
            "my left calf cramped on the long flight, fine now",
        ),
        ("I have sukkari and get cramps in my legs at night a few times a month", "doctor", ""),
        (
            "my son had convulsiones after the cramp in his leg, 5 minutes ago",
            "emergency",
            "my son had a cramp in his leg 5 minutes ago, gone now",
        ),
    ],
)
def test_a_sign_told_in_a_word_of_another_language_is_read(
    text: str, level: str, lookalike: str
) -> None:
    assert read_level(text) == level, text
    assert asks(text), text  # the message was not read in full: the questions are asked
    if lookalike:
        assert RANK[read_level(lookalike)] < RANK[level], lookalike


def test_one_borrowed_word_names_no_language_and_two_name_it() -> None:
    _, one = borrowed.put_into_english("cramp in my pantorrilla last night")
    _, two = borrowed.put_into_english("my pantorrilla is hinchada")
    assert [f.language.name for f in language.borrowed(one)] == ["another language"]
    assert [f.language.name for f in language.borrowed(two)] == ["Spanish"]


@pytest.mark.parametrize(
    "text", ["got a kramp in my leg, I'm on dialisis", "tetnus jab was 2 years ago"]
)
def test_english_misspelt_is_read_without_calling_it_another_language(text: str) -> None:
    english, kept = borrowed.put_into_english(text)
    assert english != text
    assert kept == []
    assert not [c for c in read_text(text).concerns if c.topic == "other_language"]


def test_a_message_in_a_language_found_by_its_words_is_read_by_that_language_alone() -> None:
    # Spanish by its markers: its glossary reads it, the borrowed table is not used.
    text = "mi pierna está hinchada y roja desde el vuelo"
    assert language.find(text)
    assert read_level(text) == "urgent"


@pytest.mark.parametrize("text", ["", "haha", "lol haha my calf cramped, gone now", "x" * 5000])
def test_plain_or_odd_english_borrows_nothing(text: str) -> None:
    assert borrowed.put_into_english(text) == (text, [])
