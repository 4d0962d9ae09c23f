"""The trigger analysis of one person's diary: honest statistics in plain words.

For each factor: the share of cramp nights with and without it, the relative
risk with a 95 % CI, Fisher's exact test, and Benjamini-Hochberg correction
across the factors tested (q <= 0.1 is a finding). Below the minimums the
answer is "not enough data yet", never a finding. Also: when in the night
cramps come, weekly trends, and minutes to relief per method.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Literal

import numpy as np

from crampcare.analysis import wording
from crampcare.analysis.factors import rule_for
from crampcare.analysis.nights import (
    DAY_MIN,
    I32,
    NIGHT_STARTS_MIN,
    DiaryColumns,
    columns_from_records,
    episode_nights,
    episodes_per_checkin,
)
from crampcare.analysis.relief import relief_by_method
from crampcare.analysis.results import (
    FDR_Q,
    MIN_DAYS,
    MIN_INTENSITY_EPISODES,
    MIN_NIGHTS_EACH,
    MIN_WEEKS,
    Analysis,
    Calendar,
    FactorResult,
    Trend,
)
from crampcare.analysis.stats import bh_qvalues, fisher_exact_many, linear_slope, relative_risk

if TYPE_CHECKING:
    from crampcare.diary.models import AnyCheckIn, AnyEpisode


def analyse(
    episodes: Sequence[AnyEpisode], checkins: Sequence[AnyCheckIn], since: date | None = None
) -> Analysis:
    """Analyse one person's episodes and check-ins (optionally from ``since`` on)."""
    return analyse_columns(columns_from_records(episodes, checkins), since)


def _since(cols: DiaryColumns, since: date) -> DiaryColumns:
    keep = cols.day >= since.toordinal()
    eps = cols.ep_start >= since.toordinal() * DAY_MIN + NIGHT_STARTS_MIN
    return DiaryColumns(
        person=cols.person[keep],
        day=cols.day[keep],
        factors={k: v[keep] for k, v in cols.factors.items()},
        ep_person=cols.ep_person[eps],
        ep_start=cols.ep_start[eps],
        ep_intensity=cols.ep_intensity[eps],
        ep_minutes=cols.ep_minutes[eps],
        methods=cols.methods,
        ep_used=cols.ep_used[eps],
        ep_helped=cols.ep_helped[eps],
    )


def factor_results(cols: DiaryColumns, cramp: np.ndarray, enough_days: bool) -> list[FactorResult]:
    """The per-factor tables and tests; FDR across the factors with enough data."""
    names = [n for n in cols.factors if not np.isnan(cols.factors[n]).all()]
    rules = [rule_for(n) for n in names]
    tables = np.zeros((len(names), 4), np.int64)
    for i, rule in enumerate(rules):
        x = rule.exposed(cols.factors[rule.name])
        tables[i] = [
            np.sum((x == 1) & cramp),
            np.sum((x == 1) & ~cramp),
            np.sum((x == 0) & cramp),
            np.sum((x == 0) & ~cramp),
        ]
    n_with, n_without = tables[:, 0] + tables[:, 1], tables[:, 2] + tables[:, 3]
    testable = enough_days & (n_with >= MIN_NIGHTS_EACH) & (n_without >= MIN_NIGHTS_EACH)
    rr, lo, hi = relative_risk(tables)
    p = np.full(len(names), np.nan)
    if testable.any():
        p[testable] = fisher_exact_many(tables[testable])
    q = bh_qvalues(p) if len(names) else p
    out = []
    for i, rule in enumerate(rules):
        a, b, c, d = (int(v) for v in tables[i])
        res = FactorResult(
            factor=rule.name,
            label=rule.label,
            definition=rule.definition,
            phrase=rule.phrase,
            nights_with=a + b,
            cramp_nights_with=a,
            nights_without=c + d,
            cramp_nights_without=c,
            rate_with=a / (a + b) if a + b else None,
            rate_without=c / (c + d) if c + d else None,
            status="not_enough_data",
            sentence="",
        )
        if testable[i]:
            res.relative_risk, res.ci_low, res.ci_high = float(rr[i]), float(lo[i]), float(hi[i])
            res.zero_cell_corrected = 0 in (a, b, c, d)
            res.p_value, res.q_value = float(p[i]), float(q[i])
            if q[i] <= FDR_Q:
                res.status = "more_cramps" if rr[i] > 1 else "fewer_cramps"
            else:
                res.status = "no_clear_link"
        res.sentence = wording.factor_sentence(res, enough_days)
        out.append(res)
    order = {"more_cramps": 0, "fewer_cramps": 1, "no_clear_link": 2, "not_enough_data": 3}
    out.sort(key=lambda r: (order[r.status], r.q_value if r.q_value is not None else 2.0))
    return out


def _weekly(cols: DiaryColumns, first: int, last: int, cramp_days: np.ndarray) -> Trend:
    weeks = (last - first) // 7 + 1
    if weeks < MIN_WEEKS:
        unit = "cramp nights a week"
        return Trend(
            status="not_enough_data", unit=unit, sentence=wording.too_short_trend(unit, MIN_WEEKS)
        )
    idx = (cramp_days - first) // 7
    counts = np.bincount(idx, minlength=weeks)[:weeks].astype(np.float64)
    span = np.minimum(7, last - (first + 7 * np.arange(weeks)) + 1)
    per_week = counts * 7 / span
    x = np.arange(weeks, dtype=np.float64)
    return _trend(x, per_week, "cramp nights a week", first, weekly=True)


