"""Messages written partly in another language or a dialect.

The reader knows English. A red flag told in Spanish or Hindi would pass it by and end
in a silent self-care, which the fail-safe forbids; so a message that holds another
language is found by its common words (two different ones are enough), the warning
signs' words of that language are put into English for the usual rules to read, and,
for another language rather than a dialect of English, a concern says that the message
could not be read in full, so the red-flag questions are asked whatever the rules found.
The word lists are data (``knowledge/data/lexicon/languages.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from crampcare.intake.model import Concern
from crampcare.intake.shape import LexiconError, record, strings

#: Distinct marker words that say a language is in the message.
ENOUGH = 2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[^\W_]*", re.UNICODE)


class Language(NamedTuple):
    name: str
    dialect: bool
    markers: frozenset[str]
    #: Compiled when the language is first found: a check of an English text never
    #: pays for the few hundred patterns (``compile_all`` checks them all, for the tests).
    glossary: tuple[tuple[str, str], ...]


class Found(NamedTuple):
    """A language seen in a message, and the words that showed it."""

    language: Language
    words: tuple[str, ...]


def _language(data: object, where: str) -> Language:
    d = record(data, where, {"name": str, "markers": list, "glossary": list}, {"dialect": bool})
    where = f"{where}: {d['name']}"
    glossary = []
    for row in d["glossary"]:
        if not (isinstance(row, list) and len(row) == 2 and all(isinstance(x, str) for x in row)):
            raise LexiconError(f"{where}: each glossary row is [pattern, English]")
        glossary.append((row[0], row[1]))
    return Language(
        name=d["name"],
        dialect=bool(d.get("dialect", False)),
        markers=frozenset(m.lower() for m in strings(d["markers"], where)),
        glossary=tuple(glossary),
    )


@cache
def languages() -> tuple[Language, ...]:
    """The packaged languages and dialects, validated once (a glossary compiles when its
    language is first found)."""
    from crampcare.intake.lexicon import load_yaml

    where = "lexicon/languages.yaml"
    top = record(load_yaml("languages.yaml"), where, {"languages": list})
    return tuple(_language(item, where) for item in top["languages"])


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def find(text: str) -> list[Found]:
    """The languages other than plain English that the message holds."""
    words = _words(text)
    # Two-word markers ("na im") are read from the word pairs.
    seen = set(words) | {f"{a} {b}" for a, b in pairwise(words)}
    out = []
    for language in languages():
        hits = sorted(language.markers & seen)
        if len(hits) >= ENOUGH:
            out.append(Found(language, tuple(hits)))
    return out


def into_english(text: str, found: list[Found]) -> str:
    """The text with each found language's glossary put into English."""
    for item in found:
        for pattern, english in _compiled(item.language):
            text = pattern.sub(english, text)
    return text


@cache
def _compiled(language: Language) -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for source, english in language.glossary:
        try:
            # Whole words; a possessive may follow ("wean's").
            out.append((re.compile(rf"(?<![\w'])(?:{source})(?!\w)", re.IGNORECASE), english))
        except re.error as exc:
            where = f"lexicon/languages.yaml: {language.name}"
            raise LexiconError(f"{where}: bad pattern {source!r}: {exc}") from None
    return tuple(out)


def compile_all() -> int:
    """Compile every glossary pattern (a bad one raises ``LexiconError``); how many."""
    return sum(len(_compiled(lang)) for lang in languages())


def concerns(found: list[Found]) -> list[Concern]:
    """One concern for each language that is not a way of writing English."""
    return [
        Concern(
            topic="other_language",
            words=", ".join(item.words[:4]),
            reason=(
                f"Some of this seems to be written in {item.language.name}. crampcare reads "
                "English, so it may have missed a warning sign: please go through these "
                "questions, with someone's help in English if you can."
            ),
            question="fit",
        )
        for item in found
        if not item.language.dialect
    ]
