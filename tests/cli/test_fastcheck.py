"""``check --text … --json`` and ``ask``, fast path and Typer app: the same bytes."""

from __future__ import annotations

import gc
import marshal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crampcare import fastcheck
from crampcare.cli import fastcheck_check
from crampcare.knowledge import files
from tests.cli.processes import crampcare_process

# Served by the fast path: neither Typer, Click, Rich nor PyYAML loads.
FAST = [
    ["check", "--text", "calf cramp at night, no swelling", "--json"],
    ["check", "--json", "-t", "my left calf is swollen and hot since the long flight"],
    ["check", "--text=I can't breathe and my chest hurts", "--json"],
    ["check", "--json", "--text", "crampes la nuit, 70 ans, je prends une statine"],
    ["check", "--text", "my dad had a clot years ago; I might have a fever", "--json"],
    ["ask", "is tonic water good for cramps?"],
    ["ask", "--json", "what helps a cramp at night?", "-k", "5"],
    ["ask", "my calf is swollen and red, what do I do", "--top=2", "--mode", "lexical"],
    ["ask", "magnesium für Wadenkrämpfe?", "--json"],
]
# Left to the app: refused input, other options, odd spellings.
APP = [
    ["check", "--text", "   ", "--json"],
    ["check", "--text", "calf cramp at night"],
    ["check", "--text", "calf", "--answers", "answers.json", "--json"],
    ["check", "-tcalf", "--json"],
    ["check", "--text", "-a dash first", "--json"],
    ["check", "--text", "calf", "--text", "foot", "--json"],
    ["check", "--text", "calf", "--json", "--bogus"],
    ["ask"],
    ["ask", "cramps?", "-k", "0"],
    ["ask", "cramps?", "-k", "21"],
    ["ask", "cramps?", "--top", " 3"],
    ["ask", "cramps?", "--mode", "bogus"],
    ["ask", "two", "questions"],
    ["ask", "--json=yes", "cramps?"],
]


