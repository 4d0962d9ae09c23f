"""Messages written partly in another language or a dialect.

The reader knows English. A red flag told in Spanish or Bengali would pass it by and end
in a silent self-care, which the fail-safe forbids; so another language is found by its
common words (two different ones are enough), by its script, or by a run of words almost
none of which are English; a known language's words for the warning signs, and for no
and not, are put into English for the usual rules to read, and, for another language
rather than a dialect of English, a concern says that the message could not be read in
full, so the red-flag questions are asked. The lists are data (``lexicon/languages.yaml``).
"""

from __future__ import annotations

import re
from functools import cache, partial
from itertools import pairwise
from typing import Any, NamedTuple

from crampcare.intake.model import Concern
from crampcare.intake.shape import LexiconError, record, strings
from crampcare.wording.scripts import UNSPACED, scripts

#: Distinct marker words that say a language is in the message.
ENOUGH = 2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[^\W_]*", re.UNICODE)
#: A word of letters and digits mixed, for markers only (the English count keeps _WORD).
#: A run of a script's letters and the vowel signs written with them, for its markers
#: ("मेरा": the signs are marks, not letters, so the word pattern cuts it at each).
_RUN = re.compile(r"[^\s\d.,;:!?\u0964\u0965()\[\]\"'“”‘’/-]+")
_MIXED = re.compile(r"(?<![\w'])[^\W_]*[^\W\d_][^\W_]*\d[^\W_]*", re.UNICODE)
#: What every match of ``_MIXED`` holds: a letter right before a digit (its first digit
#: after a letter comes after letters only). A text without one has no such word, and
#: ``_MIXED`` backtracks through every word of it to find that out.
_LETTER_DIGIT = re.compile(r"[^\W\d_]\d", re.UNICODE)


class Language(NamedTuple):
    name: str
    dialect: bool
    markers: frozenset[str]
    glossary: str  # its key in glossaries.yaml: read and compiled when the language is found
    script: str = ""  # its Unicode script ("GREEK", "CJK"); "" for Latin letters
    translit: bool = False  # typed in Latin letters, read through its Cyrillic glossary
    #: Words that mark the language by their shape, each a marker of its own: Arabic in
    #: Latin letters writes its own sounds with digits ("3ndi", "zera3i", "7arara").
    shaped: re.Pattern[str] | None = None
    #: Read with its tone marks and dots under the letters dropped ("ọmọ" is "omo"): its
    #: markers and glossary are written as it is typed without them (Yoruba).
    fold: bool = False
    #: Letters of its script that only it writes (kana for Japanese): a message in the
    #: script with no marker of any language is this one when they are there, and not
    #: this one when they are not.
    own_letters: re.Pattern[str] | None = None


class Found(NamedTuple):
    """A language seen in a message, and the words that showed it."""

    language: Language
    words: tuple[str, ...]


OTHER = Language("another language", False, frozenset(), "")
WHERE = "lexicon/languages.yaml"
#: Common English words: a run of words with at most one in six of them (distinct) is not English.
ENGLISH: set[str] = set()
MARKERS: set[str] = set()  # every language's, to drop the words that are none at once
_NEED: dict[str, type] = {"name": str, "markers": list, "glossary": str}
_TOP_MAY: dict[str, type] = {"also_english": list}  # read by crampcare.wording.borrowed
_MAY: dict[str, type] = {
    "dialect": bool,
    "script": str,
    "translit": bool,
    "shaped": str,
    "fold": bool,
    "own_letters": str,
}


def _language(data: object, where: str) -> Language:
    d = record(data, where, _NEED, _MAY)
    markers = frozenset(strings(d["markers"], f"{where}: {d['name']}"))  # in lower case
    dialect, translit = bool(d.get("dialect")), bool(d.get("translit"))
    shaped = re.compile(d["shaped"], re.IGNORECASE) if d.get("shaped") else None
    return Language(
        d["name"],
        dialect,
        markers,
        d["glossary"],
        d.get("script", ""),
        translit,
        shaped,
        bool(d.get("fold")),
        re.compile(d["own_letters"]) if d.get("own_letters") else None,
    )


@cache
def languages() -> tuple[Language, ...]:
    """The packaged languages and dialects, validated once."""
    from crampcare.intake.lexicon import load_yaml

    top = record(load_yaml("languages.yaml"), WHERE, {"languages": list, "english": list}, _TOP_MAY)
    ENGLISH.update(strings(top["english"], WHERE))
    MARKERS.update(*(d["markers"] for d in top["languages"] if isinstance(d, dict)))
    return tuple(_language(item, WHERE) for item in top["languages"])