def _trend(x: np.ndarray, y: np.ndarray, unit: str, first: int, weekly: bool) -> Trend:
    slope, lo, hi = linear_slope(x, y)
    if np.isnan(slope):
        return Trend(status="not_enough_data", unit=unit, sentence=wording.flat_data(unit))
    fit0 = float(y.mean() - slope * (x.mean() - x.min()))
    fit1 = float(fit0 + slope * (x.max() - x.min()))
    status: Literal["rising", "falling", "flat"] = (
        "rising" if lo > 0 else "falling" if hi < 0 else "flat"
    )
    step = 7 if weekly else 1
    if weekly:
        points = [
            (date.fromordinal(first + step * int(i)), round(float(v), 2))
            for i, v in zip(x, y, strict=True)
        ]
    else:  # intensity: one mean point per week for the chart
        wk = ((x - x.min()) // 7).astype(np.int64)
        sums = np.bincount(wk, weights=y)
        ns = np.bincount(wk)
        points = [
            (date.fromordinal(first + 7 * int(w)), round(float(sums[w] / ns[w]), 2))
            for w in np.nonzero(ns)[0]
        ]
    span_days = float(x.max() - x.min()) * step
    res = Trend(
        status=status,
        unit=unit,
        slope=slope,
        ci_low=lo,
        ci_high=hi,
        start_value=fit0,
        end_value=fit1,
        points=points,
        sentence="",
    )
    res.sentence = wording.trend_sentence(res, span_days)
    return res


def _intensity(cols: DiaryColumns, first: int) -> Trend:
    unit = "average pain score (0-10)"
    ok = ~np.isnan(cols.ep_intensity)
    day = cols.ep_start[ok] // DAY_MIN
    if ok.sum() < MIN_INTENSITY_EPISODES or (day.size and day.max() - day.min() < 28):
        return Trend(
            status="not_enough_data",
            unit=unit,
            sentence=wording.too_few_intensity(MIN_INTENSITY_EPISODES),
        )
    x = (day - first).astype(np.float64)
    return _trend(x, cols.ep_intensity[ok], unit, first, weekly=False)


def _distinct(values: I32) -> I32:
    """``np.unique(values)`` for whole numbers, without importing ``numpy.ma``.

    A plain ``np.unique`` imports it to ask whether the array is masked (as
    ``np.percentile`` does: ``stats.quartiles``); together a tenth of a report."""
    ordered = np.sort(values)
    if not ordered.size:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def analyse_columns(cols: DiaryColumns, since: date | None = None) -> Analysis:
    """The analysis of one person's columns (see ``analyse``)."""
    if since is not None:
        cols = _since(cols, since)
    per_checkin = episodes_per_checkin(cols)
    cramp = per_checkin > 0
    night_day, in_night = episode_nights(cols.ep_start)
    days = _distinct(cols.day)
    enough_days = days.size >= MIN_DAYS
    factors = factor_results(cols, cramp, enough_days)

    # A daytime episode dates from its own day, a night one from its night.
    ep_day = np.where(in_night, night_day, cols.ep_start // DAY_MIN)
    spans = [a for a in (cols.day, ep_day) if a.size]
    first = min((int(a.min()) for a in spans), default=None)
    last = max((int(a.max()) for a in spans), default=None)
    hours = np.bincount((cols.ep_start % DAY_MIN) // 60, minlength=24)[:24]
    night_cramp_days = _distinct(night_day[in_night])
    if first is not None and last is not None:
        weekly = _weekly(cols, first, last, night_cramp_days)
        intensity = _intensity(cols, first)
        n = last - first + 1
        ep_counts = np.bincount(night_day[in_night] - first, minlength=n)[:n]
        checked = np.zeros(n, bool)
        checked[cols.day - first] = True
        calendar = Calendar(
            first_day=date.fromordinal(first),
            episodes=ep_counts.tolist(),
            checked_in=checked.tolist(),
        )
    else:
        weekly = Trend(status="not_enough_data", unit="cramp nights a week", sentence="")
        weekly.sentence = wording.too_short_trend(weekly.unit, MIN_WEEKS)
        intensity = _intensity(cols, 0)
        calendar = Calendar(first_day=None, episodes=[], checked_in=[])
    result = Analysis(
        first_day=date.fromordinal(first) if first is not None else None,
        last_day=date.fromordinal(last) if last is not None else None,
        days_with_checkin=int(days.size),
        nights_analysed=int(cramp.size),
        cramp_nights=int(cramp.sum()),
        episodes=int(cols.ep_start.size),
        enough_days=bool(enough_days),
        factors=factors,
        hours=hours.tolist(),
        hours_sentence=wording.hours_sentence(hours.tolist()),
        weekly=weekly,
        intensity=intensity,
        relief=relief_by_method(cols),
        calendar=calendar,
        summary=[],
    )
    result.summary = wording.summary(result)
    return result
