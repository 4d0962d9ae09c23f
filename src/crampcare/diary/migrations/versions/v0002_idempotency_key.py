"""Episodes remember the client's idempotency key, so a retried offline log lands once.

Revision ID: 0002_idempotency_key
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_idempotency_key"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("episodes") as batch:
        batch.add_column(sa.Column("idempotency_key", sa.String(64), nullable=True))
    # NULLs never collide, so entries logged without a key are unaffected.
    op.create_index(
        "uq_episodes_person_idempotency",
        "episodes",
        ["person_id", "idempotency_key"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("uq_episodes_person_idempotency", table_name="episodes")
    with op.batch_alter_table("episodes") as batch:
        batch.drop_column("idempotency_key")
