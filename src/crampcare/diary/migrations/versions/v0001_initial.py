"""Diary: episodes and daily check-ins, with person_id for multi-user server mode.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "episodes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("person_id", sa.Integer, nullable=False, server_default="1"),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("duration_s", sa.Integer),
        sa.Column("location", sa.String(20), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("intensity", sa.SmallInteger),
        sa.Column("woke", sa.Boolean, nullable=False),
        sa.Column("actions", sa.JSON, nullable=False),
        sa.Column("helped", sa.JSON, nullable=False),
        sa.Column("minutes_to_relief", sa.Float),
        sa.Column("notes", sa.Text, nullable=False),
    )
    op.create_index("ix_episodes_person_started", "episodes", ["person_id", "started_at"])
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("person_id", sa.Integer, nullable=False, server_default="1"),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("exercise", sa.Boolean),
        sa.Column("exercise_intensity", sa.SmallInteger),
        sa.Column("hours_on_feet", sa.Float),
        sa.Column("long_sitting", sa.Boolean),
        sa.Column("fluids_l", sa.Float),
        sa.Column("caffeine_cups", sa.SmallInteger),
        sa.Column("alcohol_units", sa.Float),
        sa.Column("heel_height_cm", sa.Float),
        sa.Column("heat", sa.Boolean),
        sa.Column("stress", sa.SmallInteger),
        sa.Column("new_medicine", sa.Boolean),
        sa.Column("tucked_bedding", sa.Boolean),
        sa.Column("custom", sa.JSON, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.UniqueConstraint("person_id", "day", name="uq_checkins_person_day"),
    )


def downgrade() -> None:
    op.drop_table("checkins")
    op.drop_index("ix_episodes_person_started", table_name="episodes")
    op.drop_table("episodes")
