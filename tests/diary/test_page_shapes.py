"""Every shape of a page read gives the same rows on both backends.

PostgreSQL reads a page with one statement compiled per shape (diary/pgfast.py),
SQLite with its own query builder: each combination of range, keyset, order,
limit and offset must select what a plain filter of the whole diary selects,
and a check-in saved twice for a day keeps one row and its id.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import pytest

from crampcare.diary.models import CheckInIn, EpisodeIn
from crampcare.diary.store import Diary

START = datetime(2026, 3, 1, 2, 30)
SINCE = date(2026, 3, 3)
UNTIL = date(2026, 3, 6)


def _filled(diary: Diary) -> None:
    # Two episodes share each start time: the id breaks the tie in key order.
    diary.import_rows(
        EpisodeIn(started_at=START + timedelta(hours=n // 2 * 20), intensity=n % 11)
        for n in range(24)
    )
    diary.import_rows(CheckInIn(day=date(2026, 3, 1) + timedelta(days=n)) for n in range(9))


@pytest.mark.parametrize(
    ("ranged", "keyset", "newest_first", "paged"),
    list(itertools.product((False, True), repeat=4)),
)
def test_an_episode_page_of_any_shape_is_the_diary_filtered(
    diary: Diary, ranged: bool, keyset: bool, newest_first: bool, paged: bool
) -> None:
    _filled(diary)
    everything = sorted(diary.episodes(), key=lambda e: (e.started_at, e.id))
    assert len(everything) == 24
    order = everything[::-1] if newest_first else everything
    mark = (order[5].started_at, order[5].id) if keyset else None
    since, until = (SINCE, UNTIL) if ranged else (None, None)

    def wanted(e: object) -> bool:
        key = (e.started_at, e.id)  # type: ignore[attr-defined]
        day = key[0].date()
        in_range = since is None or (until is not None and since <= day <= until)
        after = mark is None or (key < mark if newest_first else key > mark)
        return in_range and after

    expected = [e.id for e in order if wanted(e)]
    if paged:
        expected = expected[2:5]
    got = diary.episodes(
        since=since,
        until=until,
        after=mark,
        newest_first=newest_first,
        limit=3 if paged else None,
        offset=2 if paged else 0,
    )
    assert [e.id for e in got] == expected


@pytest.mark.parametrize(
    ("ranged", "keyset", "newest_first", "paged"),
    list(itertools.product((False, True), repeat=4)),
)
def test_a_checkin_page_of_any_shape_is_the_diary_filtered(
    diary: Diary, ranged: bool, keyset: bool, newest_first: bool, paged: bool
) -> None:
    _filled(diary)
    days = [c.day for c in diary.checkins()]
    order = days[::-1] if newest_first else days
    mark = order[2] if keyset else None
    since, until = (SINCE, UNTIL) if ranged else (None, None)
    expected = [
        d
        for d in order
        if (since is None or (until is not None and since <= d <= until))
        and (mark is None or (d < mark if newest_first else d > mark))
    ]
    if paged:
        expected = expected[1:3]
    got = diary.checkins(
        since=since,
        until=until,
        after=mark,
        newest_first=newest_first,
        limit=2 if paged else None,
        offset=1 if paged else 0,
    )
    assert [c.day for c in got] == expected


def test_a_checkin_saved_again_for_its_day_replaces_it_and_keeps_its_id(diary: Diary) -> None:
    first = diary.set_checkin(CheckInIn(day=SINCE, fluids_l=1.0, stress=1))
    again = diary.set_checkin(CheckInIn(day=SINCE, fluids_l=2.5, notes="later"))
    other = diary.set_checkin(CheckInIn(day=UNTIL, fluids_l=0.5), person_id=2)
    assert again.id == first.id != other.id
    stored = diary.get_checkin(SINCE)
    assert stored is not None and stored == again
    assert stored.fluids_l == 2.5 and stored.stress is None and stored.notes == "later"
    assert diary.get_checkin(UNTIL) is None  # person 2's day is not person 1's
