"""The one Jinja environment: printable documents (plan, report) and the web app's pages.

Autoescape always: entry text and diary notes are data and must never become
markup. The web app adds its own template folder (``add_templates``); the
documents need nothing but this package.
"""

from __future__ import annotations

from functools import cache

from jinja2 import ChoiceLoader, Environment, PackageLoader


@cache
def environment() -> Environment:
    """The environment, made once per process."""
    return Environment(
        loader=ChoiceLoader([PackageLoader("crampcare.render", "templates")]),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def add_templates(package: str) -> Environment:
    """The environment, also reading ``package``'s ``templates`` folder (once)."""
    env = environment()
    loader = env.loader
    assert isinstance(loader, ChoiceLoader)
    if not any(getattr(found, "package_name", None) == package for found in loader.loaders):
        loader.loaders = [*loader.loaders, PackageLoader(package, "templates")]
    return env
