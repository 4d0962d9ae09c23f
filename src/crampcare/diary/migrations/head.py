"""The newest migration's id, importable without SQLAlchemy or Alembic (a test keeps it true)."""

HEAD = "0001_initial"
