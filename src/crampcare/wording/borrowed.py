"""Words of another language inside an English message: "my left pantorrilla is hinchada".

A message mostly in English names no language by its common words, so no glossary reads
it; yet people who write English as a second language often keep their own word for the
body part, the sign, the illness or the relative ("his pisab is dark", "I have sukkari",
"pain in his lattan when walking"). Every glossary's single words, from rows whose
pattern is a handful of whole words and whose English is more than a small word such as
"no" or "my", are gathered ahead of time into one table (``lexicon/borrowed.json``,
written by ``python -m crampcare.wording.borrowed``; a test checks it is current). A word
of the message found there is put into English in place, and the message is treated as
partly in that language: the language concern asks the red-flag questions.

A word that English writes too is never borrowed ("kind", "sang", "pie"): the lexicon's
own words, the common words of ``languages.yaml`` and its ``also_english`` list (the
collisions with an English dictionary, found when the table is written) are left alone.
A word two languages gloss differently is left alone too: it says nothing for certain.
"""

from __future__ import annotations

import importlib
import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, NamedTuple

from crampcare.editdistance import distance
from crampcare.intake.shape import record, strings

CACHE = "borrowed.json"
#: The shortest word borrowed: shorter ones collide with English and with each other.
SHORTEST = 4
#: Words whose English is only these say nothing of a sign, and some of them (no, not,
#: without) would change how the English around them is read.
_SMALL_WORDS = (
    "a an the and or but if so as at by for from in into of off on out over to up down "
    "with without no not none never nothing nobody nor neither yes is are was were be "
    "been it its he she they we you i me my mine his her our your their this that these "
    "those there here now still also too very just only already again some any all one "
    "two what who which when where why how than then do does did don't"
)
_SMALL = frozenset(_SMALL_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: The standard library's own regex parser (``sre_parse`` warns that it is deprecated).
_PARSER: Any = importlib.import_module("re._parser")
#: How many strings a pattern may stand for before it counts as open-ended.
_MANY = 64


def _strings(pattern: str) -> list[str]:
    """The strings a glossary pattern matches, in lower case, when they are few; else [].

    Each top-level alternative is taken alone, so "(a phrase with \\w+)|word" still gives
    "word"."""
    try:
        tree = _PARSER.parse(pattern, re.IGNORECASE)
    except re.error:
        return []
    items = list(tree)
    if len(items) == 1 and str(items[0][0]) == "BRANCH":
        return [s for branch in items[0][1][1] for s in _sequence(branch) or ()]
    return _sequence(items) or []


def _sequence(items: Iterable[Any]) -> list[str] | None:
    out = [""]
    for op, arg in items:
        part = _node(str(op), arg)
        if part is None:
            return None
        out = [a + b for a in out for b in part]
        if len(out) > _MANY:
            return None
    return out


def _node(op: str, arg: Any) -> list[str] | None:
    if op == "LITERAL":
        return [chr(arg).lower()]
    if op == "SUBPATTERN":
        return _sequence(arg[-1])
    if op == "BRANCH":
        out: list[str] = []
        for branch in arg[1]:
            found = _sequence(branch)
            if found is None:
                return None
            out += found
        return out
    if op == "IN":  # a class of single letters ("[oó]"), not a range or \w
        return (
            [chr(a).lower() for o, a in arg if str(o) == "LITERAL"]
            if all(str(o) == "LITERAL" for o, _ in arg)
            else None
        )
    if op in ("MAX_REPEAT", "MIN_REPEAT"):
        low, high, sub = arg
        found = _sequence(sub) if high <= 1 else None
        return None if found is None else ([""] if low == 0 else []) + found
    if op in ("ASSERT", "ASSERT_NOT", "AT"):  # a lookaround or an anchor matches no letters
        return [""]
    return None


def words_of(rows: Iterable[Any], skip: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(word, English) for each single word a glossary's rows put into English."""
    for row in rows:
        source, english = row
        if "\\g" in english or not set(_WORD.findall(english.lower())) - _SMALL:
            continue  # English built from the match, or only small words
        for found in _strings(source):
            word = found.strip()
            if len(word) >= SHORTEST and _WORD.fullmatch(word) and word not in skip:
                yield word, english


def build(
    glossaries: dict[str, Any], names: dict[str, str], skip: frozenset[str]
) -> dict[str, list[Any]]:
    """The borrowable words of ``glossaries`` (keyed as in glossaries.yaml; ``names`` gives
    the language of each key to read), as stored: ``glosses`` ("English|language", the
    language "" when two agree on the English), ``words`` in sorted order and ``of``, the
    index of each word's gloss (read by bisection: a dict of 7,000 words costs a one-off
    ``check`` three times as long to build)."""
    seen: dict[str, set[tuple[str, str]]] = {}
    for key, name in names.items():
        for word, english in words_of(glossaries.get(key, []), skip):
            seen.setdefault(word, set()).add((english, name))
    chosen: dict[str, str] = {}
    for word, told in seen.items():
        if len({e.lower() for e, _ in told}) == 1:  # two glosses: nothing for certain
            langs = {n for _, n in told}
            english = min(e for e, _ in told)
            chosen[word] = f"{english}|{langs.pop() if len(langs) == 1 else ''}"
    glosses = sorted(set(chosen.values()))
    at = {g: i for i, g in enumerate(glosses)}
    words = sorted(chosen)
    return {"glosses": glosses, "words": words, "of": [at[chosen[w]] for w in words]}


def packaged() -> dict[str, list[Any]]:
    """The table as the packaged glossaries, languages and lexicon give it now."""
    from crampcare.intake.lexicon import clause_table, load_lexicon, load_yaml
    from crampcare.wording import language

    langs = [x for x in language.languages() if not x.script and not x.translit]
    names = {x.glossary: x.name for x in langs if not x.dialect}
    need: dict[str, type] = {"languages": list, "english": list}
    top = record(load_yaml("languages.yaml"), language.WHERE, need, {"also_english": list})
    also = strings(top.get("also_english", []), language.WHERE, empty=True)
    lexicon = {w for clauses in clause_table().values() for c in clauses for w in c}
    skip = frozenset(language.ENGLISH | set(also) | lexicon | set(load_lexicon().medicine_words))
    return build(load_yaml("glossaries.yaml")["glossaries"], names, skip)


class Table(NamedTuple):
    words: list[str]  # sorted
    of: list[int]
    glosses: list[tuple[str, str]]  # (English, language)

    def get(self, word: str) -> tuple[str, str] | None:
        at = bisect_left(self.words, word)
        if at < len(self.words) and self.words[at] == word:
            return self.glosses[self.of[at]]
        return None


@cache
def table() -> Table:
    """The packaged table; read when an English message is parsed."""
    from crampcare.knowledge.files import data_bytes

    try:
        data = json.loads(data_bytes("lexicon", CACHE))
        glosses = [tuple(g.rsplit("|", 1)) for g in data["glosses"]]
        return Table(data["words"], data["of"], glosses)
    except (OSError, ValueError, KeyError):
        return Table([], [], [])


def put_into_english(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text with its borrowed words in English, and (word, language) for each word
    that is not English misspelled: "dialisis" and "tetnus" are read the same way, but
    say nothing of another language."""
    words = table()
    found: list[tuple[str, str]] = []

    def swap(match: re.Match[str]) -> str:
        hit = words.get(match.group().lower())
        if hit is None:
            return match.group()
        if not _spelled_like(match.group().lower(), hit[0]):
            found.append((match.group(), hit[1]))
        return hit[0]

    return _WORD.sub(swap, text), found


def _spelled_like(word: str, english: str) -> bool:
    """A word a letter or two from a word of its English ("kramp", "dialyse")."""
    return any(distance(word, e, 2) <= 2 for e in english.lower().split() if len(e) >= SHORTEST - 1)


def collisions(dictionary: Iterable[str]) -> list[str]:
    """The words of the table that a dictionary of English (one word a line) also holds."""
    english = {line.strip().lower() for line in dictionary if line.strip()[:1].islower()}
    return sorted(set(packaged()["words"]) & english)


if __name__ == "__main__":  # python -m crampcare.wording.borrowed [DICTIONARY]: write the table
    import sys
    from pathlib import Path

    if len(sys.argv) > 1:  # list what to add to also_english first
        with open(sys.argv[1], encoding="utf-8") as f:
            print("\n".join(collisions(f)))
        raise SystemExit(0)
    target = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "lexicon" / CACHE
    text = json.dumps(packaged(), ensure_ascii=False, indent=0)
    target.write_text(text + "\n", encoding="utf-8")
