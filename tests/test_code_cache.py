"""Dataclass and named-tuple code kept between runs: the same functions, found by their source."""

from __future__ import annotations

import collections
import dataclasses
import marshal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple, cast

import pytest

from crampcare import code_cache, pattern_cache

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def fresh_cache(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Empty stores for each test, the built-ins put back afterwards."""
    monkeypatch.setattr(code_cache, "CODES", {})
    monkeypatch.setattr(code_cache, "NEW", [])
    monkeypatch.setattr(code_cache, "USED", {})
    yield
    code_cache.uninstall()


def _define() -> tuple[type, type]:
    @dataclasses.dataclass(frozen=True, order=True)
    class Zq:
        a: int
        b: str = "x"
        c: list[int] = dataclasses.field(default_factory=list)

    class ZqPair(NamedTuple):
        left: int
        right: str = "r"

    return Zq, ZqPair


def _functions(cls: type) -> dict[str, Any]:
    return {n: f.__code__ for n, f in vars(cls).items() if hasattr(f, "__code__")}


def _same_code(a: Any, b: Any) -> None:
    assert a == b  # code objects compare their bytecode, constants, names, flags
    assert (a.co_filename, a.co_flags, a.co_varnames) == (b.co_filename, b.co_flags, b.co_varnames)


def test_classes_made_through_the_cache_are_made_alike() -> None:
    plain = _define()
    assert code_cache.install()
    assert code_cache.installed()
    first = _define()
    assert code_cache.NEW, "the generated source went through the cache"
    new = len(code_cache.NEW)
    again = _define()
    assert len(code_cache.NEW) == new, "the second definition found every code kept"
    for cls0, cls1, cls2 in zip(plain, first, again, strict=True):
        for name, code in _functions(cls0).items():
            _same_code(code, _functions(cls1)[name])
            _same_code(code, _functions(cls2)[name])
    zq, pair = cast("tuple[Any, Any]", again)
    # No inherited __future__ flag: annotations that are objects stay objects, not text.
    made_here = dataclasses.make_dataclass("ZqMade", [("a", int)])
    assert vars(made_here)["__init__"].__annotations__ == {"a": int, "return": None}
    made = zq(1, "y")
    assert repr(made) == "_define.<locals>.Zq(a=1, b='y', c=[])"
    assert made == zq(1, "y") and made < zq(2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.a = 2
    assert pair(1) == (1, "r") and pair._fields == ("left", "right")


def test_uninstall_puts_the_builtins_back() -> None:
    code_cache.install()
    code_cache.uninstall()
    assert not code_cache.installed()
    assert "exec" not in vars(dataclasses) and "eval" not in vars(collections)
    _define()
    assert not code_cache.NEW


def test_kept_code_survives_marshal_and_is_used_by_its_source() -> None:
    code_cache.install()
    _define()
    stored = marshal.loads(marshal.dumps(code_cache.kept()))
    assert set(stored) == set(code_cache.USED)
    code_cache.uninstall()
    code_cache.CODES.clear()
    code_cache.NEW.clear()
    assert code_cache.install(stored)
    _define()
    assert code_cache.NEW == [], "every source was found kept"


def test_an_edited_class_compiles_anew() -> None:
    """A stale entry is found only by its exact source: an edit compiles fresh code."""
    code_cache.install()
    _define()
    stored = code_cache.kept()
    code_cache.uninstall()
    code_cache.CODES.clear()
    code_cache.NEW.clear()
    code_cache.install(stored)

    @dataclasses.dataclass(frozen=True, order=True)
    class Zq:
        a: int
        b: str = "y"  # another default
        d: float = 0.5  # and a field more

    assert code_cache.NEW, "the changed __init__ was compiled, not taken from the store"
    assert Zq(1) == Zq(1, "y", 0.5)


@pytest.mark.parametrize(
    "stored",
    [
        [1, 2],
        {"exec": 1},
        {("exec", "x"): "not code"},
        {("run", "x"): compile("1", "<string>", "eval")},
    ],
)
def test_anything_else_stored_is_refused(stored: Any) -> None:
    assert not code_cache.install(stored)
    assert not code_cache.CODES
    assert not code_cache.installed()


def test_restore_installs_code_only_from_the_same_python() -> None:
    code = {("eval", "1 + 1"): compile("1 + 1", "<string>", "eval")}
    other = marshal.dumps({"tag": "another python", "patterns": [], "code": code})
    pattern_cache.restore(other)
    assert not code_cache.installed() and not code_cache.CODES
    same = marshal.dumps({"tag": pattern_cache.tag(), "patterns": [], "code": code})
    pattern_cache.restore(same)
    assert code_cache.installed() and ("eval", "1 + 1") in code_cache.CODES


def test_the_fast_path_collects_the_code_of_an_ask_and_finds_it_all_next_time(
    tmp_path: Path,
) -> None:
    """In new processes: the table is built, the collector keeps the code, and an ``ask``
    answered by the fast path then compiles none of its dataclasses' code itself."""
    import os

    env = {
        **os.environ,
        "CRAMPCARE_DATA_DIR": str(tmp_path / "data"),
        "CRAMPCARE_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
    }
    env.pop("CRAMPCARE_FASTPATH", None)
    question = "is tonic water good for cramps?"
    first = subprocess.run(
        [sys.executable, "-m", "crampcare", "ask", question], env=env, capture_output=True
    )
    assert first.returncode == 0, first.stderr
    probe = textwrap.dedent(
        f"""
        import sys
        from crampcare import code_cache, fastcheck, fastpath

        table = fastpath.load()
        assert table is not None and table.get("patterns")
        fastcheck.prepare(table)  # as the fast path does, without putting the hooks away
        assert fastcheck.answer("ask", [{question!r}], table, terminal=False) is not None
        print(len(code_cache.CODES), len(code_cache.NEW))
        """
    )
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    kept, new = map(int, done.stdout.split())
    assert kept > 100 and new == 0
    second = subprocess.run(
        [sys.executable, "-m", "crampcare", "ask", question], env=env, capture_output=True
    )
    assert second.stdout == first.stdout and second.returncode == 0
