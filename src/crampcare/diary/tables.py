"""The diary's tables (SQLAlchemy Core). Migrations create them; this module describes them.

Every table carries ``person_id`` (1 for the single-user default) so server
mode can hold many diaries in one database.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

episodes = Table(
    "episodes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, nullable=False, server_default="1"),
    Column("started_at", DateTime, nullable=False),
    Column("duration_s", Integer),
    Column("location", String(20), nullable=False),
    Column("side", String(8), nullable=False),
    Column("intensity", SmallInteger),
    Column("woke", Boolean, nullable=False),
    Column("actions", JSON, nullable=False),
    Column("helped", JSON, nullable=False),
    Column("minutes_to_relief", Float),
    Column("notes", Text, nullable=False),
    # A client's key for one logging attempt: a retried request finds the first row.
    Column("idempotency_key", String(64)),
    Index("ix_episodes_person_started", "person_id", "started_at"),
    Index("uq_episodes_person_idempotency", "person_id", "idempotency_key", unique=True),
)

# One column per standard factor (models.FACTORS); custom factors go to JSON.
checkins = Table(
    "checkins",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, nullable=False, server_default="1"),
    Column("day", Date, nullable=False),
    Column("exercise", Boolean),
    Column("exercise_intensity", SmallInteger),
    Column("hours_on_feet", Float),
    Column("long_sitting", Boolean),
    Column("fluids_l", Float),
    Column("caffeine_cups", SmallInteger),
    Column("alcohol_units", Float),
    Column("heel_height_cm", Float),
    Column("heat", Boolean),
    Column("stress", SmallInteger),
    Column("new_medicine", Boolean),
    Column("tucked_bedding", Boolean),
    Column("custom", JSON, nullable=False),
    Column("notes", Text, nullable=False),
    # The unique constraint's index serves the analysis' (person_id, day) lookups.
    UniqueConstraint("person_id", "day", name="uq_checkins_person_day"),
)
