"""Migrations are named, recorded and tested; opening a diary handles bad targets cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from crampcare.diary import migrations
from crampcare.diary.db import make_engine, resolve_url
from crampcare.diary.sqliterows import CHECKIN_COLUMNS, EPISODE_COLUMNS
from crampcare.diary.store import Diary
from crampcare.diary.tables import checkins, episodes, metadata
from crampcare.errors import CrampcareError


def test_head_constant_is_the_scripts_head() -> None:
    assert migrations.script_head() == migrations.HEAD


def test_the_one_row_builder_fills_the_tables_columns_in_order() -> None:
    """Every writer builds rows with sqliterows: its columns are the tables' (ids aside)."""
    assert (
        tuple(c.name for c in episodes.columns if c.name not in ("id", "idempotency_key"))
        == EPISODE_COLUMNS
    )
    assert tuple(c.name for c in checkins.columns if c.name != "id") == CHECKIN_COLUMNS


def test_empty_database_migrates_up_and_back_down(db_url: str) -> None:
    engine = make_engine(resolve_url(db_url))
    try:
        with engine.begin() as conn:
            assert migrations.current_revision(conn) is None
            migrations.upgrade(conn)
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.HEAD
            found = inspect(conn)
            assert {"episodes", "checkins", "alembic_version"} <= set(found.get_table_names())
            for table in ("episodes", "checkins"):
                migrated = {c["name"] for c in found.get_columns(table)}
                assert migrated == {c.name for c in metadata.tables[table].columns}
            indexes = {i["name"]: i["column_names"] for i in found.get_indexes("episodes")}
            assert indexes["ix_episodes_person_started"] == ["person_id", "started_at"]
            uniques = found.get_unique_constraints("checkins")
            assert [u["column_names"] for u in uniques] == [["person_id", "day"]]
        with engine.begin() as conn:
            migrations.downgrade(conn, "base")
        with engine.connect() as conn:
            assert not {"episodes", "checkins"} & set(inspect(conn).get_table_names())
            assert migrations.current_revision(conn) is None
        with engine.begin() as conn:
            migrations.upgrade(conn)
            assert migrations.current_revision(conn) == migrations.HEAD
    finally:
        engine.dispose()


def test_opening_a_new_diary_records_the_head_revision(db_url: str) -> None:
    with Diary.open(db_url) as diary, diary.engine.connect() as conn:
        assert migrations.current_revision(conn) == migrations.HEAD


def test_sqlite_diary_is_wal_with_full_sync_and_a_busy_timeout(tmp_path: Path) -> None:
    with Diary.open(tmp_path / "d.sqlite3") as diary, diary.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert (conn.execute(text("PRAGMA busy_timeout")).scalar() or 0) >= 1000


def test_default_diary_lives_in_the_data_folder(_isolated_data: Path) -> None:
    with Diary.open() as diary:
        assert diary.where == str(_isolated_data / "diary.sqlite3")
    assert (_isolated_data / "diary.sqlite3").is_file()


def test_environment_variable_chooses_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRAMPCARE_DB", str(tmp_path / "elsewhere.db"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'elsewhere.db'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_bytes(b"these are my notes, not a database\n" * 200)
    before = bogus.read_bytes()
    with pytest.raises(CrampcareError, match="not a crampcare diary"):
        Diary.open(bogus)
    assert bogus.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_folder_or_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CrampcareError, match="folder"):
        Diary.open(tmp_path)
    with pytest.raises(CrampcareError, match="cannot reach") as info:
        Diary.open("postgresql://nobody:secret@127.0.0.1:1/none")
    assert "secret" not in str(info.value)
    with pytest.raises(CrampcareError, match="unsupported"):
        Diary.open("mysql://u@h/db")


def test_a_diary_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    with Diary.open(path) as diary, diary.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(CrampcareError, match="newer"):
        Diary.open(path)