def _fold(text: str) -> str:
    """The text without its combining marks ("ọ̀" is "o"), for a language typed either way."""
    if text.isascii():
        return text
    import unicodedata

    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def _hits(lang: Language, seen: set[str], low: str, mixed: set[str]) -> tuple[str, ...]:
    if lang.fold and not low.isascii():  # its markers among the words without their marks
        words = [w.lower() for w in _WORD.findall(_fold(low))]
        seen = seen | (lang.markers & (set(words) | {f"{a} {b}" for a, b in pairwise(words)}))
    unspaced = {m for m in lang.markers if m in low and UNSPACED.match(m)} if lang.script else set()
    if lang.script:  # a word whose vowel signs are marks (Devanagari, Tamil): its whole run
        unspaced |= lang.markers & set(_RUN.findall(low))
    shaped = {w for w in mixed if lang.shaped.fullmatch(w)} if lang.shaped else set()
    return tuple(sorted(lang.markers & seen | unspaced | shaped))


def find(text: str) -> list[Found]:
    """The languages other than plain English that the message holds."""
    langs, words = languages(), [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    found = _MIXED.findall(text) if _LETTER_DIGIT.search(text) else []
    mixed = {w.lower() for w in found}  # "fag2a": Arabic with digit-letters
    # A word's shape marks a language only in lower or mixed case: "T2DM", "CKD3" in
    # capitals are clinical shorthand.
    shapes = {w.lower() for w in found if not w.isupper()}
    seen = (set(words) | pairs | mixed) & MARKERS
    written, low = scripts(text), text.lower()
    shaped = any(lang.shaped and lang.shaped.fullmatch(w) for lang in langs for w in shapes)
    known = (
        lang
        for lang in langs
        if lang.script in written
        or ((seen or shaped or (lang.fold and not low.isascii())) and not lang.script)
    )
    scored = [(lang, _hits(lang, seen, low, shapes)) for lang in known]
    out = [Found(lang, hits) for lang, hits in scored if len(hits) >= ENOUGH and not lang.script]
    for script in written:  # the script is enough: its best-marked language, or "another"
        ones = sorted((s for s in scored if s[0].script == script), key=lambda s: -len(s[1]))
        lang, hits = ones[0] if ones else (OTHER, ())
        if len(ones) > 1 and not hits:  # no marker: by the letters only one of them writes
            owned = [s[0] for s in ones if s[0].own_letters and s[0].own_letters.search(text)]
            left = owned or [s[0] for s in ones if not s[0].own_letters]
            lang = left[0] if len(left) == 1 else OTHER._replace(glossary=lang.glossary)
        out.append(Found(lang, hits or tuple(w for w in words if not w.isascii())[:4]))
    alpha = [w for w in words if not w[0].isdigit()]
    if not out and len(alpha) >= 5 and len(ENGLISH.intersection(alpha)) * 6 <= len(alpha):
        # Unnamed (one word names no language), read by the likeliest listed glossary.
        ones = [s for s in scored if s[1] and not s[0].script and not s[0].dialect]
        best = max(ones, key=lambda s: len(s[1]), default=(OTHER, ()))[0]
        out.append(Found(OTHER._replace(glossary=best.glossary), tuple(alpha[:4])))
    return out


def borrowed(words: list[tuple[str, str]]) -> list[Found]:
    """Another language for words kept from it in an English message, given as (word,
    language name; "" when more than one language writes it). It is named when two
    different words name it (one word may be a name or a word of yet another language)."""
    if not words:
        return []
    names = {
        name for name in {n for _, n in words} if sum(n == name for _, n in set(words)) >= ENOUGH
    }
    name = names.pop() if len(names) == 1 else OTHER.name
    return [Found(OTHER._replace(name=name), tuple(dict.fromkeys(w for w, _ in words)))]


def into_english(text: str, found: list[Found]) -> str:
    """The text with each found language's glossary put into English, a word of Latin
    letters hyphened to a word of another script set apart first ("thyroid-এর", "ב-calf":
    the English word is read); then the accents left on Latin letters are dropped
    ("raloxifène" is the medicine the English reader knows)."""
    if text.isascii():
        return _into_english(text, found)
    text = _into_english(_JOINED.sub(" ", text), found)
    return _latin_folded(text) if found else text


#: A hyphen between a Latin letter and a letter of another script, either way round.
_JOINED = re.compile(
    r"(?<=[A-Za-z])-(?=[^\W\d_A-Za-z\u00c0-\u024f])|(?<=[^\W\d_A-Za-z\u00c0-\u024f])-(?=[A-Za-z])"
)


def _latin_folded(text: str) -> str:
    """Long words of Latin letters without their accents ("raloxifène" is "raloxifene");
    short ones keep them, since without them they may be English words that change the
    reading (Irish "nó", or, would be a denial)."""
    return _ACCENTED.sub(lambda m: _fold(m.group()), text)


#: A word of five letters or more with an accented Latin letter in it.
_ACCENTED = re.compile(r"(?=[^\W\d_]*[\u00c0-\u024f])[^\W\d_]{5,}")


def _into_english(text: str, found: list[Found]) -> str:
    for item in found:
        rows = _compiled(item.language)
        if item.language.fold:
            text = _fold(text)
        if item.language.translit:  # not in a clause written in English ("I had to stop")
            parts = _CLAUSE.split(text)
            text = "".join(part if _in_english(part) else _read(rows, part) for part in parts)
        else:
            text = _read(rows, text)
    if any(item.language.translit for item in found):
        text = text.translate(_HALF)
    if any(item.language.script for item in found):  # words put apart in a script without
        text = _SPACES.sub(" ", text.translate(_WIDE))  # spaces, its commas and stops ours
    return text


def _read(rows: tuple[tuple[re.Pattern[str], str], ...], text: str) -> str:
    for pattern, english in rows:
        text = pattern.sub(partial(_english, english), text)
    return text


def _in_english(clause: str) -> bool:
    words = [w.lower() for w in _WORD.findall(clause)]
    return bool(words) and 2 * sum(w in ENGLISH for w in words) >= len(words)


_CLAUSE = re.compile(r"(?<=[,.;!?])(?=\s)")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_FULL = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in _LETTERS})  # "ａ": no Latin row reads it
_HALF = str.maketrans({chr(ord(c) + 0xFEE0): c for c in _LETTERS})
_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
_WIDE = str.maketrans(
    {"，": ", ", "、": ", ", "。": ". ", "！": "! ", "？": "? ", "；": "; ", "：": ": "}
)


