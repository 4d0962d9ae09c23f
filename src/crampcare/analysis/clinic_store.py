"""The clinic analysis from a stored diary (SQLite or PostgreSQL), counted in the database.

Reading a clinic's three million check-ins back as rows costs ten times the
analysis, so the database does the counting: one GROUP BY per person over all
check-ins, and one over the check-ins followed by a cramp night (the nights
worked out from the episodes in the same SQL, with the night window of
``nights``). Two small rows per person come back; ``population`` does the
statistics on those counts, exactly as on in-memory columns.

Exposures use the thresholds of ``factors.RULES``, written into the SQL, so
the two paths cannot drift apart (a test stores one simulated clinic in both
databases and compares with ``population_factors`` on the columns).

A stored check-in with a value outside the diary's limits (hand-edited, or
text in a number column) is left out whole, as the store's readers leave it
out, and counted in ``ClinicAnalysis.checkins_left_out``. Own (custom)
factors are not part of the clinic analysis: each person names theirs freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from annotated_types import Ge, Le
from sqlalchemy import Connection

from crampcare.analysis import clinic_parts
from crampcare.analysis.factors import RULES, FactorRule
from crampcare.analysis.nights import NIGHT_LENGTH_MIN, NIGHT_STARTS_MIN
from crampcare.analysis.population import (
    FEWER,
    MORE,
    NOT_ENOUGH,
    PopulationResult,
    population_from_tables,
)
from crampcare.analysis.results import FDR_Q, Status
from crampcare.diary.db import resolve_url, sqlite_path
from crampcare.diary.guard import guarded
from crampcare.diary.models import FACTORS, CheckInIn
from crampcare.diary.store import Diary
from crampcare.errors import CrampcareError

_OPS = {">": ">", ">=": ">=", "<": "<"}
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: ``PopulationResult.status`` codes in the per-person analysis' words.
STATUS_WORDS: tuple[Status, ...] = (
    "not_enough_data",
    "no_clear_link",
    "more_cramps",
    "fewer_cramps",
)


@dataclass
class ClinicAnalysis:
    """The population analysis of every person in a stored diary."""

    person_ids: list[int]  # row i of every array in ``result`` is person_ids[i]
    result: PopulationResult
    checkins: int  # counted (valid) check-ins
    cramp_nights: int  # counted check-ins followed by a night with cramps
    checkins_left_out: int  # stored check-ins outside the diary's limits


def factor_bounds(name: str) -> tuple[float, float]:
    """The limits ``CheckInIn`` sets on a numeric factor (one source for SQL and model)."""
    lo = hi = None
    for meta in CheckInIn.model_fields[name].metadata:
        if isinstance(meta, Ge):
            lo = meta.ge
        elif isinstance(meta, Le):
            hi = meta.le
    assert lo is not None and hi is not None, name
    return float(lo), float(hi)  # type: ignore[arg-type]


def _is_bool(rule: FactorRule) -> bool:
    return FACTORS[rule.name][0] is bool


def _exposed(rule: FactorRule, dialect: str) -> str:
    """SQL that is true when exposed, false when not, NULL when unanswered."""
    col = rule.name
    if _is_bool(rule):
        # PostgreSQL stores a boolean; SQLite 0/1, read as the rule reads numbers.
        return col if dialect == "postgresql" else f"{col} >= 0.5"
    return f"{col} {_OPS[rule.op]} {rule.threshold!r}"


def _valid(rule: FactorRule, dialect: str) -> str:
    """SQL true when the stored value is unanswered or within the diary's limits.

    In SQLite a text value compares greater than any number, so BETWEEN also
    turns away text in a number column."""
    col = rule.name
    if _is_bool(rule):
        return "TRUE" if dialect == "postgresql" else f"({col} IS NULL OR {col} IN (0, 1))"
    lo, hi = factor_bounds(col)
    return f"({col} IS NULL OR {col} BETWEEN {lo!r} AND {hi!r})"


def _nights_sql(dialect: str, part: str) -> str:
    """(person_id, night) of every night with at least one episode (of ``part``'s persons)."""
    shift = f"{NIGHT_STARTS_MIN // 60} hours"
    until = f"{NIGHT_LENGTH_MIN // 60:02d}:00:00"
    if dialect == "postgresql":
        moved = f"(started_at - INTERVAL '{shift}')"
        return (
            f"SELECT DISTINCT person_id, CAST({moved} AS DATE) AS night FROM episodes "
            f"WHERE CAST({moved} AS TIME) < TIME '{until}'{part}"
        )
    return (
        f"SELECT DISTINCT person_id, date(started_at, '-{shift}') AS night FROM episodes "
        f"WHERE time(started_at, '-{shift}') < '{until}'{part}"
    )


Persons = tuple[int | None, int | None]


def _part(column: str, persons: Persons) -> str:
    lo, hi = persons
    return (f" AND {column} >= {lo:d}" if lo is not None else "") + (
        f" AND {column} < {hi:d}" if hi is not None else ""
    )


def counting_sql(dialect: str, persons: Persons = (None, None)) -> tuple[str, str]:
    """The two GROUP BY queries: over all check-ins, and over cramp-night check-ins.

    Each row: person_id, check-ins, then per factor (exposed, answered).
    ``persons``: only ids from the first (inclusive) to the second (exclusive)."""
    cells = []
    for rule in RULES:
        cells += [f"COUNT(CASE WHEN {_exposed(rule, dialect)} THEN 1 END)", f"COUNT({rule.name})"]
    checks = [_valid(r, dialect) for r in RULES]
    if dialect == "sqlite":
        # SQLite keeps a day as text. The unary plus keeps the planner from reading
        # this range as a way into the (person_id, day) index.
        checks.insert(0, "+c.day BETWEEN '1900-01-01' AND '2100-12-31'")
    valid = " AND ".join(checks) + _part("c.person_id", persons)
    select = f"SELECT c.person_id, COUNT(*), {', '.join(cells)}"
    every = f"{select} FROM checkins c WHERE {valid} GROUP BY c.person_id"
    # Nights first (CROSS JOIN fixes SQLite's join order; PostgreSQL plans freely), so
    # each night's check-in is one lookup of its (person_id, day) key.
    cramp = (
        f"WITH nights AS MATERIALIZED ({_nights_sql(dialect, _part('person_id', persons))}) "
        f"{select} "
        "FROM nights n CROSS JOIN checkins c "
        f"WHERE c.person_id = n.person_id AND c.day = n.night AND {valid} GROUP BY c.person_id"
    )
    return every, cramp


Rows = list[Any]


def _fetch(conn: Connection, persons: Persons = (None, None)) -> tuple[Rows, Rows]:
    every_sql, cramp_sql = counting_sql(conn.dialect.name, persons)
    return list(conn.exec_driver_sql(every_sql)), list(conn.exec_driver_sql(cramp_sql))


def _read_counts(conn: Connection, other: Connection | None) -> tuple[Rows, Rows, int, set[int]]:
    """Every person's counts; with ``other`` (in the same snapshot), in two halves at once."""
    stored = int(conn.exec_driver_sql("SELECT COUNT(*) FROM checkins").scalar_one())
    # Persons with episodes only still get a row (with nothing to test), as in memory.
    with_episodes = conn.exec_driver_sql("SELECT DISTINCT person_id FROM episodes").scalars()
    persons = {int(p) for p in with_episodes}
    split = None if other is None else clinic_parts.split_person(conn, stored)
    if other is None or split is None:
        every, cramp = _fetch(conn)
    else:
        halves = ((None, split), (split, None))
        (e0, c0), (e1, c1) = clinic_parts.in_parallel(
            (conn, other), lambda c, i: _fetch(c, halves[i])
        )
        every, cramp = e0 + e1, c0 + c1
    return every, cramp, stored, persons


@guarded
def clinic_analysis(diary: Diary) -> ClinicAnalysis:
    """The population analysis (``population_from_tables``) of everyone in ``diary``."""
    # One snapshot for all the queries: an entry logged meanwhile cannot make the
    # counts disagree (``clinic_parts`` says how two connections share one).
    with clinic_parts.one_snapshot(diary) as pair:
        if pair is not None:
            counted = _read_counts(*pair)
    if pair is None:
        conn_opts = {"postgresql": {"isolation_level": "REPEATABLE READ"}}
        with diary.engine.connect() as conn:
            conn = conn.execution_options(**conn_opts.get(conn.dialect.name, {}))
            with conn.begin():
                counted = _read_counts(conn, None)
    every, cramp, stored, with_episodes = counted
    ids, tables, days, cramp_days = clinic_parts.tables(every, cramp, with_episodes, len(RULES))
    names = [r.name for r in RULES]
    result = population_from_tables(names, tables, days)
    total = int(days.sum())
    return ClinicAnalysis(ids, result, total, int(cramp_days.sum()), stored - total)


def open_stored(url_or_path: str) -> Diary:
    """Open an existing diary for analysis; a SQLite file that is not there is an
    error here, not a new empty diary."""
    path = sqlite_path(resolve_url(url_or_path))
    if path is not None:
        if not path.is_file():
            raise CrampcareError(f"no diary at {path}: give the path of a diary file or a URL")
        # Checked before opening: opening makes the file private (chmod 600), and an
        # analysis must leave a file that is not a diary (say /etc/passwd) untouched.
        try:
            with path.open("rb") as f:
                header = f.read(len(_SQLITE_MAGIC))
        except OSError as exc:
            raise CrampcareError(f"cannot read {path}: {exc.strerror or exc}") from exc
        if header != _SQLITE_MAGIC:
            raise CrampcareError(f"{path} is not a crampcare diary (not a SQLite database)")
    return Diary.open(url_or_path)


@dataclass(frozen=True)
class FactorSummary:
    """One factor across the clinic: the pooled relative risk and the persons' verdicts."""

    factor: str
    label: str
    definition: str
    pooled_rr: float | None  # None: no person had both exposed and unexposed nights
    pooled_low: float | None
    pooled_high: float | None
    persons_tested: int  # persons with enough data to judge this factor
    persons_more: int  # ... whose own diary shows more cramps after it (q <= FDR_Q)
    persons_fewer: int


def _number(x: float) -> float | None:
    return None if not np.isfinite(x) else float(x)


def factor_summaries(analysis: ClinicAnalysis) -> list[FactorSummary]:
    """Per factor, in ``RULES`` order."""
    r = analysis.result
    out = []
    for j, rule in enumerate(RULES):
        status = r.status[:, j]
        out.append(
            FactorSummary(
                factor=rule.name,
                label=rule.label,
                definition=rule.definition,
                pooled_rr=_number(r.pooled_rr[j]),
                pooled_low=_number(r.pooled_low[j]),
                pooled_high=_number(r.pooled_high[j]),
                persons_tested=int((status != NOT_ENOUGH).sum()),
                persons_more=int((status == MORE).sum()),
                persons_fewer=int((status == FEWER).sum()),
            )
        )
    return out


def as_json(analysis: ClinicAnalysis) -> dict[str, object]:
    """Everything, person ids included (for scripts; not for a person to read)."""
    r = analysis.result
    persons = []
    for i, pid in enumerate(analysis.person_ids):
        factors = {}
        for j, name in enumerate(r.factors):
            factors[name] = {
                "table": r.tables[i, j].tolist(),
                "relative_risk": _number(r.rr[i, j]),
                "ci": [_number(r.ci_low[i, j]), _number(r.ci_high[i, j])],
                "p_value": _number(r.p[i, j]),
                "q_value": _number(r.q[i, j]),
                "status": STATUS_WORDS[r.status[i, j]],
            }
        persons.append({"person_id": pid, "factors": factors})
    return {
        "persons_count": len(analysis.person_ids),
        "checkins": analysis.checkins,
        "cramp_nights": analysis.cramp_nights,
        "checkins_left_out": analysis.checkins_left_out,
        "fdr_q": FDR_Q,
        "table_cells": ["exposed_cramp", "exposed_quiet", "unexposed_cramp", "unexposed_quiet"],
        "factors": [vars(f) for f in factor_summaries(analysis)],
        "persons": persons,
    }