def _run(argv: list[str], cache: Path, fast: bool = True) -> subprocess.CompletedProcess[bytes]:
    return crampcare_process(argv, cache=cache, fast=fast, flags=["-X", "importtime"])


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache folder whose table the first (slow) run of ``ask`` built and proved."""
    folder = tmp_path_factory.mktemp("cli-cache")
    first = _run(["ask", "cramps?"], folder)
    assert first.returncode == 0, first.stderr
    tables = list(folder.glob("cli-*.marshal"))
    assert tables, "the first run did not store its table"
    table = marshal.loads(tables[0].read_bytes())
    assert table["check"] is not None and table["ask"] is not None, "the self-check failed"
    yield folder


def _outcome(done: subprocess.CompletedProcess[bytes]) -> tuple[tuple[int, bytes, str], set[str]]:
    lines = done.stderr.decode().splitlines()
    loaded = {line.split("|")[-1].strip() for line in lines if line.startswith("import time:")}
    errors = "\n".join(line for line in lines if not line.startswith("import time:"))
    return (done.returncode, done.stdout, errors), loaded


@pytest.mark.parametrize(
    ("argv", "served"),
    [(a, True) for a in FAST] + [(a, False) for a in APP],
    ids=lambda v: " ".join(v)[:60] if isinstance(v, list) else None,
)
def test_fast_check_and_ask_print_what_the_app_prints(
    argv: list[str], served: bool, cache: Path
) -> None:
    fast, fast_loaded = _outcome(_run(argv, cache))
    slow, slow_loaded = _outcome(_run(argv, cache, fast=False))
    assert "typer" in slow_loaded
    assert fast == slow
    heavy = fast_loaded & {"typer", "click", "rich", "yaml"}
    assert not heavy if served else "typer" in heavy, "served" if served else "left to the app"
    if served:
        assert fast[0] == 0 and fast[1]


@pytest.mark.parametrize("argv", FAST, ids=lambda v: " ".join(v)[:60])
def test_fast_check_and_ask_answer_without_importing_pydantic(argv: list[str], cache: Path) -> None:
    # The table holds the lexicon and red flags validated, and the ask index is found by
    # the data's hash: pydantic (40 % of a bare answer's start-up) is never needed.
    (code, out, _), loaded = _outcome(_run(argv, cache))
    assert code == 0 and out
    assert not {m for m in loaded if m.split(".")[0] in {"pydantic", "pydantic_core", "yaml"}}
    assert "crampcare.knowledge.schema" not in loaded and "crampcare.intake.parse" in loaded


def _table(**changes: Any) -> dict[str, Any]:
    spec = {"options": {"--text": ("text", None), "--json": ("as_json", True)}, "multiple": set()}
    return {"check": {**spec, "defaults": {**fastcheck.CHECK_PARAMS, **changes}}, "yaml": b""}


def test_a_check_command_the_fast_path_does_not_know_is_left_to_the_app() -> None:
    args = ["--text", "calf cramp", "--json"]
    assert fastcheck.answer("check", args, _table()) is not None
    # A new parameter, or a changed default: the reader's assumptions no longer hold.
    assert fastcheck.answer("check", args, _table(person=None)) is None
    assert fastcheck.answer("check", args, _table(as_json=True)) is None
    assert fastcheck.serve("check", args, {}) is False  # a table it cannot read: nothing printed
    assert gc.isenabled(), "the app, running instead, collects garbage as it always does"


def test_a_fast_reader_that_disagrees_with_the_app_is_left_out_of_the_table(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CRAMPCARE_CACHE_DIR", str(tmp_path))
    from typer.main import get_command

    from crampcare.cli.app import app
    from crampcare.cli.fastcache import _range, now_spec

    root: Any = get_command(app)
    ctx = root.make_context("crampcare", ["--help"], resilient_parsing=True)
    check, ask = root.get_command(ctx, "check"), root.get_command(ctx, "ask")
    table = {"check": now_spec(check), "ask": {**now_spec(ask), "top_range": _range(ask, "k")}}
    assert fastcheck_check.agreeing(table) == {"check", "ask"}
    # The JSON written one way here and another in the app: both commands are left out.
    monkeypatch.setattr(fastcheck, "dumps", lambda data: str(data) + "\n")
    assert fastcheck_check.agreeing(table) == set()


def test_a_preloaded_document_serves_only_the_very_same_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(files, "_PARSED", {})
    files.preload({b"a: 1\n": marshal.dumps({"a": "stored"})})
    first = files.parse_yaml(b"a: 1\n", "x.yaml")
    assert first == {"a": "stored"}
    first["a"] = "changed by a caller"
    assert files.parse_yaml(b"a: 1\n", "x.yaml") == {"a": "stored"}  # a fresh copy each time
    assert files.parse_yaml(b"a: 2\n", "x.yaml") == {"a": 2}  # edited: parsed again


def test_the_table_holds_the_lexicon_as_parsed() -> None:
    stored = files.marshalled("lexicon", "entries/red_flags.yaml")
    raw = files.data_bytes("entries", "red_flags.yaml")
    assert marshal.loads(stored[raw]) == files.parse_yaml(raw, "red_flags.yaml")
    assert len(stored) >= 2


def test_pydantic_plugins_are_skipped_only_for_the_very_search_path_found_free(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from crampcare import fastpath
    from crampcare.cli.fastcache import plugin_free

    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr("sys.path", [str(tmp_path), str(site)])
    found = plugin_free()
    assert found is not None and fastcheck.no_pydantic_plugins(found)
    assert not fastcheck.no_pydantic_plugins(None)
    # A distribution installed since: its folder's time moved, so pydantic looks again.
    (site / "someplugin-1.0.dist-info").mkdir()
    assert fastpath.stamp_of([str(site)]) != [dict(found)[str(site)]]
    assert not fastcheck.no_pydantic_plugins(found)
    # A folder that was not on the path when the table looked.
    monkeypatch.setattr("sys.path", [str(tmp_path), str(tmp_path / "other")])
    assert not fastcheck.no_pydantic_plugins(found)


def test_a_search_path_with_a_plugin_or_the_bare_working_folder_is_never_promised_free(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from crampcare.cli.fastcache import plugin_free

    monkeypatch.setattr("sys.path", ["", str(tmp_path)])
    assert plugin_free() is None
    plugin = tmp_path / "pydplug-1.0.dist-info"
    plugin.mkdir()
    (plugin / "METADATA").write_text("Metadata-Version: 2.1\nName: pydplug\nVersion: 1.0\n")
    (plugin / "entry_points.txt").write_text("[pydantic]\npydplug = pydplug:plugin\n")
    monkeypatch.setattr("sys.path", [str(tmp_path)])
    assert plugin_free() is None


def test_the_table_keeps_the_compiled_patterns_of_check_and_ask(cache: Path) -> None:
    from crampcare import pattern_cache

    table = marshal.loads(next(cache.glob("cli-*.marshal")).read_bytes())
    stored = marshal.loads(table["patterns"])
    assert stored["tag"] == pattern_cache.tag()
    # The lexicon's, the numbers', the rules': some hundreds, fewer than the cache a process
    # that restores them widens `re`'s to. (Round s26: the concern cues now read a process's
    # first text too, so the patterns a check compiles rose past 400; round s36: past the
    # standard library's 512, which had made the collector store none.)
    assert 50 <= len(stored["patterns"]) < pattern_cache.CACHE_SIZE


def test_the_triggers_kept_with_the_patterns_are_those_worked_out_now(cache: Path) -> None:
    from crampcare.intake.prefilter import triggers_of

    table = marshal.loads(next(cache.glob("cli-*.marshal")).read_bytes())
    kept = marshal.loads(table["patterns"])["triggers"]
    assert len(kept) > 100
    assert all(triggers_of(pattern) == runs for pattern, runs in kept.items())


def test_the_documents_few_answers_read_are_kept_beside_the_table_not_in_it(cache: Path) -> None:
    from crampcare.cli.fastcache import LATER

    table = marshal.loads(next(cache.glob("cli-*.marshal")).read_bytes())
    beside = marshal.loads(next(cache.glob("cli-*.marshal.later")).read_bytes())
    assert beside["digest"] == table["digest"] and "yaml_later" not in table
    eager, later = marshal.loads(table["yaml"]), marshal.loads(beside["yaml"])
    for name in LATER:
        raw = files.data_bytes(*name.split("/"))
        assert raw in later and raw not in eager
        assert marshal.loads(later[raw]) == files.parse_yaml(raw, name)
    # Every other lexicon file (and the red flags) is in the table, parsed.
    assert files.data_bytes("lexicon", "phrases.yaml") in eager
    assert files.data_bytes("entries", "red_flags.yaml") in eager


def test_documents_kept_beside_another_table_are_refused(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crampcare import fastpath

    monkeypatch.setenv("CRAMPCARE_CACHE_DIR", str(cache))
    table = marshal.loads(next(cache.glob("cli-*.marshal")).read_bytes())
    assert fastpath.load_later(table["digest"]) is not None
    assert fastpath.load_later("0" * 32) is None  # files changed since: the table's rebuilt
    assert fastpath.load_later(None) is None


def test_documents_kept_apart_are_unpacked_once_on_the_first_miss(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(files, "_PARSED", {b"a: 1\n": marshal.dumps({"a": "eager"})})
    monkeypatch.setattr(files, "_LATER", [])
    asked: list[int] = []

    def later() -> bytes:
        asked.append(1)
        return marshal.dumps({b"b: 1\n": marshal.dumps({"b": "later"})})

    files.preload_later(later)
    assert files.parse_yaml(b"a: 1\n", "a.yaml") == {"a": "eager"} and not asked
    assert files.parse_yaml(b"b: 1\n", "b.yaml") == {"b": "later"}
    assert files.parse_yaml(b"c: 1\n", "c.yaml") == {"c": 1}  # in neither: parsed
    assert asked == [1]
    # An unreadable source is no answer: the YAML is parsed.
    files.preload_later(lambda: b"not marshal")
    assert files.parse_yaml(b"d: 1\n", "d.yaml") == {"d": 1}


def test_a_check_in_another_language_reads_its_glossary_from_beside_the_table(
    cache: Path,
) -> None:
    # The glossary is not in the table: without the file beside it PyYAML would load.
    argv = ["check", "--json", "--text", "crampes la nuit, 70 ans, je prends une statine"]
    (code, out, _), loaded = _outcome(_run(argv, cache))
    assert code == 0 and out and "yaml" not in loaded


def test_a_served_answer_leaves_its_objects_to_the_exit_uncollected(cache: Path) -> None:
    # Collecting a process's objects at its exit costs a fast answer some 7 % of its
    # CPU for nothing: a served answer freezes them (the app, run instead, does not).
    import os
    import sys

    code = (
        "import gc, sys\n"
        "from crampcare.__main__ import main\n"
        "sys.argv = ['crampcare', *sys.argv[1:]]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(gc.get_freeze_count(), file=sys.stderr)\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(Path(fastcheck.__file__).parents[1]), ""]),
        "CRAMPCARE_CACHE_DIR": str(cache),
    }
    for argv, frozen in ((["ask", "is tonic water good for cramps?"], True), (["ask"], False)):
        done = subprocess.run(
            [sys.executable, "-c", code, *argv], capture_output=True, env=env, timeout=120
        )
        count = int(done.stderr.decode().split()[-1])
        assert (count > 10_000) is frozen, done.stderr.decode()[-500:]
