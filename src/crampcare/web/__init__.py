"""The local web app and JSON API: a thin face over the core."""

from crampcare.web.app import create_app

__all__ = ["create_app"]
