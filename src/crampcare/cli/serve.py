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
) -> None:
    """Start the web app (phone-friendly; works without JavaScript) and print its address."""
    import socket

    from crampcare.web.server import run

    url = f"http://{'localhost' if host in ('127.0.0.1', '::1') else host}:{port}/"
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            fail(f"cannot listen on {host}:{port}: {exc.strerror}. Try --port.")
    typer.echo(f"crampcare is running at {url}  (Ctrl+C to stop)")
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    run(host, port, workers)
