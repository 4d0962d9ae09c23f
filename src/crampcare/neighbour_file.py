"""The word channel's shipped index as one file: a small header and flat arrays.

Written by :mod:`crampcare.neighbour_build`, read by :mod:`crampcare.intake.neighbours`
on the first free-text check of a process, so reading it must cost next to nothing:
the file is read once and its arrays are used where they lie (``memoryview`` casts,
no copy, no list of the vocabulary). A term is found by an open-addressing table
stored in the file (its slot is the term's UTF-8 bytes as a little-endian number,
modulo the table's size, a prime; then the next slots), so a text's terms are looked
up one by one and the 19,000 terms of the vocabulary are never made into strings.

Layout: ``MAGIC``, the header's length (4 bytes, little-endian), the header
(``marshal`` version 4: the key, the vote, the vignettes' labels, the questions, and
where each array lies), then the arrays, little-endian, each at a multiple of 8 bytes.
Only built-in modules: it runs in the fast path of ``check``.
"""

from __future__ import annotations

import marshal
import sys
from array import array
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mmap import mmap

__all__ = ["ARRAYS", "MAGIC", "Flat", "header", "pack", "slot", "unpack"]

MAGIC = b"CCNBIX01"
#: The arrays after the header, with their ``array`` type codes.
ARRAYS = {
    "idf": "f",  # each term's idf, terms in sorted order
    "starts": "I",  # where each term's postings start (one more: the end)
    "ids": "H",  # the postings' vignette numbers
    "weights": "f",  # the postings' weights (unit-length vectors)
    "names": "B",  # the terms' UTF-8 bytes, one after another
    "name_starts": "I",  # where each term's bytes start (one more: the end)
    "slots": "i",  # the lookup table: a term's number, or -1 for an empty slot
}
_EMPTY = -1
_LENGTH = 4


def slot(name: bytes, size: int) -> int:
    """A term's first slot in a lookup table of ``size`` slots."""
    return int.from_bytes(name, "little") % size


def _prime_at_least(n: int) -> int:
    n |= 1
    while any(n % d == 0 for d in range(3, int(n**0.5) + 1, 2)):
        n += 2
    return n


def pack(doc: dict[str, Any]) -> bytes:
    """The file for an index document (:func:`crampcare.neighbour_build.index_doc`'s,
    with its key): the same terms, idf and postings, and a lookup table for the terms."""
    words: list[str] = doc["terms"].split("\n") if doc["terms"] else []
    encoded = [w.encode("utf-8") for w in words]
    name_starts = array("I", [0])
    for name in encoded:
        name_starts.append(name_starts[-1] + len(name))
    size = _prime_at_least(2 * len(words) + 1)
    slots = array("i", [_EMPTY]) * size
    for number, term in enumerate(encoded):
        at = slot(term, size)
        while slots[at] != _EMPTY:
            at = (at + 1) % size
        slots[at] = number
    parts: dict[str, array[Any]] = {
        "idf": array("f"),
        "starts": array("I"),
        "ids": array("H"),
        "weights": array("f"),
        "names": array("B", b"".join(encoded)),
        "name_starts": name_starts,
        "slots": slots,
    }
    for shipped in ("idf", "starts", "ids", "weights"):
        parts[shipped].frombytes(doc[shipped])  # already little-endian
    if sys.byteorder != "little":
        for made in ("names", "name_starts", "slots"):
            parts[made].byteswap()
    where: dict[str, tuple[int, int]] = {}
    body = bytearray()
    for part_name, part in parts.items():
        body += bytes(-len(body) % 8)
        where[part_name] = (len(body), len(part))
        body += part.tobytes()
    header = {
        "key": doc["key"],
        "chars": list(doc["chars"]),
        "vote": doc["vote"],
        "cases": [list(c) for c in doc["cases"]],
        "questions": doc["questions"],
        "may_raise": list(doc["may_raise"]),
        "size": size,
        "arrays": where,
    }
    head = marshal.dumps(header, 4)
    start = len(MAGIC) + _LENGTH + len(head)
    pad = bytes(-start % 8)
    return MAGIC + (len(head) + len(pad)).to_bytes(_LENGTH, "little") + head + pad + bytes(body)


class Flat:
    """A read index file: its header (a dict) and its arrays (sequences of numbers)."""

    def __init__(self, header: dict[str, Any], arrays: dict[str, Any]) -> None:
        self.header = header
        self.arrays = arrays
        self.size: int = header["size"]

    def position(self, term: str) -> int | None:
        """The term's number (None when it is not indexed)."""
        name = term.encode("utf-8")
        slots, names, starts = (
            self.arrays["slots"],
            self.arrays["names"],
            self.arrays["name_starts"],
        )
        at = slot(name, self.size)
        while True:
            number = slots[at]
            if number == _EMPTY:
                return None
            if names[starts[number] : starts[number + 1]] == name:
                return int(number)
            at += 1
            if at == self.size:
                at = 0

    def terms(self) -> list[str]:
        """Every term, in sorted order (for the tests and the benchmarks)."""
        names, starts = bytes(self.arrays["names"]), self.arrays["name_starts"]
        return [names[starts[i] : starts[i + 1]].decode("utf-8") for i in range(len(starts) - 1)]


def _header(blob: bytes | mmap) -> tuple[dict[str, Any], int]:
    """The file's header and where its arrays begin (``ValueError``: not such a file)."""
    if blob[: len(MAGIC)] != MAGIC:
        raise ValueError("not a neighbour index file")
    start = len(MAGIC) + _LENGTH
    length = int.from_bytes(blob[len(MAGIC) : start], "little")
    found = marshal.loads(blob[start : start + length])
    if not isinstance(found, dict):
        raise ValueError("not a neighbour index file")
    return found, start + length


def header(blob: bytes | mmap) -> dict[str, Any]:
    """The file's header alone: its key says what it was built from."""
    return _header(blob)[0]


def unpack(blob: bytes | mmap) -> Flat:
    """The index in a file's bytes, its arrays read in place (``ValueError`` when the
    bytes are not such a file, or another Python cannot read its header)."""
    head, start = _header(blob)
    body = memoryview(blob)[start:]
    arrays: dict[str, Any] = {}
    for name, code in ARRAYS.items():
        offset, count = head["arrays"][name]
        width = array(code).itemsize
        part = body[offset : offset + count * width]
        if len(part) != count * width:
            raise ValueError(f"the neighbour index file is cut short (in {name})")
        if code == "B":
            arrays[name] = part
        elif sys.byteorder == "little":
            arrays[name] = part.cast(code)  # type: ignore[call-overload]
        else:  # shipped little-endian
            copy = array(code, part.tobytes())
            copy.byteswap()
            arrays[name] = copy
    return Flat(head, arrays)
