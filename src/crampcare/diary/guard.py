"""Database failures as messages: a busy diary, a damaged or unreachable one.

The store's public methods run inside ``translated``, so no face ever shows a
driver's traceback: a locked SQLite file becomes ``DiaryBusy`` (try again), any
other database error a ``CrampcareError`` naming the diary and the reason.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar, cast

from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from crampcare.errors import CrampcareError

F = TypeVar("F", bound=Callable[..., Any])


class DiaryBusy(CrampcareError):
    """Another program held the diary longer than the busy timeout; nothing was written."""


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class DiaryUnavailable(DiaryBusy):
    """The database server did not answer (down, restarting, unreachable); nothing was written."""


def is_unreachable(exc: DBAPIError | sqlite3.Error) -> bool:
    """A database server that refused, dropped or shut down the connection (PostgreSQL)."""
    if not isinstance(exc, DBAPIError) or not type(exc.orig).__module__.startswith("psycopg"):
        return False  # SQLite's OperationalError is a file's problem, not a server's
    return exc.connection_invalidated or isinstance(exc, OperationalError)


def is_busy(exc: BaseException) -> bool:
    """A SQLite 'database is locked/busy' error (the busy timeout ran out)."""
    reason = _reason(exc).lower()
    return "database is locked" in reason or "database is busy" in reason


def busy(where: str) -> DiaryBusy:
    return DiaryBusy(
        f"the diary {where} is busy (another crampcare is writing to it, e.g. an import); "
        "nothing was saved: try again in a moment"
    )


@contextmanager
def translated(where: str, reading: bool = False) -> Iterator[None]:
    """Turn database errors raised inside into one-line CrampcareErrors.

    ``reading``: also a value that cannot be converted while reading rows.
    """
    try:
        yield
    except CrampcareError:
        raise
    except (DBAPIError, sqlite3.Error) as exc:
        # sqlite3's own errors come from the readers that use the driver directly.
        if is_busy(exc):
            raise busy(where) from exc
        if is_unreachable(exc):
            raise DiaryUnavailable(
                f"the diary database {where} is not answering right now; "
                "nothing was saved: try again in a moment"
            ) from exc
        raise CrampcareError(
            f"cannot use the diary {where}: {_reason(exc)} "
            "(is the file damaged or from another program?)"
        ) from exc
    except SQLAlchemyError as exc:
        raise CrampcareError(f"cannot use the diary {where}: {_reason(exc)}") from exc
    except (ValueError, TypeError, OverflowError) as exc:
        # Raised while converting a stored value (e.g. text in a DATETIME column of
        # a SQLite file edited by hand): the diary cannot be read as it is.
        if not reading or type(exc).__module__.startswith("pydantic"):
            raise
        raise CrampcareError(
            f"the diary {where} holds a value that cannot be read: {_reason(exc)}"
        ) from exc


def guarded(method: F) -> F:
    """Run a reading store method inside ``translated(self.where, reading=True)``."""

    @wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        with translated(self.where, reading=True):
            return method(self, *args, **kwargs)

    return cast(F, wrapper)
