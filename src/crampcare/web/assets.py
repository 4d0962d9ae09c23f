"""The static assets' version and colours, shared by the page templates and the PWA files."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from typing import Any

from crampcare import __version__

THEME_COLOUR = "#b3261e"
BACKGROUND_COLOUR = "#fbfaf7"


def package_files(folder: str) -> list[tuple[str, bytes]]:
    root = resources.files("crampcare.web").joinpath(folder)
    out: list[tuple[str, bytes]] = []

    def walk(node: Any, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            name = f"{prefix}/{child.name}"
            if child.is_dir():
                walk(child, name)
            else:
                out.append((name, child.read_bytes()))

    walk(root, folder)
    return out


@cache
def app_version() -> str:
    """Package version + a hash of what cached pages and assets are made from."""
    digest = hashlib.sha256()
    for name, data in [*package_files("static"), *package_files("templates")]:
        digest.update(name.encode() + b"\0" + data + b"\0")
    return f"{__version__}+{digest.hexdigest()[:10]}"


def asset_version() -> str:
    """The suffix for ``/static/...?v=`` links, so a cached asset is never stale."""
    return app_version().rsplit("+", 1)[-1]
