"""``crampcare serve``: the local web app."""

from __future__ import annotations

import typer

from crampcare.cli.common import domain_errors, fail


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


@domain_errors
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8765, "--port", "-p", min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(1, "--workers", min=1, max=32, help="Worker processes."),
    open_browser: bool = typer.Option(False, "--open", help="Open the app in a browser."),
    allow_network: bool = typer.Option(
        False,
        "--allow-network",
        help="Allow a --host other than this machine (loopback): the diary is then "
        "open to every device that can reach it, with no password.",
    ),
    allow_host: list[str] = typer.Option(
        [],
        "--allow-host",
        help="Also answer requests for this host name (repeatable; adds to CRAMPCARE_ALLOW_HOSTS).",
    ),
    https: bool = typer.Option(
        False, "--https", help="Serve HTTPS with a certificate made on this machine (for phones)."
    ),
    multi_user: bool = typer.Option(
        False,
        "--multi-user",
        help="Run as a clinic server: accounts, a diary per person, sharing by consent. "
        "Needs a PostgreSQL --db (or CRAMPCARE_DB); put it behind a TLS reverse proxy.",
    ),
    db: str | None = typer.Option(None, "--db", help="Database for --multi-user (postgresql://)."),
) -> None:
    """Start the web app (phone-friendly; works without JavaScript) and print its address."""
    import os
    import socket

    from crampcare import settings
    from crampcare.cli import lan
    from crampcare.web.guard import is_loopback, is_wildcard, names_for_bind
    from crampcare.web.server import run

    clinic = multi_user or settings.multi_user()
    if clinic:
        _prepare_clinic(db)
    elif db is not None:
        fail("--db is for --multi-user; the single-user diary uses the db setting")
    if not is_loopback(host) and not allow_network and not clinic:
        fail(
            f"--host {host} would open your diary to other devices on the network, "
            "with no password. Add --allow-network if that is what you want."
        )
    phone_hosts = lan.lan_addresses(host)
    names = names_for_bind(host, [*settings.allowed_hosts(), *allow_host, *phone_hosts])
    # The workers build the app from settings (a fresh process each): pass the list on.
    os.environ["CRAMPCARE_ALLOW_HOSTS"] = ",".join(dict.fromkeys(names))
    shown = host
    if is_loopback(host):
        shown = "localhost"
    elif is_wildcard(host):
        shown = names[-1]
    scheme = "https" if https else "http"
    url = f"{scheme}://{shown if ':' not in shown else f'[{shown}]'}:{port}/"
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            fail(f"cannot listen on {host}:{port}: {exc.strerror}. Try --port.")
    if not is_loopback(host) and not clinic:
        typer.echo(
            f"Warning: crampcare is listening on {host}, so other devices on your network can "
            "read and change your diary: there is no password. It answers only to these "
            f"names: {', '.join(['localhost', *dict.fromkeys(names)])}. Stop it (Ctrl+C) "
            "when you are done.",
            err=True,
        )
    phones = [lan.url_for(a, port, https) for a in phone_hosts]
    tls = None
    if https:
        tls = lan.certificate(settings.data_dir() / "tls", phone_hosts)
    typer.echo(f"crampcare is running at {url}  (Ctrl+C to stop)")
    _print_phone_help(phones, https)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    if tls is None:
        run(host, port, workers)
    else:
        run(host, port, workers, tls)


def _prepare_clinic(db: str | None) -> None:
    """Check and migrate the clinic's database, so workers start on an up-to-date schema."""
    import os

    from crampcare.accounts import Accounts
    from crampcare.diary.db import resolve_url
    from crampcare.diary.store import Diary

    url = resolve_url(db)
    if not url.startswith("postgresql"):
        fail(
            "--multi-user needs a PostgreSQL database: give --db postgresql://... "
            "(or set CRAMPCARE_DB). SQLite stays the single-user default."
        )
    Diary.open(url).close()
    store = Accounts.open(url)
    try:
        admins = store.all(role="admin")
    finally:
        store.close()
    if not admins:
        typer.echo(
            "No admin account yet: create one with `crampcare accounts create-admin NAME`.",
            err=True,
        )
    # The workers build the app from settings in fresh processes.
    os.environ["CRAMPCARE_DB"] = url
    os.environ["CRAMPCARE_MULTI_USER"] = "on"


def _print_phone_help(phones: list[str], https: bool) -> None:
    from crampcare.cli import lan

    if not phones:
        return
    typer.echo("On a phone on the same network, open:")
    for address in phones:
        typer.echo(f"  {address}")
    code = lan.qr_code(phones[0])
    typer.echo(code if code is not None else lan.QR_HINT)
    if https:
        typer.echo(lan.FIRST_VISIT)
    else:
        typer.echo("To use it offline and install it on the phone, restart with --https.")
