"""Alembic migrations for the clinic's tables, in a history of their own.

``alembic_version_accounts`` records them, so the diary's ``alembic_version``
(and its quick one-row check) is untouched and either history can grow alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["HEAD", "VERSION_TABLE", "current_revision", "downgrade", "upgrade"]
SCRIPTS = Path(__file__).parent
VERSION_TABLE = "alembic_version_accounts"
HEAD = "a0001_accounts"


def current_revision(conn: Connection) -> str | None:
    """The revision recorded in the database, or None before the first migration."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def _config(conn: Connection) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade(conn: Connection, revision: str = "head") -> None:
    """Migrate the clinic's tables on ``conn`` (in the caller's transaction)."""
    from alembic import command

    command.upgrade(_config(conn), revision)  # type: ignore[arg-type]


def downgrade(conn: Connection, revision: str) -> None:
    """Migrate down to ``revision`` (``base`` removes every clinic table)."""
    from alembic import command

    command.downgrade(_config(conn), revision)  # type: ignore[arg-type]


def script_head() -> str | None:
    """The head according to the scripts (a test keeps ``HEAD`` equal to it)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    return ScriptDirectory.from_config(cfg).get_current_head()
