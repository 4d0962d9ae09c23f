"""Honesty on simulated diaries: planted triggers are found, null factors are
rarely flagged. Real runs of the analysis, many seeds."""

from __future__ import annotations

import math

from crampcare.analysis.person import analyse, analyse_columns
from crampcare.analysis.results import FDR_Q
from crampcare.analysis.simulate import simulate, simulate_columns

SEEDS = 120
TRIGGER = "long_sitting"  # a factor no other factor is built from


def _binomial_upper(p: float, n: int) -> float:
    """Expected rate plus three binomial standard errors."""
    return p + 3 * math.sqrt(p * (1 - p) / n)


def test_planted_rr2_over_a_year_is_found_in_at_least_80_percent_of_seeds() -> None:
    # 30 % cramp nights, factor on half the days, RR 2.0, 365 days.
    found = 0
    for seed in range(SEEDS):
        cols, _ = simulate_columns(
            1, 365, seed, planted={TRIGGER: 2.0}, cramp_rate=(0.3, 0.3), prevalence={TRIGGER: 0.5}
        )
        result = analyse_columns(cols)
        found += any(f.factor == TRIGGER and f.status == "more_cramps" for f in result.factors)
    assert found / SEEDS >= 0.80


def test_null_factors_are_flagged_no_more_often_than_the_fdr_level() -> None:
    flagged = tested = 0
    false_share = []
    for seed in range(SEEDS):
        cols, _ = simulate_columns(1, 365, 10_000 + seed, planted={TRIGGER: 2.0})
        result = analyse_columns(cols)
        hits = [f.factor for f in result.factors if f.status in ("more_cramps", "fewer_cramps")]
        nulls = [f for f in result.factors if f.factor != TRIGGER and f.status != "not_enough_data"]
        false = [h for h in hits if h != TRIGGER]
        flagged += len(false)
        tested += len(nulls)
        false_share.append(len(false) / len(hits) if hits else 0.0)
    assert tested > SEEDS * 8
    assert flagged / tested <= _binomial_upper(FDR_Q, tested)
    assert sum(false_share) / SEEDS <= _binomial_upper(FDR_Q, SEEDS)


def test_an_all_null_diary_is_rarely_called_a_finding_through_the_records_path() -> None:
    any_finding = 0
    for seed in range(40):
        records, truth = simulate(1, 365, 20_000 + seed, planted={})
        assert truth.persons[0].relative_risks == {}
        result = analyse(records.episodes, records.checkins)
        any_finding += any(
            f.status != "no_clear_link" and f.q_value is not None for f in result.factors
        )
    # With every factor null, any flag is false: BH keeps this at or below q.
    assert any_finding / 40 <= _binomial_upper(FDR_Q, 40)
