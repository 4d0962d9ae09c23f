"""``crampcare check --batch FILE``: many descriptions in, one JSON result per line out.

Each non-empty line of the file is either a JSON object with a ``text`` (and
optionally an ``id``, echoed back) or the description itself as plain text.
The whole file is read and checked before anything is written, so bad input
ends in one line on stderr and exit code 2, never in half the results.
Results are final only as far as the text goes: each is the same contract as
``check --text --json`` (provisional, with ``to_confirm``), plus ``id`` when
the line had one. With the semantic extra on, the second channel screens every
text (its model loads once for the whole batch).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NamedTuple

from crampcare.cli.common import fail

#: The longest description a line may hold, as the web form allows.
MAX_TEXT = 4000


class Item(NamedTuple):
    line: int
    id: Any
    text: str


def _lines(source: str) -> list[str]:
    if source == "-":
        text = sys.stdin.read()
        if "\x00" in text:
            fail("standard input is not text (it holds NUL bytes)")
        return text.splitlines()
    path = Path(source)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")
    # A NUL byte is valid UTF-8 but never in text: the file is binary (an image, a database).
    if b"\x00" in raw:
        fail(f"{path} is not a text file (it holds NUL bytes)")
    try:
        return raw.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        fail(f"{path} is not UTF-8 text (byte {exc.start})")


def _item(n: int, line: str, where: str) -> Item:
    stripped = line.strip()
    ident: Any = None
    # A line that opens like JSON is meant as JSON: an array or a broken object is not a
    # description to triage.
    if stripped.startswith("["):
        fail(f'{where} line {n}: a JSON line must be an object with a "text" string')
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            fail(f"{where} line {n}: not valid JSON: {exc.msg} (column {exc.colno})")
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str):
            fail(f'{where} line {n}: a JSON line needs a "text" string')
        ident = data.get("id")
        if ident is not None and not isinstance(ident, str | int):
            fail(f'{where} line {n}: "id" must be a string or a whole number')
    else:
        text = stripped
    if not text.strip():
        fail(f"{where} line {n}: the description is empty")
    if "\x00" in text:
        fail(f"{where} line {n}: the description holds a NUL character")
    if len(text) > MAX_TEXT:
        fail(f"{where} line {n}: keep each description under {MAX_TEXT} characters")
    return Item(n, ident, text.strip())


def read_items(source: str) -> list[Item]:
    """Every description of the file, checked; a bad line stops the batch before any output."""
    where = "standard input" if source == "-" else source
    items = [_item(n, line, where) for n, line in enumerate(_lines(source), 1) if line.strip()]
    if not items:
        fail(f"{where} holds no descriptions: one per line, as text or JSON with a text")
    return items


def run(source: str, semantic: bool) -> None:
    """Triage every description and write one compact JSON result per line."""
    from crampcare.assessment import assess
    from crampcare.intake import read_text
    from crampcare.typed import dump

    items = read_items(source)
    screen = _screen(semantic)
    out = sys.stdout
    for item in items:
        intake = read_text(item.text)
        if screen is not None:
            intake = screen(intake, item.text)
        result: dict[str, Any] = dump(assess(intake, from_text=True), mode="json")
        if item.id is not None:
            result = {"id": item.id, **result}
        out.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
    out.flush()


def _screen(asked: bool) -> Any:
    """The semantic screen when on (as in ``serve``); ``--semantic`` insists on it."""
    import crampcare.intake.semantic_screen as semantic_screen

    if asked and not semantic_screen.available():
        fail("--semantic needs the semantic extra: pip install 'crampcare[semantic]'")
    if not semantic_screen.enabled():
        return None
    return semantic_screen.screened
