"""Deployment fixtures: the shipped systemd command line and nginx site, run on loopback.

The app is started from ``deploy/systemd/crampcare.service``'s ExecStart and
nginx from ``deploy/nginx/crampcare.conf``, each with the few machine-specific
words (paths, ports) swapped for the test's; a swap that no longer finds its
word fails the test, so the shipped files cannot drift from what is tested.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from benchmarks.clinic_server import app_command

from tests.diary.conftest import pg_server, pg_url
from tests.web.conftest import _free_port

__all__ = ["pg_server", "pg_url"]

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
NGINX = "/usr/sbin/nginx"


def swapped(text: str, swaps: dict[str, str]) -> str:
    """``text`` with each key replaced by its value; every key must be there."""
    for old, new in swaps.items():
        assert old in text, f"the shipped file no longer contains {old!r}: update the test"
        text = text.replace(old, new)
    return text


def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def answers(url: str, **kwargs: object) -> bool:
    try:
        return httpx.get(url, timeout=1, **kwargs).status_code < 500  # type: ignore[arg-type]
    except httpx.HTTPError:
        return False


class AppProcess:
    """The app as the service runs it, with its standard error kept for the log tests."""

    def __init__(self, env: dict[str, str], log: Path, workers: int = 1) -> None:
        self.port = _free_port()
        self.log = log
        self.url = f"http://127.0.0.1:{self.port}"
        with log.open("wb") as err:
            self.process = subprocess.Popen(
                app_command(self.port, workers),
                env={**os.environ, **env},
                stdout=subprocess.DEVNULL,
                stderr=err,
                start_new_session=True,
            )
        wait_until(lambda: answers(self.url + "/healthz"), 60, "the app to start")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def log_lines(self) -> list[str]:
        return self.log.read_text(errors="replace").splitlines()


@pytest.fixture
def app_process(tmp_path: Path) -> Iterator[Callable[..., AppProcess]]:
    """Start the app (SQLite unless ``CRAMPCARE_DB`` is given) with JSON logs."""
    started: list[AppProcess] = []

    def start(workers: int = 1, **env: str) -> AppProcess:
        full = {
            "CRAMPCARE_DATA_DIR": str(tmp_path / "data"),
            "CRAMPCARE_LOG_FORMAT": "json",
            "CRAMPCARE_SEMANTIC_TRIAGE": "off",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
            **env,
        }
        app = AppProcess(full, tmp_path / f"app{len(started)}.log", workers)
        started.append(app)
        return app

    try:
        yield start
    finally:
        for app in started:
            app.stop()


class Nginx:
    """Debian's nginx with the shipped site, a throwaway certificate and its own ports."""

    def __init__(self, folder: Path, app_port: int) -> None:
        from crampcare.cli.lan import certificate

        if not Path(NGINX).exists():
            pytest.fail("nginx not found (install Debian's 'nginx' package; .ci/run does)")
        (folder / "logs").mkdir(parents=True, exist_ok=True)  # nginx opens it before its config
        cert, key = certificate(folder / "tls", [])
        self.http_port, self.https_port = _free_port(), _free_port()
        site = swapped(
            (DEPLOY / "nginx" / "crampcare.conf").read_text(),
            {
                "listen 80;": f"listen 127.0.0.1:{self.http_port};",
                "listen [::]:80;": "",
                "listen 443 ssl http2;": f"listen 127.0.0.1:{self.https_port} ssl http2;",
                "listen [::]:443 ssl http2;": "",
                "/etc/letsencrypt/live/clinic.example.org/fullchain.pem": str(cert),
                "/etc/letsencrypt/live/clinic.example.org/privkey.pem": str(key),
                "/var/log/nginx/crampcare.access.log": str(folder / "access.log"),
                "server 127.0.0.1:8000;": f"server 127.0.0.1:{app_port};",
            },
        )
        (folder / "crampcare.conf").write_text(site)
        # The frame Debian's /etc/nginx/nginx.conf gives a site, in a folder of our own.
        user = "user root;" if os.geteuid() == 0 else ""
        temp = " ".join(
            f"{kind}_temp_path {folder / kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        (folder / "nginx.conf").write_text(
            f"{user}\nworker_processes 1;\npid {folder / 'nginx.pid'};\n"
            f"error_log {folder / 'error.log'};\nevents {{ worker_connections 256; }}\n"
            f"http {{ include /etc/nginx/mime.types; {temp}\n"
            f"include {folder / 'crampcare.conf'}; }}\n"
        )
        with (folder / "stderr.log").open("wb") as err:
            self.process = subprocess.Popen(
                [NGINX, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
        self.cert = cert
        self.url = f"https://localhost:{self.https_port}"
        self.folder = folder
        wait_until(
            lambda: self.process.poll() is not None or answers(self.url + "/healthz", verify=False),
            20,
            "nginx to start",
        )
        assert self.process.poll() is None, (folder / "stderr.log").read_text()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
