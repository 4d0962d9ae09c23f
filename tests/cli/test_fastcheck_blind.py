"""The fast ``check`` and ``ask`` print what the Typer app prints, for every dev_g text.

``test_fastcheck.py`` compares whole processes for a handful of requests; this runs
the fast reader and the app side by side in one process over a whole blind set
(150 descriptions; a third of them also asked as questions), so a change to the core's result
models or to the fast writer that alters one byte of one answer fails here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crampcare import fastcheck
from crampcare.cli import inprocess
from crampcare.cli.fastcache import _range, now_spec

TEXTS = [
    json.loads(line)["text"]
    for line in (Path(__file__).parents[1] / "data" / "triage_blind" / "dev_g.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


@pytest.fixture(scope="module")
def table() -> dict[str, Any]:
    """The option table the fast path reads, taken from the Typer commands as fastcache does."""
    root = inprocess.command()
    ctx = root.make_context("crampcare", ["--help"], resilient_parsing=True)
    check, ask = root.get_command(ctx, "check"), root.get_command(ctx, "ask")
    return {"check": now_spec(check), "ask": {**now_spec(ask), "top_range": _range(ask, "k")}}


def _app(args: list[str]) -> bytes:
    done = inprocess.run(args)
    assert done.code == 0, done.stderr[-300:]
    return done.stdout


def test_the_blind_set_is_read() -> None:
    assert len(TEXTS) >= 100


@pytest.mark.parametrize("text", TEXTS, ids=lambda t: t[:40])
def test_fast_check_json_is_the_apps_byte_for_byte(text: str, table: dict[str, Any]) -> None:
    fast = fastcheck.answer("check", ["--text", text, "--json"], table, terminal=False)
    assert fast is not None, "the fast path should answer check --text … --json"
    assert fast.encode("utf-8") == _app(["check", "--text", text, "--json"])


@pytest.mark.parametrize("text", TEXTS[::5], ids=lambda t: t[:40])
def test_human_check_output_is_always_the_apps(text: str, table: dict[str, Any]) -> None:
    # Rich lays out the human result: the fast path must leave it to the app.
    assert fastcheck.answer("check", ["--text", text], table, terminal=False) is None
    assert fastcheck.answer("check", ["--text", text], table, terminal=True) is None


@pytest.mark.parametrize("text", TEXTS[::3], ids=lambda t: t[:40])
def test_fast_ask_answers_are_the_apps_byte_for_byte(text: str, table: dict[str, Any]) -> None:
    as_json = fastcheck.answer("ask", ["--json", text], table, terminal=False)
    assert as_json is not None
    assert as_json.encode("utf-8") == _app(["ask", "--json", text])
    plain = fastcheck.answer("ask", [text, "-k", "2"], table, terminal=False)
    if plain is not None:  # None: text Rich would change (an emoji code), the app's to print
        assert plain.encode("utf-8") == _app(["ask", text, "-k", "2"])
