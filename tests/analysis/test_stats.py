"""The statistics on known values: Fisher's exact test, relative risk, BH, slopes."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.analysis.person import _distinct
from crampcare.analysis.stats import (
    bh_qvalues,
    fisher_exact,
    fisher_exact_many,
    linear_slope,
    median,
    quartiles,
    relative_risk,
    t975,
)


@pytest.mark.parametrize(
    ("table", "p"),
    [
        # Fisher's lady tasting tea: 3 of 4 right each way, two-sided p = 34/70.
        ((3, 1, 1, 3), 34 / 70),
        # Tabled value (R fisher.test(matrix(c(8, 1, 2, 5), 2))$p.value = 0.03497).
        ((8, 2, 1, 5), 0.034965),
        # Perfect separation in 20: 2 / C(20, 10).
        ((10, 0, 0, 10), 2 / math.comb(20, 10)),
        ((5, 5, 5, 5), 1.0),
        ((0, 0, 3, 4), 1.0),
    ],
)
def test_fisher_exact_matches_known_values(table: tuple[int, int, int, int], p: float) -> None:
    assert fisher_exact(*table) == pytest.approx(p, rel=1e-4)


def test_fisher_many_equals_one_at_a_time_and_agrees_with_scipy() -> None:
    rng = np.random.default_rng(3)
    tables = rng.integers(0, 40, (300, 4))
    many = fisher_exact_many(tables)
    one = [fisher_exact(*map(int, t)) for t in tables[:30]]
    np.testing.assert_allclose(many[:30], one, rtol=1e-12)
    assert np.all((many > 0) & (many <= 1))
    # scipy is a test-only dependency: the app's own exact test must agree with it.
    from scipy.stats import fisher_exact as scipy_fisher

    ref = [scipy_fisher([[t[0], t[1]], [t[2], t[3]]]).pvalue for t in tables]
    np.testing.assert_allclose(many, ref, rtol=1e-6)


def test_relative_risk_and_log_ci_by_hand() -> None:
    # 10 of 30 exposed nights vs 5 of 45 unexposed: RR = (1/3)/(1/9) = 3.
    rr, lo, hi = relative_risk(np.array([[10, 20, 5, 40]]))
    se = math.sqrt(1 / 10 - 1 / 30 + 1 / 5 - 1 / 45)
    assert rr[0] == pytest.approx(3.0)
    assert lo[0] == pytest.approx(3.0 * math.exp(-1.959964 * se), rel=1e-6)
    assert hi[0] == pytest.approx(3.0 * math.exp(1.959964 * se), rel=1e-6)
    assert (lo[0], hi[0]) == pytest.approx((1.138, 7.906), abs=1e-3)


def test_zero_cell_gets_haldane_correction_and_stays_finite() -> None:
    rr, lo, hi = relative_risk(np.array([[0, 20, 5, 40]]))
    # (0.5/21) / (5.5/46)
    assert rr[0] == pytest.approx((0.5 / 21) / (5.5 / 46))
    assert 0 < lo[0] < rr[0] < hi[0] < math.inf


def test_benjamini_hochberg_known_values_and_untested_factors() -> None:
    q = bh_qvalues(np.array([0.01, 0.04, np.nan, 0.03, 0.5]))
    np.testing.assert_allclose(q[[0, 1, 3, 4]], [0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.5])
    assert np.isnan(q[2])
    rows = bh_qvalues(np.array([[0.01, 0.02], [np.nan, np.nan]]))
    np.testing.assert_allclose(rows[0], [0.02, 0.02])
    assert np.isnan(rows[1]).all()


def test_slope_of_a_clean_line_and_of_noise() -> None:
    x = np.arange(20, dtype=np.float64)
    slope, lo, hi = linear_slope(x, 2 * x + 1)
    assert slope == pytest.approx(2.0)
    assert lo == pytest.approx(2.0) and hi == pytest.approx(2.0)
    noise = np.random.default_rng(1).normal(0, 1, 20)
    slope, lo, hi = linear_slope(x, noise)
    assert lo < slope < hi
    assert t975(10) == pytest.approx(2.228)
    assert t975(200) == pytest.approx(1.972, abs=0.002)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.floats(0, 1440, allow_nan=False) | st.sampled_from([0.0, 0.5, 1.0, 5.0, 1440.0]),
        min_size=1,
        max_size=40,
    )
)
def test_quartiles_and_median_are_numpys_bit_for_bit(values: list[float]) -> None:
    # The report's relief minutes are computed without np.percentile / np.median
    # (which import numpy.ma): the same numbers must come out, to the last bit.
    arr = np.array(values, np.float64)
    expected = [float(x) for x in np.percentile(arr, [25, 50, 75])]
    assert [x.hex() for x in quartiles(arr)] == [x.hex() for x in expected]
    assert median(arr).hex() == float(np.median(arr)).hex()


@given(st.lists(st.integers(-(2**31), 2**31 - 1), max_size=40))
def test_distinct_days_are_np_unique(values: list[int]) -> None:
    arr = np.array(values, np.int32)
    got = _distinct(arr)
    assert got.dtype == np.unique(arr).dtype and np.array_equal(got, np.unique(arr))
