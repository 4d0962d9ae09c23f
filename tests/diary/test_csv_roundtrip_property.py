"""Property: any diary exported to CSV imports back and exports byte for byte the same."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from crampcare.diary.csvio import write_csv
from crampcare.diary.importer import import_file
from crampcare.diary.models import CheckInIn, EpisodeIn
from crampcare.diary.store import Diary
from tests.diary.strategies import diaries, edge_diaries


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


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edge_diaries)
def test_edge_diaries_round_trip_exactly_and_no_cell_is_a_formula(
    records: tuple[list[EpisodeIn], tuple[CheckInIn, ...]],
) -> None:
    eps, cis = records
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Diary.open(folder / "a.sqlite3") as original:
            original.import_rows([*eps, *cis])
            first = _csv(original)
            before = _records(original)
        for row in csv.reader(io.StringIO(first)):
            assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row), row
        (folder / "x.csv").write_text(first, encoding="utf-8", newline="")
        with Diary.open(folder / "b.sqlite3") as fresh:
            import_file(fresh, folder / "x.csv")
            assert _records(fresh) == before
            assert _csv(fresh) == first


def _records(diary: Diary) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    skip = {"id", "person_id"}
    return (
        [e.model_dump(exclude=skip) for e in diary.episodes()],
        [c.model_dump(exclude=skip) for c in diary.checkins()],
    )
