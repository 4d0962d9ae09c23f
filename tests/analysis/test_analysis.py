"""The per-person analysis: findings, honest non-findings and "not enough data yet"."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta

from crampcare.analysis.person import analyse
from crampcare.analysis.simulate import simulate
from crampcare.diary.models import CheckInIn, EpisodeIn
from crampcare.typed import dump_json

START = date(2026, 1, 1)


def _diary(
    days: int, coffee_every: int, cramp_if_coffee: int, cramp_otherwise: int
) -> tuple[list[EpisodeIn], list[CheckInIn]]:
    """Coffee (3 cups) every ``coffee_every`` days; cramp nights every ``cramp_if_*`` of them."""
    episodes, checkins = [], []
    n_coffee = n_plain = 0
    for i in range(days):
        day = START + timedelta(days=i)
        coffee = i % coffee_every == 0
        checkins.append(CheckInIn(day=day, caffeine_cups=3 if coffee else 1, stress=0))
        if coffee:
            n_coffee += 1
            cramp = n_coffee % cramp_if_coffee == 0
        else:
            n_plain += 1
            cramp = n_plain % cramp_otherwise == 0
        if cramp:
            night = datetime.combine(day + timedelta(days=1), datetime.min.time())
            episodes.append(
                EpisodeIn(
                    started_at=night + timedelta(hours=3),
                    intensity=6,
                    actions=["stretch"],
                    helped=["stretch"],
                    minutes_to_relief=2,
                )
            )
    return episodes, checkins


def test_strong_trigger_is_a_finding_in_plain_words() -> None:
    # Coffee every other day; cramps on 2 of 3 coffee nights, 1 in 10 otherwise.
    episodes, checkins = _diary(120, 2, 1, 10)
    result = analyse(episodes, checkins)
    coffee = next(f for f in result.factors if f.factor == "caffeine_cups")
    assert coffee.status == "more_cramps"
    assert coffee.nights_with == 60 and coffee.cramp_nights_with == 60
    assert coffee.cramp_nights_without == 6
    assert coffee.relative_risk is not None and coffee.relative_risk > 5
    assert re.fullmatch(
        r"On nights after more than 2 cups of coffee, tea or cola you had cramps "
        r"\d+(\.\d)?× as often \(95 % CI \d+(\.\d+)?–\d+(\.\d+)?\)\.",
        coffee.sentence,
    )
    assert coffee.sentence in result.summary
    stress = next(f for f in result.factors if f.factor == "stress")
    assert stress.status == "not_enough_data"  # never had a stressful day
    assert "Not enough data yet" in stress.sentence and "0 nights with it" in stress.sentence


def test_under_30_days_nothing_is_judged_even_a_strong_pattern() -> None:
    episodes, checkins = _diary(29, 2, 1, 10)
    result = analyse(episodes, checkins)
    assert not result.enough_days
    assert {f.status for f in result.factors} == {"not_enough_data"}
    assert all(f.relative_risk is None and f.p_value is None for f in result.factors)
    assert any("30 days" in line for line in result.summary)


def test_no_difference_is_said_to_be_no_clear_link() -> None:
    episodes, checkins = _diary(120, 2, 4, 4)
    coffee = next(f for f in analyse(episodes, checkins).factors if f.factor == "caffeine_cups")
    assert coffee.status == "no_clear_link"
    assert coffee.sentence.startswith("No clear link yet")
    assert "could be chance" in coffee.sentence


def test_since_drops_earlier_days_and_nights() -> None:
    episodes, checkins = _diary(120, 2, 1, 10)
    result = analyse(episodes, checkins, since=START + timedelta(days=100))
    assert result.days_with_checkin == 20
    assert result.first_day == START + timedelta(days=100)
    assert not result.enough_days


def test_empty_diary_is_a_kind_no_data_result() -> None:
    result = analyse([], [])
    assert result.episodes == 0 and result.factors == [] and result.first_day is None
    assert result.summary[0].startswith("No data yet")
    json.loads(dump_json(result))


def test_time_of_night_relief_and_trends_on_a_simulated_year() -> None:
    records, _ = simulate(1, 365, seed=4, cramp_rate=(0.3, 0.3))
    result = analyse(records.episodes, records.checkins)
    assert sum(result.hours) == result.episodes == len(records.episodes)
    assert sum(result.hours[0:6]) > sum(result.hours[12:18])  # small hours dominate
    assert result.weekly.status in ("rising", "falling", "flat")
    assert len(result.weekly.points) >= 52
    assert result.intensity.status in ("rising", "falling", "flat")
    fastest = result.relief[0]
    assert fastest.method == "stretch" and fastest.median_minutes is not None
    assert fastest.q1_minutes is not None and fastest.q3_minutes is not None
    assert fastest.q1_minutes <= fastest.median_minutes <= fastest.q3_minutes
    assert sum(result.calendar.episodes) == sum(
        1 for e in records.episodes if not 12 <= e.started_at.hour < 18
    )


def test_custom_factor_is_analysed_with_its_name() -> None:
    episodes, checkins = _diary(60, 2, 1, 10)
    checkins = [
        c.model_copy(update={"custom": {"late dinner": c.caffeine_cups == 3}}) for c in checkins
    ]
    result = analyse(episodes, checkins)
    custom = next(f for f in result.factors if f.factor == "custom:late dinner")
    assert custom.status == "more_cramps"
    assert "with late dinner" in custom.sentence


def test_calendar_dates_daytime_episodes_by_their_own_day() -> None:
    day = date(2026, 5, 10)
    episodes = [
        EpisodeIn(started_at=datetime(2026, 5, 10, 15, 0)),  # daytime
        EpisodeIn(started_at=datetime(2026, 5, 11, 2, 0)),  # night of the 10th
    ]
    result = analyse(episodes, [CheckInIn(day=day)])
    assert result.first_day == day and result.last_day == day
    assert result.calendar.episodes == [1]
    assert result.hours[15] == 1 and result.hours[2] == 1


def test_interval_clear_of_one_but_not_significant_after_correction_says_so() -> None:
    from crampcare.analysis.results import FactorResult
    from crampcare.analysis.wording import factor_sentence

    r = FactorResult(
        factor="heat",
        label="Hot day / sweating",
        definition="hot day",
        phrase="after a hot day or heavy sweating",
        nights_with=20,
        cramp_nights_with=8,
        nights_without=300,
        cramp_nights_without=50,
        rate_with=0.4,
        rate_without=50 / 300,
        relative_risk=2.4,
        ci_low=1.1,
        ci_high=5.0,
        p_value=0.02,
        q_value=0.2,
        status="no_clear_link",
        sentence="",
    )
    text = factor_sentence(r, enough_days=True)
    assert text.startswith("No clear link yet for nights after a hot day")
    assert "with several factors tested this could still be chance" in text


def test_falling_weekly_frequency_is_told_apart_from_flat() -> None:
    # 20 weeks: cramps on 5 nights a week at first, then 4, 3, 2, 1, then none.
    episodes, checkins = [], []
    for i in range(140):
        day = START + timedelta(days=i)
        checkins.append(CheckInIn(day=day))
        per_week = max(0, 5 - i // 28)
        if i % 7 < per_week:
            night = datetime.combine(day, datetime.min.time()) + timedelta(hours=23)
            episodes.append(EpisodeIn(started_at=night, intensity=5))
    weekly = analyse(episodes, checkins).weekly
    assert weekly.status == "falling"
    assert weekly.ci_high is not None and weekly.ci_high < 0
    assert weekly.start_value is not None and weekly.start_value > 4
    assert weekly.sentence.startswith("Your cramp nights a week fell")
    # Two cramp nights every week, all along: flat.
    steady = [
        EpisodeIn(started_at=datetime.combine(START, datetime.min.time()) + timedelta(days=i))
        for i in range(140)
        if i % 7 in (2, 5)
    ]
    flat = analyse(steady, checkins).weekly
    assert flat.status == "flat" and flat.sentence.startswith("No clear change")


def test_relief_median_and_middle_half_by_hand() -> None:
    night = datetime(2026, 2, 1, 2, 0)
    episodes = [
        EpisodeIn(
            started_at=night + timedelta(days=k),
            actions=["stretch"],
            helped=["stretch"],
            minutes_to_relief=m,
        )
        for k, m in enumerate([1, 2, 3, 4, 5])
    ]
    episodes.append(
        EpisodeIn(started_at=night + timedelta(days=9), actions=["heat"], minutes_to_relief=9)
    )
    relief = {r.method: r for r in analyse(episodes, []).relief}
    stretch = relief["stretch"]
    assert (stretch.used, stretch.helped, stretch.timed) == (5, 5, 5)
    assert (stretch.q1_minutes, stretch.median_minutes, stretch.q3_minutes) == (2, 3, 4)
    heat = relief["heat"]
    assert (heat.used, heat.helped, heat.median_minutes) == (1, 0, None)
    assert "too few timed episodes" in heat.sentence
