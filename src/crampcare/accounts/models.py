"""What the clinic layer hands to the faces: accounts and signed-in sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, get_args

from crampcare.errors import CrampcareError

Role = Literal["person", "clinician", "admin"]
ROLES: tuple[str, ...] = get_args(Role)


def utcnow() -> datetime:
    """Naive UTC, as the tables store it (one meaning on SQLite and PostgreSQL)."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    display_name: str
    role: str
    created_at: datetime


@dataclass(frozen=True)
class SignedIn:
    """A live session: whose it is and the CSRF token its forms and API calls must carry."""

    account: Account
    csrf: str
    expires_at: datetime


class AccountError(CrampcareError):
    """A request about accounts that cannot be done (the message says why, for a person)."""


class NotVisible(AccountError):
    """No such thing for this account: the same answer whether it exists for others or not."""


class BadLogin(AccountError):
    """Wrong user name, password or code (never says which)."""


class Locked(AccountError):
    """Too many failures: of this account (lockout) or from this address (rate limit)."""

    def __init__(self, message: str, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
