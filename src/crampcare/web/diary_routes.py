"""The diary's JSON API (episodes, check-ins, report, export); its pages are diary_pages.

Database calls and the report run in a worker thread, so a slow disk or a long
diary never stalls other requests. Lists come a page at a time (web/paging.py).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator
from starlette.requests import Request
from starlette.routing import Route

from crampcare.diary.models import MAX_ID, CheckIn, CheckInIn, Episode, EpisodeIn, EpisodePatch
from crampcare.web import diary_pages, heavy
from crampcare.web.api_base import Api
from crampcare.web.diary_db import DiaryHolder, call_db, known_id
from crampcare.web.errors import ApiError
from crampcare.web.paging import NOT_A_CURSOR, Page, PageQuery, decode_cursor, page_of


def _iso_day(value: object) -> object:
    # Only YYYY-MM-DD: pydantic would also read "0" as a Unix time.
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("use a date as YYYY-MM-DD")
    return value


IsoDay = Annotated[date, BeforeValidator(_iso_day)]
DAY_PARAM = {"type": "string", "format": "date"}
ID_PARAM: dict[str, Any] = {"type": "integer", "minimum": 1, "maximum": MAX_ID}


_KEY = re.compile(r"[A-Za-z0-9_-]{8,64}")


def idempotency_key(request: Request) -> str | None:
    """The client's key for this logging attempt (a UUID from the phone), if sent."""
    raw = request.headers.get("idempotency-key")
    if raw is None:
        return None
    if not _KEY.fullmatch(raw):
        raise ApiError(400, "Idempotency-Key must be 8 to 64 letters, digits, '-' or '_'.")
    return raw


class Range(BaseModel):
    since: IsoDay | None = None
    until: IsoDay | None = None


class RangePage(Range, PageQuery):
    pass


class EpisodePage(Page[Episode]):
    """One page of episodes (OpenAPI component names cannot hold brackets)."""


class CheckInPage(Page[CheckIn]):
    """One page of daily check-ins."""


class ExportQuery(BaseModel):
    format: Literal["csv", "json", "fhir"] = "json"


