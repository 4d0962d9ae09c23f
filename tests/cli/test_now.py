"""`crampcare now`: starts at once, plain/JSON output, clean errors, the live loop."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from rich.console import Console
from typer.testing import CliRunner

from crampcare.cli import keys as keys_module
from crampcare.cli import now as now_module
from crampcare.cli.app import app
from crampcare.guide import build_session
from crampcare.knowledge import load


def test_plain_prints_every_step_with_its_time(runner: CliRunner) -> None:
    result = runner.invoke(app, ["now", "--plain"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("First aid for a calf cramp in bed at night")
    session = build_session(load())
    for step in session.steps:
        assert f"{step.number}. [" in result.output
        assert step.instruction in result.output
    assert "crampcare check" in result.output


def test_without_a_terminal_it_falls_back_to_plain(runner: CliRunner) -> None:
    result = runner.invoke(app, ["now", "--where", "foot"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("First aid for a foot cramp")


def test_json_is_the_session_with_ids_and_reasons(runner: CliRunner) -> None:
    result = runner.invoke(app, ["now", "--json", "--context", "water", "--pregnant"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["context"] == "water" and data["situations"] == ["pregnancy"]
    assert data["steps"][0]["technique_id"] == "fa_swimming_cramp"
    assert all(s["technique_id"] and s["why"] and s["seconds"] > 0 for s in data["steps"])
    assert data["total_seconds"] == sum(s["seconds"] for s in data["steps"])


def test_water_plain_starts_with_floating(runner: CliRunner) -> None:
    result = runner.invoke(app, ["now", "--plain", "-c", "water"])
    assert result.exit_code == 0
    first_step = next(line for line in result.output.splitlines() if line.startswith("1. "))
    assert "float" in first_step.lower()


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--where", "elbow"], "location must be one of"), (["-c", "moon"], "--context must be")],
)
def test_unknown_choice_exits_2_with_a_clean_message(
    runner: CliRunner, args: list[str], message: str
) -> None:
    result = runner.invoke(app, ["now", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_help_documents_the_options(runner: CliRunner) -> None:
    result = runner.invoke(app, ["now", "-h"])
    assert result.exit_code == 0
    for option in ("--where", "--context", "--pregnant", "--plain", "--json"):
        assert option in result.output


class Script:
    """A key source that plays a script and moves a fake clock instead of sleeping."""

    def __init__(self, keys: list[str | None]) -> None:
        self.keys = iter(keys)
        self.now = 0.0
        self.waited: list[float] = []

    def clock(self) -> float:
        return self.now

    def __call__(self, timeout: float) -> str | None:
        self.waited.append(timeout)
        key = next(self.keys, None)
        if key is None:
            self.now += timeout
        return key


def test_live_loop_counts_down_pauses_skips_and_finishes() -> None:
    session = build_session(load())
    script = Script([" ", None, " ", "n"])
    out = io.StringIO()
    runner = now_module.guided(session, script, Console(file=out, width=80), script.clock)
    assert runner.state == "finished"
    assert runner.skipped == [0]
    # The whole session ran on the fake clock: no real seconds were spent sleeping.
    assert script.now >= session.total_seconds - session.steps[0].seconds - 1
    assert "crampcare now" in out.getvalue()


def test_live_loop_quits_on_q() -> None:
    session = build_session(load())
    script = Script(["q"])
    runner = now_module.guided(session, script, Console(file=io.StringIO(), width=80), script.clock)
    assert runner.state == "quit" and runner.index == 0


@pytest.mark.parametrize(("answers", "wants_check"), [(["y", "n"], False), (["n", "y"], True)])
def test_follow_up_asks_if_it_helped_and_offers_a_check(
    answers: list[str | None], wants_check: bool
) -> None:
    out = io.StringIO()
    assert now_module.follow_up(Script(answers), Console(file=out)) is wants_check
    assert "Did that help?" in out.getvalue()
    assert "crampcare check" in out.getvalue()


def test_interactive_command_runs_the_session_then_asks(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = Script(["q", "y", "n"])

    @contextmanager
    def fake_keys() -> Iterator[Callable[[float], str | None]]:
        yield script

    monkeypatch.setattr(keys_module, "interactive", lambda: True)
    monkeypatch.setattr(keys_module, "raw_keys", fake_keys)
    result = runner.invoke(app, ["now"])
    assert result.exit_code == 0, result.output
    assert "Did that help?" in result.output
    assert "Stopped." in result.output


HEAVY = ("sqlalchemy", "matplotlib", "jinja2", "weasyprint", "starlette", "numpy", "tantivy")


def test_now_stays_light_no_heavy_imports_on_its_path() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from crampcare.cli.app import app\n"
        "app(['now', '--plain'], standalone_mode=False)\n"
        f"print('HEAVY', sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip().splitlines()[-1] == "HEAVY []", done.stdout[-500:]


def test_saying_yes_to_the_check_hands_over_to_crampcare_check(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = Script(["q", "n", "y"])

    @contextmanager
    def fake_keys() -> Iterator[Callable[[float], str | None]]:
        yield script

    monkeypatch.setattr(keys_module, "interactive", lambda: True)
    monkeypatch.setattr(keys_module, "raw_keys", fake_keys)
    # Enter skips every question of the check.
    result = runner.invoke(app, ["now"], input="\n" * 60)
    assert result.exit_code == 0, result.output
    after = result.output.split("`crampcare check`? [y/n]", 1)[1]
    assert "Enter to skip" in after, "the check asked its questions"
    assert "SELF-CARE" in after.upper(), "and gave its level"


def test_raw_keys_reads_single_keys_from_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import pty
    import termios

    master, slave = pty.openpty()
    tty_in = os.fdopen(slave, "r")
    monkeypatch.setattr("sys.stdin", tty_in)
    before = termios.tcgetattr(slave)
    try:
        with keys_module.raw_keys() as read:
            assert read(0.01) is None, "no key: time-out"
            os.write(master, b"n")
            assert read(1.0) == "n", "one key, no Enter needed"
            os.write(master, b"\x1b[A")
            assert read(1.0) == "", "an arrow key is ignored, not read as Escape"
            os.write(master, b"\x1b")
            assert read(1.0) == "\x1b"
        assert termios.tcgetattr(slave) == before, "the terminal is restored"
    finally:
        tty_in.close()
        os.close(master)


def _scripted(monkeypatch: pytest.MonkeyPatch, script: Script) -> None:
    @contextmanager
    def fake_keys() -> Iterator[Callable[[float], str | None]]:
        yield script

    monkeypatch.setattr(keys_module, "interactive", lambda: True)
    monkeypatch.setattr(keys_module, "raw_keys", fake_keys)


def test_it_helped_then_one_key_logs_the_session_filled_in(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crampcare.diary.store import Diary

    # Skip to the second step, quit; it helped; log it; no check.
    _scripted(monkeypatch, Script(["n", "q", "y", "y", "n"]))
    result = runner.invoke(app, ["now", "--where", "foot"])
    assert result.exit_code == 0, result.output
    assert "Log it in your diary (foot," in result.output
    assert "Logged episode 1" in result.output
    with Diary.open() as diary:
        (entry,) = diary.episodes()
    session = build_session(load(), "foot", "night")
    titles = list(dict.fromkeys(s.technique_title for s in session.steps[:2]))
    assert entry.location == "foot" and entry.woke
    assert entry.actions == titles and entry.helped == titles
    assert entry.minutes_to_relief is not None and entry.minutes_to_relief >= 0.5


def test_saying_no_to_the_log_writes_nothing(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crampcare.diary.store import Diary

    _scripted(monkeypatch, Script(["q", "y", "n", "n"]))
    result = runner.invoke(app, ["now"])
    assert result.exit_code == 0, result.output
    assert "Log it in your diary" in result.output
    with Diary.open() as diary:
        assert diary.episodes() == []


def test_voice_without_espeak_says_how_to_get_it(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    monkeypatch.setattr(shutil, "which", lambda name: None)
    _scripted(monkeypatch, Script(["q", "n", "n"]))
    result = runner.invoke(app, ["now", "--voice"])
    assert result.exit_code == 0, result.output
    assert "apt-get install espeak-ng" in result.output


def test_voice_speaks_each_step_once_as_it_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    import subprocess

    from crampcare.cli.speech import speaker

    said: list[list[str]] = []

    class FakeProc:
        def __init__(self, args: list[str], **kw: object) -> None:
            said.append(args)

        def poll(self) -> int:
            return 0

    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/espeak-ng")
    monkeypatch.setattr(subprocess, "Popen", FakeProc)
    session = build_session(load())
    script = Script([None, "n", None, "q"])
    out = Console(file=io.StringIO(), width=80)
    now_module.guided(session, script, out, script.clock, speak=speaker(out))
    spoken = [args[-1] for args in said]
    assert spoken == [session.steps[0].instruction, session.steps[1].instruction]
    assert all(args[0] == "/usr/bin/espeak-ng" and args[1:3] == ["-v", "en"] for args in said)
