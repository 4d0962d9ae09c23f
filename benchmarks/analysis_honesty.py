"""Honesty of the trigger analysis on simulated diaries: recall and false discoveries.

Every simulated person is an independent diary analysed exactly as ``crampcare
report`` does it (the vectorised ``population_factors`` gives each person the
per-person answer; a test pins the two together). Two figures:

- recall: the share of diaries in which a planted trigger is reported as
  "more cramps" (after Benjamini-Hochberg at q = 0.1), by true RR and length;
- false discoveries: how often a null factor is flagged (per factor tested),
  and the false-discovery proportion among flagged factors, averaged over
  diaries (what BH controls; the stated level is 0.1).

Null factors exclude the one built from a planted factor (exercise intensity
comes from exercise, so it truly goes with cramps when exercise is a trigger).

Usage: python benchmarks/analysis_honesty.py [--persons 1000]
"""

from __future__ import annotations

import argparse

import numpy as np

from crampcare.analysis.population import FEWER, MORE, NOT_ENOUGH, population_factors
from crampcare.analysis.results import FDR_Q
from crampcare.analysis.simulate import simulate_columns

LINKED = {"exercise": "exercise_intensity", "exercise_intensity": "exercise"}
TRIGGER = "long_sitting"


def controlled(persons: int) -> None:
    print(f"A. One planted trigger ({TRIGGER}, present on 40 % of days), 20 % cramp nights")
    print("   true RR   days   recall (share of diaries where it is found)")
    for rr in (1.5, 2.0, 3.0):
        for days in (90, 180, 365, 730):
            cols, _ = simulate_columns(
                persons,
                days,
                seed=int(rr * 1000 + days),
                planted={TRIGGER: rr},
                cramp_rate=(0.2, 0.2),
                prevalence={TRIGGER: 0.4},
            )
            res = population_factors(cols)
            j = res.factors.index(TRIGGER)
            print(f"   {rr:7.1f} {days:6d}   {np.mean(res.status[:, j] == MORE):6.1%}")
    for rate, share in ((0.3, 0.5),):
        cols, _ = simulate_columns(
            persons,
            365,
            seed=99,
            planted={TRIGGER: 2.0},
            cramp_rate=(rate, rate),
            prevalence={TRIGGER: share},
        )
        res = population_factors(cols)
        j = res.factors.index(TRIGGER)
        print(
            f"   RR 2.0 over 365 days, {rate:.0%} cramp nights, factor on {share:.0%} of days: "
            f"recall {np.mean(res.status[:, j] == MORE):.1%}"
        )


def realistic(persons: int, days: int) -> None:
    cols, truth = simulate_columns(persons, days, seed=2026)
    res = population_factors(cols)
    names = res.factors
    found_by_rr: dict[float, list[bool]] = {}
    null_flags = null_tested = 0
    fdp = []
    for i, person in enumerate(truth.persons):
        planted = person.relative_risks
        linked = {LINKED[n] for n in planted if n in LINKED}
        flagged = false = 0
        for j, name in enumerate(names):
            st = res.status[i, j]
            hit = st in (MORE, FEWER)
            flagged += hit
            if name in planted:
                found_by_rr.setdefault(planted[name], []).append(st == MORE)
            elif name not in linked and st != NOT_ENOUGH:
                null_tested += 1
                null_flags += hit
                false += hit
        fdp.append(false / flagged if flagged else 0.0)
    print(
        f"\nB. {persons} diaries of {days} days, each with 2 random triggers (RR 1.5-3), "
        "habits and cramp rates (10-30 %) drawn per person"
    )
    for rr in sorted(found_by_rr):
        hits = found_by_rr[rr]
        print(f"   planted RR {rr:.1f}: found in {np.mean(hits):6.1%} of {len(hits)} diaries")
    print(
        f"   null factors flagged: {null_flags} of {null_tested} tested = "
        f"{null_flags / null_tested:.2%} (stated FDR level {FDR_Q:.0%})"
    )
    print(
        f"   false-discovery proportion among flagged factors, mean over diaries: "
        f"{np.mean(fdp):.2%} (BH controls this at {FDR_Q:.0%})"
    )


def all_null(persons: int) -> None:
    cols, _ = simulate_columns(persons, 365, seed=7, planted={})
    res = population_factors(cols)
    tested = res.status != NOT_ENOUGH
    flagged = np.isin(res.status, (MORE, FEWER))
    any_flag = flagged.any(axis=1).mean()
    print(f"\nC. {persons} diaries of 365 days with NO trigger at all")
    print(
        f"   null factors flagged: {flagged.sum()} of {tested.sum()} tested = "
        f"{flagged.sum() / tested.sum():.2%}; diaries with any (false) finding: {any_flag:.1%} "
        f"(BH: at most {FDR_Q:.0%})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=1000)
    args = parser.parse_args()
    controlled(args.persons)
    realistic(args.persons * 2, 365)
    all_null(args.persons)


if __name__ == "__main__":
    main()
