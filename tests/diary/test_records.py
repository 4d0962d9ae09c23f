"""Stored records: plain frozen dataclasses, held to the pydantic models they come from.

``Episode`` and ``CheckIn`` are built from a diary's rows without validation; their
pydantic twins (``EpisodeSchema``, ``CheckInSchema``, derived from the input models)
validate untrusted data. These tests keep the two from drifting apart: the same
fields, and a read that gives exactly what validating the same rows gives.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import types
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampcare.accounts.owned import OwnedDiary
from crampcare.diary import records
from crampcare.diary.models import (
    CheckIn,
    CheckInIn,
    CheckInSchema,
    Episode,
    EpisodeIn,
    EpisodeSchema,
)
from crampcare.diary.sqlselect import bounds
from crampcare.diary.store import Diary
from crampcare.render.report_files import write_changed
from tests.diary import strategies

PAIRS = [(Episode, EpisodeSchema, EpisodeIn), (CheckIn, CheckInSchema, CheckInIn)]


@pytest.mark.parametrize(("record", "schema", "given_as"), PAIRS)
def test_a_record_has_its_schemas_fields_types_and_defaults_in_order(
    record: type[Any], schema: Any, given_as: Any
) -> None:
    fields = dataclasses.fields(record)
    assert [f.name for f in fields] == list(schema.model_fields)
    assert list(schema.model_fields) == [*given_as.model_fields, "id", "person_id"]
    hints = get_type_hints(record)
    for f in fields:
        model_field = schema.model_fields[f.name]
        assert hints[f.name] == _plain(model_field.annotation), f.name
        if model_field.is_required():
            assert f.default is dataclasses.MISSING, f.name
        elif model_field.default_factory is not None:
            made: Any = f.default_factory
            assert made() == model_field.get_default(call_default_factory=True), f.name
        else:
            assert f.default == model_field.default, f.name
    assert record.__dataclass_params__.frozen
    assert not hasattr(record(**_minimal(record)), "__dict__")  # slotted


def _plain(tp: Any) -> Any:
    """A type without its ``Annotated`` constraints, at any depth."""
    if get_origin(tp) is Annotated:
        return _plain(get_args(tp)[0])
    origin, args = get_origin(tp), get_args(tp)
    if origin is None or origin is Literal:
        return tp
    plain = tuple(_plain(a) for a in args)
    if origin in (Union, types.UnionType):
        return Union[plain]  # noqa: UP007
    return origin[plain if len(plain) > 1 else plain[0]]


def _minimal(record: type[Any]) -> dict[str, Any]:
    return (
        {"started_at": datetime(2026, 3, 1, 3), "id": 1}
        if record is Episode
        else {
            "day": date(2026, 3, 1),
            "id": 1,
        }
    )


def test_the_ranges_the_reader_checks_are_the_models() -> None:
    for name, (low, high) in records.RANGES.items():
        model = EpisodeIn if name in EpisodeIn.model_fields else CheckInIn
        assert bounds(model, name) == (low, high), name
    numbers = {
        name
        for model in (EpisodeIn, CheckInIn)
        for name, f in model.model_fields.items()
        if any(type(m).__name__ in ("Ge", "Le") for m in f.metadata)
    }
    assert numbers == set(records.RANGES)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(diary=strategies.diaries)
def test_a_read_gives_what_pydantic_validation_of_the_same_rows_gives(
    tmp_path_factory: pytest.TempPathFactory,
    diary: tuple[list[EpisodeIn], tuple[CheckInIn, ...]],
) -> None:
    path = tmp_path_factory.mktemp("records") / "diary.sqlite3"
    eps, cis = diary
    with Diary.open(path) as store:
        store.import_rows([*eps, *cis])
        got_eps, got_cis = store.episodes(), store.checkins()
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        ep_rows = conn.execute("SELECT * FROM episodes ORDER BY started_at, id").fetchall()
        ci_rows = conn.execute("SELECT * FROM checkins ORDER BY day").fetchall()
    # The rows as SQLAlchemy's types decode them, validated by pydantic's models.
    want_eps = [EpisodeSchema.model_validate(_decoded(dict(r))) for r in ep_rows]
    want_cis = [CheckInSchema.model_validate(_decoded(dict(r))) for r in ci_rows]
    for got, want in ((got_eps, want_eps), (got_cis, want_cis)):
        # repr: True == 1 and 2.0 == 2, but a flag must come back a bool, a number a float.
        assert [repr(r.model_dump()) for r in got] == [repr(w.model_dump()) for w in want]
        assert all(type(r) in (Episode, CheckIn) for r in got)
        assert [r.model_dump(mode="json") for r in got] == [w.model_dump(mode="json") for w in want]
    assert got_eps.skipped == got_cis.skipped == 0


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    import json

    row.pop("idempotency_key", None)
    for name in ("actions", "helped", "custom"):
        if name in row:
            row[name] = json.loads(row[name])
    for name, value in row.items():
        if name in ("woke", *(n for n, (k, _) in records.FACTORS.items() if k is bool)):
            row[name] = None if value is None else bool(value)
    if "started_at" in row:
        row["started_at"] = datetime.fromisoformat(row["started_at"])
    return row


def test_records_are_frozen_and_copy_like_the_models_did() -> None:
    ep = Episode(started_at=datetime(2026, 3, 1, 3), id=4, actions=["walk"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        ep.notes = "x"  # type: ignore[misc]
    moved = ep.model_copy(update={"intensity": 5})
    assert (moved.intensity, moved.id, ep.intensity) == (5, 4, None)
    dumped = ep.model_dump()
    dumped["actions"].append("stretch")  # a dump's lists are the caller's
    assert ep.actions == ["walk"]
    assert ep.model_dump(include={"id", "notes"}) == {"notes": "", "id": 4}
    assert Episode.model_validate(ep.model_dump()) == ep


def test_validating_untrusted_data_still_refuses_it_in_pydantics_words() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="less than or equal to 10"):
        Episode.model_validate({"started_at": "2026-03-01T03:00:00", "id": 1, "intensity": 11})
    with pytest.raises(ValidationError, match="1 validation error for CheckIn"):
        CheckIn.model_validate({"day": "2026-03-01", "id": 1, "stress": 9})


def test_reading_a_diary_imports_no_pydantic(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    with Diary.open(path) as diary:
        diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 3)))
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from crampcare.diary import quickread\n"
        f"found = quickread.read_whole(Path({str(path)!r}), 1, None, [])\n"
        "assert found is not None and len(found[0]) == 1, found\n"
        "assert 'pydantic' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_owned_diary_names_its_own_unreadable_rows_only(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    with Diary.open(path) as diary:
        mine = diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 3)), person_id=2)
        diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 4)), person_id=2)
        diary.add_episode(EpisodeIn(started_at=datetime(2026, 3, 1, 3)), person_id=3)
        diary.set_checkin(CheckInIn(day=date(2026, 3, 1)), person_id=2)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE episodes SET intensity = 'bad' WHERE id = ?", (mine.id,))
        conn.execute("UPDATE checkins SET stress = 9 WHERE person_id = 2")
        conn.commit()
    with Diary.open(path) as diary:
        theirs, other = OwnedDiary(diary, 2), OwnedDiary(diary, 3)
        assert len(theirs.episodes()) == 1 and len(theirs.checkins()) == 0
        assert len(other.episodes()) == 1
        assert len(theirs.problems) == 2
        assert f"episode {mine.id} cannot be read" in theirs.problems[0]
        assert "the check-in of 2026-03-01 cannot be read" in theirs.problems[1]
        assert other.problems == []
        theirs.episodes()  # read again: each row is named once
        assert len(theirs.problems) == 2


def test_a_chart_already_holding_the_same_bytes_is_not_written_again(tmp_path: Path) -> None:
    target = tmp_path / "chart.svg"
    assert write_changed(target, b"<svg/>")
    assert not write_changed(target, b"<svg/>")
    assert write_changed(target, b"<svg></svg>") and target.read_bytes() == b"<svg></svg>"
    target.chmod(0o644)  # other permissions: written again, private
    assert write_changed(target, b"<svg></svg>") and target.stat().st_mode & 0o777 == 0o600


def test_records_given_as_json_by_the_api_schema_are_the_models(tmp_path: Path) -> None:
    from crampcare.typed import dump, json_schema, validate

    ep = Episode(started_at=datetime(2026, 3, 1, 3, 0, 0, 250000), id=2, minutes_to_relief=2.5)
    assert dump(ep, mode="json") == EpisodeSchema(**ep.model_dump()).model_dump(mode="json")
    assert validate(Episode, dump(ep, mode="json")) == ep
    assert json_schema(Episode) == EpisodeSchema.model_json_schema()
    assert st is not None
