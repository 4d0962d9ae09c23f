"""docs/cli.md: every command's --help, generated so the docs cannot drift."""

from __future__ import annotations

from typing import Any

import typer.main

WIDTH = 96


def _walk(cmd: Any, name: str, parent: Any) -> list[str]:
    # typer ships its own click; use the command's own context class.
    ctx = cmd.context_class(
        cmd,
        info_name=name,
        parent=parent,
        terminal_width=WIDTH,
        max_content_width=WIDTH,
        **{k: v for k, v in cmd.context_settings.items() if k == "help_option_names"},
    )
    path = ctx.command_path
    out = [f"## `{path}`", "", "```text", cmd.get_help(ctx).rstrip(), "```", ""]
    if hasattr(cmd, "list_commands"):
        for sub_name in cmd.list_commands(ctx):
            sub = cmd.get_command(ctx, sub_name)
            if sub is not None and not sub.hidden:
                out += _walk(sub, sub_name, ctx)
    return out


def cli_reference() -> str:
    """The Markdown of docs/cli.md."""
    from crampcare.cli.app import app

    root = typer.main.get_command(app)
    lines = [
        "# Command reference",
        "",
        "Generated from the commands' own help by `python scripts/gen_docs.py`;",
        "a test fails when this file and the commands disagree.",
        "",
        *_walk(root, "crampcare", None),
    ]
    return "\n".join(lines).rstrip() + "\n"
