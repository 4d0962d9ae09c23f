"""The clinic's tables: accounts, sessions, invitations, consent grants and the audit log.

They live beside the diary's tables in the same database and are migrated by
their own Alembic history (``accounts.migrations``, version table
``alembic_version_accounts``), so the single-user diary never carries them and
the two histories never collide. An account's id is the ``person_id`` of its
diary rows.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

accounts = Table(
    "accounts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(100), nullable=False),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("failed_logins", Integer, nullable=False, server_default="0"),
    Column("locked_until", DateTime),
)

sessions = Table(
    "account_sessions",
    metadata,
    # The SHA-256 of the cookie's token: a stolen table opens no session.
    Column("token_hash", String(64), primary_key=True),
    Column("account_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Index("ix_account_sessions_account", "account_id"),
)

invitations = Table(
    "invitations",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("created_by", Integer, ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("used_by", Integer, ForeignKey("accounts.id", ondelete="SET NULL")),
)

recovery_codes = Table(
    "recovery_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("account_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Index("ix_recovery_codes_account", "account_id"),
)

grants = Table(
    "grants",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("clinician_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    # Space-separated subset of consent.SCOPES.
    Column("scopes", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("revoked_at", DateTime),
    Index("ix_grants_clinician", "clinician_id"),
    Index("ix_grants_person", "person_id"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # Whose data was read: the person reads their own log.
    Column("person_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    # Who read it; NULL once that clinician's account is deleted (the entry stays the
    # person's record, without the former account).
    Column("actor_id", Integer, ForeignKey("accounts.id", ondelete="SET NULL")),
    Column("actor_name", String(100), nullable=False),
    Column("action", String(32), nullable=False),
    Column("at", DateTime, nullable=False),
    Index("ix_audit_log_person_at", "person_id", "at"),
)

# Failed logins per client address in the current window (rate limit across workers).
login_throttle = Table(
    "login_throttle",
    metadata,
    Column("client", String(64), primary_key=True),
    Column("window_start", DateTime, nullable=False),
    Column("failures", Integer, nullable=False),
)

#: Every table that holds something about one account, for deletion and its test.
PERSONAL_TABLES = ("accounts", "account_sessions", "recovery_codes", "grants", "audit_log")
