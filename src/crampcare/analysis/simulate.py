"""Synthetic diaries with planted triggers, for demos, honesty tests and benchmarks.

Each person gets habits (how often they drink coffee, stand all day, ...), a
base rate of cramp nights, and a few planted triggers: factors whose exposure
multiplies the chance of a cramp night by a known relative risk. Every other
factor is null (relative risk 1). The truth is returned beside the records so
the analysis can be scored against it. Deterministic for a given seed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, Field

from crampcare.analysis.factors import RULES, RULES_BY_NAME, STANDARD
from crampcare.analysis.nights import DAY_MIN, NIGHT_STARTS_MIN, DiaryColumns
from crampcare.diary.models import FACTORS, CheckIn, Episode
from crampcare.errors import CrampcareError
from crampcare.vocabulary import DiarySide

F64 = npt.NDArray[np.float64]

DEFAULT_END = date(2026, 10, 31)
PLANT_CHOICES = (1.5, 2.0, 2.5, 3.0)
# Relief methods and their typical minutes to relief (median of a log-normal).
RELIEF_MINUTES: dict[str, float] = {"stretch": 2.0, "walk": 3.5, "massage": 4.5, "heat": 7.0}
LOCATION_WEIGHTS = {
    "calf": 0.7,
    "foot": 0.14,
    "toes": 0.06,
    "thigh_back": 0.06,
    "thigh_front": 0.04,
}
METHODS = tuple(RELIEF_MINUTES)
MAX_NIGHT_RISK = 0.95


class PersonTruth(BaseModel):
    """What was planted for one person."""

    person_id: int
    base_rate: float = Field(description="Chance of a cramp night with no trigger present.")
    cramp_night_rate: float = Field(description="Share of simulated nights with cramps.")
    relative_risks: dict[str, float] = Field(description="Planted factors only; others are 1.")


class SimTruth(BaseModel):
    """The planted truth of a simulation, for scoring the analysis."""

    seed: int
    days: int
    first_day: date
    definitions: dict[str, str]
    persons: list[PersonTruth]


class SimRecords(BaseModel):
    """Simulated records as the diary stores them (person ids from 1)."""

    episodes: list[Episode]
    checkins: list[CheckIn]


BOOL_FACTORS = tuple(n for n, (t, _) in FACTORS.items() if t is bool)


def _habits(
    rng: np.random.Generator, p: int, days: int, prevalence: dict[str, float]
) -> dict[str, F64]:
    """Raw factor values per (person, day), before any are left unanswered."""
    shape = (p, days)
    u = rng.random

    def per_person(lo: float, hi: float) -> F64:
        return rng.uniform(lo, hi, (p, 1))

    doy = (np.arange(days) % 365) / 365.0
    summer = 0.5 + 0.5 * np.sin(2 * np.pi * (doy - 0.3))[None, :]
    exercise = u(shape) < per_person(0.2, 0.6)
    level = 1 + (u(shape) < per_person(0.2, 0.7)) + (u(shape) < per_person(0.0, 0.4))
    heel_wearer = u(shape) < per_person(0.0, 0.4)
    drinks = u(shape) < per_person(0.03, 0.35)
    v: dict[str, F64] = {
        "exercise": exercise.astype(np.float64),
        "exercise_intensity": np.where(exercise, level, 0).astype(np.float64),
        "hours_on_feet": np.clip(np.round(rng.normal(per_person(3, 9), 2.0, shape) * 2) / 2, 0, 16),
        "long_sitting": (u(shape) < per_person(0.1, 0.6)).astype(np.float64),
        "fluids_l": np.clip(np.round(rng.normal(per_person(1.2, 2.4), 0.4, shape), 1), 0.3, 5),
        "caffeine_cups": rng.poisson(per_person(0.5, 4.0) * np.ones(shape)).astype(np.float64),
        "alcohol_units": np.where(drinks, 1 + rng.poisson(2.5, shape), 0).astype(np.float64),
        "heel_height_cm": np.where(
            heel_wearer, np.round(rng.uniform(3, 9, shape)), np.round(rng.uniform(0, 2, shape))
        ),
        "heat": (u(shape) < per_person(0.03, 0.15) * (0.3 + 1.4 * summer)).astype(np.float64),
        "stress": np.minimum(3, rng.poisson(per_person(0.3, 1.8) * np.ones(shape))).astype(
            np.float64
        ),
        "new_medicine": (u(shape) < 0.015).astype(np.float64),
        "tucked_bedding": (u(shape) < np.where(u((p, 1)) < 0.3, 0.8, 0.05)).astype(np.float64),
    }
    for name, share in prevalence.items():
        if name not in BOOL_FACTORS or not 0 <= share <= 1:
            raise CrampcareError(f"prevalence is for yes/no factors, 0-1: {name}={share}")
        v[name] = (u(shape) < share).astype(np.float64)
    if "exercise" in prevalence:  # intensity follows whether there was exercise
        v["exercise_intensity"] = np.where(v["exercise"] > 0, level, 0).astype(np.float64)
    return v


def _planted(
    rng: np.random.Generator, p: int, planted: dict[str, float] | None
) -> list[dict[str, float]]:
    if planted is not None:
        unknown = sorted(set(planted) - set(STANDARD))
        if unknown:
            raise CrampcareError(f"unknown factor(s) to plant: {', '.join(unknown)}")
        return [dict(planted) for _ in range(p)]
    choosable = [n for n in STANDARD if n != "new_medicine"]  # too rare to ever show
    out = []
    for _ in range(p):
        names = rng.choice(len(choosable), size=2, replace=False)
        out.append({choosable[i]: float(rng.choice(PLANT_CHOICES)) for i in sorted(names)})
    return out


def _relief(
    rng: np.random.Generator, persons: int, ep_p: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], F64]:
    """Methods tried (bitmasks), the one that helped, and minutes to relief."""
    m = len(METHODS)
    n = ep_p.size
    prefs = rng.dirichlet(np.ones(m), persons)[ep_p]
    first = (rng.random((n, 1)) > np.cumsum(prefs, axis=1)).sum(axis=1).clip(0, m - 1)
    second = (first + rng.integers(1, m, n)) % m
    two = rng.random(n) < 0.35
    medians = np.log(np.array(list(RELIEF_MINUTES.values())))
    draws = rng.lognormal(medians[None, :], 0.5, (n, m))
    tried = np.zeros((n, m), bool)
    tried[np.arange(n), first] = True
    tried[two, second[two]] = True
    best = np.where(tried, draws, np.inf).argmin(axis=1)
    minutes = draws[np.arange(n), best]
    nothing = rng.random(n) < 0.08  # relief came by itself
    minutes = np.where(nothing, minutes * 1.8, minutes)
    bits = 1 << np.arange(m, dtype=np.int64)
    used = (tried * bits).sum(axis=1).astype(np.int64)
    helped = np.where(nothing, 0, bits[best]).astype(np.int64)
    return used, helped, np.round(minutes * 2) / 2


def simulate_columns(
    persons: int,
    days: int,
    seed: int,
    planted: dict[str, float] | None = None,
    end: date = DEFAULT_END,
    checkin_rate: tuple[float, float] = (0.8, 0.98),
    cramp_rate: tuple[float, float] = (0.10, 0.30),
    prevalence: dict[str, float] | None = None,
) -> tuple[DiaryColumns, SimTruth]:
    """Simulated diaries as columns (fast: ten thousand persons in seconds).

    ``planted`` gives the same true relative risks to everyone; by default each
    person gets two random triggers with risks from 1.5 to 3. ``cramp_rate`` is
    the range each person's share of cramp nights is drawn from; ``prevalence``
    fixes the daily chance of yes/no factors (by default each person has their own).
    """
    if persons < 1 or days < 1:
        raise CrampcareError("persons and days must be at least 1")
    if persons * days > 50_000_000:
        raise CrampcareError("at most 50 million person-days per simulation")
    rng = np.random.default_rng(seed)
    first = end - timedelta(days=days - 1)
    values = _habits(rng, persons, days, prevalence or {})
    plants = _planted(rng, persons, planted)

    # The night's risk: base x product of the planted risks of present factors.
    log_mult = np.zeros((persons, days))
    exposure_mean = np.ones(persons)
    for name in STANDARD:
        rr = np.array([pl.get(name, 1.0) for pl in plants])
        if np.all(rr == 1.0):
            continue
        x = RULES_BY_NAME[name].exposed(values[name]).astype(np.float64)
        log_mult += x * np.log(rr)[:, None]
        exposure_mean *= 1 + x.mean(axis=1) * (rr - 1)
    target = rng.uniform(*cramp_rate, persons)
    base = target / exposure_mean
    risk = np.minimum(base[:, None] * np.exp(log_mult), MAX_NIGHT_RISK)
    cramp = rng.random((persons, days)) < risk

    # Check-ins: some days skipped, some questions left unanswered.
    answered_day = rng.random((persons, days)) < rng.uniform(*checkin_rate, (persons, 1))
    pi, di = np.nonzero(answered_day)
    factors = {}
    for name in STANDARD:
        col = values[name][pi, di]
        col[rng.random(col.size) < 0.04] = np.nan
        factors[name] = col

    # Episodes: one or more per cramp night, mostly in the small hours.
    cp, cd = np.nonzero(cramp)
    n_eps = 1 + rng.poisson(0.35, cp.size)
    ep_p = np.repeat(cp, n_eps)
    ep_d = np.repeat(cd, n_eps)
    peak = rng.uniform(7.5, 9.5, persons)  # hours after 18:00: 01:30 - 03:30
    hours = np.clip(rng.normal(peak[ep_p], 1.6), 2.5, 17.9)
    start = (first.toordinal() + ep_d).astype(np.int64) * DAY_MIN + NIGHT_STARTS_MIN
    start += (hours * 60).astype(np.int64)
    order = np.lexsort((start, ep_p))
    ep_p, ep_d, start = ep_p[order], ep_d[order], start[order]

    level = rng.uniform(4, 7, persons)
    drift = rng.uniform(-1.5, 1.5, persons) / days  # intensity change over the diary
    intensity = np.clip(
        np.round(level[ep_p] + drift[ep_p] * (ep_d - days / 2) + rng.normal(0, 1.5, ep_p.size)),
        0,
        10,
    )
    used, helped, minutes = _relief(rng, persons, ep_p)
    cols = DiaryColumns(
        person=pi.astype(np.int32),
        day=(first.toordinal() + di).astype(np.int32),
        factors=factors,
        ep_person=ep_p.astype(np.int32),
        ep_start=start,
        ep_intensity=intensity,
        ep_minutes=minutes,
        methods=METHODS,
        ep_used=used,
        ep_helped=helped,
    )
    truth = SimTruth(
        seed=seed,
        days=days,
        first_day=first,
        definitions={r.name: r.definition for r in RULES},
        persons=[
            PersonTruth(
                person_id=i + 1,
                base_rate=round(float(base[i]), 4),
                cramp_night_rate=round(float(cramp[i].mean()), 4),
                relative_risks=plants[i],
            )
            for i in range(persons)
        ],
    )
    return cols, truth


def _stamp_to_datetime(stamp: int) -> datetime:
    day, minute = divmod(stamp, DAY_MIN)
    return datetime.fromordinal(day) + timedelta(minutes=minute)


def iter_episodes(cols: DiaryColumns, seed: int = 0) -> Iterator[Episode]:
    """Episodes from columns, one at a time; details the analysis ignores (where,
    which side, woke) are drawn here, deterministically."""
    rng = np.random.default_rng([seed, 1])
    n = cols.ep_start.size
    locs = list(LOCATION_WEIGHTS)
    loc = rng.choice(len(locs), n, p=np.array(list(LOCATION_WEIGHTS.values()))).tolist()
    side = rng.choice(3, n, p=[0.45, 0.45, 0.10]).tolist()
    extra_s = rng.integers(0, 60, n).tolist()
    sides: tuple[DiarySide, ...] = ("left", "right", "both")
    bits = list(enumerate(cols.methods))
    columns = zip(
        cols.ep_start.tolist(),
        cols.ep_minutes.tolist(),
        cols.ep_used.tolist(),
        cols.ep_helped.tolist(),
        cols.ep_person.tolist(),
        cols.ep_intensity.tolist(),
        strict=True,
    )
    for i, (stamp, minutes, used, helped, person, intensity) in enumerate(columns):
        start = _stamp_to_datetime(stamp)
        yield Episode(
            id=i + 1,
            person_id=person + 1,
            started_at=start,
            duration_s=max(1, int(minutes * 60) + extra_s[i]),
            location=locs[loc[i]],
            side=sides[side[i]],
            intensity=int(intensity),
            woke=not 7 <= start.hour < 22,
            actions=[m for b, m in bits if used >> b & 1],
            helped=[m for b, m in bits if helped >> b & 1],
            minutes_to_relief=minutes,
            notes="",
        )


def iter_checkins(cols: DiaryColumns) -> Iterator[CheckIn]:
    """Check-ins from columns, one at a time."""
    kinds = {name: t for name, (t, _) in FACTORS.items()}
    values = {k: v.tolist() for k, v in cols.factors.items()}
    for i, (person, day) in enumerate(zip(cols.person.tolist(), cols.day.tolist(), strict=True)):
        fields: dict[str, Any] = {}
        for name, vals in values.items():
            x = vals[i]
            fields[name] = None if x != x else kinds[name](x)  # NaN check without numpy
        yield CheckIn(id=i + 1, person_id=person + 1, day=date.fromordinal(day), **fields)


def records_from_columns(cols: DiaryColumns, seed: int = 0) -> SimRecords:
    """Columns as diary records (all in memory; see ``iter_episodes`` for many)."""
    return SimRecords(episodes=list(iter_episodes(cols, seed)), checkins=list(iter_checkins(cols)))


def simulate(
    persons: int,
    days: int,
    seed: int,
    planted: dict[str, float] | None = None,
    end: date = DEFAULT_END,
    cramp_rate: tuple[float, float] = (0.10, 0.30),
    checkin_rate: tuple[float, float] = (0.8, 0.98),
) -> tuple[SimRecords, SimTruth]:
    """Simulated diaries as records, with the planted truth (see module doc)."""
    cols, truth = simulate_columns(
        persons,
        days,
        seed,
        planted=planted,
        end=end,
        cramp_rate=cramp_rate,
        checkin_rate=checkin_rate,
    )
    return records_from_columns(cols, seed), truth
