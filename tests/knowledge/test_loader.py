"""Loading: clear errors for bad data, and a cache that never serves stale entries."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from crampcare.knowledge import KnowledgeBaseError, UnknownEntry, load
from crampcare.knowledge.loader import _cached, load_from


def _copy_data(tmp_path: Path) -> Path:
    src = resources.files("crampcare.knowledge") / "data"
    dest = tmp_path / "kbdata"
    shutil.copytree(str(src), dest)
    return dest


def test_cached_load_equals_fresh_load(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    fresh = load_from(root)
    first = _cached(root)
    second = _cached(root)
    assert list(first.entries) == list(fresh.entries) == list(second.entries)
    assert second.entries == fresh.entries
    assert second.fingerprint == fresh.fingerprint


def test_editing_the_data_invalidates_the_cache(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    before = _cached(root)
    sources = root / "entries" / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8").replace(
            'title: "USDA FoodData Central"', 'title: "USDA FoodData Central (edited)"'
        ),
        encoding="utf-8",
    )
    after = _cached(root)
    assert after.fingerprint != before.fingerprint
    assert after.get("usda_fooddata").title.endswith("(edited)")


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    (root / "entries" / "zz_broken.yaml").write_text("entries: [ {id: x", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"zz_broken\.yaml: not valid YAML"):
        load_from(root)


def test_duplicate_id_names_both_files(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    shutil.copy(root / "entries" / "sources.yaml", root / "entries" / "zz_copy.yaml")
    with pytest.raises(KnowledgeBaseError, match="duplicate id 'seed_000'"):
        load_from(root)


def test_unknown_id_suggests_close_matches() -> None:
    with pytest.raises(UnknownEntry) as info:
        load().get("sed_000")
    assert "seed_000" in str(info.value)


def test_lookup_ignores_case() -> None:
    assert load().get("SEED_000").id == "seed_000"
