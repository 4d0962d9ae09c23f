"""`crampcare serve`'s plain start before Typer loads: what the command does, or nothing."""

from __future__ import annotations

import io
import os
import socket

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from crampcare.web import fastserve
from tests.web.conftest import _free_port

SWITCH = "CRAMPCARE_FASTPATH"


def _params() -> dict[str, object]:
    from crampcare.cli import app

    root = get_command(app)
    command = root.get_command(root.make_context("crampcare", ["serve"]), "serve")  # type: ignore[attr-defined]
    return {p.name: p for p in command.params}


def test_the_options_read_are_the_commands_with_its_defaults_and_ranges() -> None:
    params = _params()
    for opt, (name, kind) in fastserve.OPTIONS.items():
        param = params[name]
        assert opt in param.opts  # type: ignore[attr-defined]
        assert param.default == fastserve.DEFAULTS[name]  # type: ignore[attr-defined]
        assert bool(param.multiple) == (kind == "list")  # type: ignore[attr-defined]
        if kind == "int":
            info = param.type_descriptor.parameter_info  # type: ignore[attr-defined]
            assert (info.min, info.max) == fastserve.RANGES[name]
            odd = ("clamp", "min_open", "max_open")
            assert not any(getattr(info, flag, False) for flag in odd)
    # Every option of the command that is not read here is one the fast start leaves
    # at its default (or leaves to the command): a new one must be looked at.
    others = {"open_browser", "allow_network", "https", "multi_user", "db"}
    assert set(params) == {n for n, _ in fastserve.OPTIONS.values()} | others


def _fast(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[bool, str, str | None]:
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    os.environ.pop("CRAMPCARE_ALLOW_HOSTS", None)
    served = fastserve.serve(args, SWITCH)
    return served, out.getvalue(), os.environ.pop("CRAMPCARE_ALLOW_HOSTS", None)


def _app(args: list[str], runner: CliRunner) -> tuple[str, str | None]:
    from crampcare.cli import app

    os.environ.pop("CRAMPCARE_ALLOW_HOSTS", None)
    result = runner.invoke(app, ["serve", *args])
    assert result.exit_code == 0, result.output
    return result.stdout, os.environ.pop("CRAMPCARE_ALLOW_HOSTS", None)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--workers", "2"],
        ["--host", "localhost", "-p", "{port}", "--workers=3"],
        ["--host=::1", "--port={port}"],
        ["--allow-host", "cramps.lan", "--port", "{port}", "--allow-host=Other.Lan."],
        ["--port", "{port}", "--port", "{port}", "--workers", "32"],
    ],
)
def test_a_plain_start_prints_and_starts_what_the_command_does(
    args: list[str],
    started: list[tuple[str, int, int]],
    monkeypatch: pytest.MonkeyPatch,
    runner: CliRunner,
) -> None:
    port = str(_free_port())
    args = [a.replace("{port}", port) for a in args]
    if "{port}" not in " ".join(args) and not any(a.startswith(("--port", "-p")) for a in args):
        args = [*args, "--port", port]
    want_out, want_env = _app(args, runner)
    served, out, env = _fast(args, monkeypatch)
    assert served
    assert (out, env) == (want_out, want_env)
    assert started[0] == started[1]


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["--open"],
        ["--https"],
        ["--host", "0.0.0.0", "--allow-network"],
        ["--host", "127.0.0.2"],
        ["--host", "LOCALHOST"],
        ["--port", "0"],
        ["--port", "+80"],
        ["--port", "8_080"],
        ["--workers", "33"],
        ["--workers"],
        ["--port="],
        ["-p8080"],
        ["--host", "--port"],
        ["--db", "x"],
        ["--multi-user"],
        ["extra"],
        ["--", "--port", "80"],
    ],
)
def test_anything_else_is_left_to_the_command(
    args: list[str], started: list[tuple[str, int, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    served, out, env = _fast(args, monkeypatch)
    assert not served and out == "" and env is None and started == []


def test_a_taken_port_a_clinic_or_the_switch_off_is_left_to_the_command(
    started: list[tuple[str, int, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        assert _fast(["--port", port], monkeypatch) == (False, "", None)
    free = str(_free_port())
    monkeypatch.setenv("CRAMPCARE_MULTI_USER", "on")
    assert _fast(["--port", free], monkeypatch) == (False, "", None)
    monkeypatch.delenv("CRAMPCARE_MULTI_USER")
    monkeypatch.setenv(SWITCH, "off")
    assert _fast(["--port", free], monkeypatch) == (False, "", None)
    assert started == []


def test_a_failure_to_serve_is_said_as_the_command_says_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from crampcare.errors import CrampcareError
    from crampcare.web import server

    def fails(host: str, port: int, workers: int) -> None:
        raise CrampcareError("the web app's workers keep failing to start")

    monkeypatch.setattr(server, "run", fails)
    monkeypatch.delenv(SWITCH, raising=False)
    with pytest.raises(SystemExit) as stop:
        fastserve.serve(["--port", str(_free_port())], SWITCH)
    assert stop.value.code == 2
    assert "Error: the web app's workers keep failing to start" in capsys.readouterr().err
    os.environ.pop("CRAMPCARE_ALLOW_HOSTS", None)
