"""Minutes to relief per relief method: which methods work fastest for this person."""

from __future__ import annotations

import numpy as np

from crampcare.analysis import wording
from crampcare.analysis.nights import DiaryColumns
from crampcare.analysis.results import ReliefResult
from crampcare.analysis.stats import median, quartiles

MIN_TIMED = 3  # timed episodes a method needs before its speed is shown


def relief_by_method(cols: DiaryColumns) -> list[ReliefResult]:
    """One result per method, fastest (by median minutes when it helped) first."""
    out = []
    timed_all = ~np.isnan(cols.ep_minutes)
    for i, method in enumerate(cols.methods):
        used = (cols.ep_used >> i) & 1 == 1
        helped = (cols.ep_helped >> i) & 1 == 1
        mins = cols.ep_minutes[helped & timed_all]
        other = cols.ep_minutes[used & ~helped & timed_all]
        res = ReliefResult(
            method=method,
            used=int(used.sum()),
            helped=int(helped.sum()),
            timed=int(mins.size),
            timed_not_helped=int(other.size),
            sentence="",
        )
        if mins.size >= MIN_TIMED:
            q1, med, q3 = quartiles(mins)
            res.median_minutes, res.q1_minutes, res.q3_minutes = float(med), float(q1), float(q3)
        if other.size >= MIN_TIMED:
            res.median_minutes_not_helped = median(other)
        res.sentence = wording.relief_sentence(res, MIN_TIMED)
        out.append(res)
    out.sort(key=lambda r: (r.median_minutes is None, r.median_minutes or 0.0, -r.used))
    return out
