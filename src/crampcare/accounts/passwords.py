"""Passwords (argon2id) and the random secrets that stand in for them.

Passwords are low-entropy, so they get argon2id with argon2-cffi's RFC 9106
low-memory profile (64 MiB, 3 passes). Session tokens, invitation codes and
recovery codes are made here with 80+ bits of randomness, so a fast SHA-256
is enough to store them: nobody can search that space, and lookups by hash
stay one indexed query.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from crampcare.accounts.models import AccountError

MIN_LENGTH = 10
MAX_LENGTH = 256
_hasher = PasswordHasher()
# Verified against when the username is unknown, so both answers take as long.
_DUMMY = _hasher.hash("not a password of anyone's")
# No 0/O, 1/I/L: recovery codes are read off paper and typed in.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class WeakPassword(AccountError):
    """A new password the policy refuses."""


def check_policy(password: str, username: str) -> None:
    """Refuse passwords that are too short, too long or the username itself."""
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"Use at least {MIN_LENGTH} characters for the password.")
    if len(password) > MAX_LENGTH:
        raise WeakPassword(f"Use at most {MAX_LENGTH} characters for the password.")
    if password.strip().lower() == username.strip().lower():
        raise WeakPassword("The password must not be the user name.")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify(stored: str | None, password: str) -> bool:
    """Whether ``password`` matches; ``stored`` None still costs one hash."""
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _hasher.check_needs_rehash(stored)


def token() -> str:
    """A session token for a cookie (256 bits)."""
    return secrets.token_urlsafe(32)


def code(groups: int = 4) -> str:
    """A human-typable code, e.g. ``K7QP-3MZX-…`` (5 bits a character, 20 characters)."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(5)) for _ in range(groups))


def digest(secret: str) -> str:
    """The stored form of a session token."""
    return hashlib.sha256(secret.encode()).hexdigest()


def code_digest(typed: str) -> str:
    """The stored form of a code, as typed: dashes, spaces and case do not matter."""
    normal = "".join(typed.split()).replace("-", "").upper()
    return hashlib.sha256(normal.encode()).hexdigest()