def register(api: Api, holder: DiaryHolder) -> list[Route]:
    # --- JSON API ----------------------------------------------------------------------
    @api.route(
        "/episodes",
        summary="List episodes, oldest first, a page at a time (follow `next`)",
        query=RangePage,
        response=EpisodePage,
        errors=(400, 404, 422),
        tags=("diary",),
    )
    async def episodes_list(request: Request, query: RangePage) -> Any:
        after = None if query.cursor is None else _episode_key(query.cursor)
        rows = await call_db(
            holder,
            lambda d: d.episodes(
                since=query.since, until=query.until, limit=query.limit + 1, after=after
            ),
        )
        return page_of(
            request,
            rows,
            query.limit,
            rows.skipped,
            lambda e: [e.started_at.isoformat(timespec="microseconds"), e.id],
        )

    @api.route(
        "/episodes",
        "POST",
        summary="Log an episode (send an Idempotency-Key header to make retries safe)",
        body=EpisodeIn,
        response=Episode,
        status=201,
        tags=("diary",),
    )
    async def episodes_create(request: Request, body: EpisodeIn) -> Any:
        key = idempotency_key(request)
        return await call_db(holder, lambda d: d.add_episode(body, idempotency_key=key), write=True)

    @api.route(
        "/episodes/{episode_id:int}",
        summary="One episode",
        response=Episode,
        errors=(404,),
        tags=("diary",),
        path_params={"episode_id": ID_PARAM},
    )
    async def episode_get(request: Request, episode_id: int) -> Any:
        return await call_db(holder, lambda d: d.get_episode(known_id(episode_id)))

    @api.route(
        "/episodes/{episode_id:int}",
        "PATCH",
        summary="Change an episode",
        body=EpisodePatch,
        response=Episode,
        errors=(400, 404, 422),
        tags=("diary",),
        path_params={"episode_id": ID_PARAM},
    )
    async def episode_patch(request: Request, episode_id: int, body: EpisodePatch) -> Any:
        changes = body.model_dump(exclude_unset=True)
        return await call_db(holder, lambda d: d.update_episode(known_id(episode_id), changes))

    @api.route(
        "/episodes/{episode_id:int}",
        "DELETE",
        summary="Delete an episode",
        status=204,
        errors=(404,),
        tags=("diary",),
        path_params={"episode_id": ID_PARAM},
    )
    async def episode_delete(request: Request, episode_id: int) -> Any:
        await call_db(holder, lambda d: d.delete_episode(known_id(episode_id)))

    @api.route(
        "/checkins",
        summary="List daily check-ins, oldest first, a page at a time (follow `next`)",
        query=RangePage,
        response=CheckInPage,
        errors=(400, 404, 422),
        tags=("diary",),
    )
    async def checkins_list(request: Request, query: RangePage) -> Any:
        after = None if query.cursor is None else _day_key(query.cursor)
        rows = await call_db(
            holder,
            lambda d: d.checkins(
                since=query.since, until=query.until, limit=query.limit + 1, after=after
            ),
        )
        return page_of(request, rows, query.limit, rows.skipped, lambda c: [c.day.isoformat()])

    @api.route(
        "/checkins",
        "PUT",
        summary="Save the check-in for a day (replaces that day's)",
        body=CheckInIn,
        response=CheckIn,
        tags=("diary",),
    )
    async def checkin_put(request: Request, body: CheckInIn) -> Any:
        return await call_db(holder, lambda d: d.set_checkin(body), write=True)

    @api.route(
        "/checkins/{day}",
        summary="The check-in for a day",
        response=CheckIn,
        errors=(404, 422),
        tags=("diary",),
        path_params={"day": DAY_PARAM},
    )
    async def checkin_get(request: Request, day: str) -> Any:
        when = _day(day)
        found = await call_db(holder, lambda d: d.get_checkin(when))
        if found is None:
            raise ApiError(404, f"no check-in for {when.isoformat()}")
        return found

    @api.route(
        "/checkins/{day}",
        "DELETE",
        summary="Delete the check-in for a day",
        status=204,
        errors=(404, 422),
        tags=("diary",),
        path_params={"day": DAY_PARAM},
    )
    async def checkin_delete(request: Request, day: str) -> Any:
        when = _day(day)
        await call_db(holder, lambda d: d.delete_checkin(when))

    @api.route("/report", summary="The trigger analysis", query=Range, tags=("diary",))
    async def report_json_ep(request: Request, query: Range) -> Any:
        from crampcare.analysis.person import analyse
        from crampcare.render.report_text import report_json

        eps, cis = await call_db(
            holder, lambda d: (d.episodes(since=query.since), d.checkins(since=query.since))
        )
        # Seconds of statistics for a long diary: off the event loop, so others are served.
        return await heavy.render(lambda: report_json(analyse(eps, cis, since=query.since)))

    @api.route(
        "/export",
        summary="Export the diary (csv, json or fhir)",
        query=ExportQuery,
        tags=("diary",),
        media_types=("application/json", "text/csv"),
    )
    async def export(request: Request, query: ExportQuery) -> Any:
        return await diary_pages.export_response(holder, query.format)

    return diary_pages.page_routes(holder)


def _episode_key(cursor: str) -> tuple[datetime, int]:
    key = decode_cursor(cursor)
    try:
        started, episode_id = key
        when = datetime.fromisoformat(started)
    except (TypeError, ValueError) as exc:
        raise ApiError(404, NOT_A_CURSOR) from exc
    if type(episode_id) is not int or not 0 <= episode_id <= MAX_ID or when.tzinfo is not None:
        raise ApiError(404, NOT_A_CURSOR)
    return when, episode_id


def _day_key(cursor: str) -> date:
    key = decode_cursor(cursor)
    try:
        (day,) = key
        return date.fromisoformat(day)
    except (TypeError, ValueError) as exc:
        raise ApiError(404, NOT_A_CURSOR) from exc


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ApiError(422, f"{text!r} is not a date (YYYY-MM-DD).") from exc
