"""Hypothesis strategies for diary records (shared by the property tests)."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

from crampcare.diary.models import FACTORS, CheckInIn, EpisodeIn
from crampcare.vocabulary import DIARY_LOCATIONS, DIARY_SIDES

text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"))
item = text.map(str.strip).filter(lambda s: 0 < len(s) <= 80)
finite = st.floats(min_value=0, max_value=20, allow_nan=False, allow_infinity=False)

episodes = st.builds(
    EpisodeIn,
    started_at=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),
    duration_s=st.none() | st.integers(1, 24 * 3600),
    location=st.sampled_from(DIARY_LOCATIONS),
    side=st.sampled_from(DIARY_SIDES),
    intensity=st.none() | st.integers(0, 10),
    woke=st.booleans(),
    actions=st.lists(item, max_size=3),
    helped=st.lists(item, max_size=2),
    minutes_to_relief=st.none() | st.floats(0, 24 * 60, allow_nan=False),
    notes=text.filter(lambda s: len(s) <= 2000),
)


@st.composite
def checkins(draw: st.DrawFn, day: date) -> CheckInIn:
    values: dict[str, object] = {"day": day}
    for name, (kind, _label) in FACTORS.items():
        if draw(st.booleans()):
            continue
        if kind is bool:
            values[name] = draw(st.booleans())
        elif kind is int:
            values[name] = draw(st.integers(0, 3))
        else:
            values[name] = draw(finite)
    names = item.filter(lambda s: s not in FACTORS and len(s) <= 40)
    values["custom"] = draw(st.dictionaries(names, st.booleans() | finite, max_size=3))
    values["notes"] = draw(text.filter(lambda s: len(s) <= 200))
    return CheckInIn.model_validate(values)


diaries = st.tuples(
    st.lists(episodes, max_size=6),
    st.lists(st.dates(date(2000, 1, 1), date(2030, 1, 1)), max_size=4, unique=True).flatmap(
        lambda days: st.tuples(*(checkins(d) for d in days))
    ),
)


# -- edge values: the limits themselves, and cells a spreadsheet would run ------------------

from crampcare.diary.models import (  # noqa: E402
    FIRST_DAY,
    LAST_DAY,
    MAX_CUSTOM,
    MAX_CUSTOM_VALUE,
    MAX_ITEM,
    MAX_ITEMS,
    MAX_NOTES,
)

_formula = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'=", "''+", "'", "=cmd|' /C calc'!A0"])
edge_text = st.one_of(text, st.tuples(_formula, text).map("".join))
edge_item = edge_text.map(str.strip).filter(lambda s: 0 < len(s) <= MAX_ITEM) | st.just(
    "x" * MAX_ITEM
)
_first = datetime.combine(FIRST_DAY, datetime.min.time())
_last = datetime.combine(LAST_DAY, datetime.max.time())
edge_times = st.sampled_from([_first, _last]) | st.datetimes(min_value=_first, max_value=_last)

edge_episodes = st.builds(
    EpisodeIn,
    started_at=edge_times,
    duration_s=st.none() | st.sampled_from([1, 24 * 3600]),
    location=st.sampled_from(DIARY_LOCATIONS),
    side=st.sampled_from(DIARY_SIDES),
    intensity=st.none() | st.sampled_from([0, 10]),
    woke=st.booleans(),
    actions=st.lists(edge_item, max_size=MAX_ITEMS) | st.just(["y" * MAX_ITEM] * MAX_ITEMS),
    helped=st.lists(edge_item, max_size=3),
    minutes_to_relief=st.none() | st.sampled_from([0.0, 24 * 60.0, 0.1]),
    notes=edge_text.filter(lambda s: len(s) <= MAX_NOTES) | st.just("=" * MAX_NOTES),
)


@st.composite
def edge_checkins(draw: st.DrawFn, day: date) -> CheckInIn:
    names = edge_item.filter(lambda s: s not in FACTORS and len(s) <= 40)
    values = st.booleans() | st.sampled_from([-MAX_CUSTOM_VALUE, MAX_CUSTOM_VALUE, -0.5, 0.0])
    custom = draw(st.dictionaries(names, values, max_size=MAX_CUSTOM))
    notes = draw(edge_text.filter(lambda s: len(s) <= MAX_NOTES))
    return CheckInIn(day=day, custom=custom, notes=notes, stress=draw(st.none() | st.just(3)))


edge_diaries = st.tuples(
    st.lists(edge_episodes, max_size=4),
    st.lists(
        st.sampled_from([FIRST_DAY, LAST_DAY]) | st.dates(FIRST_DAY, LAST_DAY),
        max_size=3,
        unique=True,
    ).flatmap(lambda days: st.tuples(*(edge_checkins(d) for d in days))),
)
