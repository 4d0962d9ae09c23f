"""``crampcare serve`` on this machine, started before Typer, Click and Rich load.

Read by the entry point (``crampcare.__main__``) for ``serve``. The supervisor of a
served app forks its workers from itself, so whatever it imports before the fork
is on the way to the first ready worker: the CLI's front end (Typer, Click, Rich,
the command modules and the parsing of the options) was a sixth of that CPU, and
no worker ever uses it.

Conservative, like ``crampcare.fastcheck``: only the plain start is taken here (an
address on this machine by name, ``--port``, ``--workers``, ``--allow-host``),
and only when it would go ahead. Any other option, a value Click might read
otherwise or refuse, the clinic server, a port already taken, a setting that
cannot be read: it does nothing and returns False, and the Typer command
(``crampcare.cli.serve``) runs and answers, its messages and exit codes included.
What it prints and starts is what that command prints and starts for the same
options; ``OPTIONS`` is held to the command's parameters by a test.
"""

from __future__ import annotations

import os
import sys

from crampcare.argv import option_pairs

#: The options read here: option string -> (parameter, kind). Every other parameter
#: of the command keeps its default (a test holds both to ``crampcare.cli.serve``).
OPTIONS: dict[str, tuple[str, str]] = {
    "--host": ("host", "text"),
    "--port": ("port", "int"),
    "-p": ("port", "int"),
    "--workers": ("workers", "int"),
    "--allow-host": ("allow_host", "list"),
}
#: The defaults the command has for them.
DEFAULTS: dict[str, object] = {"host": "127.0.0.1", "port": 8765, "workers": 1, "allow_host": []}
#: The ranges the command accepts (Click's IntRange, closed).
RANGES: dict[str, tuple[int, int]] = {"port": (1, 65535), "workers": (1, 32)}
#: Hosts that ``cli.lan.lan_addresses`` knows as this machine's: no phone address,
#: no warning, shown as localhost.
LOOPBACK = ("127.0.0.1", "::1", "localhost")


def read(args: list[str]) -> dict[str, object] | None:
    """The options as the command would have them, or None when the app should read them."""
    values: dict[str, object] = {
        k: (list(v) if isinstance(v, list) else v) for k, v in DEFAULTS.items()
    }
    pairs = option_pairs(args, dict.fromkeys(OPTIONS, True))
    if pairs is None:
        return None
    for name, value in pairs:
        if not value or value.startswith("-"):
            return None  # Click's reading of these is the app's to give
        param, kind = OPTIONS[name]
        if kind == "int":
            if not (value.isascii() and value.isdigit()):
                return None
            number = int(value)
            low, high = RANGES[param]
            if not low <= number <= high:
                return None
            values[param] = number
        elif kind == "list":
            allowed = values[param]
            assert isinstance(allowed, list)
            allowed.append(value)
        else:
            values[param] = value
    return values


def serve(args: list[str], switch: str) -> bool:
    """Start the app for ``serve args`` and serve until stopped (True), or False
    (nothing done) for the Typer command to run. ``switch``: the fast path's
    environment variable (``off`` leaves everything to the app)."""
    if os.environ.get(switch, "").lower() == "off":
        return False
    if any(key.endswith("_COMPLETE") for key in os.environ):
        return False  # shell completion is Click's
    values = read(args)
    if values is None or values["host"] not in LOOPBACK:
        return False
    host, port, workers = str(values["host"]), int(str(values["port"])), int(str(values["workers"]))
    allow_host = [str(h) for h in values["allow_host"]]  # type: ignore[attr-defined]
    try:
        if not _can_start(host, port):
            return False
        from crampcare import settings
        from crampcare.web.guard import names_for_bind

        names = names_for_bind(host, [*settings.allowed_hosts(), *allow_host])
    except Exception:
        return False  # the command meets the same problem and says what it is
    # From here on, as the command does when it goes ahead.
    os.environ["CRAMPCARE_ALLOW_HOSTS"] = ",".join(dict.fromkeys(names))
    url = f"http://localhost:{port}/"
    if sys.stdout is not None:
        sys.stdout.write(f"crampcare is running at {url}  (Ctrl+C to stop)\n")
        sys.stdout.flush()
    _run(host, port, workers)
    return True


def _can_start(host: str, port: int) -> bool:
    """Whether the command would go ahead: not a clinic server, and the port is free."""
    import socket

    from crampcare import settings

    if settings.multi_user():
        return False
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def _run(host: str, port: int, workers: int) -> None:
    """``web.server.run``, with the command's handling of what it raises."""
    from crampcare.web.server import run

    try:
        run(host, port, workers)
    except KeyboardInterrupt:
        sys.exit(130)  # as Typer ends a command that was interrupted
    except Exception as exc:
        import typer

        from crampcare.cli.common import domain_errors

        failure = exc

        def again() -> None:
            raise failure

        try:
            domain_errors(again)()  # its message and exit code, or the exception itself
        except typer.Exit as stop:
            sys.exit(stop.exit_code)
