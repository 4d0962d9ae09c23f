"""Accounts and invitations: the clinic's people, their roles, their recovery codes.

Sign-up is by invitation only (there is no mail server, and a clinic decides
who may hold an account): an admin makes a one-time code for a role, the new
user types it with a user name and password and is shown recovery codes once.
Sessions and login live in ``accounts.login``; consent in ``accounts.consent``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.engine import Row
from sqlalchemy.exc import IntegrityError

from crampcare.accounts import migrations, passwords
from crampcare.accounts.models import ROLES, Account, AccountError, BadLogin, NotVisible, utcnow
from crampcare.accounts.tables import accounts, invitations, recovery_codes
from crampcare.diary.db import WRITE, make_engine, resolve_url

INVITATION_DAYS = 7
RECOVERY_CODES = 10
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{2,63}")


def account_of(row: Row[tuple[object, ...]]) -> Account:
    m = row._mapping
    return Account(m["id"], m["username"], m["display_name"], m["role"], m["created_at"])


class Accounts:
    """The clinic's accounts on an engine (the diary's own, in the web app)."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = utcnow) -> None:
        self.engine = engine
        self.clock = clock
        self._writer = engine.execution_options(**{WRITE: True})

    @classmethod
    def open(cls, url_or_path: str | Path | None = None) -> Accounts:
        """Open the database at a path or URL and bring the clinic's tables up to date."""
        opened = cls(make_engine(resolve_url(url_or_path)))
        opened.migrate()
        return opened

    def migrate(self) -> None:
        with self.engine.connect() as conn:
            if migrations.current_revision(conn) == migrations.HEAD:
                return
        with self._writer.begin() as conn:
            if migrations.current_revision(conn) != migrations.HEAD:
                migrations.upgrade(conn)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self._writer.begin() as conn:
            yield conn

    # -- accounts -----------------------------------------------------------------------

    def create(self, username: str, display_name: str, password: str, role: str) -> Account:
        """A new account (the admin command and sign-up use this); refuses taken names."""
        name = normal_username(username)
        if role not in ROLES:
            raise AccountError(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
        shown = " ".join(display_name.split())[:100] or name
        passwords.check_policy(password, name)
        hashed = passwords.hash_password(password)
        with self.write() as conn:
            return self._insert(conn, name, shown, role, hashed)

    def _insert(self, conn: Connection, name: str, shown: str, role: str, hashed: str) -> Account:
        now = self.clock()
        try:
            with conn.begin_nested():
                key = conn.execute(
                    insert(accounts).values(
                        username=name,
                        display_name=shown,
                        role=role,
                        password_hash=hashed,
                        created_at=now,
                    )
                ).inserted_primary_key
        except IntegrityError as exc:
            raise AccountError(f"The user name {name!r} is taken; choose another.") from exc
        assert key is not None
        return Account(key[0], name, shown, role, now)

    def get(self, account_id: int) -> Account:
        with self.engine.connect() as conn:
            row = conn.execute(select(accounts).where(accounts.c.id == account_id)).first()
        if row is None:
            raise NotVisible("No such account.")
        return account_of(row)

    def by_username(self, username: str) -> Account:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(accounts).where(accounts.c.username == username.strip().lower())
            ).first()
        if row is None:
            raise NotVisible(f"No account is called {username!r}.")
        return account_of(row)

    def all(self, role: str | None = None) -> list[Account]:
        query = select(accounts).order_by(accounts.c.username)
        if role is not None:
            query = query.where(accounts.c.role == role)
        with self.engine.connect() as conn:
            return [account_of(r) for r in conn.execute(query)]

    # -- invitations --------------------------------------------------------------------

    def invite(self, role: str, created_by: int | None, days: int = INVITATION_DAYS) -> str:
        """A one-time sign-up code for ``role``, valid ``days`` days; only its hash is kept."""
        if role not in ROLES:
            raise AccountError(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
        if not 1 <= days <= 90:
            raise AccountError("An invitation lasts 1 to 90 days.")
        code = passwords.code()
        now = self.clock()
        with self.write() as conn:
            conn.execute(
                insert(invitations).values(
                    code_hash=passwords.code_digest(code),
                    role=role,
                    created_by=created_by,
                    created_at=now,
                    expires_at=now + timedelta(days=days),
                )
            )
        return code

    def sign_up(
        self, code: str, username: str, display_name: str, password: str
    ) -> tuple[Account, list[str]]:
        """Use an invitation: the new account and its recovery codes (shown once)."""
        name = normal_username(username)
        passwords.check_policy(password, name)
        hashed = passwords.hash_password(password)
        now = self.clock()
        with self.write() as conn:
            invitation = conn.execute(
                select(invitations).where(
                    invitations.c.code_hash == passwords.code_digest(code),
                    invitations.c.used_by.is_(None),
                    invitations.c.expires_at > now,
                )
            ).first()
            if invitation is None:
                raise BadLogin("That invitation code is not valid (used, expired or mistyped).")
            shown = " ".join(display_name.split())[:100] or name
            account = self._insert(conn, name, shown, invitation.role, hashed)
            # Only the first use counts: a second sign-up racing on the same code updates 0 rows.
            used = conn.execute(
                update(invitations)
                .where(
                    invitations.c.code_hash == invitation.code_hash,
                    invitations.c.used_by.is_(None),
                )
                .values(used_by=account.id)
            ).rowcount
            if used != 1:
                raise BadLogin("That invitation code has just been used.")
            codes = _store_recovery_codes(conn, account.id)
        return account, codes

    def new_recovery_codes(self, account_id: int) -> list[str]:
        """Replace the account's recovery codes with fresh ones (the old ones stop working)."""
        with self.write() as conn:
            return _store_recovery_codes(conn, account_id)

    def recovery_codes_left(self, account_id: int) -> int:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(recovery_codes.c.code_hash).where(recovery_codes.c.account_id == account_id)
            )
            return len(found.all())


def _store_recovery_codes(conn: Connection, account_id: int) -> list[str]:
    conn.execute(delete(recovery_codes).where(recovery_codes.c.account_id == account_id))
    codes = [passwords.code() for _ in range(RECOVERY_CODES)]
    conn.execute(
        insert(recovery_codes),
        [{"code_hash": passwords.code_digest(c), "account_id": account_id} for c in codes],
    )
    return codes


def normal_username(username: str) -> str:
    name = username.strip().lower()
    if not _USERNAME.fullmatch(name):
        raise AccountError(
            "A user name is 3 to 64 letters, digits, '.', '_' or '-', starting with a "
            "letter or digit."
        )
    return name
