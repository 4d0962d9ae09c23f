"""Importing a file: every bad row is found and reported, and then nothing is written.

The records stream from the file into one transaction while each row is
checked; if any row was bad, the generator raises ``ImportFailed`` at the end,
which rolls the transaction back.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from crampcare.diary.csvfast import StoredCheckIn, StoredEpisode, compile_row
from crampcare.diary.csvio import RowProblem, parse_row, read_header
from crampcare.diary.models import AnyCheckIn, AnyEpisode, CheckIn, CheckInIn, EpisodeIn
from crampcare.diary.store import Diary, ImportSummary
from crampcare.errors import CrampcareError, validation_message

FORMATS = ("csv", "json")
Record = AnyEpisode | AnyCheckIn | StoredEpisode | StoredCheckIn
SHOWN = 20


@dataclass(frozen=True)
class RowError:
    """One bad row: where (``line 7`` or ``episodes[3]``) and why."""

    where: str
    reason: str


class ImportFailed(CrampcareError):
    """The import found bad rows and wrote nothing."""

    def __init__(self, errors: list[RowError], total: int) -> None:
        self.errors = errors
        lines = [f"  {e.where}: {e.reason}" for e in errors[:SHOWN]]
        if total > SHOWN:
            lines.append(f"  ... and {total - SHOWN} more")
        super().__init__(
            f"import failed, nothing was written: {total} bad row(s)\n" + "\n".join(lines)
        )


def detect_format(path: Path, fmt: str | None) -> str:
    """The import format from ``--format`` or the file's extension."""
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise CrampcareError(
            f"cannot tell the format of {path.name}; use --format {'|'.join(FORMATS)}"
        )
    return chosen


class _Collector:
    def __init__(self) -> None:
        self.errors: list[RowError] = []
        self.total = 0
        self.days: dict[str, str] = {}

    def bad(self, where: str, reason: str) -> None:
        self.total += 1
        if len(self.errors) < 1000:
            self.errors.append(RowError(where, reason))

    def check(self, where: str, record: Record) -> bool:
        if isinstance(record, CheckInIn | CheckIn):
            day = record.day.isoformat()
        elif type(record) is StoredCheckIn:
            day = record[0]
        else:
            return True
        earlier = self.days.get(day)
        if earlier is not None:
            self.bad(where, f"a second check-in for {day} (first at {earlier})")
            return False
        self.days[day] = where
        return True

    def finish(self) -> None:
        if self.total:
            raise ImportFailed(self.errors, self.total)


def _csv_records(path: Path, seen: _Collector, fast: bool) -> Iterator[Record]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            try:
                header = read_header(reader)
            except RowProblem as exc:
                seen.bad("line 1", str(exc))
                return
            line = reader.line_num
            # SQLite: plain rows skip pydantic (csvfast); any other row takes the slow lane.
            quick = compile_row(header) if fast else None
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    seen.bad(f"line {reader.line_num}", f"malformed CSV: {exc}")
                    break
                first = line + 1  # a quoted cell may span lines: the row's first
                line = reader.line_num
                if not cells:
                    continue
                record: Record | None = quick(cells) if quick is not None else None
                if type(record) is StoredEpisode:  # the common row: nothing to look up
                    if not seen.total:
                        yield record
                    continue
                where = f"line {first}"
                if record is not None:
                    if seen.check(where, record) and not seen.total:
                        yield record
                    continue
                try:
                    record = parse_row(header, cells)
                except ValidationError as exc:
                    seen.bad(where, validation_message(exc))
                    continue
                except RowProblem as exc:
                    seen.bad(where, str(exc))
                    continue
                if seen.check(where, record) and not seen.total:
                    yield record
    except UnicodeDecodeError as exc:
        seen.bad("file", f"not UTF-8 text: {exc.reason}")


def _no_constant(name: str) -> float:
    raise json.JSONDecodeError(f"{name} is not a number", name, 0)


def _json_records(path: Path, seen: _Collector, fast: bool) -> Iterator[Record]:
    try:
        document: Any = json.loads(
            path.read_text(encoding="utf-8-sig"), parse_constant=_no_constant
        )
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        seen.bad("file", f"not a JSON document: {exc}")
        return
    except RecursionError:
        seen.bad("file", "the JSON is nested too deeply to be a diary")
        return
    if not isinstance(document, dict) or not set(document) & {"episodes", "checkins"}:
        seen.bad("file", 'expected an object with "episodes" and/or "checkins" lists')
        return
    kinds: tuple[tuple[str, type[EpisodeIn] | type[CheckInIn]], ...] = (
        ("episodes", EpisodeIn),
        ("checkins", CheckInIn),
    )
    for key, model in kinds:
        items = document.get(key, [])
        if not isinstance(items, list):
            seen.bad(key, "a list was expected")
            continue
        for i, item in enumerate(items):
            where = f"{key}[{i}]"
            if isinstance(item, dict):
                # Ids and owners belong to the diary being imported into.
                item = {k: v for k, v in item.items() if k not in ("id", "person_id")}
            try:
                record = model.model_validate(item)
            except ValidationError as exc:
                seen.bad(where, validation_message(exc))
                continue
            if seen.check(where, record) and not seen.total:
                yield record


def import_file(
    diary: Diary,
    path: Path,
    fmt: str | None = None,
    person_id: int = 1,
    progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Import a CSV or JSON file into ``diary``: all rows, or none and ImportFailed."""
    if not path.is_file():
        raise CrampcareError(f"no such file: {path}")
    chosen = detect_format(path, fmt)
    seen = _Collector()
    source = _csv_records if chosen == "csv" else _json_records

    fast = diary.engine.dialect.name == "sqlite"

    def records() -> Iterator[Record]:
        yield from source(path, seen, fast)
        seen.finish()

    return diary.import_rows(records(), person_id=person_id, progress=progress)
