"""One index for the search tests: built once per session in its own folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from crampcare.search import Searcher


@pytest.fixture(scope="session")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    return Searcher(tmp_path_factory.mktemp("ask-index"))


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "ask-cache"
