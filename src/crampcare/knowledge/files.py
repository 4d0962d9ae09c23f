"""The packaged data files (knowledge/data/...): the one place that opens and parses them.

Everything else asks here, by the file's path inside the data folder, so the
layout of the data and the YAML loader are known to this package alone.
"""

from __future__ import annotations

import marshal
import os
from typing import TYPE_CHECKING, Any

from crampcare.errors import CrampcareError

if TYPE_CHECKING:
    import mmap
    from collections.abc import Callable, Collection
    from importlib.resources.abc import Traversable

#: Documents parsed before, by their exact bytes (a marshal of each): filled by the
#: start-up fast path from its cache (``crampcare.fastpath``), so a short command
#: neither imports PyYAML (10-25 ms) nor parses the lexicon (10-30 ms). Keyed by the
#: whole file, so an edited file can never be answered from it: it is parsed again.
_PARSED: dict[bytes, bytes] = {}


def preload(parsed: dict[bytes, bytes]) -> None:
    """Hand in parsed documents: a file's bytes -> ``marshal.dumps`` of its document."""
    _PARSED.update(parsed)


#: Where more parsed documents may be had (``marshal.dumps`` of a dict like ``preload``'s,
#: or None), asked once, on the first document not preloaded: the fast path keeps the
#: large documents few answers read (a language's glossary, the semantic bank) apart
#: from those every answer reads.
_LATER: list[Callable[[], bytes | None]] = []


def preload_later(source: Callable[[], bytes | None]) -> None:
    """Hand in a source of more parsed documents, read only if one is needed (see ``_LATER``)."""
    _LATER[:] = [source]


def _parsed(raw: bytes) -> bytes | None:
    known = _PARSED.get(raw)
    if known is None and _LATER:
        source = _LATER.pop()
        try:
            more = source()
            found = marshal.loads(more) if more else None
        except Exception:
            found = None  # unreadable: the YAML is parsed, as without a table
        if isinstance(found, dict):
            _PARSED.update(found)
            known = _PARSED.get(raw)
    return known


#: Documents validated before, as plain data: (schema name, the file's bytes) ->
#: ``marshal.dumps`` of what the validator returned. Filled by the fast path from its
#: table (built, with pydantic, by the real app), so a short command reads the lexicon
#: and the red flags without importing pydantic. Keyed by the whole file and the
#: schema's name, and the table itself by the source files' stamps: an edited file or
#: schema is validated again.
_CHECKED: dict[tuple[str, bytes], bytes] = {}


def preload_checked(checked: dict[tuple[str, bytes], bytes]) -> None:
    """Hand in validated documents (see ``checked``)."""
    _CHECKED.update(checked)


def checked(
    schema: str,
    raw: bytes,
    where: str,
    validate: Callable[[Any], Any],
    error: type[CrampcareError] = CrampcareError,
) -> Any:
    """A YAML file's document, validated into plain data by ``validate`` (named ``schema``).

    Answered from the preloaded table when it holds these exact bytes; ``validate``
    (which may import pydantic) runs only otherwise.
    """
    known = _CHECKED.get((schema, raw))
    if known is not None:
        return marshal.loads(known)
    return validate(parse_yaml(raw, where, error))


def checked_marshalled(
    schema: str, raw: bytes, where: str, validate: Callable[[Any], Any]
) -> dict[tuple[str, bytes], bytes]:
    """One entry for :func:`preload_checked` (none when the result is not plain data)."""
    try:
        return {(schema, raw): marshal.dumps(validate(parse_yaml(raw, where)))}
    except ValueError:
        return {}


#: The data folder when the package sits on disk (not in a zip), as it is once installed.
_ON_DISK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def data_root() -> Traversable:
    """The packaged data folder."""
    from importlib import resources

    return resources.files("crampcare.knowledge") / "data"


def data_bytes(*parts: str) -> bytes:
    """A data file's bytes, e.g. ``data_bytes("lexicon", "synonyms.yaml")``."""
    if os.path.isdir(_ON_DISK):
        # The file itself, as importlib.resources would open it for a package on disk,
        # without its import (tempfile, shutil, random: 5-20 ms of a 3 a.m. `check`).
        with open(os.path.join(_ON_DISK, *parts), "rb") as fh:
            return fh.read()
    path = data_root()
    for part in parts:
        path = path / part
    return path.read_bytes()


def data_mapped(*parts: str) -> bytes | mmap.mmap:
    """A data file's bytes as :func:`data_bytes` reads them, mapped into memory when the
    package sits on disk: a large file read in part (the word channel's index, whose
    few terms a text looks up) costs only the pages read, not a copy of the whole file
    (3.8 MB) in every process that starts."""
    if os.path.isdir(_ON_DISK):
        import mmap

        with open(os.path.join(_ON_DISK, *parts), "rb") as fh:
            if os.fstat(fh.fileno()).st_size == 0:
                return b""  # nothing to map (mmap refuses an empty file)
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    return data_bytes(*parts)


