"""The newest migration's id, importable without SQLAlchemy or Alembic (a test keeps it true)."""

HEAD = "0002_idempotency_key"
