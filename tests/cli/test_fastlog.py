"""``log --now`` through the fast path and through the Typer app: same output, same row."""

from __future__ import annotations

import marshal
import re
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from crampcare import fastlog
from crampcare.cli import fastcache, fastlog_check
from crampcare.diary.store import Diary
from tests.cli.processes import crampcare_process

# Served by the fast path: typer never loads.
FAST = [
    ["log", "--now"],
    ["log", "--now", "--where", "calf", "--side", "left", "--intensity", "7"],
    ["log", "--now", "-w", "Thigh", "-s", " Right ", "-i", "10", "-d", "90s"],
    ["log", "--now", "--location=thigh-back", "--duration", "1.5min", "--woke"],
    ["log", "--now", "--no-woke", "--did", "stretch, walk", "--did", "water,", "--helped", "walk"],
    ["log", "--now", "--relief-min", "2.5", "--notes", "après le bain", "--json", "-i", "0"],
    ["log", "--now", "--json", "--where", "hands", "--duration", "1h", "--relief-min", "0"],
    ["log", "--now", "--prompt", "--where", "foot", "--intensity", "07", "--notes", ""],
    ["log", "--now", "--duration", " 2 M ", "--side", "both", "--woke", "--no-woke"],
    ["log", "--now", "--duration", "٣m", "--json", "--relief-min", "5."],
    ["log", "--now", "--db", "{db}", "--where", "toes", "-i", "3"],
    ["log", "--now", "--db=sqlite:///{db}", "--json"],
]
# Left to the app: refused input, odd spellings, a diary the quick writer does not open.
APP = [
    ["log", "--now", "--at", "03:00"],
    ["log", "--now", "--started-at=now"],
    ["log", "--now", "--where", "knee"],
    ["log", "--now", "-i", "11"],
    ["log", "--now", "-i", "-1"],
    ["log", "--now", "-i", "seven"],
    ["log", "--now", "-i", " 7"],
    ["log", "--now", "--duration", "0s"],
    ["log", "--now", "--duration", "25h"],
    ["log", "--now", "--side", "middle"],
    ["log", "--now", "--bogus"],
    ["log", "--now", "-wcalf"],
    ["log", "--now", "--notes"],
    ["log", "--now", "--notes", "x" * 2001],
    ["log", "--now", "--notes", "-a dash first"],
    ["log", "--now", "--did", ",".join(f"a{i}" for i in range(21))],
    ["log", "--now", "--helped", "y" * 81],
    ["log", "--now", "--relief-min", "nan"],
    ["log", "--now", "--relief-min", "1e3"],
    ["log", "--now", "--relief-min", "1441"],
    ["log", "--now", "--json=yes"],
    ["log", "--now", "--db", ""],
    ["log", "--now", "--db", "{new}", "-i", "2"],
    ["log", "--now", "--help"],
    ["log", "--now", "extra"],
]
_TIME = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?")


def _run(
    argv: list[str], cache: Path, data: Path, *, fast: bool = True
) -> subprocess.CompletedProcess[bytes]:
    return crampcare_process(argv, cache=cache, data=data, fast=fast, flags=["-X", "importtime"])


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache folder whose table the first (slow) run of ``log --now`` built."""
    folder = tmp_path_factory.mktemp("cli-cache")
    data = tmp_path_factory.mktemp("data")
    first = _run(["log", "--now"], folder, data)
    assert first.returncode == 0, first.stderr
    tables = list(folder.glob("cli-*.marshal"))
    assert tables, "the first run did not store its table"
    assert marshal.loads(tables[0].read_bytes())["log"] is not None, "the self-check failed"
    yield folder


Outcome = tuple[int, str, str, list[tuple[object, ...]], list[int]]


def _outcome(argv: list[str], cache: Path, folder: Path, fast: bool) -> tuple[Outcome, set[str]]:
    """Exit code, output and stored rows (times masked), file modes, and whether typer loaded."""
    data = folder / "data"
    data.mkdir()
    db = data / "diary.sqlite3"
    with Diary.open(db):
        pass  # an existing, current diary: the quick writer's case
    args = [a.replace("{db}", str(db)).replace("{new}", str(folder / "new.sqlite3")) for a in argv]
    done = _run(args, cache, data, fast=fast)
    lines = done.stderr.decode().splitlines()
    loaded = {line.split("|")[-1].strip() for line in lines if line.startswith("import time:")}
    errors = "\n".join(line for line in lines if not line.startswith("import time:"))
    rows: list[tuple[object, ...]] = []
    modes: list[int] = []
    for path in (db, folder / "new.sqlite3"):
        if not path.exists():
            continue
        with closing(sqlite3.connect(path)) as conn:
            columns = [c[1] for c in conn.execute("PRAGMA table_info(episodes)")]
            typed = ", ".join(f"{c}, typeof({c})" for c in columns)
            rows += conn.execute(f"SELECT {typed} FROM episodes ORDER BY id").fetchall()
        modes += [
            p.stat().st_mode for p in sorted(path.parent.iterdir()) if p.name.startswith(path.name)
        ]
    masked = [tuple(_TIME.sub("<time>", v) if isinstance(v, str) else v for v in r) for r in rows]
    out = _TIME.sub("<time>", done.stdout.decode())
    return (done.returncode, out, errors, masked, modes), loaded


@pytest.mark.parametrize(
    ("argv", "served"),
    [(a, True) for a in FAST] + [(a, False) for a in APP],
    ids=lambda v: " ".join(v)[:60] if isinstance(v, list) else None,
)
def test_fast_log_matches_the_app(
    argv: list[str], served: bool, cache: Path, tmp_path: Path
) -> None:
    (tmp_path / "fast").mkdir()
    (tmp_path / "app").mkdir()
    fast, fast_loaded = _outcome(argv, cache, tmp_path / "fast", fast=True)
    slow, slow_loaded = _outcome(argv, cache, tmp_path / "app", fast=False)
    assert "typer" in slow_loaded
    assert fast == slow
    heavy = fast_loaded & {"typer", "click", "rich", "pydantic", "sqlalchemy", "yaml"}
    assert not heavy if served else "typer" in heavy, "served" if served else "left to the app"
    if served:
        code, _, _, rows, _ = fast
        assert code == 0 and len(rows) == 1


def test_a_log_command_the_fast_path_does_not_know_is_left_to_the_app(tmp_path: Path) -> None:
    table = {
        "defaults": {**fastlog.PARAMS, "person": None},
        "multiple": {"did", "helped"},
    }
    assert fastlog.serve(["--now"], table) is False
    changed = {"defaults": {**fastlog.PARAMS, "woke": True}, "multiple": {"did", "helped"}}
    assert fastlog.serve(["--now"], changed) is False
    assert fastlog.serve(["--now"], {}) is False  # a table it cannot read: nothing written


def test_a_fast_reader_that_disagrees_with_the_app_is_left_out_of_the_table(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CRAMPCARE_DATA_DIR", str(tmp_path))
    from typer.main import get_command

    from crampcare.cli.app import app

    root = get_command(app)
    ctx = root.make_context("crampcare", ["--help"], resilient_parsing=True)
    spec = fastcache.log_spec(root.get_command(ctx, "log"))  # type: ignore[attr-defined]
    assert fastlog_check.agrees(spec)
    original = fastlog.describe
    # A wording changed in one place only: the app's acknowledgement and the fast one differ.
    monkeypatch.setattr(fastlog, "describe", lambda f, s: original(f, s).upper())
    assert not fastlog_check.agrees(spec)
