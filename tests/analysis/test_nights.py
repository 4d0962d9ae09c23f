"""Pairing check-ins with nights: the night of day D runs D 18:00 - D+1 12:00."""

from __future__ import annotations

from datetime import date, datetime

from crampcare.analysis.nights import columns_from_records, episodes_per_checkin, night_of
from crampcare.diary.models import CheckInIn, EpisodeIn


def test_episodes_at_2330_and_0200_belong_to_the_same_night() -> None:
    assert night_of(datetime(2026, 3, 4, 23, 30)) == date(2026, 3, 4)
    assert night_of(datetime(2026, 3, 5, 2, 0)) == date(2026, 3, 4)


def test_window_edges_and_daytime_cramps() -> None:
    assert night_of(datetime(2026, 3, 4, 18, 0)) == date(2026, 3, 4)
    assert night_of(datetime(2026, 3, 5, 11, 59)) == date(2026, 3, 4)
    assert night_of(datetime(2026, 3, 5, 12, 0)) is None
    assert night_of(datetime(2026, 3, 4, 17, 59)) is None


def test_checkin_counts_the_episodes_of_the_night_after_its_day() -> None:
    episodes = [
        EpisodeIn(started_at=datetime(2026, 3, 4, 23, 30)),
        EpisodeIn(started_at=datetime(2026, 3, 5, 2, 0)),
        EpisodeIn(started_at=datetime(2026, 3, 5, 15, 0)),  # daytime: no night
        EpisodeIn(started_at=datetime(2026, 3, 7, 4, 0)),  # night of the 6th
    ]
    checkins = [CheckInIn(day=date(2026, 3, d)) for d in (3, 4, 5, 6)]
    cols = columns_from_records(episodes, checkins)
    assert episodes_per_checkin(cols).tolist() == [0, 2, 0, 1]


def test_relief_methods_become_bitmasks_with_helped_implying_used() -> None:
    e = EpisodeIn(
        started_at=datetime(2026, 3, 4, 23, 30),
        actions=["stretch", "walk"],
        helped=["stretch"],
        minutes_to_relief=2,
    )
    cols = columns_from_records([e, e.model_copy(update={"actions": ["walk"]})], [])
    bit = {m: 1 << i for i, m in enumerate(cols.methods)}
    assert cols.ep_used.tolist() == [bit["stretch"] | bit["walk"]] * 2
    assert cols.ep_helped.tolist() == [bit["stretch"]] * 2
