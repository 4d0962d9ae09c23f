"""Regular expressions compiled once and kept, for the fast answers of ``check`` and ``ask``.

Reading a text compiles some 115 patterns (the lexicon's, the numbers', the rules'),
and Python compiles a pattern in Python (``re._parser``, ``re._compiler``): 30-35 ms
of CPU, more than the rest of the reading. What the C engine runs is the compiled
code, a list of numbers; :func:`collect` keeps it for the patterns a ``check`` and an
``ask`` compile (in the fast path's table, by ``crampcare.cli.fastcache``), and
:func:`restore` puts those patterns back into ``re``'s own cache on the next run, so
``re.compile`` and the module-level functions find them there, made in microseconds.
The lexicon patterns' triggers (:data:`TRIGGERS`) are kept with them.

This leans on CPython's internals (``re._parser``, ``re._compiler``, ``_sre.compile``,
``re._cache``), so it is careful: stored patterns are read only by the same Python
that stored them (its implementation, full version and SRE magic number are the
tag), each is checked equal to what ``re`` compiles (its code, flags and groups)
before it is kept, ``_sre`` validates any code it is given, and on any doubt or
error nothing is restored and the patterns compile as usual. A stale entry (a
pattern no longer used) is never wrong: it is only found by its exact text and flags.
Only the standard library: it runs in the fast path.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

__all__ = [
    "SAMPLES",
    "TRIGGERS",
    "arguments",
    "collect",
    "compiled",
    "kept",
    "restore",
    "shared",
    "tag",
    "widen",
]

#: Each lexicon pattern's triggers (``intake.prefilter.triggers``: the runs of letters
#: a sentence must hold for it to match), by the pattern's text; kept with the compiled
#: patterns, as working them out for the ~500 patterns of a check costs some 10 ms.
TRIGGERS: dict[str, frozenset[str]] = {}

#: What :func:`collect` answers to find the patterns: ``check --text … --json`` texts
#: and ``ask`` questions. A pattern they do not reach compiles as usual when needed.
SAMPLES: dict[str, tuple[str, ...]] = {
    "check": (
        "calf cramp at night, no swelling",
        "my left calf is swollen, red and hot since the flight and I can't catch my breath",
    ),
    "ask": ("is tonic water good for cramps?",),
}


def tag() -> str:
    """Which Python the stored code is for."""
    import _sre  # type: ignore[import-not-found]

    return f"{sys.implementation.name} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"


def compiled(patterns: Iterable[tuple[object, int]]) -> list[tuple[Any, ...]]:
    """Each text pattern (with its flags) as ``_sre.compile``'s arguments, after its
    flags: those that compile, and that rebuilt are equal to ``re``'s own."""
    import _sre
    import re
    from re import _compiler, _parser  # type: ignore[attr-defined]

    out: list[tuple[Any, ...]] = []
    for pattern, flags in patterns:
        if not isinstance(pattern, str) or not isinstance(flags, int) or flags & re.DEBUG:
            continue
        flags = int(flags)  # as re's cache has it: a number, not a RegexFlag
        try:
            parsed = _parser.parse(pattern, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, number in groupindex.items():
                indexgroup[number] = name
            args = (
                pattern,
                int(flags | parsed.state.flags),
                # Plain numbers: some opcodes are named int subclasses marshal refuses.
                [int(op) for op in _compiler._code(parsed, flags)],
                int(parsed.state.groups - 1),
                groupindex,
                tuple(indexgroup),
            )
            made = _sre.compile(*args)
            fresh = _compiler.compile(pattern, flags)
        except Exception:
            continue
        same = (made.pattern, made.flags, made.groups, made.groupindex) == (
            fresh.pattern,
            fresh.flags,
            fresh.groups,
            fresh.groupindex,
        )
        if same and made == fresh:  # equal patterns: same text, flags and code
            out.append((flags, *args[:2], _packed(args[2]), *args[3:]))
    return out


def _code_type() -> str | None:
    """The ``array`` type of ``_sre``'s code units (None: no such type here)."""
    import _sre
    from array import array

    return next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)


def _packed(code: list[int]) -> bytes | list[int]:
    """A pattern's code as the bytes of an array of ``_sre``'s code units: read back
    with one C call (``array.tolist``), where a marshalled list of numbers is read
    number by number (a third of restoring the patterns)."""
    kind = _code_type()
    if kind is None:
        return code
    from array import array

    try:
        return array(kind, code).tobytes()
    except OverflowError:
        return code


def _unpacked(code: Any) -> Any:
    """:func:`_packed`'s code as ``_sre.compile`` takes it (a list of numbers)."""
    if isinstance(code, bytes):
        from array import array

        kind = _code_type()
        if kind is None:
            raise ValueError("no array type for this code")
        return array(kind, code).tolist()
    return code


def arguments(entry: tuple[Any, ...]) -> tuple[Any, ...]:
    """A stored pattern (an entry of :func:`compiled`) as ``_sre.compile``'s arguments."""
    _, pattern, final, code, *rest = entry
    return (pattern, final, _unpacked(code), *rest)


