"""The diary as the web app holds it: one store per process, called off the event loop."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from sqlalchemy import text

from crampcare.diary.guard import DiaryUnavailable
from crampcare.diary.models import MAX_ID
from crampcare.diary.store import Diary, DiaryBusy, NotFound
from crampcare.errors import CrampcareError, validation_message
from crampcare.web.errors import ApiError
from crampcare.web.heavy import DATABASE

log = logging.getLogger("crampcare.web")


def known_id(episode_id: int) -> int:
    # Beyond the diary's id range no episode can exist; say so instead of overflowing.
    if not 1 <= episode_id <= MAX_ID:
        raise ApiError(404, f"no episode with id {episode_id}")
    return episode_id


class DiaryHolder:
    """One open diary per process, opened on first use (by whichever thread comes first).

    In multi-user mode (``owner`` given) handlers get the signed-in person's
    ``OwnedDiary``, never the shared one; with nobody signed in, a 401.
    ``bound``: a diary for this request that checks its session itself (a phone's
    write, clinicweb/auth.py's ``session_bound``), consulted first; None if not.
    """

    def __init__(
        self,
        owner: Callable[[], int | None] | None = None,
        bound: Callable[[Diary], Any] | None = None,
    ) -> None:
        self._diary: Diary | None = None
        self._lock = threading.Lock()
        self._owner = owner
        self._bound = bound

    def shared(self) -> Diary:
        """The whole database's diary: for the clinic layer and health checks, not handlers."""
        opened = self._diary
        if opened is not None:  # every request asks: no lock once it is open
            return opened
        with self._lock:
            if self._diary is None:
                self._diary = Diary.open(serving=True)
            return self._diary

    def get(self) -> Any:
        """The diary a handler works on: the shared one, or the signed-in person's."""
        if self._owner is None:
            return self.shared()
        if self._bound is not None:
            bound = self._bound(self.shared())
            if bound is not None:
                return bound
        from crampcare.accounts.owned import OwnedDiary

        person = self._owner()
        if person is None:
            raise ApiError(401, "Please sign in.")
        return OwnedDiary(self.shared(), person)

    def reachable(self) -> bool:
        """Whether the database answers a query now (for the readiness check)."""
        try:
            with self.shared().engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:  # any failure means "not ready"; the kind is enough to log
            log.warning("the diary database is not reachable (%s)", type(exc).__name__)
            return False
        return True

    def close(self) -> None:
        with self._lock:
            if self._diary is not None:
                self._diary.close()
                self._diary = None


UNAVAILABLE = "The diary is not available right now; nothing was saved: try again in a moment."


def _retry_later(message: str) -> ApiError:
    error = ApiError(503, message)
    error.headers = {"Retry-After": "2"}  # the phone's offline queue waits at least this long
    return error


async def call_db(holder: DiaryHolder, fn: Any, *args: Any, write: bool = False) -> Any:
    """``fn(diary, *args)`` on a database thread (web/heavy.py).

    ``write``: a person's new entry; it goes ahead of queued reads and reports.
    Store errors become 404 or 422, and 503 when the database is busy or away.
    """

    def call() -> Any:
        try:
            diary = holder.get()
        except CrampcareError as exc:
            # Opening failed (the server is down at start-up, say): the server's
            # problem, not the request's; the next request tries again.
            log.warning("the diary database cannot be opened (%s)", type(exc.__cause__).__name__)
            raise _retry_later(UNAVAILABLE) from exc
        try:
            return fn(diary, *args)
        except NotFound as exc:
            raise ApiError(404, str(exc)) from exc
        except DiaryUnavailable as exc:
            # Not the store's message: it names the database server, which is no
            # business of a browser's.
            raise _retry_later(UNAVAILABLE) from exc
        except DiaryBusy as exc:
            raise _retry_later(str(exc)) from exc
        except CrampcareError as exc:
            raise ApiError(422, str(exc)) from exc
        except ValidationError as exc:
            raise ApiError(422, validation_message(exc)) from exc

    return await (DATABASE.run_urgent if write else DATABASE.run)(call)
