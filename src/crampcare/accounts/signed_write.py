"""A signed-in phone's log or check-in and its session check in one PostgreSQL statement.

Every log from a phone needs two answers from the database: whose session this
is (live, and carrying its CSRF token), and the write into that person's diary.
As two statements they were two round trips from the request's database thread,
each one waking a PostgreSQL backend and then the thread again; on a busy
machine each wake-up waits its turn for a CPU, and the session lookup was the
larger half of a log's time in the app. Here the write's INSERT takes its
``person_id`` from the session lookup itself (``login._LOOKUP``, as a CTE) and
writes only if that finds a live session whose CSRF token matches the one sent:
one autocommit statement, all or nothing. It also returns the session's row, so
the caller knows why nothing was written: no row, no live session (401); a row
whose token differs (403); a row whose token matches, an Idempotency-Key used
before (the caller then answers as ``Diary.add_episode`` does).

The tokens are compared in SQL through their SHA-256, so the comparison's time
says nothing about the token; the caller compares them again in constant time.
PostgreSQL only: elsewhere the caller checks the session first, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import String, Table, bindparam, cast, func, literal_column, select
from sqlalchemy.dialects import postgresql

from crampcare.accounts import passwords
from crampcare.accounts.login import _LOOKUP
from crampcare.accounts.models import Account, SignedIn
from crampcare.diary import pgfast, sqliterows
from crampcare.diary.guard import translated
from crampcare.diary.models import CheckIn, CheckInIn, Episode, EpisodeIn
from crampcare.diary.store import Diary
from crampcare.diary.store_episodes import new_episode_row
from crampcare.diary.tables import checkins, episodes

#: What a signed write finds: the session (None: no live one), and the written row's id
#: (None: nothing written, for a token that differs or a key used before).
Found = tuple[SignedIn | None, int | None]


def _signed(table: Table, columns: tuple[str, ...], conflict: Callable[[Any], Any]) -> str:
    """``table``'s INSERT of ``columns`` for the session's account, as one statement's text."""
    session = _LOOKUP.cte("signed_in")
    utf8 = literal_column("'UTF8'", String)
    sent = func.sha256(func.convert_to(cast(bindparam("csrf"), String), utf8))
    token_matches = func.sha256(func.convert_to(session.c.csrf, utf8)) == sent
    row = select(
        *[
            session.c.id if name == "person_id" else cast(bindparam(name), table.c[name].type)
            for name in columns
        ]
    ).where(token_matches)
    insert = postgresql.insert(table).from_select(list(columns), row)
    written = conflict(insert).returning(table.c.id).cte("written")
    return pgfast.compiled(
        select(*session.c, select(written.c.id).scalar_subquery().label("written_id"))
    )


@cache
def _episode_statement() -> str:
    columns = (*sqliterows.EPISODE_COLUMNS, "idempotency_key")
    return _signed(
        episodes,
        columns,
        lambda insert: insert.on_conflict_do_nothing(
            index_elements=["person_id", "idempotency_key"]
        ),
    )


@cache
def _checkin_statement() -> str:
    def replace(insert: Any) -> Any:
        names = [n for n in sqliterows.CHECKIN_COLUMNS if n != "person_id"]
        return insert.on_conflict_do_update(
            index_elements=["person_id", "day"], set_={n: insert.excluded[n] for n in names}
        )

    return _signed(checkins, tuple(sqliterows.CHECKIN_COLUMNS), replace)


def _run(
    diary: Diary,
    statement: str,
    table: Table,
    values: dict[str, Any],
    token: str,
    csrf: str,
    now: datetime,
) -> Found:
    values = {k: v for k, v in values.items() if k != "person_id"}  # the session's, in SQL
    where = {"token": passwords.digest(token), "now": now, "csrf": csrf}
    with translated(diary.where), pgfast.autocommit(diary.engine) as raw:
        row = raw.execute(statement, {**pgfast.params(table, values), **where}).fetchone()
    if row is None:
        return None, None
    *account, session_csrf, expires_at, written = row
    return SignedIn(Account(*account), session_csrf, expires_at), written


def add_episode(
    diary: Diary,
    token: str,
    csrf: str,
    episode: EpisodeIn,
    idempotency_key: str | None,
    now: datetime,
) -> tuple[SignedIn | None, Episode | None]:
    """The session of ``token``, and the episode stored in its diary (None if nothing was).

    Written only for a live session whose CSRF token is ``csrf``; ``now`` is the
    sessions' clock (``Accounts.clock``).
    """
    values, stored = new_episode_row(episode, 0, idempotency_key)
    who, new_id = _run(diary, _episode_statement(), episodes, values, token, csrf, now)
    if who is None or new_id is None:
        return who, None
    return who, stored.model_copy(update={"id": new_id, "person_id": who.account.id})


def set_checkin(
    diary: Diary, token: str, csrf: str, checkin: CheckInIn, now: datetime
) -> tuple[SignedIn | None, CheckIn | None]:
    """As ``add_episode``, for the day's check-in (replacing that day's, as ``set_checkin``)."""
    values = sqliterows.checkin_values(checkin, 0)
    who, new_id = _run(diary, _checkin_statement(), checkins, values, token, csrf, now)
    if who is None or new_id is None:
        return who, None
    return who, CheckIn(id=new_id, person_id=who.account.id, **checkin.model_dump())
