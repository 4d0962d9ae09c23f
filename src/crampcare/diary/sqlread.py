"""Reading a SQLite diary at the speed of the driver, and surviving any row a hand wrote.

The store's SQLite reads, and ``report``'s (which never imports SQLAlchemy),
come through here. Validation is split in two:

- A row whose values are exactly what validation would produce (each value's
  type and range checked: ``sqlfast``) is built straight into its record (a
  plain dataclass): rows the store wrote were validated on the way in.
- Any other row is validated by the record's pydantic schema (``slow``). One that still
  fails — text in a number column, a date that does not exist, broken JSON —
  is left out, named in ``problems``, and counted in ``Records.skipped``: one
  damaged row never stops the person reading the rest of their diary.

No SQLAlchemy here (it costs a fifth of a second to import).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from crampcare.diary import sqlfast
from crampcare.diary.records import FACTORS, CheckIn, Episode

M = TypeVar("M")
MAX_PROBLEMS = 1000


class Records(list[M], Generic[M]):
    """Records read from the diary; ``skipped``: stored rows left out as unreadable."""

    skipped: int = 0


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No garbage collection while a read builds its records.

    A read allocates a few objects per row and frees none of them, so every
    collection in the loop would scan the growing list for nothing: with the
    default thresholds that was half the time of reading a large diary. Reference
    counting still frees everything at once; a caller that paused collection
    itself keeps it paused.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Unreadable(ValueError):
    """A stored value of the wrong kind for its column (SQLite lets any value in)."""


def _json(name: str, text: Any) -> Any:
    if not isinstance(text, str):
        raise Unreadable(f"{name}: stored {type(text).__name__}, not JSON text")
    try:
        return json.loads(text)
    except ValueError:
        raise Unreadable(f"{name}: stored text is not JSON") from None


def _time(name: str, value: Any) -> datetime:
    if not isinstance(value, str):
        raise Unreadable(f"{name}: stored {type(value).__name__}, not a time")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise Unreadable(f"{name}: {value[:40]!r} is not a time") from None


def _day(value: Any) -> date:
    if not isinstance(value, str):
        raise Unreadable(f"day: stored {type(value).__name__}, not a date")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Unreadable(f"day: {value[:40]!r} is not a date") from None


def _typed(name: str, value: Any, kind: type) -> Any:
    """The stored value if it has its column's kind (a flag is 0 or 1); else Unreadable."""
    if value is None:
        return None
    if kind is bool:
        if type(value) is int and value in (0, 1):
            return value == 1
    elif kind is int:
        if type(value) is int:
            return value
    elif kind is float:
        if type(value) in (int, float):
            return value
    elif type(value) is kind:
        return value
    raise Unreadable(f"{name}: stored {type(value).__name__} {str(value)[:40]!r}")


def _episode_slow(row: Sequence[Any]) -> Episode:
    data = {
        "id": row[0],
        "person_id": row[1],
        "started_at": _time("started_at", row[2]),
        "duration_s": _typed("duration_s", row[3], int),
        "location": _typed("location", row[4], str),
        "side": _typed("side", row[5], str),
        "intensity": _typed("intensity", row[6], int),
        "woke": _typed("woke", row[7], bool),
        "actions": _json("actions", row[8]),
        "helped": _json("helped", row[9]),
        "minutes_to_relief": _typed("minutes_to_relief", row[10], float),
        "notes": _typed("notes", row[11], str),
    }
    from crampcare.diary import models  # the records' pydantic schemas (registered there)

    return models.Episode.model_validate(data)


def _checkin_slow(row: Sequence[Any]) -> CheckIn:
    data: dict[str, Any] = {"id": row[0], "person_id": row[1], "day": _day(row[2])}
    for i, (name, (kind, _label)) in enumerate(FACTORS.items()):
        data[name] = _typed(name, row[3 + i], kind)
    data["custom"] = _json("custom", row[-2])
    data["notes"] = _typed("notes", row[-1], str)
    from crampcare.diary import models

    return models.CheckIn.model_validate(data)


def _reason(exc: Exception) -> str:
    from pydantic import ValidationError  # loaded already: the record was validated

    if isinstance(exc, ValidationError):
        from crampcare.errors import validation_message

        return validation_message(exc)
    return str(exc) or type(exc).__name__


def _left_out(name: str, exc: Exception, problems: list[str]) -> None:
    line = f"{name} cannot be read as it is stored and was left out ({_reason(exc)})"
    # A long-lived diary (the web app's) reads the same rows again and again.
    if line not in problems and len(problems) < MAX_PROBLEMS:
        problems.append(line)


def records(
    rows: Iterable[Sequence[Any]],
    fast: Callable[[Iterable[Sequence[Any]], list[Any], Callable[[Sequence[Any]], None]], None],
    slow: Callable[[Sequence[Any]], M],
    label: Callable[[Sequence[Any]], str],
    problems: list[str],
) -> Records[M]:
    """``rows`` built by ``fast``; each row it cannot take is ``slow``'s (validation), in place.

    A row ``slow`` refuses too is left out, named (``label``) in ``problems`` and
    counted in the result's ``skipped``.
    """
    out: Records[M] = Records()

    def fallback(row: Sequence[Any]) -> None:
        try:
            out.append(slow(row))
        except (ValueError, TypeError, OverflowError) as exc:  # pydantic's ValidationError too
            out.skipped += 1
            _left_out(label(row), exc, problems)

    with _gc_paused():
        fast(rows, out, fallback)
    return out


def episodes(rows: Iterable[Sequence[Any]], problems: list[str]) -> Records[Episode]:
    """Rows of ``sqlselect.EPISODE_SELECT`` as episodes; unreadable ones left out and named."""
    return records(rows, sqlfast.episodes, _episode_slow, lambda r: f"episode {r[0]}", problems)


def checkins(rows: Iterable[Sequence[Any]], problems: list[str]) -> Records[CheckIn]:
    """Rows of ``sqlselect.CHECKIN_SELECT`` as check-ins; unreadable ones left out and named."""
    return records(
        rows, sqlfast.checkins, _checkin_slow, lambda r: f"the check-in of {r[2]}", problems
    )