def shared(triggers: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The same triggers, each word one string object however many patterns hold it:
    marshal then stores it once and refers to it after, so reading the table makes
    and hashes some 4,000 strings, not 20,000."""
    words: dict[str, str] = {}
    return {
        pattern: frozenset(words.setdefault(w, w) for w in runs)
        for pattern, runs in triggers.items()
    }


#: The size ``re``'s cache is given where patterns are restored or collected. A ``check``
#: and an ``ask`` compile some 520 patterns (round s36), more than the standard library's
#: 512: there a full cache dropped its oldest pattern for every new one, the collecting
#: process refused to guess which were dropped, and nothing was kept at all.
CACHE_SIZE = 2048


def widen() -> None:
    """Let ``re``'s cache hold :data:`CACHE_SIZE` patterns (``re`` reads the bound on each
    compile; a larger one only keeps more)."""
    import re

    if re._MAXCACHE < CACHE_SIZE:  # type: ignore[attr-defined]
        re._MAXCACHE = CACHE_SIZE  # type: ignore[attr-defined]


def restore(stored: bytes | None, share: float = 0.5) -> int:
    """Put the stored patterns into ``re``'s cache (unless another Python stored them,
    or they would crowd it: they fill at most ``share`` of it); how many. Stored
    generated code (``crampcare.code_cache``, key "code") is installed too."""
    if not stored:
        return 0
    import _sre
    import marshal
    import re

    widen()
    try:
        found = marshal.loads(stored)
        cache = re._cache  # type: ignore[attr-defined]
        room = int(re._MAXCACHE * share) - len(cache)  # type: ignore[attr-defined]
        if not isinstance(found, dict) or found.get("tag") != tag() or not isinstance(cache, dict):
            return 0
        code = found.get("code")
        if code:
            # The dataclasses' and named tuples' code, kept with the patterns (same tag).
            from crampcare import code_cache

            code_cache.install(code)
        done = 0
        for entry in found["patterns"][: max(room, 0)]:
            key = (str, entry[1], entry[0])
            if key not in cache:
                cache[key] = _sre.compile(*arguments(entry))
                done += 1
        triggers = found.get("triggers")
        if isinstance(triggers, dict):
            for pattern, runs in triggers.items():
                if isinstance(pattern, str) and isinstance(runs, frozenset):
                    TRIGGERS.setdefault(pattern, runs)
        return done
    except Exception:
        return 0  # compiled as usual


#: New patterns not worth a new table: a few change from one run to the next (the
#: standard library's tokenize makes one from a set, in an order that varies) and cost
#: only their own compiling.
FEW_NEW = 3


def kept(stored: bytes | None) -> bytes | None:
    """The text patterns now in ``re``'s cache, compiled for :func:`restore` (those in
    ``stored`` taken from it), with the triggers worked out so far; None when
    ``stored`` already holds all but a few of them.

    For a process that compiles the same patterns each time it starts (the web app's
    supervisor): a pattern that cannot be stored is noted as such (``skipped``), so
    it is not tried again.
    """
    import marshal
    import re

    old: dict[str, Any] = {}
    if stored:
        try:
            found = marshal.loads(stored)
        except Exception:
            found = None
        if isinstance(found, dict) and found.get("tag") == tag():
            old = found
    by_key = {(entry[1], entry[0]): entry for entry in old.get("patterns", [])}
    skipped: set[tuple[str, int]] = set(old.get("skipped", []))
    triggers: dict[str, frozenset[str]] = dict(old.get("triggers", {}))
    now = [(p, f) for kind, p, f in list(re._cache) if kind is str]  # type: ignore[attr-defined]
    new = [key for key in now if key not in by_key and key not in skipped]
    more = {k: v for k, v in TRIGGERS.items() if k not in triggers}
    if old and len(new) <= FEW_NEW and not more:
        return None
    made = compiled(new)
    by_key.update({(entry[1], entry[0]): entry for entry in made})
    skipped |= set(new) - {(entry[1], entry[0]) for entry in made}
    current = set(now)
    return marshal.dumps(
        {
            "tag": tag(),
            "patterns": [by_key[key] for key in now if key in by_key],
            "triggers": shared({**triggers, **more}),
            "skipped": sorted(skipped & current),
        }
    )


def collect() -> bytes | None:
    """The patterns that the fast ``check`` and ``ask`` compile, for :func:`restore`:
    found by answering :data:`SAMPLES` in a new process (with the fast path's table
    as it is stored now), so that they are all compiled there and none is missed for
    having been compiled already in this one. None when that fails."""
    import os
    import subprocess

    path = os.pathsep.join(p for p in sys.path if p)
    env = {**os.environ, "PYTHONPATH": path}
    code = "from crampcare import fastcheck, fastpath\nfastcheck.pattern_samples(fastpath.load())\n"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 and done.stdout else None
