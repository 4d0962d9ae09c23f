"""The clinic analysis of a stored diary equals the in-memory analysis of the same records."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from crampcare.analysis import clinic_parts
from crampcare.analysis.clinic_store import as_json, clinic_analysis, open_stored
from crampcare.analysis.nights import DiaryColumns, episodes_per_checkin, minute_stamp
from crampcare.analysis.population import PopulationResult, population_factors
from crampcare.analysis.simulate import iter_checkins, iter_episodes, simulate_columns
from crampcare.diary.models import AnyCheckIn, AnyEpisode
from crampcare.diary.store import Diary
from crampcare.errors import CrampcareError

PERSONS = 24


def _with_edge_episodes(cols: DiaryColumns) -> DiaryColumns:
    """Episodes at the night window's edges, and one person with episodes only."""
    day = datetime.fromordinal(int(cols.day[0]))
    extra = [
        (0, day.replace(hour=11, minute=59)),  # last minute of the night before
        (0, day.replace(hour=12)),  # daytime: no cramp night
        (1, day.replace(hour=17, minute=59)),  # daytime
        (1, day.replace(hour=18)),  # first minute of this day's night
        (PERSONS, day.replace(hour=3)),  # a person who never checked in
    ]
    n = len(extra)
    person = np.array([p for p, _ in extra], np.int32)
    start = np.array([minute_stamp(t) for _, t in extra], np.int64)
    order = np.lexsort((np.r_[cols.ep_start, start], np.r_[cols.ep_person, person]))
    return replace(
        cols,
        ep_person=np.r_[cols.ep_person, person][order],
        ep_start=np.r_[cols.ep_start, start][order],
        ep_intensity=np.r_[cols.ep_intensity, np.full(n, 5.0)][order],
        ep_minutes=np.r_[cols.ep_minutes, np.full(n, 2.0)][order],
        ep_used=np.r_[cols.ep_used, np.zeros(n, np.int64)][order],
        ep_helped=np.r_[cols.ep_helped, np.zeros(n, np.int64)][order],
    )


def _store(diary: Diary, cols: DiaryColumns) -> None:
    def rows() -> Iterator[tuple[int, AnyEpisode | AnyCheckIn]]:
        for e in iter_episodes(cols):
            yield e.person_id, e
        for c in iter_checkins(cols):
            yield c.person_id, c

    diary.import_rows(rows())


def _assert_same(got: PopulationResult, want: PopulationResult) -> None:
    assert got.factors == want.factors
    np.testing.assert_array_equal(got.tables, want.tables)
    np.testing.assert_array_equal(got.status, want.status)
    for name in ("rr", "ci_low", "ci_high", "p", "q", "pooled_rr", "pooled_low", "pooled_high"):
        np.testing.assert_array_equal(getattr(got, name), getattr(want, name), err_msg=name)


@pytest.fixture(scope="module")
def clinic() -> DiaryColumns:
    cols, _ = simulate_columns(PERSONS, 120, seed=11)
    return _with_edge_episodes(cols)


@pytest.mark.parametrize("halves", [False, True], ids=["one query", "two halves at once"])
def test_stored_clinic_gives_the_in_memory_tables_rr_and_q_values(
    diary: Diary, clinic: DiaryColumns, halves: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A clinic this small is counted in one part unless told otherwise.
    monkeypatch.setattr(clinic_parts, "MIN_SPLIT", 0 if halves else 10**9)
    _store(diary, clinic)
    found = clinic_analysis(diary)
    want = population_factors(clinic)
    assert found.person_ids == list(range(1, PERSONS + 2))
    assert found.checkins == clinic.day.size
    assert found.checkins_left_out == 0
    assert found.cramp_nights == int((episodes_per_checkin(clinic) > 0).sum())
    # The edge episodes count: 11:59 and 18:00 make cramp nights, 12:00 and 17:59 do not.
    assert want.tables.sum() > 0 and (want.status == 2).any()
    _assert_same(found.result, want)


def test_an_empty_diary_has_nothing_to_analyse(diary: Diary) -> None:
    found = clinic_analysis(diary)
    assert (found.person_ids, found.checkins, found.cramp_nights) == ([], 0, 0)
    assert as_json(found)["persons"] == []


def test_a_damaged_checkin_is_left_out_whole_and_counted(
    tmp_path: Path, clinic: DiaryColumns
) -> None:
    path = tmp_path / "clinic.sqlite3"
    with Diary.open(path) as diary:
        _store(diary, clinic)
    con = sqlite3.connect(path)
    with con:
        # Text in a number column, as a hand edit leaves it; SQLite keeps it as text.
        con.execute("UPDATE checkins SET fluids_l = 'lots' WHERE id = 5")
        con.execute("UPDATE checkins SET stress = 9 WHERE id = 7")
        person, day = con.execute("SELECT person_id, day FROM checkins WHERE id = 5").fetchone()
        person7, day7 = con.execute("SELECT person_id, day FROM checkins WHERE id = 7").fetchone()
    con.close()
    keep = np.ones(clinic.day.size, bool)
    for p, d in ((person, day), (person7, day7)):
        ordinal = datetime.fromisoformat(d).toordinal()
        keep &= ~((clinic.person == p - 1) & (clinic.day == ordinal))
    assert keep.sum() == clinic.day.size - 2
    without = replace(
        clinic,
        person=clinic.person[keep],
        day=clinic.day[keep],
        factors={k: v[keep] for k, v in clinic.factors.items()},
    )
    with open_stored(str(path)) as diary:
        found = clinic_analysis(diary)
    assert found.checkins_left_out == 2
    _assert_same(found.result, population_factors(without))


def test_a_missing_diary_file_is_an_error_not_a_new_diary(tmp_path: Path) -> None:
    with pytest.raises(CrampcareError, match="no diary at"):
        open_stored(str(tmp_path / "nowhere.sqlite3"))
    assert not (tmp_path / "nowhere.sqlite3").exists()


def test_a_file_that_is_not_a_diary_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("not a diary\n")
    other.chmod(0o644)
    with pytest.raises(CrampcareError, match="not a crampcare diary"):
        open_stored(str(other))
    assert other.stat().st_mode & 0o777 == 0o644
    assert other.read_text() == "not a diary\n"
