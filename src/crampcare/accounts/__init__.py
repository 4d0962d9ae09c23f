"""The clinic's multi-user layer: accounts, sessions, consent, audit, data rights.

Core, like the diary: it knows nothing of HTTP or terminals. The clinic's web
face (``crampcare.clinicweb``) and the ``crampcare accounts`` command use it.
"""

from __future__ import annotations

from crampcare.accounts.consent import SCOPES, AuditEntry, Consent, Grant
from crampcare.accounts.login import Sessions
from crampcare.accounts.models import (
    ROLES,
    Account,
    AccountError,
    BadLogin,
    Locked,
    NotVisible,
    SignedIn,
)
from crampcare.accounts.rights import delete_account, everything
from crampcare.accounts.store import Accounts

__all__ = [
    "ROLES",
    "SCOPES",
    "Account",
    "AccountError",
    "Accounts",
    "AuditEntry",
    "BadLogin",
    "Consent",
    "Grant",
    "Locked",
    "NotVisible",
    "Sessions",
    "SignedIn",
    "delete_account",
    "everything",
]
