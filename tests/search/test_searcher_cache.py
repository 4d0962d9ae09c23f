"""``searcher()`` keeps one Searcher per data folder, for the last few folders only."""

from __future__ import annotations

import pytest

from crampcare.search import engine


class Fake:
    made = 0

    def __init__(self, **_: object) -> None:
        Fake.made += 1


def test_searchers_are_kept_for_the_last_few_data_folders(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    monkeypatch.setattr(engine, "Searcher", Fake)
    monkeypatch.setattr(engine, "_SHARED", type(engine._SHARED)())
    Fake.made = 0
    kept = engine.SEARCHERS_KEPT

    def for_folder(n: int) -> object:
        monkeypatch.setenv("CRAMPCARE_DATA_DIR", f"/nonexistent/crampcare-{n}")
        return engine.searcher()

    first = for_folder(0)
    assert for_folder(0) is first and Fake.made == 1  # reused, not rebuilt
    for n in range(1, kept):
        for_folder(n)
    assert for_folder(0) is first  # used again: now the most recent
    for n in range(kept, kept + 50):
        for_folder(n)
    assert len(engine._SHARED) == kept  # bounded, however many folders
    assert Fake.made == kept + 50
    assert for_folder(0) is not first  # the least recently used went