def parse_yaml(raw: bytes, where: str, error: type[CrampcareError] = CrampcareError) -> Any:
    """YAML bytes parsed (safely); a syntax error becomes ``error`` naming ``where``."""
    known = _parsed(raw)
    if known is not None:
        # A fresh copy each time: callers may change what they are given.
        return marshal.loads(known)
    import yaml

    # The C loader when PyYAML was built with libyaml: several times faster.
    loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(raw, Loader=loader)
    except yaml.YAMLError as exc:
        raise error(f"{where}: not valid YAML: {exc}") from exc


def data_yaml(*parts: str, error: type[CrampcareError] = CrampcareError) -> Any:
    """A packaged YAML file, parsed."""
    return parse_yaml(data_bytes(*parts), "/".join(parts), error)


def yaml_parser_file() -> str:
    """Where PyYAML lives: a stored parse is only as good as the parser that made it."""
    import yaml

    return yaml.__file__ or ""


def marshalled(*names: str, skip: Collection[str] = ()) -> dict[bytes, bytes]:
    """Data files (``lexicon`` for a folder's YAML, or ``entries/red_flags.yaml``) for
    :func:`preload`: each file's bytes -> its document, marshalled. ``skip``: paths
    (``lexicon/glossaries.yaml``) left out of a folder's."""
    out: dict[bytes, bytes] = {}
    for name in names:
        path = data_root().joinpath(*name.split("/"))
        found = sorted(path.iterdir(), key=lambda f: f.name) if path.is_dir() else [path]
        for item in found:
            if not item.name.endswith(".yaml") or f"{name}/{item.name}" in skip:
                continue
            raw = item.read_bytes()
            try:
                out[raw] = marshal.dumps(parse_yaml(raw, item.name))
            except (ValueError, CrampcareError):
                continue  # not plain data (a date, say) or not valid: parsed when read
    return out


def yaml_files(folder: Traversable) -> list[Traversable]:
    """A data folder's YAML files, by name (none when it is missing)."""
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


def _fingerprinted() -> list[tuple[str, str]]:
    """The files :func:`fingerprint_on_disk` hashes, in order: (path, the name hashed with
    it, "" for none)."""
    knowledge = os.path.dirname(_ON_DISK)
    found = [
        (os.path.join(knowledge, "schema.py"), ""),
        (os.path.join(os.path.dirname(knowledge), "vocabulary.py"), ""),
    ]
    for folder in ("entries", "coverage"):
        path = os.path.join(_ON_DISK, folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(n for n in os.listdir(path) if n.endswith(".yaml")):
            found.append((os.path.join(path, name), name))
    return found


StampedFingerprint = tuple[list[tuple[str, int, int]], str]

#: A fingerprint handed in with the stamps (path, size, modification time) of the
#: files it was worked out from (``preload_fingerprint``): the fast path's table holds
#: one, so ``ask`` finds its index without reading and hashing the knowledge base.
_FINGERPRINT: list[StampedFingerprint] = []


def preload_fingerprint(stamped: StampedFingerprint | None) -> None:
    """Hand in :func:`stamped_fingerprint`'s answer of an earlier process."""
    _FINGERPRINT[:] = [stamped] if stamped else []


def _stamps(paths: list[str]) -> list[tuple[str, int, int]]:
    found = []
    for path in paths:
        info = os.stat(path)
        found.append((path, info.st_size, info.st_mtime_ns))
    return found


def stamped_fingerprint() -> StampedFingerprint | None:
    """:func:`fingerprint_on_disk` with the stamps of the files it read (None off disk)."""
    if not os.path.isdir(_ON_DISK):
        return None
    stamps = _stamps([path for path, _ in _fingerprinted()])
    found = fingerprint_on_disk(known=False)
    # Moved while being read: nothing to promise.
    if found is None or _stamps([path for path, _ in _fingerprinted()]) != stamps:
        return None
    return stamps, found


def fingerprint_on_disk(known: bool = True) -> str | None:
    """:func:`fingerprint_of` the packaged data, read with ``os`` when the package sits
    on disk (None when it does not): importlib.resources costs ``ask`` 5-15 ms of imports
    (zipfile, threading) for the same bytes in the same order.

    ``known``: the preloaded fingerprint (``preload_fingerprint``) when every file it
    was worked out from, and no other, has the same size and modification time."""
    if not os.path.isdir(_ON_DISK):
        return None
    order = _fingerprinted()
    if known and _FINGERPRINT:
        stamps, fingerprint = _FINGERPRINT[0]
        try:
            if _stamps([path for path, _ in order]) == stamps:
                return fingerprint
        except OSError:
            pass
    import hashlib

    digest = hashlib.sha256()
    for path, name in order:
        with open(path, "rb") as fh:
            digest.update(name.encode() + fh.read())
    return digest.hexdigest()[:16]


def fingerprint_of(root: Traversable) -> str:
    """A hash of the data files and of the schema (with its vocabulary) that validates them.

    ``KnowledgeBase.fingerprint``; here, away from the loader, so a derived cache (the
    ``ask`` index) is found without importing the schema and pydantic.
    """
    import hashlib  # here: `check` reads only the red flags and never pays for OpenSSL
    from importlib import resources

    digest = hashlib.sha256(
        resources.files("crampcare.knowledge").joinpath("schema.py").read_bytes()
    )
    digest.update(resources.files("crampcare").joinpath("vocabulary.py").read_bytes())
    for folder in ("entries", "coverage"):
        for path in yaml_files(root / folder):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]
