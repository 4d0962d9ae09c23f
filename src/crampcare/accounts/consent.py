"""Consent: a person lets a named clinician read parts of their diary, for a time.

A grant names its scopes (``diary``: episodes and check-ins; ``reports``: the
trigger analysis; ``exports``: CSV, JSON and FHIR files), ends by itself and
can be revoked; every clinician read checks the grant in the database, so a
revocation holds from the next request on. Every read is written to the
person's audit log in the same transaction as the check, before any data
leaves. Without a live grant for that scope the answer is NotVisible, the same
as for an account that does not exist: a clinician learns nothing of people
who did not consent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Connection, insert, select, update

from crampcare.accounts.models import Account, AccountError, NotVisible
from crampcare.accounts.store import Accounts, account_of
from crampcare.accounts.tables import accounts, audit_log, grants
from crampcare.diary.models import MAX_ID

SCOPES = ("diary", "reports", "exports")
MAX_DAYS = 366
READ_ACTIONS = {
    "diary": "read the diary",
    "reports": "read the report",
    "exports": "exported the diary",
    "summary": "looked at the dashboard",
}


@dataclass(frozen=True)
class Grant:
    id: int
    person: Account
    clinician: Account
    scopes: tuple[str, ...]
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    who: str
    action: str


class Consent:
    """Grants and the audit log over an ``Accounts``."""

    def __init__(self, store: Accounts) -> None:
        self.store = store

    def grant(self, person_id: int, clinician_username: str, scopes: list[str], days: int) -> Grant:
        """Give a clinician access; replaces any live grant to the same clinician."""
        chosen = tuple(s for s in SCOPES if s in set(scopes))
        if not chosen or set(scopes) - set(SCOPES):
            raise AccountError(f"Choose what to share: one or more of {', '.join(SCOPES)}.")
        if not 1 <= days <= MAX_DAYS:
            raise AccountError(f"Share for 1 to {MAX_DAYS} days.")
        try:
            clinician = self.store.by_username(clinician_username)
        except (NotVisible, AccountError) as exc:
            raise NotVisible(f"No clinician is called {clinician_username!r}.") from exc
        if clinician.role != "clinician" or clinician.id == person_id:
            raise NotVisible(f"No clinician is called {clinician_username!r}.")
        now = self.store.clock()
        with self.store.write() as conn:
            self._end(conn, person_id, clinician.id, now)
            key = conn.execute(
                insert(grants).values(
                    person_id=person_id,
                    clinician_id=clinician.id,
                    scopes=" ".join(chosen),
                    created_at=now,
                    expires_at=now + timedelta(days=days),
                )
            ).inserted_primary_key
        assert key is not None
        return self.get_for_person(person_id, key[0])

    @staticmethod
    def _end(conn: Connection, person_id: int, clinician_id: int, now: datetime) -> None:
        conn.execute(
            update(grants)
            .where(
                grants.c.person_id == person_id,
                grants.c.clinician_id == clinician_id,
                grants.c.revoked_at.is_(None),
            )
            .values(revoked_at=now)
        )

    def revoke(self, person_id: int, grant_id: int) -> None:
        """End one of the person's grants now; NotVisible for anyone else's."""
        if not 1 <= grant_id <= MAX_ID:  # no such row can exist; PostgreSQL would overflow
            raise NotVisible("No such sharing to stop.")
        with self.store.write() as conn:
            done = conn.execute(
                update(grants)
                .where(
                    grants.c.id == grant_id,
                    grants.c.person_id == person_id,
                    grants.c.revoked_at.is_(None),
                )
                .values(revoked_at=self.store.clock())
            ).rowcount
        if not done:
            raise NotVisible("No such sharing to stop.")

    def get_for_person(self, person_id: int, grant_id: int) -> Grant:
        for found in self.given(person_id, include_ended=True):
            if found.id == grant_id:
                return found
        raise NotVisible("No such sharing.")

    def given(self, person_id: int, include_ended: bool = False) -> list[Grant]:
        """The person's grants, newest first (live ones only unless ``include_ended``)."""
        return self._grants(grants.c.person_id == person_id, include_ended)

    def patients(self, clinician_id: int) -> list[Grant]:
        """The clinician's live grants: the people who consent to being read now."""
        return self._grants(grants.c.clinician_id == clinician_id, include_ended=False)

    def _grants(self, condition: ColumnElement[bool], include_ended: bool) -> list[Grant]:
        person = accounts.alias("person")
        clinician = accounts.alias("clinician")
        fields = ("id", "username", "display_name", "role", "created_at")
        query = (
            select(
                grants,
                *(person.c[f].label(f"p_{f}") for f in fields),
                *(clinician.c[f].label(f"c_{f}") for f in fields),
            )
            .join(person, person.c.id == grants.c.person_id)
            .join(clinician, clinician.c.id == grants.c.clinician_id)
            .where(condition)
            .order_by(grants.c.created_at.desc(), grants.c.id.desc())
        )
        if not include_ended:
            now = self.store.clock()
            query = query.where(grants.c.revoked_at.is_(None), grants.c.expires_at > now)
        with self.store.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            Grant(
                r.id,
                Account(*(r._mapping[f"p_{f}"] for f in fields)),
                Account(*(r._mapping[f"c_{f}"] for f in fields)),
                tuple(r.scopes.split()),
                r.created_at,
                r.expires_at,
                r.revoked_at,
            )
            for r in rows
        ]

    def read(self, clinician: Account, person_id: int, scope: str) -> Account:
        """Check a live grant for ``scope`` and log the read; the person, or NotVisible."""
        if clinician.role != "clinician" or not 1 <= person_id <= MAX_ID:
            raise NotVisible("No such patient.")
        now = self.store.clock()
        with self.store.write() as conn:
            row = conn.execute(
                select(grants.c.scopes, grants.c.expires_at)
                .where(
                    grants.c.person_id == person_id,
                    grants.c.clinician_id == clinician.id,
                    grants.c.revoked_at.is_(None),
                    grants.c.expires_at > now,
                )
                .order_by(grants.c.id.desc())
            ).first()
            needed = "diary" if scope == "summary" else scope
            if row is None or needed not in row.scopes.split():
                raise NotVisible("No such patient.")
            conn.execute(
                insert(audit_log).values(
                    person_id=person_id,
                    actor_id=clinician.id,
                    actor_name=clinician.display_name,
                    action=scope,
                    at=now,
                )
            )
            person = conn.execute(select(accounts).where(accounts.c.id == person_id)).one()
        return account_of(person)

    def audit(self, person_id: int, limit: int = 200) -> list[AuditEntry]:
        """Who read the person's data, newest first."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                select(audit_log)
                .where(audit_log.c.person_id == person_id)
                .order_by(audit_log.c.at.desc(), audit_log.c.id.desc())
                .limit(limit)
            ).all()
        return [AuditEntry(r.at, r.actor_name, READ_ACTIONS.get(r.action, r.action)) for r in rows]
