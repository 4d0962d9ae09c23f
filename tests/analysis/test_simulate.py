"""Simulated diaries: deterministic per seed, realistic, with the truth recorded."""

from __future__ import annotations

import numpy as np

from crampcare.analysis.factors import STANDARD
from crampcare.analysis.simulate import simulate, simulate_columns
from crampcare.diary.models import CheckIn, Episode


def test_same_seed_same_diary_other_seed_other_diary() -> None:
    a, ta = simulate(2, 120, seed=7)
    b, tb = simulate(2, 120, seed=7)
    c, _ = simulate(2, 120, seed=8)
    assert a == b and ta == tb
    assert a != c


def test_records_are_valid_models_with_planted_truth() -> None:
    records, truth = simulate(3, 200, seed=1)
    for e in records.episodes[:50]:
        Episode.model_validate(e.model_dump())
    for ci in records.checkins[:50]:
        CheckIn.model_validate(ci.model_dump())
    assert {e.person_id for e in records.episodes} <= {1, 2, 3}
    assert len(truth.persons) == 3
    for person in truth.persons:
        assert len(person.relative_risks) == 2
        assert set(person.relative_risks) <= set(STANDARD)
        assert all(1.5 <= rr <= 3.0 for rr in person.relative_risks.values())
        assert 0.03 < person.cramp_night_rate < 0.5
    assert set(truth.definitions) == set(STANDARD)


def test_planted_risk_shows_in_the_raw_counts() -> None:
    cols, _ = simulate_columns(
        200, 365, seed=2, planted={"long_sitting": 3.0}, prevalence={"long_sitting": 0.5}
    )
    from crampcare.analysis.population import count_tables

    names, tables = count_tables(cols)
    t = tables[:, names.index("long_sitting")].sum(axis=0)
    rr = (t[0] / (t[0] + t[1])) / (t[2] / (t[2] + t[3]))
    assert 2.6 < rr < 3.4
    null = tables[:, names.index("caffeine_cups")].sum(axis=0)
    rr_null = (null[0] / (null[0] + null[1])) / (null[2] / (null[2] + null[3]))
    assert 0.9 < rr_null < 1.1
    assert np.isnan(cols.factors["stress"]).mean() < 0.1
