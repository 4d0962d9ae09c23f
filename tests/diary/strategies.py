"""Hypothesis strategies for diary records (shared by the property tests)."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

from crampcare.diary.models import FACTORS, LOCATIONS, SIDES, CheckInIn, EpisodeIn

text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"))
item = text.map(str.strip).filter(lambda s: 0 < len(s) <= 80)
finite = st.floats(min_value=0, max_value=20, allow_nan=False, allow_infinity=False)

episodes = st.builds(
    EpisodeIn,
    started_at=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),
    duration_s=st.none() | st.integers(1, 24 * 3600),
    location=st.sampled_from(LOCATIONS),
    side=st.sampled_from(SIDES),
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
