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

#: A box at an item's start (a line's start, after a bullet): ticked or not.
_BOX = re.compile(
    r"(?m)^([ \t•*·>-]*)(\[\s*\]|\[\s*[xX✓✔✗✘*]\s*\]|\(\s*\)|\(\s*[xX✓✔*]\s*\)|[☐☑☒✅✔✓])[ \t]*"
)
#: The marks that tick a box.
_TICKED = re.compile(r"[xX✓✔✗✘*☑☒✅]")
#: What a text holds if it may have a box: the pass is skipped on any other.
MARKS = ("[", "(", "☐", "☑", "☒", "✅", "✔", "✓")


def read_boxes(text: str) -> str:
    """``text`` with each unticked box made "no" when another box is ticked."""
    if not any(mark in text for mark in MARKS):
        return text
    boxes = list(_BOX.finditer(text))
    if not boxes:
        return text
    ticked = [bool(_TICKED.search(m.group(2))) for m in boxes]
    if not any(ticked):
        return text
    out: list[str] = []
    at = 0
    for m, tick in zip(boxes, ticked, strict=True):
        if tick:
            continue
        out.append(text[at : m.start()])
        out.append(m.group(1) + "no ")
        at = m.end()
    out.append(text[at:])
    return "".join(out)
