"""How a word sounds, for words spelt as they are said: "coffing" is coughing, "hedake"
is headache, "sumthing" is something (round s38: people with low literacy, dyslexia or a
young age write by sound, and a sound-spelt word is often more than one edit from the word
meant, out of the edit distance's reach).

The key is the word's sounds after the spellings that sound alike are made one: "ough"
and "ph" say f, "ch", "ck", "q" and a hard c say k, a soft c says s, "z" says s; a run of
vowels is one vowel sound, whichever vowels spell it, and a doubled consonant is one. Two
words sound alike when their keys are equal; only keys of five sounds or more are trusted
(a shorter key is shared by too many words). Real words that sound like a medical word
("favour" and fever) are kept as they are (``spelling.yaml``'s keep list; a test holds it
against an English vocabulary).
"""

from __future__ import annotations

import re

_ALIKE = (
    (re.compile(r"ough|augh"), "of"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"dge"), "j"),
    (re.compile(r"ch|ck|q"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"z"), "s"),
    (re.compile(r"^wh"), "w"),
    (re.compile(r"^kn"), "n"),
    (re.compile(r"^wr"), "r"),
)
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"([^a])\1+")

#: The fewest sounds a key must have to be trusted.
LEAST_SOUNDS = 5


def key(word: str) -> str:
    """The word's sounds: its consonants as they sound, each run of vowels as one "a"."""
    low = word.lower()
    for pattern, sound in _ALIKE:
        low = pattern.sub(sound, low)
    return _DOUBLED.sub(r"\1", _VOWELS.sub("a", low))


def trusted(sound: str) -> bool:
    """Whether a key holds enough sounds to name one word."""
    return len(sound) >= LEAST_SOUNDS
