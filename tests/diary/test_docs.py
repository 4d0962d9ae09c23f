"""docs/diary.md documents every CSV column, every diary command and every FHIR code used."""

from __future__ import annotations

from pathlib import Path

from crampcare.cli.diary import diary_app
from crampcare.diary.csvio import COLUMNS
from crampcare.diary.fhir import BODY_SITES, LATERALITY

DOC = (Path(__file__).resolve().parents[2] / "docs" / "diary.md").read_text(encoding="utf-8")


def test_every_csv_column_is_documented() -> None:
    missing = [c for c in COLUMNS if f"| `{c}` |" not in DOC]
    assert missing == []


def test_every_diary_command_is_documented() -> None:
    names = [c.name for c in diary_app.registered_commands]
    assert len(names) >= 6
    missing = [n for n in names if f"crampcare diary {n}" not in DOC]
    assert missing == []
    assert "`crampcare log" in DOC and "`crampcare day`" in DOC


def test_every_fhir_code_is_documented() -> None:
    codes = [code for code, _display, _words in BODY_SITES.values() if code]
    codes += [code for code, _display in LATERALITY.values()]
    codes += ["449918009", "55300003", "R25.2", "72514-3", "272741003"]
    assert [c for c in codes if f"`{c}`" not in DOC] == []


def test_the_documented_limits_are_the_models() -> None:
    from crampcare.diary import models

    for shown in (
        str(models.FIRST_DAY),
        str(models.LAST_DAY),
        f"{models.MAX_ID:,}",
        f"{models.MAX_NOTES:,}",
        f"at most {models.MAX_ITEMS} items of at most {models.MAX_ITEM} characters",
        f"at most {models.MAX_CUSTOM} a day",
        f"1–{models.MAX_CUSTOM_NAME} characters",
        f"{models.MAX_CUSTOM_VALUE:,.0f}",
    ):
        assert shown in DOC, shown
