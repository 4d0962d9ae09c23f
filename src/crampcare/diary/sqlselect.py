"""The SELECTs of a SQLite diary and one person's queries.

Their rows are checked value by value and built by ``sqlfast`` (or validated by
``sqlread`` when they are not exactly what validation would produce).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from crampcare.diary.records import FACTORS

if TYPE_CHECKING:
    from pydantic import BaseModel


def bounds(model: type[BaseModel], name: str) -> tuple[float, float]:
    """A number field's (ge, le) from the model, as floats."""
    from annotated_types import Ge, Le

    lo = hi = None
    for meta in model.model_fields[name].metadata:
        if isinstance(meta, Ge):
            lo = meta.ge
        elif isinstance(meta, Le):
            hi = meta.le
    assert lo is not None and hi is not None, name
    return float(lo), float(hi)  # type: ignore[arg-type]


def _real(name: str) -> str:
    # Only a stored integer is cast: a cast of text would turn 'abc' into 0.0.
    return f"CASE WHEN typeof({name}) = 'integer' THEN CAST({name} AS REAL) ELSE {name} END"


# Values are checked in Python as each record is built (``sqlfast``): a check column
# SQLite evaluates per row cost more than fetching the row.
EPISODE_SELECT = (
    "SELECT id, person_id, started_at, duration_s, location, side, intensity, woke, "
    "actions, helped, minutes_to_relief, notes FROM episodes"
)
_FACTOR_COLUMNS = ", ".join(
    _real(n) if kind is float else n for n, (kind, _label) in FACTORS.items()
)
CHECKIN_SELECT = f"SELECT id, person_id, day, {_FACTOR_COLUMNS}, custom, notes FROM checkins"


# -- queries ------------------------------------------------------------------------------


def stored_time(value: datetime) -> str:
    """A time as the store writes it (SQLAlchemy's SQLite DATETIME format)."""
    return value.isoformat(" ", "microseconds")


def episode_query(
    person_id: int,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    until_inclusive: bool = True,
    after: tuple[datetime, int] | None = None,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> tuple[str, list[Any]]:
    """``EPISODE_SELECT`` for one person's episodes, in order, as SQL and parameters."""
    where = ["person_id = ?"]
    params: list[Any] = [person_id]
    if since is not None:
        where.append("started_at >= ?")
        params.append(stored_time(since))
    if until is not None:
        where.append("started_at <= ?" if until_inclusive else "started_at < ?")
        params.append(stored_time(until))
    if after is not None:
        where.append("(started_at, id) < (?, ?)" if newest_first else "(started_at, id) > (?, ?)")
        params += [stored_time(after[0]), after[1]]
    order = "DESC" if newest_first else "ASC"
    sql = f"{EPISODE_SELECT} WHERE {' AND '.join(where)} ORDER BY started_at {order}, id {order}"
    return _paged(sql, params, limit, offset)


def checkin_query(
    person_id: int,
    since: date | None = None,
    until: date | None = None,
    *,
    after: date | None = None,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> tuple[str, list[Any]]:
    """``CHECKIN_SELECT`` for one person's check-ins by day, as SQL and parameters."""
    where = ["person_id = ?"]
    params: list[Any] = [person_id]
    for op, value in ((">=", since), ("<=", until), ("<" if newest_first else ">", after)):
        if value is not None:
            where.append(f"day {op} ?")
            params.append(value.isoformat())
    order = "DESC" if newest_first else "ASC"
    return _paged(
        f"{CHECKIN_SELECT} WHERE {' AND '.join(where)} ORDER BY day {order}", params, limit, offset
    )


def _paged(sql: str, params: list[Any], limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
    return sql, params
