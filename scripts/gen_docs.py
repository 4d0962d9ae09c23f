"""Regenerate docs/cli.md, docs/settings.md and docs/rules.md from the code and data."""

from __future__ import annotations

from pathlib import Path

from crampcare.cli.reference import cli_reference
from crampcare.render.rules_doc import rules_reference
from crampcare.settings import settings_reference

DOCS = Path(__file__).resolve().parents[1] / "docs"
GENERATED = {
    "cli.md": cli_reference,
    "settings.md": settings_reference,
    "rules.md": rules_reference,
}


def main() -> None:
    for name, make in GENERATED.items():
        (DOCS / name).write_text(make(), encoding="utf-8")
        print(f"wrote docs/{name}")


if __name__ == "__main__":
    main()
