"""CSV and JSON import/export: round trips, and all-or-nothing imports with line numbers."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from crampcare.diary.csvio import COLUMNS, write_csv
from crampcare.diary.importer import ImportFailed, import_file
from crampcare.diary.jsonio import diary_document
from crampcare.diary.models import CheckInIn, EpisodeIn
from crampcare.diary.store import Diary
from crampcare.errors import CrampcareError

HEADER = ",".join(COLUMNS)


def _fill(diary: Diary) -> None:
    diary.add_episode(
        EpisodeIn(
            started_at=datetime(2026, 3, 1, 3, 10),
            duration_s=75,
            location="calf",
            side="left",
            intensity=7,
            woke=True,
            actions=["stretch", "stand on a cold floor"],
            helped=["stretch"],
            minutes_to_relief=1.5,
            notes='woke up, "ouch", twice\nsecond line',
        )
    )
    diary.add_episode(
        EpisodeIn(
            started_at=datetime(2026, 3, 2, 23, 59, 1, 250),
            location="toes",
            side="both",
            actions=["a; b"],
        )
    )
    doomed = diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 2, 1, 0)))
    diary.delete_episode(doomed.id)  # a gap in the ids must not break the round trip
    diary.set_checkin(
        CheckInIn(
            day=date(2026, 3, 1),
            exercise=True,
            exercise_intensity=2,
            hours_on_feet=9.5,
            fluids_l=1.25,
            caffeine_cups=4,
            heat=False,
            custom={"cold feet": True, "steps": 12000},
            notes="long shift",
        )
    )
    diary.set_checkin(CheckInIn(day=date(2026, 3, 2)))


def _export(diary: Diary) -> str:
    out = io.StringIO()
    write_csv(out, diary.episodes(), diary.checkins())
    return out.getvalue()


def test_csv_export_imports_back_to_the_same_diary(tmp_path: Path) -> None:
    with Diary.open(tmp_path / "a.db") as original:
        _fill(original)
        first = _export(original)
    exported = tmp_path / "diary.csv"
    exported.write_text(first, encoding="utf-8")
    with Diary.open(tmp_path / "b.db") as fresh:
        summary = import_file(fresh, exported)
        second = _export(fresh)
    assert (summary.episodes, summary.checkins) == (2, 2)
    assert second == first
    assert first.splitlines()[0] == HEADER


def test_json_export_imports_back(tmp_path: Path) -> None:
    with Diary.open(tmp_path / "a.db") as original:
        _fill(original)
        document = diary_document(original.episodes(), original.checkins())
    path = tmp_path / "diary.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with Diary.open(tmp_path / "b.db") as fresh:
        import_file(fresh, path)
        again = diary_document(fresh.episodes(), fresh.checkins())

    def strip(doc: dict[str, list[dict[str, object]]]) -> list[list[dict[str, object]]]:
        return [
            [{k: v for k, v in r.items() if k != "id"} for r in doc[key]]
            for key in ("episodes", "checkins")
        ]

    assert strip(again) == strip(document)


def _write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "in.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_every_bad_row_is_reported_by_line_and_nothing_is_written(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "record,started_at,location,side,intensity,day,caffeine_cups,notes",
        "episode,2026-03-01T03:00,calf,left,7,,,fine",
        "episode,2026-02-30T03:00,calf,left,5,,,impossible date",
        "episode,2026-03-02T03:00,calf,left,11,,,too strong",
        "episode,2026-03-03T03:00,knee,left,4,,,unknown place",
        "checkin,,,,,2026-03-01,3,",
        "episode,2026-03-04T03:00,calf,left,4,2026-03-04,,day on an episode",
        "nap,2026-03-05T03:00,calf,left,4,,,unknown record",
        "checkin,,,,,2026-03-01,2,same day twice",
        'episode,2026-03-06T03:00,calf,left,2,,,"multi',
        'line note"',
        "episode,2026-03-07T03:00,calf,sideways,2,,,",
    )
    with Diary.open(tmp_path / "d.db") as diary:
        diary.add_episode(EpisodeIn(started_at=datetime(2026, 1, 1, 1, 0)))
        with pytest.raises(ImportFailed) as failed:
            import_file(diary, path)
        assert len(diary.episodes()) == 1
        assert diary.checkins() == []
    where = {e.where: e.reason for e in failed.value.errors}
    assert set(where) == {"line 3", "line 4", "line 5", "line 7", "line 8", "line 9", "line 12"}
    assert "day value is outside expected range" in where["line 3"]
    assert "intensity" in where["line 4"] and "10" in where["line 4"]
    assert "location" in where["line 5"]
    assert "'day' must be empty on a episode row" in where["line 7"]
    assert "record must be 'episode' or 'checkin'" in where["line 8"]
    assert "second check-in for 2026-03-01" in where["line 9"]
    assert "side" in where["line 12"]
    assert "7 bad row(s)" in str(failed.value)


@pytest.mark.parametrize(
    ("rows", "where", "reason"),
    [
        (["record,started_at,colour", "episode,2026-03-01T03:00,red"], "line 1", "unknown column"),
        (["started_at,location", "2026-03-01T03:00,calf"], "line 1", "'record' column"),
        ([HEADER, "episode,2026-03-01T03:00"], "line 2", "cells but the header has"),
        (["record,started_at", 'episode,"2026-03-01'], "line 2", "malformed CSV"),
        (["record,started_at", 'episode,"2026-03-01"x'], "line 2", "malformed CSV"),
        ([""], "line 1", "empty"),
        (["record,custom", "checkin,{not json}"], "line 2", "custom"),
    ],
)
def test_malformed_csv_is_refused(tmp_path: Path, rows: list[str], where: str, reason: str) -> None:
    path = tmp_path / "in.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    with Diary.open(tmp_path / "d.db") as diary:
        with pytest.raises(ImportFailed) as failed:
            import_file(diary, path)
        assert diary.counts() == (0, 0)
    assert failed.value.errors[0].where == where
    assert reason in failed.value.errors[0].reason


def test_binary_or_unknown_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\xff\xd8\xff\xe0" * 50)
    other = tmp_path / "diary.xlsx"
    other.write_text("x", encoding="utf-8")
    with Diary.open(tmp_path / "d.db") as diary:
        with pytest.raises(ImportFailed, match="UTF-8"):
            import_file(diary, binary)
        with pytest.raises(CrampcareError, match="--format"):
            import_file(diary, other)
        with pytest.raises(CrampcareError, match="no such file"):
            import_file(diary, tmp_path / "missing.csv")


def test_json_import_reports_bad_items_by_position(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text(
        json.dumps(
            {
                "episodes": [
                    {"started_at": "2026-03-01T03:00:00", "intensity": 4},
                    {"started_at": "2026-03-01T03:00:00", "intensity": 11},
                ],
                "checkins": [{"day": "2026-02-30"}],
            }
        ),
        encoding="utf-8",
    )
    with Diary.open(tmp_path / "d.db") as diary:
        with pytest.raises(ImportFailed) as failed:
            import_file(diary, path)
        assert diary.counts() == (0, 0)
    assert [e.where for e in failed.value.errors] == ["episodes[1]", "checkins[0]"]


def test_import_reports_progress(tmp_path: Path) -> None:
    rows = [HEADER] + [
        f"episode,2026-03-01T03:{m:02d},,calf,left,5,no,,,,,,,,,,,,,,,,,," for m in range(60)
    ]
    path = _write(tmp_path, *rows)
    seen: list[int] = []
    with Diary.open(tmp_path / "d.db") as diary:
        diary_rows = import_file(diary, path, progress=seen.append)
    assert diary_rows.episodes == 60
    assert seen and seen[-1] == 60
