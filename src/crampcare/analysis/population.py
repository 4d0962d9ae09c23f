"""Factor analysis for many persons at once (a clinic's diaries), all in numpy.

Every person gets the same analysis as ``analysis.factor_results`` (2x2 per
factor, relative risk, Fisher's exact test, Benjamini-Hochberg across that
person's factors), computed as arrays over persons x factors. Each factor also
gets a pooled Mantel-Haenszel relative risk with persons as strata, so people
with more cramps do not drown out the others.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from crampcare.analysis.factors import rule_for
from crampcare.analysis.nights import DiaryColumns, episodes_per_checkin
from crampcare.analysis.results import FDR_Q, MIN_DAYS, MIN_NIGHTS_EACH
from crampcare.analysis.stats import Z_95, bh_qvalues, fisher_exact_many, relative_risk

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

# Status codes of ``PopulationResult.status``.
NOT_ENOUGH, NO_CLEAR_LINK, MORE, FEWER = 0, 1, 2, 3


@dataclass
class PopulationResult:
    """Arrays indexed [person, factor] plus pooled figures per factor."""

    factors: list[str]
    tables: I64  # (persons, factors, 4): a, b, c, d
    rr: F64
    ci_low: F64
    ci_high: F64
    p: F64
    q: F64
    status: npt.NDArray[np.int8]
    pooled_rr: F64  # Mantel-Haenszel, per factor
    pooled_low: F64
    pooled_high: F64


def count_tables(cols: DiaryColumns) -> tuple[list[str], I64]:
    """The 2x2 counts of every person and factor: (persons, factors, 4)."""
    persons = cols.n_persons
    cramp = (episodes_per_checkin(cols) > 0).astype(np.int64)
    names = list(cols.factors)
    out = np.zeros((persons, len(names), 4), np.int64)
    base = cols.person.astype(np.int64) * 4 + (1 - cramp)
    for j, name in enumerate(names):
        x = rule_for(name).exposed(cols.factors[name])
        ok = x >= 0
        # cell index: exposed cramp 0, exposed quiet 1, unexposed cramp 2, unexposed quiet 3
        idx = base[ok] + 2 * (1 - x[ok].astype(np.int64))
        out[:, j, :] = np.bincount(idx, minlength=persons * 4).reshape(persons, 4)
    return names, out


def population_factors(cols: DiaryColumns) -> PopulationResult:
    """The per-person analysis for every person, and pooled relative risks."""
    names, tables = count_tables(cols)
    return population_from_tables(names, tables, np.bincount(cols.person, minlength=len(tables)))


def population_from_tables(names: list[str], tables: I64, days: I64) -> PopulationResult:
    """The statistics over counts made elsewhere (a database's GROUP BY, say);
    ``days``: each person's check-ins."""
    persons, nf = tables.shape[:2]
    n_with = tables[..., 0] + tables[..., 1]
    n_without = tables[..., 2] + tables[..., 3]
    testable = (
        (days[:, None] >= MIN_DAYS) & (n_with >= MIN_NIGHTS_EACH) & (n_without >= MIN_NIGHTS_EACH)
    )
    flat = tables.reshape(-1, 4)
    rr, lo, hi = (a.reshape(persons, nf) for a in relative_risk(flat))
    p = np.full(persons * nf, np.nan)
    t = testable.reshape(-1)
    p[t] = fisher_exact_many(flat[t])
    p = p.reshape(persons, nf)
    q = bh_qvalues(p)
    status = np.full((persons, nf), NOT_ENOUGH, np.int8)
    status[testable] = NO_CLEAR_LINK
    with np.errstate(invalid="ignore"):
        found = testable & (q <= FDR_Q)
    status[found & (rr > 1)] = MORE
    status[found & (rr <= 1)] = FEWER
    prr, plo, phi = mantel_haenszel(tables)
    return PopulationResult(names, tables, rr, lo, hi, p, q, status, prr, plo, phi)


def mantel_haenszel(tables: I64) -> tuple[F64, F64, F64]:
    """Pooled RR over the first axis (strata) for each factor, with the
    Greenland-Robins 95 % CI."""
    a, b, c, d = (tables[..., i].astype(np.float64) for i in range(4))
    n1, n0 = a + b, c + d
    n = n1 + n0
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(n > 0, a * n0 / n, 0).sum(axis=0)
        s = np.where(n > 0, c * n1 / n, 0).sum(axis=0)
        v = np.where(n > 0, (n1 * n0 * (a + c) - a * c * n) / n**2, 0).sum(axis=0)
        rr = r / s
        se = np.sqrt(v / (r * s))
        return rr, np.exp(np.log(rr) - Z_95 * se), np.exp(np.log(rr) + Z_95 * se)
