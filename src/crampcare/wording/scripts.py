"""Which writing systems a text uses, by the Unicode names of its letters.

A message in Greek, Chinese or Bengali letters is written in another language whatever
its words. This runs on every message: an all-ASCII text costs one ``isascii``, and
``unicodedata`` is imported only for a text with letters beyond Latin.
"""

from __future__ import annotations

import re

#: Fewer letters of a script than this are a name or a symbol ("5 μg"), not a text.
LETTERS = 3
#: Japanese kana are counted with the Chinese characters they are written among.
_SAME = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK"}
#: Scripts written without spaces between words (Thai, Lao, kana, CJK, Hangul): a word
#: of theirs is found inside a run of letters, never between word boundaries.
UNSPACED = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def scripts(text: str) -> dict[str, int]:
    """How many letters of each script other than Latin the text holds ("GREEK": 12),
    for the scripts with at least ``LETTERS`` of them."""
    if text.isascii():
        return {}
    import unicodedata

    out: dict[str, int] = {}
    for ch in text:
        if ch.isalpha() and ch > "\u024f":
            name = unicodedata.name(ch, "LATIN").split()[0]
            if name not in ("LATIN", "MODIFIER"):
                out[_SAME.get(name, name)] = out.get(_SAME.get(name, name), 0) + 1
    return {script: n for script, n in out.items() if n >= LETTERS}
