"""Signing in and out: sessions, lockout, rate limiting, password change and recovery.

Two brakes on guessing, both kept in the database so every app process sees
them: an account locks for ``LOCK_MINUTES`` after ``LOCK_AFTER`` wrong
passwords in a row, and one client address may fail ``CLIENT_FAILURES`` times
in ``CLIENT_WINDOW`` before it must wait (which also slows someone trying one
password against many accounts). A wrong name and a wrong password take as
long and read the same.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from crampcare.accounts import passwords
from crampcare.accounts.models import Account, BadLogin, Locked, SignedIn
from crampcare.accounts.store import Accounts, account_of, normal_username
from crampcare.accounts.tables import accounts, login_throttle, recovery_codes, sessions
from crampcare.diary import pgfast
from crampcare.errors import CrampcareError

SESSION_HOURS = 12
LOCK_AFTER = 5
LOCK_MINUTES = 15
CLIENT_FAILURES = 20
CLIENT_WINDOW = timedelta(minutes=10)
_WRONG = "That user name and password do not match."


_ACCOUNT_COLUMNS = [accounts.c[name] for name in Account.__dataclass_fields__]
_LOOKUP = (
    select(*_ACCOUNT_COLUMNS, sessions.c.csrf, sessions.c.expires_at)
    .join(accounts, accounts.c.id == sessions.c.account_id)
    .where(sessions.c.token_hash == bindparam("token"), sessions.c.expires_at > bindparam("now"))
)


@cache
def _pg_lookup() -> str:
    return pgfast.compiled(_LOOKUP)


class Sessions:
    """Login, logout and session lookup over an ``Accounts``."""

    def __init__(self, store: Accounts) -> None:
        self.store = store

    # -- signing in ---------------------------------------------------------------------

    def login(self, username: str, password: str, client: str) -> tuple[str, SignedIn]:
        """A new session's token (for the cookie) and what it opens; BadLogin or Locked."""
        self._check_client(client)
        try:
            name = normal_username(username)
        except CrampcareError:
            name = ""
        with self.store.engine.connect() as conn:
            row = conn.execute(select(accounts).where(accounts.c.username == name)).first()
        now = self.store.clock()
        if row is not None and row.locked_until is not None and row.locked_until > now:
            passwords.verify(None, password)  # the same time as any other answer
            raise Locked(
                "Too many wrong passwords for this account. Try again later, or sign in "
                "with a recovery code.",
                int((row.locked_until - now).total_seconds()) + 1,
            )
        if not passwords.verify(row.password_hash if row else None, password):
            with self.store.write() as conn:
                self._failed(conn, client, row.id if row is not None else None)
            raise BadLogin(_WRONG)
        assert row is not None
        with self.store.write() as conn:
            conn.execute(
                update(accounts)
                .where(accounts.c.id == row.id)
                .values(failed_logins=0, locked_until=None)
            )
            if passwords.needs_rehash(row.password_hash):
                conn.execute(
                    update(accounts)
                    .where(accounts.c.id == row.id)
                    .values(password_hash=passwords.hash_password(password))
                )
            return self._open(conn, row.id)

    def recover(
        self, username: str, code: str, new_password: str, client: str
    ) -> tuple[str, SignedIn]:
        """Sign in with a one-time recovery code and set a new password (lifts a lockout)."""
        self._check_client(client)
        name = normal_username(username)
        passwords.check_policy(new_password, name)
        hashed = passwords.hash_password(new_password)
        with self.store.write() as conn:
            row = conn.execute(select(accounts).where(accounts.c.username == name)).first()
            used = 0
            if row is not None:
                used = conn.execute(
                    delete(recovery_codes).where(
                        recovery_codes.c.account_id == row.id,
                        recovery_codes.c.code_hash == passwords.code_digest(code),
                    )
                ).rowcount
            if row is None or used != 1:
                self._failed(conn, client, None)
                failed = True
            else:
                failed = False
                conn.execute(
                    update(accounts)
                    .where(accounts.c.id == row.id)
                    .values(password_hash=hashed, failed_logins=0, locked_until=None)
                )
                # Whoever knew the old password is signed out everywhere.
                conn.execute(delete(sessions).where(sessions.c.account_id == row.id))
                return self._open(conn, row.id)
        assert failed
        raise BadLogin("That user name and recovery code do not match.")

    def change_password(self, token: str, old: str, new: str) -> tuple[str, SignedIn]:
        """Change the password of the session's account; every session is replaced by a new one."""
        signed = self.lookup(token)
        if signed is None:
            raise BadLogin("Please sign in again.")
        account = signed.account
        with self.store.engine.connect() as conn:
            stored = conn.execute(
                select(accounts.c.password_hash).where(accounts.c.id == account.id)
            ).scalar_one()
        if not passwords.verify(stored, old):
            raise BadLogin("The current password is not right.")
        passwords.check_policy(new, account.username)
        hashed = passwords.hash_password(new)
        with self.store.write() as conn:
            conn.execute(
                update(accounts).where(accounts.c.id == account.id).values(password_hash=hashed)
            )
            conn.execute(delete(sessions).where(sessions.c.account_id == account.id))
            return self._open(conn, account.id)

    # -- sessions -----------------------------------------------------------------------

    def lookup(self, token: str) -> SignedIn | None:
        """The live session for a cookie's token, or None (unknown or expired).

        Asked of the database on every request, so a revoked session ends at once.
        """
        if not token or len(token) > 128:
            return None
        where = {"token": passwords.digest(token), "now": self.store.clock()}
        row: Any
        if self.store.engine.dialect.name == "postgresql":
            # Every request's first statement: on the driver's connection (diary/pgfast.py).
            with pgfast.autocommit(self.store.engine) as raw:
                row = raw.execute(_pg_lookup(), where).fetchone()
        else:
            with self.store.engine.connect() as conn:
                row = conn.execute(_LOOKUP, where).first()
        if row is None:
            return None
        *account, csrf, expires_at = row
        return SignedIn(Account(*account), csrf, expires_at)

    def logout(self, token: str) -> None:
        with self.store.write() as conn:
            conn.execute(delete(sessions).where(sessions.c.token_hash == passwords.digest(token)))

    def _open(self, conn: Connection, account_id: int) -> tuple[str, SignedIn]:
        now = self.store.clock()
        token = passwords.token()
        csrf = passwords.token()
        expires = now + timedelta(hours=SESSION_HOURS)
        conn.execute(delete(sessions).where(sessions.c.expires_at <= now))
        conn.execute(
            sessions.insert().values(
                token_hash=passwords.digest(token),
                account_id=account_id,
                csrf=csrf,
                created_at=now,
                expires_at=expires,
            )
        )
        row = conn.execute(select(accounts).where(accounts.c.id == account_id)).one()
        return token, SignedIn(account_of(row), csrf, expires)

    # -- brakes -------------------------------------------------------------------------

    def _check_client(self, client: str) -> None:
        now = self.store.clock()
        with self.store.engine.connect() as conn:
            row = conn.execute(
                select(login_throttle).where(login_throttle.c.client == client[:64])
            ).first()
        if row is None or row.window_start <= now - CLIENT_WINDOW:
            return
        if row.failures >= CLIENT_FAILURES:
            wait = row.window_start + CLIENT_WINDOW - now
            raise Locked(
                "Too many failed sign-ins from this device. Wait a few minutes and try again.",
                int(wait.total_seconds()) + 1,
            )

    def _failed(self, conn: Connection, client: str, account_id: int | None) -> None:
        now = self.store.clock()
        if account_id is not None:
            conn.execute(
                update(accounts)
                .where(accounts.c.id == account_id)
                .values(failed_logins=accounts.c.failed_logins + 1)
            )
            conn.execute(
                update(accounts)
                .where(accounts.c.id == account_id, accounts.c.failed_logins >= LOCK_AFTER)
                .values(failed_logins=0, locked_until=now + timedelta(minutes=LOCK_MINUTES))
            )
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(login_throttle).values(
            client=client[:64], window_start=now, failures=1
        )
        stale = login_throttle.c.window_start <= now - CLIENT_WINDOW
        from sqlalchemy import case

        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["client"],
                set_={
                    "window_start": case((stale, now), else_=login_throttle.c.window_start),
                    "failures": case((stale, 1), else_=login_throttle.c.failures + 1),
                },
            )
        )
