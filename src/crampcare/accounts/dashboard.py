"""What a clinician sees of a consenting patient: a weekly count and the latest report.

Each function reads through ``Consent.read`` first, so the grant is checked and
the read is in the person's audit log before any of their data is touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from crampcare.accounts.consent import Consent, Grant
from crampcare.accounts.models import Account
from crampcare.diary.models import AnyEpisode, CheckIn, Episode
from crampcare.diary.store import Diary

TREND_WEEKS = 8


@dataclass(frozen=True)
class PatientSummary:
    grant: Grant
    #: (first day of the week, episodes that week), oldest first; None without "diary".
    trend: list[tuple[date, int]] | None


def weekly_counts(
    episodes: Sequence[AnyEpisode], today: date, weeks: int = TREND_WEEKS
) -> list[tuple[date, int]]:
    """Episodes per week (weeks start on Monday) for the ``weeks`` weeks up to ``today``."""
    this_monday = today - timedelta(days=today.weekday())
    starts = [this_monday - timedelta(weeks=w) for w in range(weeks - 1, -1, -1)]
    counts = dict.fromkeys(starts, 0)
    for ep in episodes:
        day = ep.started_at.date()
        monday = day - timedelta(days=day.weekday())
        if monday in counts:
            counts[monday] += 1
    return list(counts.items())


class Dashboard:
    """A clinician's reads of their patients' diaries, each one consented and logged."""

    def __init__(self, consent: Consent, diary: Diary) -> None:
        self.consent = consent
        self.diary = diary

    def _since(self) -> date:
        today = self.consent.store.clock().date()
        return today - timedelta(days=today.weekday(), weeks=TREND_WEEKS - 1)

    def patients(self, clinician: Account) -> list[PatientSummary]:
        found = []
        for grant in self.consent.patients(clinician.id):
            trend = None
            if "diary" in grant.scopes:
                trend = self.trend(clinician, grant.person.id)
            found.append(PatientSummary(grant, trend))
        return found

    def grant(self, clinician: Account, person_id: int) -> Grant:
        """The live grant behind a patient page (NotVisible without one)."""
        for grant in self.consent.patients(clinician.id):
            if grant.person.id == person_id:
                return grant
        from crampcare.accounts.models import NotVisible

        raise NotVisible("No such patient.")

    def trend(self, clinician: Account, person_id: int) -> list[tuple[date, int]]:
        self.consent.read(clinician, person_id, "summary")
        eps = self.diary.episodes(since=self._since(), person_id=person_id)
        return weekly_counts(eps, self.consent.store.clock().date())

    def records(self, clinician: Account, person_id: int) -> tuple[list[Episode], list[CheckIn]]:
        self.consent.read(clinician, person_id, "diary")
        return self.diary.episodes(person_id=person_id), self.diary.checkins(person_id=person_id)

    def report(self, clinician: Account, person_id: int) -> dict[str, Any]:
        from crampcare.analysis.person import analyse
        from crampcare.render.report_text import report_json

        self.consent.read(clinician, person_id, "reports")
        eps = self.diary.episodes(person_id=person_id)
        cis = self.diary.checkins(person_id=person_id)
        return report_json(analyse(eps, cis))

    def export(self, clinician: Account, person_id: int) -> tuple[list[Episode], list[CheckIn]]:
        self.consent.read(clinician, person_id, "exports")
        return self.diary.episodes(person_id=person_id), self.diary.checkins(person_id=person_id)


__all__ = ["Dashboard", "PatientSummary", "weekly_counts"]
