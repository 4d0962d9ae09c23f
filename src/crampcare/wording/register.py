"""Formal and literary words read as everyday ones: "pallid" is pale, "abated" eased.

A careful letter to a doctor tells the same signs as a text at 3 a.m., in another
register: a foot "pallid and colder than its fellow", a jaw one "can scarcely part",
cramps that "abated". The lexicon is written in everyday words; rather than teach each of
its patterns every formal word, the words of ``lexicon/register.yaml`` are put into
everyday words first, as :mod:`crampcare.wording.spelling` puts misspellings right.
A single word the lexicon already reads is never in the table (a test holds it), so this
only adds words.

The message's words are looked up one by one (no pattern to compile on the 3 a.m. path):
most messages hold none of the table's first words and are returned as they came.
"""

from __future__ import annotations

import re
from functools import cache

from crampcare.intake.shape import record

#: What ``{their}`` in the table stands for.
_THEIR = ("my", "his", "her", "their", "your", "its", "the")
_WORD = re.compile(r"[^\W\d_][\w'-]*")


@cache
def table() -> dict[str, str]:
    """Each formal phrase (lower case, single spaces) and the everyday words put for it."""
    from crampcare.intake.lexicon import load_yaml

    where = "lexicon/register.yaml"
    data = record(load_yaml("register.yaml"), where, {"plain": list})
    out: dict[str, str] = {}
    for n, row in enumerate(data["plain"]):
        row = record(row, f"{where}: plain[{n}]", {"plain": str, "said": list})
        for said in row["said"]:
            for their in _THEIR if "{their}" in said else ("",):
                key = " ".join(str(said).lower().replace("{their}", their).split())
                out[key] = row["plain"].replace("{their}", their)
    return out


@cache
def _by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The table's phrases as words, by their first word, the longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in table():
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in index.items()}


def plain(text: str) -> str:
    """``text`` with each formal phrase of the table put into its everyday words."""
    index = _by_first_word()
    words = list(_WORD.finditer(text))
    lowered = [m.group().lower() for m in words]
    if index.keys().isdisjoint(lowered):
        return text
    phrases = table()
    out: list[str] = []
    at = 0  # where the text not yet copied starts
    n = 0
    while n < len(words):
        match = _phrase_at(text, words, lowered, n, index.get(lowered[n], ()))
        if match:
            out.append(text[at : words[n].start()])
            out.append(phrases[" ".join(match)])
            at = words[n + len(match) - 1].end()
            n += len(match)
        else:
            n += 1
    out.append(text[at:])
    return "".join(out)


def _phrase_at(
    text: str,
    words: list[re.Match[str]],
    lowered: list[str],
    n: int,
    candidates: tuple[tuple[str, ...], ...],
) -> tuple[str, ...] | None:
    """The longest candidate whose words are the text's from word ``n``, spaces between."""
    for phrase in candidates:
        end = n + len(phrase)
        if end > len(words) or tuple(lowered[n:end]) != phrase:
            continue
        gaps = (text[words[k].end() : words[k + 1].start()] for k in range(n, end - 1))
        if all(gap.isspace() for gap in gaps):
            return phrase
    return None
