"""`crampcare serve` stays on this machine unless the person says otherwise."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from tests.web.conftest import _free_port


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.7"])
def test_a_network_address_needs_allow_network(
    runner: CliRunner, started: list[tuple[str, int, int]], host: str
) -> None:
    from crampcare.cli import app

    result = runner.invoke(app, ["serve", "--host", host, "--port", str(_free_port())])
    assert result.exit_code == 2
    assert "--allow-network" in result.output and "Traceback" not in result.output
    assert started == []


def test_allow_network_starts_with_a_warning_and_an_allow_list(
    runner: CliRunner, started: list[tuple[str, int, int]]
) -> None:
    from crampcare.cli import app

    port = _free_port()
    result = runner.invoke(
        app,
        [
            "serve",
            "--host",
            "0.0.0.0",
            "--port",
            str(port),
            "--allow-network",
            "--allow-host",
            "cramps.lan",
        ],
    )
    assert result.exit_code == 0, result.output
    assert started == [("0.0.0.0", port, 1)]
    assert "Warning" in result.output and "no password" in result.output
    allowed = os.environ["CRAMPCARE_ALLOW_HOSTS"].split(",")
    assert "cramps.lan" in allowed and "0.0.0.0" not in allowed


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_loopback_needs_no_flag_and_gives_no_warning(
    runner: CliRunner, started: list[tuple[str, int, int]], host: str
) -> None:
    from crampcare.cli import app

    result = runner.invoke(app, ["serve", "--host", host, "--port", str(_free_port())])
    assert result.exit_code == 0, result.output
    assert "Warning" not in result.output and "http://localhost:" in result.output
