"""Alembic migrations for the diary, run programmatically when a diary is opened.

``HEAD`` names the newest revision so that opening an up-to-date diary costs one
query and never imports Alembic; a test keeps it equal to the scripts' head.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from crampcare.diary.migrations.head import HEAD

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["HEAD", "current_revision", "downgrade", "script_head", "upgrade"]
SCRIPTS = Path(__file__).parent


def current_revision(conn: Connection) -> str | None:
    """The revision recorded in the database, or None for an empty one."""
    # Imported here: the quick log path imports this package for HEAD alone.
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _config(conn: Connection) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade(conn: Connection, revision: str = "head") -> None:
    """Migrate the database on ``conn`` (inside the caller's transaction) up to ``revision``."""
    from alembic import command

    command.upgrade(_config(conn), revision)  # type: ignore[arg-type]


def downgrade(conn: Connection, revision: str) -> None:
    """Migrate down to ``revision`` (``base`` removes every diary table)."""
    from alembic import command

    command.downgrade(_config(conn), revision)  # type: ignore[arg-type]


def script_head() -> str | None:
    """The head revision according to the migration scripts themselves."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    return ScriptDirectory.from_config(cfg).get_current_head()
