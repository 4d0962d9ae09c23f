"""The analysis in plain words: findings, honest non-findings and "not enough data yet".

A sentence never states more than the numbers support: only a factor that
passed the false-discovery correction is worded as a finding, and every ratio
comes with its confidence interval.
"""

from __future__ import annotations

from crampcare.analysis.results import MIN_DAYS, Analysis, FactorResult, ReliefResult, Trend

MIN_DAYS_TEXT = f"{MIN_DAYS} days of check-ins"


def ratio(x: float) -> str:
    """A ratio with sensible precision: 2.1, 0.45, 12."""
    if x >= 10:
        return f"{x:.0f}"
    if x >= 0.995:
        return f"{x:.1f}"
    return f"{x:.2f}"


def pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.0f} %"


def factor_sentence(r: FactorResult, enough_days: bool) -> str:
    """One factor's result as a sentence a person (or a doctor) can read."""
    if r.status == "not_enough_data":
        if not enough_days:
            return (
                f"Not enough data yet for nights {r.phrase}: the analysis starts after "
                f"{MIN_DAYS_TEXT}."
            )
        return (
            f"Not enough data yet for nights {r.phrase}: {r.nights_with} nights with it and "
            f"{r.nights_without} without (at least 3 of each are needed)."
        )
    assert r.relative_risk is not None and r.ci_low is not None and r.ci_high is not None
    ci = f"95 % CI {ratio(r.ci_low)}–{ratio(r.ci_high)}"
    if r.status == "more_cramps":
        return f"On nights {r.phrase} you had cramps {ratio(r.relative_risk)}× as often ({ci})."
    if r.status == "fewer_cramps":
        return (
            f"On nights {r.phrase} you had cramps less often: {ratio(r.relative_risk)}× "
            f"as often ({ci})."
        )
    if r.ci_low > 1 or r.ci_high < 1:
        # The interval alone excludes 1, but not after allowing for the many factors
        # tested: say so, or a reader will see a contradiction.
        caveat = "suggestive, but with several factors tested this could still be chance"
    else:
        caveat = "a difference this size could be chance"
    return (
        f"No clear link yet for nights {r.phrase}: cramps on {pct(r.rate_with)} of those "
        f"nights and {pct(r.rate_without)} of the others ({ratio(r.relative_risk)}×, {ci}); "
        f"{caveat}."
    )


def hours_sentence(hours: list[int]) -> str:
    total = sum(hours)
    if total == 0:
        return "No episodes logged yet."
    # The busiest 3-hour stretch, wrapping round midnight.
    best = max(range(24), key=lambda h: sum(hours[(h + k) % 24] for k in range(3)))
    share = sum(hours[(best + k) % 24] for k in range(3)) / total
    return (
        f"{pct(share)} of your cramps started between {best:02d}:00 and "
        f"{(best + 3) % 24:02d}:00 ({total} episodes)."
    )


def too_short_trend(unit: str, weeks: int) -> str:
    return f"Not enough data yet for a trend in {unit}: at least {weeks} weeks are needed."


def too_few_intensity(n: int) -> str:
    return (
        f"Not enough data yet for a trend in pain intensity: at least {n} rated episodes "
        "over 4 weeks are needed."
    )


def flat_data(unit: str) -> str:
    return f"No trend can be computed for {unit} yet."


def trend_sentence(t: Trend, span_days: float) -> str:
    assert t.start_value is not None and t.end_value is not None
    weeks = max(1, round(span_days / 7))
    move = f"from about {t.start_value:.1f} to {t.end_value:.1f} over {weeks} weeks"
    if t.status == "rising":
        return f"Your {t.unit} rose {move}; this rise is larger than chance would explain."
    if t.status == "falling":
        return f"Your {t.unit} fell {move}; this fall is larger than chance would explain."
    return (
        f"No clear change in your {t.unit} ({move} on a straight-line fit, which could be chance)."
    )


def relief_sentence(r: ReliefResult, min_timed: int) -> str:
    name = r.method.replace("_", " ").capitalize()
    tried = f"{name}: tried {r.used} times, helped {r.helped}"
    if r.median_minutes is None:
        return f"{tried}; too few timed episodes to say how fast it works ({min_timed} needed)."
    assert r.q1_minutes is not None and r.q3_minutes is not None
    text = (
        f"{tried}; when it helped, relief came after a median of {r.median_minutes:.1f} "
        f"minutes (middle half {r.q1_minutes:.1f}–{r.q3_minutes:.1f}, {r.timed} timed)"
    )
    if r.median_minutes_not_helped is not None:
        text += (
            f"; when it was tried but did not help, relief (from something else or by "
            f"itself) came after a median of {r.median_minutes_not_helped:.1f} minutes "
            f"({r.timed_not_helped} timed)"
        )
    return text + "."


def summary(a: Analysis) -> list[str]:
    """The headline lines of a report."""
    if a.episodes == 0 and a.days_with_checkin == 0:
        return [
            "No data yet. Log cramps with `crampcare log` and answer the short daily "
            f"check-in with `crampcare day`; after {MIN_DAYS_TEXT} this report can "
            "start to show what goes with your cramps."
        ]
    lines = [
        f"{a.episodes} episodes and {a.days_with_checkin} daily check-ins from "
        f"{a.first_day} to {a.last_day}.",
    ]
    if a.nights_analysed:
        lines.append(
            f"Cramps came on {a.cramp_nights} of the {a.nights_analysed} nights after a "
            f"check-in ({pct(a.cramp_nights / a.nights_analysed)})."
        )
    if not a.enough_days:
        lines.append(
            f"Not enough data yet to judge any factor: {a.days_with_checkin} days of "
            f"check-ins so far, {MIN_DAYS_TEXT} are needed."
        )
        return lines
    found = [f for f in a.factors if f.status in ("more_cramps", "fewer_cramps")]
    if found:
        lines += [f.sentence for f in found]
        lines.append(
            "A link is not proof of a cause; it is worth talking over with your doctor "
            "or trying to change one thing at a time."
        )
    else:
        lines.append(
            "No factor stands out clearly yet. That can change as the diary grows; "
            "it can also mean your cramps do not follow these factors."
        )
    return lines
