"""The clinic's tables have their own Alembic history beside the diary's, on both backends."""

from __future__ import annotations

from sqlalchemy import inspect

from crampcare.accounts import migrations
from crampcare.accounts.tables import metadata
from crampcare.diary import migrations as diary_migrations
from crampcare.diary.db import make_engine, resolve_url
from crampcare.diary.store import Diary


def test_head_constant_is_the_scripts_head() -> None:
    assert migrations.script_head() == migrations.HEAD


def test_clinic_tables_migrate_up_and_down_without_touching_the_diary(clinic_db: str) -> None:
    Diary.open(clinic_db).close()
    engine = make_engine(resolve_url(clinic_db))
    try:
        with engine.begin() as conn:
            assert migrations.current_revision(conn) is None
            migrations.upgrade(conn)
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.HEAD
            assert diary_migrations.current_revision(conn) == diary_migrations.HEAD
            found = inspect(conn)
            for table in metadata.tables.values():
                migrated = {c["name"] for c in found.get_columns(table.name)}
                assert migrated == {c.name for c in table.columns}, table.name
        with engine.begin() as conn:
            migrations.downgrade(conn, "base")
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            assert not set(metadata.tables) & names
            assert {"episodes", "checkins"} <= names
            assert diary_migrations.current_revision(conn) == diary_migrations.HEAD
    finally:
        engine.dispose()


def test_single_user_diary_never_gets_the_clinic_tables(tmp_path: object) -> None:
    with Diary.open(str(tmp_path) + "/d.sqlite3") as diary, diary.engine.connect() as conn:
        assert not set(metadata.tables) & set(inspect(conn).get_table_names())
