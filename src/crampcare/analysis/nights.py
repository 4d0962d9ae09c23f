"""Pairing check-ins with nights, as columns (numpy) so one code path serves
one person over ten years and a clinic of ten thousand.

The night window: the night of day D runs from D 18:00 to D+1 12:00 (local
time). An episode starting in that window belongs to night D, and the check-in
for day D (the day before that night) describes its factors. So cramps at
23:30 and at 02:00 are one night. Episodes starting between 12:00 and 18:00
are daytime cramps: they appear in the time-of-day histogram but do not make
a cramp night.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from crampcare.analysis.factors import STANDARD, value_of

if TYPE_CHECKING:
    from crampcare.diary.models import AnyCheckIn, AnyEpisode

NIGHT_STARTS_MIN = 18 * 60  # 18:00 on day D
NIGHT_LENGTH_MIN = 18 * 60  # ... until 12:00 on day D+1
DAY_MIN = 24 * 60
PERSON_SHIFT = 21  # key = person << 21 | day ordinal (ordinals stay below 2**21 until year 5741)

I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]


def minute_stamp(moment: datetime) -> int:
    """Local minutes since 0001-01-01, the unit of ``DiaryColumns.ep_start``."""
    return moment.toordinal() * DAY_MIN + moment.hour * 60 + moment.minute


def night_of(moment: datetime) -> date | None:
    """The day D whose night contains ``moment``; None for a daytime episode."""
    shifted = minute_stamp(moment) - NIGHT_STARTS_MIN
    if shifted % DAY_MIN >= NIGHT_LENGTH_MIN:
        return None
    return date.fromordinal(shifted // DAY_MIN)


@dataclass
class DiaryColumns:
    """Check-ins and episodes of one or many persons as parallel arrays."""

    person: I32  # per check-in
    day: I32  # per check-in, date ordinal
    factors: dict[str, F64]  # per check-in raw values, NaN = unanswered
    ep_person: I32
    ep_start: I64  # minute stamps (see minute_stamp)
    ep_intensity: F64 = field(default_factory=lambda: np.empty(0))  # NaN = not given
    ep_minutes: F64 = field(default_factory=lambda: np.empty(0))  # minutes to relief
    methods: tuple[str, ...] = ()  # relief methods named in the episodes
    ep_used: I64 = field(default_factory=lambda: np.empty(0, np.int64))  # bit i: methods[i]
    ep_helped: I64 = field(default_factory=lambda: np.empty(0, np.int64))

    @property
    def n_persons(self) -> int:
        tops = [int(a.max()) + 1 for a in (self.person, self.ep_person) if a.size]
        return max(tops, default=0)


def columns_from_records(
    episodes: Sequence[AnyEpisode], checkins: Sequence[AnyCheckIn]
) -> DiaryColumns:
    """One person's records as columns (person index 0)."""
    # The standard factors in one pass: numpy turns each None (unanswered) into NaN
    # and each flag into 0.0 or 1.0, as ``value_of`` does one value at a time (which
    # was most of a 10-year report's analysis).
    standard = attrgetter(*STANDARD)  # a tuple per check-in: there are a dozen
    table = np.array([standard(c) for c in checkins], np.float64).reshape(
        len(checkins), len(STANDARD)
    )
    factors = {n: np.ascontiguousarray(table[:, i]) for i, n in enumerate(STANDARD)}
    for n in sorted({f"custom:{k}" for c in checkins for k in c.custom}):
        factors[n] = np.fromiter((value_of(c, n) for c in checkins), np.float64, len(checkins))
    counts: dict[str, int] = {}
    for e in episodes:
        for a in e.actions:
            counts[a] = counts.get(a, 0) + 1
        for a in e.helped:
            counts.setdefault(a, 0)
    # 63 bits: a diary naming more methods keeps the most used ones.
    methods = tuple(sorted(sorted(counts), key=lambda m: -counts[m])[:63])
    bit = {m: 1 << i for i, m in enumerate(methods)}
    used = np.fromiter((sum(bit.get(a, 0) for a in set(e.actions)) for e in episodes), np.int64)
    helped = np.fromiter((sum(bit.get(a, 0) for a in set(e.helped)) for e in episodes), np.int64)
    return DiaryColumns(
        methods=methods,
        ep_used=used | helped,
        ep_helped=helped,
        person=np.zeros(len(checkins), np.int32),
        day=np.fromiter((c.day.toordinal() for c in checkins), np.int32, len(checkins)),
        factors=factors,
        ep_person=np.zeros(len(episodes), np.int32),
        ep_start=np.fromiter((minute_stamp(e.started_at) for e in episodes), np.int64),
        ep_intensity=np.fromiter(
            (math.nan if e.intensity is None else e.intensity for e in episodes), np.float64
        ),
        ep_minutes=np.fromiter(
            (math.nan if e.minutes_to_relief is None else e.minutes_to_relief for e in episodes),
            np.float64,
        ),
    )


def episode_nights(ep_start: I64) -> tuple[I32, npt.NDArray[np.bool_]]:
    """Night day-ordinal of each episode, and whether it falls in the night window."""
    shifted = ep_start - NIGHT_STARTS_MIN
    return (shifted // DAY_MIN).astype(np.int32), (shifted % DAY_MIN) < NIGHT_LENGTH_MIN


def episodes_per_checkin(cols: DiaryColumns) -> I32:
    """For each check-in, how many episodes fell in the night that followed its day."""
    night_day, in_night = episode_nights(cols.ep_start)
    ep_keys = (cols.ep_person[in_night].astype(np.int64) << PERSON_SHIFT) | night_day[in_night]
    keys, counts = np.unique(ep_keys, return_counts=True)
    ci_keys = (cols.person.astype(np.int64) << PERSON_SHIFT) | cols.day
    if keys.size == 0:
        return np.zeros(ci_keys.size, np.int32)
    pos = np.searchsorted(keys, ci_keys)
    pos_c = np.minimum(pos, keys.size - 1)
    found = keys[pos_c] == ci_keys
    return np.where(found, counts[pos_c], 0).astype(np.int32)
