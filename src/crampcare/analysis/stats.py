"""The statistics of the trigger analysis, vectorised over many 2x2 tables.

A table is (a, b, c, d): a = exposed cramp nights, b = exposed quiet nights,
c = unexposed cramp nights, d = unexposed quiet nights. Everything here is
plain numpy (scipy's import alone costs more than our whole time budget).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

Z_95 = 1.959963984540054
HALDANE = 0.5  # added to every cell of a table that has a zero cell
_REL_TOL = 1e-7  # tables "as or more extreme" than observed, as scipy and R compare
_CHUNK = 2_000_000  # support cells evaluated per numpy step (memory bound)


def log_factorials(n: int) -> F64:
    """log(k!) for k = 0..n."""
    out = np.zeros(n + 1)
    if n >= 1:
        np.cumsum(np.log(np.arange(1, n + 1, dtype=np.float64)), out=out[1:])
    return out


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """Two-sided p of Fisher's exact test for one 2x2 table."""
    return float(fisher_exact_many(np.array([[a, b, c, d]], np.int64))[0])


def _unique_rows(key: I64, top: int) -> tuple[I64, I64]:
    """``np.unique(key, axis=0, return_inverse=True)`` for rows of counts from 0 to ``top``.

    Packed into one integer per row when four fit in 62 bits: sorting integers is
    many times faster than sorting rows (half of a 10,000-person clinic's
    statistics), and the packing keeps the rows' order, so the result is the same.
    """
    bits = max(top, 1).bit_length()
    if 4 * bits > 62:
        uniq, inverse = np.unique(key, axis=0, return_inverse=True)
        return uniq, inverse.reshape(-1)
    packed = key[:, 0]
    for j in (1, 2, 3):
        packed = (packed << bits) | key[:, j]
    values, inverse = np.unique(packed, return_inverse=True)
    mask = (1 << bits) - 1
    uniq = np.stack([(values >> (bits * (3 - j))) & mask for j in range(4)], axis=1)
    return uniq, inverse.reshape(-1)


def fisher_exact_many(tables: I64) -> F64:
    """Two-sided Fisher p for each row (a, b, c, d) of ``tables``.

    The p is the sum of the hypergeometric probabilities of all tables with the
    same margins that are no more likely than the observed one. Identical
    tables are computed once; the support is evaluated in chunks.
    """
    tables = np.asarray(tables, np.int64).reshape(-1, 4)
    if tables.shape[0] == 0:
        return np.empty(0)
    a, b, c, d = tables.T
    n = a + b + c + d
    r1, c1 = a + b, a + c
    uniq, inverse = _unique_rows(np.stack([a, r1, c1, n], axis=1), int(n.max()))
    ua, ur1, uc1, un = uniq.T
    lf = log_factorials(int(un.max()))
    lo = np.maximum(0, uc1 + ur1 - un)
    hi = np.minimum(ur1, uc1)
    width = hi - lo + 1
    const = lf[ur1] + lf[un - ur1] + lf[uc1] + lf[un - uc1] - lf[un]

    def logpmf(x: I64, rows: slice | I64) -> F64:
        r, cc, nn = ur1[rows], uc1[rows], un[rows]
        if x.ndim == 2:
            r, cc, nn = r[:, None], cc[:, None], nn[:, None]
        k = const[rows]
        if x.ndim == 2:
            k = k[:, None]
        return k - lf[x] - lf[r - x] - lf[cc - x] - lf[nn - r - cc + x]  # type: ignore[no-any-return]

    order = np.argsort(width, kind="stable")
    p_unique = np.empty(uniq.shape[0])
    start = 0
    while start < order.size:
        # Widths ascend along ``order``: bound the chunk by its widest row.
        guess = max(1, _CHUNK // int(width[order[start]]))
        step = max(1, _CHUNK // int(width[order[min(start + guess, order.size) - 1]]))
        rows = order[start : start + step]
        wmax = int(width[rows].max())
        x = lo[rows, None] + np.arange(wmax)[None, :]
        valid = x <= hi[rows, None]
        xs = np.where(valid, x, lo[rows, None])
        lp = logpmf(xs, rows)
        observed = logpmf(ua[rows], rows)
        keep = valid & (lp <= observed[:, None] + _REL_TOL)
        p_unique[rows] = np.where(keep, np.exp(lp), 0.0).sum(axis=1)
        start += step
    return np.minimum(p_unique, 1.0)[inverse.reshape(-1)]


def relative_risk(tables: I64) -> tuple[F64, F64, F64]:
    """Relative risk exposed vs unexposed with a 95 % CI (log method).

    A table with a zero cell gets 0.5 added to every cell (Haldane-Anscombe)
    so the estimate and its interval stay finite. Rows with no exposed or no
    unexposed nights give NaN.
    """
    t = np.asarray(tables, np.float64).reshape(-1, 4)
    zero = (t == 0).any(axis=1)
    t = t + np.where(zero, HALDANE, 0.0)[:, None]
    a, b, c, d = t.T
    with np.errstate(divide="ignore", invalid="ignore"):
        rr = (a / (a + b)) / (c / (c + d))
        se = np.sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d))
        lo = np.exp(np.log(rr) - Z_95 * se)
        hi = np.exp(np.log(rr) + Z_95 * se)
    return rr, lo, hi


