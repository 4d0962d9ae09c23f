"""Lists come in pages: the API and the pages read one page from the store, never all.

One answer that held a whole diary came to 70 MB; a page is bounded by ``MAX_LIMIT``.
Offsets, not cursors: a diary changes slowly and one person reads it, so a row
added between two pages at worst shows twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

from pydantic import BaseModel, Field
from starlette.requests import Request

DEFAULT_LIMIT = 100
MAX_LIMIT = 500
MAX_OFFSET = 2**31

T = TypeVar("T")


class PageQuery(BaseModel):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Items per page.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Items to skip.")


class Page(BaseModel, Generic[T]):
    """One page of a list; ``next`` is the URL of the following page, or null at the end."""

    items: list[T]
    limit: int
    offset: int
    next: str | None = None


def page_of(request: Request, rows: Sequence[Any], limit: int, offset: int) -> dict[str, Any]:
    """A page from ``rows`` read with ``limit + 1`` (the extra row says there is more)."""
    more = len(rows) > limit
    next_url = None
    if more:
        params = dict(request.query_params)
        params.update(limit=str(limit), offset=str(offset + limit))
        next_url = f"{request.url.path}?{urlencode(params)}"
    return {"items": list(rows[:limit]), "limit": limit, "offset": offset, "next": next_url}
