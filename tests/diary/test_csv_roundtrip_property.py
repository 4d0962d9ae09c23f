"""Property: any diary exported to CSV imports back and exports byte for byte the same."""

from __future__ import annotations

import io
import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampcare.diary.csvio import write_csv
from crampcare.diary.importer import import_file
from crampcare.diary.models import FACTORS, LOCATIONS, SIDES, CheckInIn, EpisodeIn
from crampcare.diary.store import Diary

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


def _csv(diary: Diary) -> str:
    out = io.StringIO()
    write_csv(out, diary.episodes(), diary.checkins())
    return out.getvalue()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(diaries)
def test_any_diary_round_trips_through_csv(
    records: tuple[list[EpisodeIn], tuple[CheckInIn, ...]],
) -> None:
    eps, cis = records
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Diary.open(folder / "a.sqlite3") as original:
            original.import_rows([*eps, *cis])
            first = _csv(original)
        (folder / "x.csv").write_text(first, encoding="utf-8", newline="")
        with Diary.open(folder / "b.sqlite3") as fresh:
            import_file(fresh, folder / "x.csv")
            assert _csv(fresh) == first
            assert len(fresh.episodes()) == len(eps)
