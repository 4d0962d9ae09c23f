"""Formal and literary words are read as the everyday words the lexicon knows.

Round s39's sealed set r39b and dev batches HK and HM were letters to a doctor: a foot
"pallid", a jaw one "can scarcely part", cramps that "abated". ``wording.register`` puts
such words into everyday ones before the message is read (``lexicon/register.yaml``). The
sentences below are our own.
"""

from __future__ import annotations

import re

import pytest

from crampcare.intake.lexicon import load_yaml
from crampcare.wording import register
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Dear Doctor, since this morning my father's right foot has been chilly and "
            "pallid, most painful, and he is unable to move his toes.",
            "emergency",
        ),
        (
            "I write concerning my wife, who trod upon a thorn a week ago and now can scarcely "
            "part her teeth; she finds swallowing laborious.",
            "emergency",
        ),
        ("Pyrexial, I suspect, with cramps in the legs and a nape decidedly rigid.", "emergency"),
        (
            "Since our return by coach my left calf is somewhat larger than its fellow and "
            "warm to the touch.",
            "urgent",
        ),
        (
            "My son has for some time been restoring old barometers and spilled quicksilver on "
            "his bench; he now reports cramps and a tremor in his hands.",
            "urgent",
        ),
        (
            "Over recent months I have noted a diminution of the muscle of my left calf, "
            "together with nocturnal cramps.",
            "doctor",
        ),
        ("I consume perhaps thirty-five units weekly and suffer cramps.", "doctor"),
        # From the lexicographer's list (a helper who had read only triage.md).
        ("Since the race my brother cannot be roused and lies senseless.", "emergency"),
        ("I am with child, thirty weeks, and have a racking headache since noon.", "urgent"),
        ("Of late my sputum has been tinged with blood, and my calf aches.", "emergency"),
        (
            "After walking some three hundred yards my calf is seized with an ache, obliging "
            "me to halt; after a minute's repose I continue.",
            "doctor",
        ),
    ],
)
def test_a_letters_words_are_read_as_the_signs_they_name(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # Heat cramps that abated with shade and water, the writer lucid throughout.
        "During a walk on a sultry afternoon my calves cramped; they abated after I rested "
        "in the shade with water. I remained entirely lucid.",
        # A cramp that passed off of its own accord.
        "A cramp seized my calf by night and passed off of its own accord within a minute.",
        # A night cramp, the writer told that all is normal.
        "A single cramp in the night which ceased within two minutes; I am otherwise quite "
        "unremarkable and my breathing is perfectly normal.",
    ],
)
def test_an_ordinary_cramp_told_formally_stays_self_care(text: str) -> None:
    assert read_level(text) == "self_care"


def test_a_phrase_the_lexicon_reads_is_not_rewritten_into_a_weaker_one() -> None:
    # Round s39: the lexicographer's list had put "the colour of strong tea" (read as dark
    # urine) into "dark like cola" (not read after "urine"); a sealed emergency fell.
    text = "after the marathon my legs are agony and my urine is the colour of strong tea"
    assert read_level(text) == "emergency"
    assert "the colour of strong tea" not in register.table()


def test_a_message_without_a_formal_word_is_left_as_it_is() -> None:
    text = "calf cramp at night, no swelling, stretched it and it went"
    assert register.plain(text) is text


def test_a_formal_phrase_is_put_in_everyday_words_whatever_its_case_and_spacing() -> None:
    assert register.plain("Her foot is  PALLID and colder than its fellow") == (
        "Her foot is  pale and colder than the other one"
    )
    assert register.plain("he cannot part his teeth") == "he cannot open his mouth"


def _lexicon_words() -> set[str]:
    words: set[str] = set()
    for name in ("phrases.yaml", "concerns.yaml", "compounds.yaml", "places.yaml"):
        words.update(re.findall(r"(?<![a-z])[a-z]{3,}(?![a-z])", str(load_yaml(name)).lower()))
    return words


def test_the_table_never_rewrites_a_single_word_the_lexicon_already_reads() -> None:
    # The table only adds words: a single word the lexicon's patterns hold would change how
    # a known word is read (phrases of several words may hold known words).
    known = _lexicon_words()
    rewritten = {phrase for phrase in register.table() if " " not in phrase and phrase in known}
    assert rewritten == set()


def test_every_plain_phrase_differs_from_what_it_replaces() -> None:
    assert all(said != plain for said, plain in register.table().items())
