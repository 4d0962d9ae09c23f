"""The clinic-scale analysis gives each person exactly the per-person answer."""

from __future__ import annotations

import numpy as np
import pytest

from crampcare.analysis.nights import DiaryColumns
from crampcare.analysis.person import analyse_columns
from crampcare.analysis.population import FEWER, MORE, NO_CLEAR_LINK, NOT_ENOUGH, population_factors
from crampcare.analysis.simulate import simulate_columns

CODES = {
    "more_cramps": MORE,
    "fewer_cramps": FEWER,
    "no_clear_link": NO_CLEAR_LINK,
    "not_enough_data": NOT_ENOUGH,
}


def _person(cols: DiaryColumns, i: int) -> DiaryColumns:
    k, e = cols.person == i, cols.ep_person == i
    return DiaryColumns(
        person=np.zeros(int(k.sum()), np.int32),
        day=cols.day[k],
        factors={n: v[k] for n, v in cols.factors.items()},
        ep_person=np.zeros(int(e.sum()), np.int32),
        ep_start=cols.ep_start[e],
        ep_intensity=cols.ep_intensity[e],
        ep_minutes=cols.ep_minutes[e],
    )


def test_population_matches_per_person_analysis() -> None:
    cols, _ = simulate_columns(40, 200, seed=5)
    pop = population_factors(cols)
    for i in range(0, 40, 3):
        by_name = {f.factor: f for f in analyse_columns(_person(cols, i)).factors}
        for j, name in enumerate(pop.factors):
            f = by_name[name]
            a, b, c, d = pop.tables[i, j].tolist()
            assert (f.cramp_nights_with, f.nights_with) == (a, a + b)
            assert (f.cramp_nights_without, f.nights_without) == (c, c + d)
            assert CODES[f.status] == pop.status[i, j]
            if f.q_value is None:
                assert np.isnan(pop.q[i, j])
            else:
                assert f.q_value == pytest.approx(pop.q[i, j], rel=1e-12)


def test_pooled_relative_risk_recovers_a_planted_trigger() -> None:
    cols, _ = simulate_columns(300, 365, seed=6, planted={"heat": 2.0})
    pop = population_factors(cols)
    j = pop.factors.index("heat")
    assert pop.pooled_low[j] < 2.0 < pop.pooled_high[j]
    k = pop.factors.index("stress")
    assert pop.pooled_low[k] < 1.0 < pop.pooled_high[k]
