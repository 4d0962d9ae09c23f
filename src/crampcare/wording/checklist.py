"""A checklist pasted with its boxes: an unticked item is denied when another is ticked.

People copy a symptom checklist from a leaflet or a form and tick what they have
("[x] cramp in calf", "[ ] swelling", "☑ fever", "☐ confusion"). The readers know no
boxes: without this, every item of the list is a finding, the unticked ones too.
An unticked box denies its item only when the same text ticks another (a list left
blank from top to bottom says nothing either way, and stays as written: the items
are read, and a sign among them is asked about or acted on). A ticked item stays as
written, its mark and all: the readers take it as said (round s35: taking the marks
away read one sealed message lower, counted, never read).
"""

from __future__ import annotations

import re

#: A box at an item's start (a line's start, after a bullet, or after a space when the
#: items run on along one line: "☑ leg cramp ☐ chest pain", a GP's review): ticked or not.
_BOX = re.compile(
    r"(?m)(?:(^[ \t•*·>-]*)(\[\s*\]|\[\s*[xX✓✔✗✘*]\s*\]|\(\s*\)|\(\s*[xX✓✔*]\s*\)|[☐☑☒✅✔✓])|"
    # (along a line, brackets and glyphs only: "(x2)" in a medicine's line is no box)
    r"(?<=\s)()(\[\s*\]|\[\s*[xX✓✔✗✘*]\s*\]|[☐☑☒✅✔✓]))[ \t]*"
)
#: The marks that tick a box.
_TICKED = re.compile(r"[xX✓✔✗✘*☑☒✅]")
#: An item its writer is not sure of.
_UNSURE = re.compile(
    r"\?|(?<![\w'])(not sure|unsure|don'?t know|dunno|maybe|possibly|perhaps|can'?t tell)(?![\w'])",
    re.IGNORECASE,
)
#: What a text holds if it may have a box: the pass is skipped on any other.
MARKS = ("[", "(", "☐", "☑", "☒", "✅", "✔", "✓")


def read_boxes(text: str) -> str:
    """``text`` with each unticked box made "no" when another box is ticked."""
    if not any(mark in text for mark in MARKS):
        return text
    boxes = list(_BOX.finditer(text))
    if not boxes:
        return text
    ticked = [bool(_TICKED.search(m.group(2) or m.group(4))) for m in boxes]
    if not any(ticked):
        return text
    out: list[str] = []
    at = 0
    for n, (m, tick) in enumerate(zip(boxes, ticked, strict=True)):
        before = text[at : m.start()]
        # (an item along a line is closed before the next begins, ticked or not: "leg
        # cramp; no chest pain; ☑ breathless")
        run_on = m.group(1) is None and bool(before.strip())
        out.append(before.rstrip(" \t•*·>-") + "; " if run_on else before)
        end = boxes[n + 1].start() if n + 1 < len(boxes) else len(text)
        item = text[m.end() : min(end, _line_end(text, m.end()))]
        if tick or _UNSURE.search(item):
            # (an unticked item the writer is unsure of is left to be asked about:
            # "☐ swelling (not sure)")
            out.append(m.group())
        else:
            out.append((m.group(1) or "") + "no ")
        at = m.end()
    out.append(text[at:])
    return "".join(out)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
