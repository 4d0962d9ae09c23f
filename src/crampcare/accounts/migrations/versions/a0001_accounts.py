"""Clinic tables: accounts, sessions, invitations, recovery codes, grants, audit log, throttle.

Revision ID: a0001_accounts
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "a0001_accounts"
down_revision = None
branch_labels = ("accounts",)
depends_on = None

_ACCOUNT = "accounts.id"


def _account_fk(name: str, nullable: bool = False, ondelete: str = "CASCADE") -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        name, sa.Integer, sa.ForeignKey(_ACCOUNT, ondelete=ondelete), nullable=nullable
    )


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime),
    )
    op.create_table(
        "account_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        _account_fk("account_id"),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_account_sessions_account", "account_sessions", ["account_id"])
    op.create_table(
        "invitations",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        _account_fk("created_by", nullable=True, ondelete="SET NULL"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        _account_fk("used_by", nullable=True, ondelete="SET NULL"),
    )
    op.create_table(
        "recovery_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        _account_fk("account_id"),
    )
    op.create_index("ix_recovery_codes_account", "recovery_codes", ["account_id"])
    op.create_table(
        "grants",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _account_fk("person_id"),
        _account_fk("clinician_id"),
        sa.Column("scopes", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime),
    )
    op.create_index("ix_grants_clinician", "grants", ["clinician_id"])
    op.create_index("ix_grants_person", "grants", ["person_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _account_fk("person_id"),
        _account_fk("actor_id", nullable=True, ondelete="SET NULL"),
        sa.Column("actor_name", sa.String(100), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_audit_log_person_at", "audit_log", ["person_id", "at"])
    op.create_table(
        "login_throttle",
        sa.Column("client", sa.String(64), primary_key=True),
        sa.Column("window_start", sa.DateTime, nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "login_throttle",
        "audit_log",
        "grants",
        "recovery_codes",
        "invitations",
        "account_sessions",
        "accounts",
    ):
        op.drop_table(table)
