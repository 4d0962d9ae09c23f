"""Signed-in people for the clinic load run in multi-user mode: an account and a session each.

Signing 1,000 people in through the login form would cost 1,000 password
hashes (argon2id, by design slow) before the run starts; the sessions are
written straight into the database instead, exactly as ``Sessions`` writes
them (the token's SHA-256, a CSRF token, an expiry), and each person then
sends its cookie and its CSRF header with every request, as the phone does.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from crampcare.accounts import Accounts, passwords
from crampcare.accounts.models import utcnow


def seed(db_url: str, people: int, run: str) -> tuple[dict[int, dict[str, str]], dict[int, int]]:
    """Accounts and live sessions for ``people``: (headers per person, account id per person)."""
    import psycopg

    Accounts.open(db_url).close()  # the clinic's tables, as the app would make them
    now = utcnow()
    # Any valid hash: nobody signs in with it, and hashing once is enough.
    unused = passwords.hash_password(secrets.token_urlsafe(16))
    headers: dict[int, dict[str, str]] = {}
    ids: dict[int, int] = {}
    with psycopg.connect(db_url) as conn:
        for p in range(people):
            (account_id,) = conn.execute(
                "INSERT INTO accounts (username, display_name, role, password_hash, created_at,"
                " failed_logins) VALUES (%s, %s, 'person', %s, %s, 0) RETURNING id",
                (f"{run}-person-{p}", f"Person {p}", unused, now),
            ).fetchone() or (0,)
            token, csrf = passwords.token(), passwords.token()
            conn.execute(
                "INSERT INTO account_sessions (token_hash, account_id, csrf, created_at,"
                " expires_at) VALUES (%s, %s, %s, %s, %s)",
                (passwords.digest(token), account_id, csrf, now, now + timedelta(hours=12)),
            )
            headers[p] = {"Cookie": f"crampcare_session={token}", "X-CSRF-Token": csrf}
            ids[p] = account_id
    return headers, ids
