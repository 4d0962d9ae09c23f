"""The quick ``log --now`` path writes the same row as the store, or steps aside."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from crampcare.diary import quicklog, sqliteconn
from crampcare.diary.models import EpisodeIn
from crampcare.diary.store import Diary


def test_quick_path_row_reads_back_like_a_store_row(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    ep = EpisodeIn(
        started_at=datetime(2026, 3, 1, 3, 10, 0, 42),
        location="foot",
        side="right",
        intensity=4,
        woke=True,
        actions=["walk"],
        minutes_to_relief=0.5,
        notes="n",
    )
    with Diary.open(path) as diary:
        via_store = diary.add_episode(ep)
    quick_id = quicklog.add_episode(ep, path)
    assert quick_id == via_store.id + 1
    with Diary.open(path) as diary:
        via_quick = diary.get_episode(quick_id)
    assert via_quick.model_dump(exclude={"id"}) == via_store.model_dump(exclude={"id"})


def test_quick_path_steps_aside_when_it_cannot_be_sure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ep = EpisodeIn(started_at=datetime(2026, 3, 1, 3, 10))
    assert quicklog.add_episode(ep, tmp_path / "missing.sqlite3") is None
    assert not (tmp_path / "missing.sqlite3").exists()
    assert quicklog.add_episode(ep, "postgresql://u@h/db") is None
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("not a database" * 100, encoding="utf-8")
    assert quicklog.add_episode(ep, bogus) is None
    old = tmp_path / "old.sqlite3"
    with Diary.open(old) as diary, diary.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    assert quicklog.add_episode(ep, old) is None
    monkeypatch.setenv("CRAMPCARE_DB", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    assert sqliteconn.sqlite_file(None) == tmp_path / "env.sqlite3"


def test_store_writes_hold_the_write_lock_from_the_start(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    # BEGIN IMMEDIATE took the lock before any statement: another writer must wait.
    locked = pytest.raises(sqlite3.OperationalError, match="locked")
    with closing(other), Diary.open(path) as diary, diary.write(), locked:
        other.execute("BEGIN IMMEDIATE")
