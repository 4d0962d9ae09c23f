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
    https: bool = typer.Option(
        False, "--https", help="Serve HTTPS with a certificate made on this machine (for phones)."
    ),
) -> None:
    """Start the web app (phone-friendly; works without JavaScript) and print its address."""
    import socket

    from crampcare.cli import lan
    from crampcare.web.server import run

    scheme = "https" if https else "http"
    url = f"{scheme}://{'localhost' if host in ('127.0.0.1', '::1') else host}:{port}/"
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            fail(f"cannot listen on {host}:{port}: {exc.strerror}. Try --port.")
    phones = [lan.url_for(a, port, https) for a in lan.lan_addresses(host)]
    tls = None
    if https:
        from crampcare import settings

        tls = lan.certificate(settings.data_dir() / "tls", lan.lan_addresses(host))
    typer.echo(f"crampcare is running at {url}  (Ctrl+C to stop)")
    _print_phone_help(phones, https)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    if tls is None:
        run(host, port, workers)
    else:
        run(host, port, workers, tls)


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
