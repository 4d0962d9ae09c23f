"""Backups: a dump by the shipped backup script, restored by the shipped restore script."""

from __future__ import annotations

import os
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from crampcare.diary.models import CheckInIn, EpisodeIn
from crampcare.diary.store import Diary
from tests.deploy.conftest import DEPLOY
from tests.diary.conftest import _pg_bin

pytestmark = pytest.mark.postgres


def _env(admin_url: str, tmp_path: Path, database: str) -> dict[str, str]:
    server = psycopg.conninfo.conninfo_to_dict(admin_url)
    return {
        **os.environ,
        "PATH": f"{_pg_bin()}:{os.environ['PATH']}",
        "PGHOST": str(server["host"]),
        "PGPORT": str(server["port"]),
        "PGUSER": "postgres",
        "PGDATABASE": database,
        "CRAMPCARE_BACKUP_DIR": str(tmp_path / "backups"),
    }


def _tables(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table in the diary's schema, in primary-key order."""
    with psycopg.connect(url) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' ORDER BY table_name"
            )
        ]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}


def _populate(url: str) -> None:
    start = date(2025, 1, 1)
    with Diary.open(url) as diary:
        diary.import_rows(
            [
                *(
                    EpisodeIn.model_validate(
                        {
                            "started_at": f"{start + timedelta(days=i)}T03:{i % 60:02d}:00",
                            "intensity": i % 11,
                            "notes": f"nuit {i}: crampe au mollet, «réveillé» 🦵",
                        }
                    )
                    for i in range(600)
                ),
                *(
                    CheckInIn(day=start + timedelta(days=i), fluids_l=1.5, stress=i % 4)
                    for i in range(400)
                ),
            ]
        )
        for person in (2, 3):
            diary.add_episode(
                EpisodeIn.model_validate({"started_at": "2026-11-05T02:00:00"}), person_id=person
            )
        diary.add_episode(
            EpisodeIn.model_validate({"started_at": "2026-11-06T02:00:00"}),
            idempotency_key="phone-queue-1",
        )


def test_a_dump_restored_into_a_fresh_database_has_every_row(
    pg_server: str, pg_url: str, tmp_path: Path
) -> None:
    _populate(pg_url)
    live = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_server, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'crampcare'").fetchone():
            conn.execute("CREATE ROLE crampcare LOGIN")
    env = _env(pg_server, tmp_path, live)
    backup = subprocess.run(
        [str(DEPLOY / "backup" / "crampcare-backup")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    dump = Path(backup.stdout.strip())
    assert dump.parent == tmp_path / "backups" and dump.suffix == ".dump"
    assert dump.stat().st_mode & 0o077 == 0, "a dump must be private to its owner"
    restored = f"{live}_restored"
    subprocess.run(
        [str(DEPLOY / "backup" / "crampcare-restore"), str(dump), restored],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    restored_url = pg_url.rsplit("/", 1)[0] + f"/{restored}"

    before, after = _tables(pg_url), _tables(restored_url)
    assert {"episodes", "checkins", "alembic_version"} <= before.keys()
    assert len(before["episodes"]) == 603 and len(before["checkins"]) == 400
    assert after == before
    # The restored diary carries on: new ids follow the old ones, old keys still count.
    with Diary.open(restored_url) as diary:
        again = diary.add_episode(
            EpisodeIn.model_validate({"started_at": "2026-11-06T02:00:00"}),
            idempotency_key="phone-queue-1",
        )
        fresh = diary.add_episode(EpisodeIn.model_validate({"started_at": "2026-11-07T02:00:00"}))
    assert again.id == max(r[0] for r in before["episodes"])
    # Past the old ones (a restore that reset the sequence would start at 1 and collide),
    # but not necessarily next: the replayed key took a number, as INSERT ... ON CONFLICT
    # does (and a rolled-back insert), without storing a row.
    assert again.id < fresh.id <= again.id + 2
    with psycopg.connect(restored_url) as conn:
        owner = conn.execute(
            "SELECT tableowner FROM pg_tables WHERE tablename = 'episodes'"
        ).fetchone()
    assert owner == ("crampcare",)


def test_a_failed_backup_leaves_no_file_that_looks_good(pg_server: str, tmp_path: Path) -> None:
    env = _env(pg_server, tmp_path, "no_such_database")
    failed = subprocess.run(
        [str(DEPLOY / "backup" / "crampcare-backup")], env=env, capture_output=True, timeout=60
    )
    assert failed.returncode != 0
    assert not list((tmp_path / "backups").glob("*.dump"))
