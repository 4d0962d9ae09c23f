"""The code the standard library writes for each dataclass and named tuple, compiled once and kept.

Defining a dataclass makes its ``__init__``, ``__repr__``, ``__eq__`` (and more) as
Python source and compiles each with ``exec``; a named tuple's ``__new__`` is compiled
with ``eval``. The reading of ``check --text`` and ``ask`` defines some 150 of them
as their modules load: compiling that source was a sixth of ``ask``'s start-up. The
source is the same from one run to the next, so the fast path (``crampcare.fastcheck``)
keeps the compiled code objects, by their source text, with its compiled patterns
(``crampcare.pattern_cache``, in the fast path's table, collected by answering the same
samples in a new process), and :func:`install` lets ``dataclasses`` and ``collections``
find them: their ``exec`` and ``eval`` are given a compiled object instead of the text.

The functions made are the same: the code is what ``compile`` makes of the very text
the standard library would have compiled, with the same file name and mode and no
inherited ``__future__`` flags (neither module has any), and only the same Python
reads it (``pattern_cache.tag``: implementation, full version). A source text not kept
(a class edited since, or one the samples never defined) compiles as it always did; a
stale entry is never wrong, only unused, and the table is rebuilt whenever
crampcare's files change. :func:`uninstall` puts the built-ins back. Only the standard
library: it runs in the fast path.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import CodeType
    from typing import Any

__all__ = ["CODES", "NEW", "USED", "install", "installed", "kept", "uninstall"]

#: The modules whose generated source goes through the cache, and the built-in each
#: calls with a text: ``dataclasses._create_fn`` calls ``exec``, ``collections.namedtuple``
#: calls ``eval``.
HOOKED = (("dataclasses", "exec"), ("collections", "eval"))
#: The file name ``exec`` and ``eval`` give source passed as text.
FILENAME = "<string>"

#: Compiled code by (mode, source text): the kept ones, and those compiled this run.
CODES: dict[tuple[str, str], CodeType] = {}
#: The keys compiled in this process because they were not kept.
NEW: list[tuple[str, str]] = []
#: The keys used in this process, kept or not (what the collector stores).
USED: dict[tuple[str, str], None] = {}


def _code(source: str, mode: str) -> CodeType:
    key = (mode, source)
    USED[key] = None
    code = CODES.get(key)
    if code is None:
        # dont_inherit: this module's own ``from __future__ import annotations`` must not
        # reach the generated code (the hooked modules have no __future__ import).
        code = CODES[key] = compile(source, FILENAME, mode, dont_inherit=True)
        NEW.append(key)
    return code


def _exec(source: Any, scope: Any = None, names: Any = None, /) -> None:
    if type(source) is str:
        source = _code(source, "exec")
    exec(source, scope, names)


def _eval(source: Any, scope: Any = None, names: Any = None, /) -> Any:
    if type(source) is str:
        source = _code(source, "eval")
    return eval(source, scope, names)


_HOOKS = {"exec": _exec, "eval": _eval}


def install(stored: Any = None) -> bool:
    """Keep ``stored`` (mode and source -> code, as :func:`kept` made it) and route the
    hooked modules' ``exec``/``eval`` of text through it; False (nothing done) when
    the stored code is not a dict of code objects."""
    import importlib

    if stored is not None:
        from types import CodeType

        if not isinstance(stored, dict) or not all(
            isinstance(k, tuple)
            and len(k) == 2
            and k[0] in _HOOKS
            and isinstance(k[1], str)
            and isinstance(v, CodeType)
            for k, v in stored.items()
        ):
            return False
        for key, code in stored.items():
            CODES.setdefault(key, code)
    for module, name in HOOKED:
        vars(importlib.import_module(module))[name] = _HOOKS[name]
    return True


def installed() -> bool:
    """Whether the hooked modules go through the cache now."""
    return all(
        vars(sys.modules[m]).get(name) is _HOOKS[name] if m in sys.modules else False
        for m, name in HOOKED
    )


def uninstall() -> None:
    """The hooked modules call the built-ins again (their own names are removed)."""
    for module, name in HOOKED:
        found = sys.modules.get(module)
        if found is not None and vars(found).get(name) is _HOOKS[name]:
            del vars(found)[name]


def kept() -> dict[tuple[str, str], CodeType]:
    """The code this process used through the cache, to store (marshal keeps code)."""
    return {key: CODES[key] for key in USED}
