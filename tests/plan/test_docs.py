"""docs/plan.md documents every safety filter (the table is generated, kept current here)."""

from __future__ import annotations

from pathlib import Path

from crampcare.safety import filters_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "plan.md"


def test_the_filter_table_in_the_docs_is_current() -> None:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("<!-- filters:start -->\n") + len("<!-- filters:start -->\n")
    end = text.index("<!-- filters:end -->")
    assert text[start:end].strip() == filters_table(), (
        "docs/plan.md is out of date: paste the output of filters_table() between the markers"
    )


def test_the_docs_name_both_commands_and_every_format() -> None:
    text = DOC.read_text(encoding="utf-8")
    for word in ("crampcare now", "crampcare plan", "--plain", "ics", "pdf", "F-needs-helper"):
        assert word in text
