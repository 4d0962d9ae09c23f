"""A phone's write with its session check in one statement (accounts/signed_write.py).

On a real PostgreSQL: written only into the diary of a live session whose CSRF
token matches; what comes back says why not otherwise; the record returned is
the one ``Diary`` returns for the same write.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from crampcare.accounts import Accounts, Sessions, signed_write
from crampcare.accounts.models import utcnow
from crampcare.diary.models import CheckInIn, EpisodeIn
from crampcare.diary.store import Diary
from tests.clinic.conftest import PASSWORD

pytestmark = pytest.mark.postgres

EPISODE = EpisodeIn(started_at=datetime(2026, 11, 30, 3, 10), location="calf", side="left")


@pytest.fixture
def signed(pg_url: str) -> Iterator[tuple[Diary, str, str, int]]:
    """The diary, and ana's session token, CSRF token and account id."""
    diary = Diary.open(pg_url, serving=True)
    store = Accounts(diary.engine)
    store.migrate()
    account = store.create("ana", "Ana", PASSWORD, "person")
    store.create("ben", "Ben", PASSWORD, "person")
    token, who = Sessions(store).login("ana", PASSWORD, "127.0.0.1")
    yield diary, token, who.csrf, account.id
    diary.close()


def test_a_live_session_writes_into_its_own_diary(
    signed: tuple[Diary, str, str, int],
) -> None:
    diary, token, csrf, ana = signed
    who, stored = signed_write.add_episode(diary, token, csrf, EPISODE, "key-00000001", utcnow())
    assert who is not None and who.account.id == ana and who.csrf == csrf
    assert stored is not None and stored.person_id == ana
    assert diary.get_episode(stored.id, ana) == stored
    assert diary.counts(ana) == (1, 0)


def test_a_wrong_token_finds_the_session_and_writes_nothing(
    signed: tuple[Diary, str, str, int],
) -> None:
    diary, token, csrf, ana = signed
    who, stored = signed_write.add_episode(diary, token, csrf + "x", EPISODE, None, utcnow())
    assert who is not None and stored is None
    day = CheckInIn(day=date(2026, 11, 29), fluids_l=1.5)
    assert signed_write.set_checkin(diary, token, "wrong", day, utcnow())[1] is None
    assert diary.counts(ana) == (0, 0)


@pytest.mark.parametrize("token", ["no-such-session", "expired"])
def test_no_live_session_finds_nothing_and_writes_nothing(
    signed: tuple[Diary, str, str, int], token: str
) -> None:
    diary, live, csrf, ana = signed
    now = utcnow()
    if token == "expired":
        token, now = live, now + timedelta(days=2)
    assert signed_write.add_episode(diary, token, csrf, EPISODE, None, now) == (None, None)
    assert diary.counts(ana) == (0, 0)
    assert sum(sum(diary.counts(p)) for p in (ana, ana + 1)) == 0


def test_a_key_used_before_writes_nothing_twice(
    signed: tuple[Diary, str, str, int],
) -> None:
    diary, token, csrf, ana = signed
    first = signed_write.add_episode(diary, token, csrf, EPISODE, "key-00000002", utcnow())[1]
    who, again = signed_write.add_episode(diary, token, csrf, EPISODE, "key-00000002", utcnow())
    assert first is not None and who is not None and again is None
    assert diary.counts(ana) == (1, 0)


def test_a_check_in_replaces_the_days_as_the_diary_does(
    signed: tuple[Diary, str, str, int],
) -> None:
    diary, token, csrf, ana = signed
    day = date(2026, 11, 29)
    first = signed_write.set_checkin(diary, token, csrf, CheckInIn(day=day, fluids_l=1.5), utcnow())
    second = signed_write.set_checkin(
        diary, token, csrf, CheckInIn(day=day, fluids_l=2.0, stress=2), utcnow()
    )[1]
    assert first[1] is not None and second is not None and second.person_id == ana
    assert diary.get_checkin(day, ana) == second
    assert diary.counts(ana) == (0, 1)
