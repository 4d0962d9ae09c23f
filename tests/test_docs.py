"""Docs are tested: generated references match the code, and nothing is undocumented."""

from __future__ import annotations

from pathlib import Path

import pytest

from crampcare.cli.reference import cli_reference
from crampcare.knowledge import load
from crampcare.knowledge.schema import RedFlag
from crampcare.render.rules_doc import rules_reference
from crampcare.safety import FILTERS
from crampcare.settings import SETTINGS, settings_reference

DOCS = Path(__file__).resolve().parents[1] / "docs"
README = (DOCS.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "make"),
    [("cli.md", cli_reference), ("settings.md", settings_reference), ("rules.md", rules_reference)],
)
def test_generated_reference_is_current(name: str, make: object) -> None:
    assert callable(make)
    expected = make()
    actual = (DOCS / name).read_text(encoding="utf-8")
    assert actual == expected, f"docs/{name} is stale: run python scripts/gen_docs.py"


def test_every_top_level_command_is_in_the_readme() -> None:
    import typer.main

    from crampcare.cli.app import app

    root = typer.main.get_command(app)
    assert hasattr(root, "commands")
    for name in root.commands:
        assert f"crampcare {name}" in README, f"`crampcare {name}` is not shown in README.md"


def test_every_setting_and_rule_is_documented() -> None:
    settings_doc = (DOCS / "settings.md").read_text(encoding="utf-8")
    rules_doc = (DOCS / "rules.md").read_text(encoding="utf-8")
    for s in SETTINGS:
        assert s.env in settings_doc
    for r in load().of_kind(RedFlag):
        assert f"`{r.id}`" in rules_doc
    for f in FILTERS:
        assert f"`{f.id}`" in rules_doc


def test_every_docs_link_in_the_readme_exists() -> None:
    import re

    for link in re.findall(r"\]\((docs/[^)]+)\)", README):
        assert (DOCS.parent / link).exists(), link
