"""Tests that share a node id run beside the workers, from the files scripts/check names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests import conftest

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class _Item:
    nodeid: str
    path: Path
    markers: list[Any] = field(default_factory=list)

    def add_marker(self, marker: Any) -> None:
        self.markers.append(marker)


def _named() -> list[str]:
    found = re.search(
        r'^ONE_PROCESS_FILES="([^"]*)"', (ROOT / "scripts" / "check").read_text(), re.M
    )
    assert found, "scripts/check names the files its side run collects"
    return found.group(1).split()


def test_the_files_the_check_names_exist_and_hold_schemathesis_tests() -> None:
    for name in _named():
        assert "schemathesis" in (ROOT / name).read_text(encoding="utf-8"), name


def test_a_shared_node_id_in_a_file_the_check_does_not_name_stops_the_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CRAMPCARE_ONE_PROCESS_FILES", " ".join(_named()))
    named = ROOT / _named()[0]
    elsewhere = ROOT / "tests" / "web" / "test_pages.py"
    ok = [_Item("a::t", named), _Item("a::t", named), _Item("b::u", elsewhere)]
    conftest.pytest_collection_modifyitems(ok)  # type: ignore[arg-type]
    assert [bool(i.markers) for i in ok] == [True, True, False]
    stray = [_Item("c::v", elsewhere), _Item("c::v", elsewhere)]
    with pytest.raises(pytest.UsageError, match="ONE_PROCESS_FILES"):
        conftest.pytest_collection_modifyitems(stray)  # type: ignore[arg-type]
