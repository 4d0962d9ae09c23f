"""The local web app and JSON API: a thin face over the core."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crampcare.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Lazy: `crampcare serve` starts its workers from crampcare.web.server without
    # loading the app (half a second) in the supervisor, which never serves a page.
    if name == "create_app":
        from crampcare.web.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