def _english(english: str, match: re.Match[str]) -> str:
    """The English for a match; apart from an elided word before it ("l'" + "thyroid")."""
    start = match.start()
    elided = start > 0 and match.string[start - 1] in "'’" and match.group()[:1].isalnum()
    return (" " if elided else "") + match.expand(english)


_START = r"(?:(?<![\w'])|(?<=\b[ljdnmtsc]')|(?<=\bqu'))"


#: How people type Cyrillic letters in Latin ones: a glossary in Cyrillic read in Latin letters.
_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v|w",
    "г": "g|h",
    "д": "d",
    "е": "e|ye|je",
    "ё": "yo|jo|e",
    "ж": "zh|j",
    "з": "z",
    "и": "i|y",
    "й": "y|i|j|",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh|h|x",
    "ц": "ts|c|tz",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch|sch|sh",
    "ъ": "'|",
    "ы": "y|i",
    "ь": "'|",
    "э": "e",
    "ю": "yu|ju|iu",
    "я": "ya|ja|ia",
    "і": "i",
    "ї": "yi|ji|i",
    "є": "ye|je|ie|e",
    "ґ": "g",
}


def _letters(chars: str) -> str:
    alts = {alt for c in chars for alt in _LATIN.get(c.lower(), re.escape(c)).split("|")}
    return "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")"


def _translit(source: str) -> str:
    """A Cyrillic pattern as one of Latin letters: each letter (or class of them) becomes
    the ways it is typed ("ж" is "zh" or "j")."""
    out, i = [], 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            out.append(source[i : i + 2])
            i += 2
        elif ch == "[" and "]" in source[i + 1 :] and source[i + 1 : i + 2] != "^":
            end = source.index("]", i + 1)
            body = source[i + 1 : end]
            cyrillic = any(c.lower() in _LATIN for c in body) and "\\" not in body
            out.append(_letters(body) if cyrillic else source[i : end + 1])
            i = end + 1
        else:
            out.append(_letters(ch) if ch.lower() in _LATIN else ch)
            i += 1
    return "".join(out)


@cache
def _glossaries() -> dict[str, Any]:
    """Every glossary's rows, parsed once: each language's compile had parsed the whole
    file again (half a second each, thirty over every language, in a process that reads
    them all: a server, the tests)."""
    from crampcare.intake.lexicon import load_yaml

    found: dict[str, Any] = load_yaml("glossaries.yaml")["glossaries"]
    return found


@cache
def _compiled(language: Language) -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for row in _glossaries().get(language.glossary, []):
        if not isinstance(row, list) or len(row) != 2 or not all(isinstance(x, str) for x in row):
            raise LexiconError(f"{WHERE}: {language.name}: each glossary row is [pattern, English]")
        source, english = row
        if language.translit:  # its English kept from the Latin-letter rows after it
            source, english = _translit(source), english.translate(_FULL)
        # Whole words (a possessive may follow: "wean's"), but not in a script without spaces;
        # a word may follow an elided one-letter word or "qu'" ("l'opération", "d'alcool").
        spaced = not UNSPACED.search(source)
        whole = rf"{_START}(?:{source})(?!\w)" if spaced else source
        try:
            out.append((re.compile(whole, re.IGNORECASE), english if spaced else f" {english} "))
        except re.error as exc:
            raise LexiconError(f"{WHERE}: {language.name}: bad pattern {source!r}: {exc}") from None
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
