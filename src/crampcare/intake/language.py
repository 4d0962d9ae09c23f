"""Messages written partly in another language or a dialect.

The reader knows English. A red flag told in Spanish or Hindi would pass it by and end
in a silent self-care, which the fail-safe forbids; so a message that holds another
language is found by its common words (two different ones are enough), by a script
other than Latin, or by a run of words almost none of which are English; the warning
signs' words of a known language, and its denials, are put into English for the usual
rules to read, and, for another language rather than a dialect of English, a concern
says that the message could not be read in full, so the red-flag questions are asked.
The word lists are data (``knowledge/data/lexicon/languages.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from crampcare.intake.model import Concern
from crampcare.intake.shape import LexiconError, record, strings

#: Distinct marker words that say a language is in the message; letters of one script.
ENOUGH, LETTERS = 2, 3
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[^\W_]*", re.UNICODE)
#: Scripts written without spaces between words: no word boundaries for their patterns.
_KANA = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK"}
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


class Language(NamedTuple):
    name: str
    dialect: bool
    markers: frozenset[str]
    #: Compiled when the language is first found: a check of an English text never
    #: pays for the few hundred patterns (``compile_all`` checks them all, for the tests).
    glossary: tuple[tuple[str, str], ...]
    #: The Unicode script it is written in ("GREEK", "CJK"), "" for Latin.
    script: str = ""


class Found(NamedTuple):
    """A language seen in a message, and the words that showed it."""

    language: Language
    words: tuple[str, ...]


OTHER = Language("another language", False, frozenset(), ())


def _language(data: object, where: str) -> Language:
    d = record(data, where, {"name": str, "markers": list, "glossary": list}, {"dialect": bool, "script": str})
    where = f"{where}: {d['name']}"
    glossary = []
    for row in d["glossary"]:
        if not (isinstance(row, list) and len(row) == 2 and all(isinstance(x, str) for x in row)):
            raise LexiconError(f"{where}: each glossary row is [pattern, English]")
        glossary.append((row[0], row[1]))
    markers = frozenset(m.lower() for m in strings(d["markers"], where))
    return Language(d["name"], bool(d.get("dialect")), markers, tuple(glossary), d.get("script", ""))


@cache
def languages() -> tuple[Language, ...]:
    """The packaged languages and dialects, validated once (a glossary compiles when its
    language is first found)."""
    from crampcare.intake.lexicon import load_yaml

    where = "lexicon/languages.yaml"
    top = record(load_yaml("languages.yaml"), where, {"languages": list, "english": list})
    return tuple(_language(item, where) for item in top["languages"])


@cache
def english() -> frozenset[str]:
    """Common English words (and text-speak): a Latin-script run with almost none of them
    is another language."""
    from crampcare.intake.lexicon import load_yaml

    return frozenset(strings(load_yaml("languages.yaml")["english"], "lexicon/languages.yaml"))


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def scripts(text: str) -> dict[str, int]:
    """How many letters of each script other than Latin the text holds."""
    if text.isascii():
        return {}
    import unicodedata

    out: dict[str, int] = {}
    for ch in text:
        if ch.isalpha() and ch > "\u024f" and not (name := unicodedata.name(ch, "")).startswith("LATIN"):
            script = _KANA.get(name.split()[0], name.split()[0])
            out[script] = out.get(script, 0) + 1
    return {s: n for s, n in out.items() if n >= LETTERS}


def find(text: str) -> list[Found]:
    """The languages other than plain English that the message holds."""
    words = _words(text)
    # Two-word markers ("na im") are read from the word pairs; a marker in a script
    # without spaces anywhere in the text.
    seen = set(words) | {f"{a} {b}" for a, b in pairwise(words)}
    written = scripts(text)
    low = text.lower() if written else ""

    def hits(lang: Language) -> list[str]:
        return sorted(m for m in lang.markers if m in seen or (lang.script in written and _UNSPACED.match(m) and m in low))

    scored = [(lang, hits(lang)) for lang in languages()]
    out = [Found(lang, tuple(h)) for lang, h in scored if len(h) >= ENOUGH and not lang.script]
    for script in written:  # a script is enough: the best-marked language written in it
        ones = sorted((s for s in scored if s[0].script == script), key=lambda s: -len(s[1]))
        lang, h = ones[0] if ones else (OTHER, [])
        lang = OTHER._replace(glossary=lang.glossary) if len(ones) > 1 and not h else lang
        out.append(Found(lang, tuple(h) or tuple(w for w in words if not w.isascii())[:4]))
    alpha = [w for w in words if w.isalpha() or "'" in w]
    if not out and len(alpha) >= 5 and sum(w in english() for w in alpha) * 6 <= len(alpha):
        out.append(Found(OTHER, tuple(alpha[:4])))  # a language the lists do not know
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
        # Whole words (a possessive may follow: "wean's"), but not in a script without spaces.
        whole = rf"(?<![\w'])(?:{source})(?!\w)" if not _UNSPACED.search(source) else source
        try:
            out.append((re.compile(whole, re.IGNORECASE), f" {english} " if whole == source else english))
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
