"""The 3 a.m. commands answered from the table the Typer app printed, byte for byte."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crampcare import cache_folder, fastpath
from tests.cli.processes import crampcare_process

REQUESTS = [
    ["--help"],
    ["-h"],
    ["--version"],
    ["check", "--help"],
    ["kb", "list", "--help"],
    ["now", "--plain"],
    ["now"],
    ["now", "--json", "-w", "toes", "--pregnant"],
    ["now", "--plain", "--where=thigh_back", "--context", "water", "--voice"],
]


def _run(
    argv: list[str], cache: Path, *flags: str, fast: bool | None = None
) -> subprocess.CompletedProcess[bytes]:
    return crampcare_process(argv, cache=cache, fast=fast, flags=flags)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache folder whose table the first (slow) run built."""
    folder = tmp_path_factory.mktemp("cli-cache")
    first = _run(["now", "--plain"], folder)
    assert first.returncode == 0, first.stderr
    # A first run answers as the app does before it builds the table.
    assert first.stdout == _run(["now", "--plain"], folder, fast=False).stdout
    assert list(folder.glob("cli-*.marshal")), "the first run did not store its table"
    yield folder


@pytest.mark.parametrize("argv", REQUESTS, ids=" ".join)
def test_stored_answer_is_what_the_app_prints(argv: list[str], cache: Path, tmp_path: Path) -> None:
    fast = _run(argv, cache)
    # The fast path switched off: the app answers (building no table, which the fixture's
    # first run did: ten seconds a request).
    slow = _run(argv, tmp_path, fast=False)
    assert (fast.returncode, fast.stdout, fast.stderr) == (slow.returncode, slow.stdout, b"")
    assert slow.stderr == b""


def test_stored_answer_loads_neither_typer_rich_nor_pydantic(cache: Path) -> None:
    done = _run(["now", "--plain"], cache, "-X", "importtime")
    assert done.returncode == 0
    loaded = {line.split("|")[-1].strip() for line in done.stderr.decode().splitlines()}
    assert "crampcare.fastpath" in loaded
    assert not loaded & {"typer", "click", "rich", "pydantic", "yaml", "typing"}


@pytest.mark.parametrize(
    "argv",
    [
        ["now", "--plain", "-w", "knee"],
        ["now", "--plain", "-wfoot"],
        ["now", "--bogus"],
        ["bogus", "--help"],
    ],
    ids=" ".join,
)
def test_anything_else_is_left_to_the_app(argv: list[str], cache: Path, tmp_path: Path) -> None:
    fast = _run(argv, cache)
    slow = _run(argv, tmp_path, fast=False)
    assert (fast.returncode, fast.stdout, fast.stderr) == (
        slow.returncode,
        slow.stdout,
        slow.stderr,
    )


def test_a_misspelt_command_does_not_rebuild_the_table(cache: Path) -> None:
    table = next(cache.glob("cli-*.marshal"))
    before = table.stat().st_mtime_ns
    assert _run(["bogus", "--help"], cache).returncode == 2
    assert table.stat().st_mtime_ns == before


def test_a_changed_file_makes_the_table_stale(
    cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CRAMPCARE_CACHE_DIR", str(tmp_path))
    table = marshal.loads(next(cache.glob("cli-*.marshal")).read_bytes())
    fastpath.save(table)
    assert fastpath.load() is not None
    # Touched, same contents (a checkout): still current, by the contents' hash.
    table["stamp"] = [(name, size, mtime + 1) for name, size, mtime in table["stamp"]]
    fastpath.save(table)
    assert fastpath.load() is not None
    # Different contents: stale.
    table["stamp"][0] = ("/changed.py", 1, 1)
    table["digest"] = "0" * 32
    fastpath.save(table)
    assert fastpath.load() is None


def test_an_empty_or_cut_table_is_no_table(
    cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Read mapped into memory: an empty file cannot be mapped, a cut one ends early.
    monkeypatch.setenv("CRAMPCARE_CACHE_DIR", str(tmp_path))
    table = marshal.loads(next(cache.glob("cli-*.marshal")).read_bytes())
    fastpath.save({**table, fastpath.LATER: marshal.dumps({})})
    assert fastpath.load() == table  # what is kept beside it is not in it
    whole = Path(fastpath.cache_file()).read_bytes()
    for broken in (b"", whole[: len(whole) // 2], b"not marshal"):
        Path(fastpath.cache_file()).write_bytes(broken)
        assert fastpath.load() is None
    beside = fastpath.load_later(table["digest"])  # written beside it
    assert beside is not None and marshal.loads(beside) == {}
    Path(fastpath.later_file()).write_bytes(b"")
    assert fastpath.load_later(table["digest"]) is None


def test_cache_folder_follows_xdg_and_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("CRAMPCARE_DATA_DIR")
    monkeypatch.delenv("CRAMPCARE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/x/cache")
    assert cache_folder.cache_root() == "/x/cache/crampcare"
    monkeypatch.setenv("XDG_CACHE_HOME", "")
    assert cache_folder.cache_root() == os.path.expanduser("~/.cache/crampcare")
    monkeypatch.setenv("CRAMPCARE_DATA_DIR", "/d")
    assert cache_folder.cache_root() == "/d/cache"
    monkeypatch.setenv("CRAMPCARE_CACHE_DIR", "/c")
    assert cache_folder.cache_root() == "/c"
