"""The app under load as the clinic runs it: the shipped service's command, started and stopped.

The load and fault runs (clinic_load.py, tests/deploy) start the same uvicorn
command line as deploy/systemd's unit, on this machine's Python and a free
port, in a process group of its own so that stopping it stops its workers.
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SERVICE = ROOT / "deploy" / "systemd" / "crampcare.service"


def app_command(port: int, workers: int, service: Path = SERVICE) -> list[str]:
    """The shipped service's ExecStart (deploy/systemd), for this machine's Python and port.

    ``service``: another tree's unit (a release measured beside this one runs its own).
    """
    line = next(x for x in service.read_text().splitlines() if x.startswith("ExecStart="))
    for old, new in (
        ("/opt/crampcare/venv/bin/uvicorn", "UVICORN"),
        ("--port 8000", f"--port {port}"),
        ("--workers 2", f"--workers {workers}"),
    ):
        if old not in line:
            raise RuntimeError(f"{service} no longer has {old!r} in ExecStart: update this")
        line = line.replace(old, new)
    return [sys.executable, "-m", "uvicorn", *shlex.split(line.removeprefix("ExecStart="))[1:]]


def start_server(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as err:
        return subprocess.Popen(
            cmd,
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,
        )


def stop_server(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_ready(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer 200 within {timeout} s")
