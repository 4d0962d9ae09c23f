"""Lists come in pages: the API reads one page from the store, never all.

One answer that held a whole diary came to 70 MB; a page is bounded by ``MAX_LIMIT``.
Pages are keyset pages: ``next`` links to the page after the last item sent,
named by an opaque cursor (the item's sort key), not by a count of items to
skip. A record logged while a client pages through (a phone syncing at 3 a.m.)
then never shifts the pages: nothing is skipped and nothing repeats.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

from pydantic import BaseModel, Field
from starlette.requests import Request

from crampcare.web.errors import ApiError

DEFAULT_LIMIT = 100
MAX_LIMIT = 500
MAX_CURSOR = 200
NOT_A_CURSOR = "No page starts at this cursor: follow the `next` link of the previous page."

T = TypeVar("T")


class PageQuery(BaseModel):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Items per page.")
    cursor: str | None = Field(
        None,
        max_length=MAX_CURSOR,
        pattern=r"^[A-Za-z0-9_-]+$",
        description="Where the page starts: the cursor in the previous page's `next` link "
        "(opaque; leave out for the first page).",
    )


class Page(BaseModel, Generic[T]):
    """One page of a list; ``next`` is the URL of the following page, or null at the end."""

    items: list[T]
    limit: int
    next: str | None = None


def encode_cursor(key: Sequence[str | int]) -> str:
    """An opaque cursor for a sort key (clients pass it back unchanged)."""
    raw = json.dumps(list(key), separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> list[Any]:
    """The sort key inside a cursor; 404 (no such page) for anything this API did not make.

    The schema can only say a cursor's alphabet, so a made-up cursor is well-formed
    input naming a page that does not exist, not a malformed request.
    """
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError) as exc:
        raise ApiError(404, NOT_A_CURSOR) from exc
    if not isinstance(key, list):
        raise ApiError(404, NOT_A_CURSOR)
    return key


def page_of(
    request: Request, rows: Sequence[T], limit: int, skipped: int, key: Callable[[T], list[Any]]
) -> dict[str, Any]:
    """A page from ``rows`` read with ``limit + 1`` (an extra row says there is more).

    ``skipped``: stored rows the store could not read in this window (damaged by
    hand); they still count towards "there is more", so paging does not stop early.
    """
    items = list(rows[:limit])
    next_url = None
    if items and len(rows) + skipped > limit:
        params = dict(request.query_params)
        params.update(limit=str(limit), cursor=encode_cursor(key(items[-1])))
        next_url = f"{request.url.path}?{urlencode(params)}"
    return {"items": items, "limit": limit, "next": next_url}