def bh_qvalues(p: F64) -> F64:
    """Benjamini-Hochberg adjusted p (q) along the last axis; NaN p are not tests."""
    p = np.asarray(p, np.float64)
    flat = p.reshape(-1, p.shape[-1]) if p.ndim else p.reshape(1, 1)
    order = np.argsort(np.where(np.isnan(flat), np.inf, flat), axis=1, kind="stable")
    sorted_p = np.take_along_axis(flat, order, axis=1)
    m = (~np.isnan(flat)).sum(axis=1, keepdims=True)
    rank = np.arange(1, flat.shape[1] + 1)[None, :]
    scaled = np.where(rank <= m, sorted_p * m / rank, np.inf)
    q_sorted = np.minimum.accumulate(scaled[:, ::-1], axis=1)[:, ::-1]
    q_sorted = np.where(rank <= m, np.minimum(q_sorted, 1.0), np.nan)
    q = np.empty_like(flat)
    np.put_along_axis(q, order, q_sorted, axis=1)
    return q.reshape(p.shape)


# Two-sided 97.5 % quantiles of Student's t for 1..30 degrees of freedom.
_T975 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip


def t975(df: int) -> float:
    """The t quantile for a 95 % interval; a close approximation above 30 df."""
    if df < 1:
        return math.inf
    if df <= 30:
        return _T975[df - 1]
    return Z_95 + 2.4 / df  # within 0.002 of the exact value for df > 30


def linear_slope(x: F64, y: F64) -> tuple[float, float, float]:
    """Least-squares slope of y on x with its 95 % CI (t interval)."""
    x = np.asarray(x, np.float64)
    y = np.asarray(y, np.float64)
    n = x.size
    if n < 3:
        return math.nan, math.nan, math.nan
    xc = x - x.mean()
    sxx = float((xc * xc).sum())
    if sxx == 0:
        return math.nan, math.nan, math.nan
    slope = float((xc * (y - y.mean())).sum() / sxx)
    resid = y - y.mean() - slope * xc
    se = math.sqrt(float((resid * resid).sum()) / (n - 2) / sxx)
    half = t975(n - 2) * se
    return slope, slope - half, slope + half


def quartiles(values: F64) -> tuple[float, float, float]:
    """``np.percentile(values, [25, 50, 75])`` (its default, linear method), bit for bit.

    numpy's own calls ``np.unique``, which imports ``numpy.ma``: a tenth of a whole
    ``report`` process. The same arithmetic, in the same order, for values without
    NaN (a test compares the two on random data).
    """
    ordered = np.sort(values)
    last = ordered.size - 1
    out = []
    for q in (25, 50, 75):
        at = last * (q / 100)
        below = math.floor(at)
        above = below + 1
        if at >= last:
            below = above = last
        t = at - below
        a, b = float(ordered[below]), float(ordered[above])
        # numpy's _lerp: from the nearer end, so that t = 1 gives b exactly.
        out.append(b - (b - a) * (1 - t) if t >= 0.5 else a + (b - a) * t)
    return out[0], out[1], out[2]


def median(values: F64) -> float:
    """``np.median(values)``, bit for bit, for values without NaN (see ``quartiles``)."""
    ordered = np.sort(values)
    half = ordered.size // 2
    if ordered.size % 2:
        return float(ordered[half])
    return float((ordered[half - 1] + ordered[half]) / 2)
