"""The level a text is given, as the intake tests read it: defined once, not once a file.

Three readings, because the tests check three different things (keep them apart):

- :func:`parsed_level`: the rules alone (``parse_text``), through the result contract.
- :func:`read_level`: through every channel a face uses (``read_text``: the rules,
  then the word channel).
- :func:`parsed_level_from_text`: the rules alone, with the result told the intake
  came from free text (short of an emergency it waits on the questions left open).
"""

from __future__ import annotations

from crampcare.assessment import assess
from crampcare.intake import parse_text, read_text
from crampcare.wording import language

#: The levels in order, for "stays below".
RANK = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}


def parsed_level(text: str) -> str:
    """The level the result contract gives: the rules', raised by any concern's own level."""
    return assess(parse_text(text)).level


def read_level(text: str) -> str:
    """The level through every channel a face uses (the word channel included)."""
    return assess(read_text(text)).level


def parsed_level_from_text(text: str) -> str:
    """The rules' level with the intake known to come from free text (``from_text``)."""
    return assess(parse_text(text), from_text=True).level


def language_names(text: str) -> list[str]:
    """The names of the languages found in a text ("another language" for one unnamed)."""
    return [f.language.name for f in language.find(text)]


def level_in_language(text: str, name: str) -> str:
    """The level the rules give ``text``, once it is found to hold the language ``name``
    (the language audits' check: named, then read)."""
    assert name in language_names(text)
    return parsed_level_from_text(text)


def read_at(text: str, level: str) -> None:
    """A sign is read at ``level``, by the rules and by every channel."""
    assert parsed_level_from_text(text) == level, text
    assert read_level(text) == level, text


def stays_below(text: str, level: str) -> None:
    """A look-alike stays below ``level``, by the rules and by every channel."""
    assert RANK[parsed_level_from_text(text)] < RANK[level], text
    assert RANK[read_level(text)] < RANK[level], text


def read_beside(text: str, level: str, lookalike: str) -> None:
    """A sign is read at ``level`` and its look-alike stays below it (the tables of classes
    in the language tests: each row a sign and its look-alike)."""
    read_at(text, level)
    stays_below(lookalike, level)


def asks(text: str) -> bool:
    """Whether reading the text leaves a question to ask."""
    return any(c.question for c in read_text(text).concerns)
