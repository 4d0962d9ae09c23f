"""Alembic environment for the clinic's tables: run on a connection crampcare hands in."""

from __future__ import annotations

from alembic import context

from crampcare.accounts.migrations import VERSION_TABLE

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=None,
    render_as_batch=True,
    version_table=VERSION_TABLE,
)
with context.begin_transaction():
    context.run_migrations()
