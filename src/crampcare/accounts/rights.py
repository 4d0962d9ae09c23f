"""A person's data rights: take everything with them, and leave nothing behind.

``everything`` is the whole record the clinic holds about one account, as one
JSON document (the diary part is the diary's own JSON export, so it imports
back). ``delete_account`` removes the account and every row about it in one
transaction, diary included. Audit entries that a deleted clinician left in
other people's logs stay theirs, with the clinician's name replaced.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update

from crampcare.accounts.consent import Consent
from crampcare.accounts.models import NotVisible
from crampcare.accounts.store import Accounts
from crampcare.accounts.tables import (
    accounts,
    audit_log,
    grants,
    invitations,
    recovery_codes,
    sessions,
)
from crampcare.diary.models import CheckIn, Episode
from crampcare.diary.store import Diary
from crampcare.diary.tables import checkins, episodes

EXPORT_KIND = "crampcare-account-export"
DELETED_READER = "a clinician whose account was since deleted"


def everything(store: Accounts, diary: Diary, person_id: int) -> dict[str, Any]:
    """The account, its diary, its sharing and its audit log, as one JSON-ready document."""
    from crampcare.diary.jsonio import diary_document

    account = store.get(person_id)
    consent = Consent(store)
    eps, cis = diary_records(diary, person_id)

    def grant(g: Any) -> dict[str, Any]:
        return {
            "person": g.person.username,
            "clinician": g.clinician.username,
            "clinician_name": g.clinician.display_name,
            "scopes": list(g.scopes),
            "created_at": g.created_at.isoformat(),
            "expires_at": g.expires_at.isoformat(),
            "revoked_at": g.revoked_at.isoformat() if g.revoked_at else None,
        }

    received = consent.patients(person_id) if account.role == "clinician" else []
    return {
        "kind": EXPORT_KIND,
        "account": {
            "username": account.username,
            "display_name": account.display_name,
            "role": account.role,
            "created_at": account.created_at.isoformat(),
            "recovery_codes_left": store.recovery_codes_left(person_id),
        },
        "diary": diary_document(eps, cis),
        "sharing_given": [grant(g) for g in consent.given(person_id, include_ended=True)],
        "sharing_received": [grant(g) for g in received],
        "audit_log": [
            {"at": e.at.isoformat(), "who": e.who, "action": e.action}
            for e in consent.audit(person_id, limit=1_000_000)
        ],
    }


def diary_records(diary: Diary, person_id: int) -> tuple[list[Episode], list[CheckIn]]:
    return diary.episodes(person_id=person_id), diary.checkins(person_id=person_id)


def delete_account(store: Accounts, account_id: int) -> None:
    """Delete the account and everything about it, diary included, all at once."""
    with store.write() as conn:
        if conn.execute(select(accounts.c.id).where(accounts.c.id == account_id)).first() is None:
            raise NotVisible("No such account.")
        conn.execute(delete(episodes).where(episodes.c.person_id == account_id))
        conn.execute(delete(checkins).where(checkins.c.person_id == account_id))
        conn.execute(delete(audit_log).where(audit_log.c.person_id == account_id))
        conn.execute(
            update(audit_log)
            .where(audit_log.c.actor_id == account_id)
            .values(actor_id=None, actor_name=DELETED_READER)
        )
        conn.execute(
            delete(grants).where(
                (grants.c.person_id == account_id) | (grants.c.clinician_id == account_id)
            )
        )
        conn.execute(delete(sessions).where(sessions.c.account_id == account_id))
        conn.execute(delete(recovery_codes).where(recovery_codes.c.account_id == account_id))
        # An invitation is the clinic's record, not the person's: it only forgets them.
        conn.execute(
            update(invitations).where(invitations.c.used_by == account_id).values(used_by=None)
        )
        conn.execute(
            update(invitations)
            .where(invitations.c.created_by == account_id)
            .values(created_by=None)
        )
        conn.execute(delete(accounts).where(accounts.c.id == account_id))


__all__ = ["DELETED_READER", "EXPORT_KIND", "delete_account", "everything"]
