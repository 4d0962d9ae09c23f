"""Compiled patterns kept between runs: rebuilt, they are the patterns ``re`` compiles."""

from __future__ import annotations

import marshal
import re

import pytest

from crampcare import pattern_cache

#: Unlike any pattern of the program, so the tests own their entries in re's cache.
PATTERNS = [
    (r"(?<![\w'])(?P<n>\d{1,2})[- ]?zqmonths?[- ]old", re.IGNORECASE),
    (r"\b(zqreally|very|so)(?:,? \1\b)+", re.IGNORECASE),
    (r"[^\W\d_]+(?:['’][^\W\d_]+)?|\dzq[^\W_]*", re.UNICODE),
    (r"^zq[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII),
    (r"(?x) zq (?P<word> [a-z]+ ) \s* (?P=word)", 0),
    (r"zq(?:é|è|ê)+\Z", 0),
]


def _stored(patterns: list[tuple[str, int]]) -> bytes:
    found = pattern_cache.compiled(patterns)
    return marshal.dumps({"tag": pattern_cache.tag(), "patterns": found})


def _forget(patterns: list[tuple[str, int]]) -> None:
    for pattern, flags in patterns:
        re._cache.pop((str, pattern, flags), None)  # type: ignore[attr-defined]


def test_each_pattern_rebuilt_is_the_pattern_re_compiles() -> None:
    found = pattern_cache.compiled(PATTERNS)
    assert len(found) == len(PATTERNS)
    import _sre  # type: ignore[import-not-found]

    for (pattern, flags), entry in zip(PATTERNS, found, strict=True):
        args = pattern_cache.arguments(entry)
        made, fresh = _sre.compile(*args), re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
        assert entry[0] == flags
        assert made == fresh  # the same text, flags and code
        assert (made.groups, made.groupindex, made.flags) == (
            fresh.groups,
            fresh.groupindex,
            fresh.flags,
        )


def test_a_patterns_code_is_stored_as_the_bytes_of_its_code_units() -> None:
    # Read back with one call, not number by number: the same list of numbers.
    import _sre

    for (pattern, flags), entry in zip(PATTERNS, pattern_cache.compiled(PATTERNS), strict=True):
        code = re._compiler._code(re._parser.parse(pattern, flags), flags)  # type: ignore[attr-defined]
        assert isinstance(entry[3], bytes) and len(entry[3]) == len(code) * _sre.CODESIZE
        assert pattern_cache.arguments(entry)[2] == [int(op) for op in code]


def test_shared_triggers_are_equal_and_store_each_word_once() -> None:
    triggers = {f"p{n}": frozenset(["".join(["cal", "f"]), "night", f"w{n}"]) for n in range(50)}
    same = pattern_cache.shared(triggers)
    assert same == triggers
    assert len({id(w) for runs in same.values() for w in runs if w == "calf"}) == 1
    assert len(marshal.dumps(same)) < len(marshal.dumps(triggers))
    assert marshal.loads(marshal.dumps(same)) == triggers


@pytest.fixture(autouse=True)
def room_in_res_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty cache for re (restore leaves a fuller one alone), put back afterwards."""
    monkeypatch.setattr(re, "_cache", {})


def test_restored_patterns_are_what_re_compile_returns_and_match_alike() -> None:
    _forget(PATTERNS)
    assert pattern_cache.restore(_stored(PATTERNS)) == len(PATTERNS)
    try:
        restored = [re._cache[(str, p, f)] for p, f in PATTERNS]  # type: ignore[attr-defined]
        assert [re.compile(p, f) for p, f in PATTERNS] == restored
        assert all(re.compile(p, f) is r for (p, f), r in zip(PATTERNS, restored, strict=True))
        text = "My 6-ZQmonths-old is fine; really really, zqvery very, ZQé"
        for (pattern, flags), made in zip(PATTERNS, restored, strict=True):
            _forget([(pattern, flags)])
            fresh = re.compile(pattern, flags)
            assert made is not fresh
            assert [m.span() for m in made.finditer(text)] == [
                m.span() for m in fresh.finditer(text)
            ]
    finally:
        _forget(PATTERNS)


@pytest.mark.parametrize(
    "stored",
    [
        None,
        b"",
        b"not marshal at all",
        marshal.dumps([1, 2, 3]),
        marshal.dumps({"tag": "another python", "patterns": []}),
    ],
)
def test_anything_else_restores_nothing(stored: bytes | None) -> None:
    assert pattern_cache.restore(stored) == 0


def test_a_full_cache_is_left_alone() -> None:
    full = {(str, f"zq{n}", 0): None for n in range(pattern_cache.CACHE_SIZE)}
    re._cache.update(full)  # type: ignore[attr-defined]
    try:
        assert pattern_cache.restore(_stored(PATTERNS)) == 0
    finally:
        for key in full:
            re._cache.pop(key, None)  # type: ignore[attr-defined]


def test_a_widened_cache_keeps_more_patterns_than_the_standard_librarys_512() -> None:
    """A ``check`` and an ``ask`` compile more than 512 patterns (round s36): a process
    that restores or collects them must hold them all, or the collector refuses to store
    any and every run compiles them again."""
    pattern_cache.widen()
    made = [f"zqwide{n}" for n in range(600)]
    try:
        for pattern in made:
            re.compile(pattern)
        assert all((str, p, 0) in re._cache for p in made)  # type: ignore[attr-defined]
    finally:
        _forget([(p, 0) for p in made])


def test_another_pythons_patterns_are_not_restored() -> None:
    _forget(PATTERNS)
    found = pattern_cache.compiled(PATTERNS)
    stored = marshal.dumps({"tag": pattern_cache.tag() + " (another)", "patterns": found})
    assert pattern_cache.restore(stored) == 0
    assert all((str, p, f) not in re._cache for p, f in PATTERNS)  # type: ignore[attr-defined]


def test_code_the_engine_refuses_restores_nothing_more() -> None:
    _forget(PATTERNS)
    found = pattern_cache.compiled(PATTERNS)
    flags, pattern, final, code, *rest = found[0]
    broken = (flags, pattern, final, [999_999, *code[1:]], *rest)
    stored = marshal.dumps({"tag": pattern_cache.tag(), "patterns": [broken]})
    assert pattern_cache.restore(stored) == 0
    assert (str, pattern, flags) not in re._cache  # type: ignore[attr-defined]


def test_kept_triggers_are_restored_and_then_used() -> None:
    from crampcare.intake import prefilter

    pattern = r"(?<![\w'])(?:zqcalf|zqcalves|shins?)(?![\w'])"
    runs = prefilter.triggers_of(pattern)
    pattern_cache.TRIGGERS.pop(pattern, None)
    stored = marshal.dumps(
        {"tag": pattern_cache.tag(), "patterns": [], "triggers": {pattern: runs}}
    )
    try:
        pattern_cache.restore(stored)
        assert pattern_cache.TRIGGERS[pattern] == runs
        assert prefilter.triggers(pattern) is pattern_cache.TRIGGERS[pattern]
    finally:
        pattern_cache.TRIGGERS.pop(pattern, None)


def test_kept_stores_what_re_compiled_and_then_nothing_until_more_is_new() -> None:
    # The web app's supervisor compiles the same patterns at each start: they are
    # stored once, restored next time, and a table is only rewritten for new ones.
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    table = pattern_cache.kept(None)
    assert table is not None
    found = marshal.loads(table)
    assert {(e[1], e[0]) for e in found["patterns"]} == set(PATTERNS)
    assert pattern_cache.kept(table) is None  # nothing new
    re.compile(r"zq(?:a|b)+\Z")  # one new pattern: not worth a rewrite
    assert pattern_cache.kept(table) is None
    for n in range(pattern_cache.FEW_NEW):
        re.compile(rf"zq{n}(?:a|b)+\Z")
    again = pattern_cache.kept(table)
    assert again is not None
    assert len(marshal.loads(again)["patterns"]) == len(PATTERNS) + pattern_cache.FEW_NEW + 1
    # Restored into an empty cache, each is the pattern re compiles.
    re._cache.clear()  # type: ignore[attr-defined]
    assert pattern_cache.restore(again, share=0.95) == len(PATTERNS) + pattern_cache.FEW_NEW + 1
    assert re.compile(*PATTERNS[0]) == re._compiler.compile(*PATTERNS[0])  # type: ignore[attr-defined]


def test_kept_drops_a_table_from_another_python() -> None:
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    other = marshal.dumps({"tag": "another python", "patterns": [], "triggers": {}})
    table = pattern_cache.kept(other)
    assert table is not None
    assert marshal.loads(table)["tag"] == pattern_cache.tag()
