"""The diary on the web: one-tap quick log, daily check-in, list, edit, report, exports.

The hot path (a tap at 3 a.m.) is one POST and a redirect: no dialogs, no
required fields; details can be added later. Database calls run in a worker
thread so a slow disk never stalls other requests.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from crampcare.diary.models import FACTORS, LOCATIONS, SIDES, CheckIn, CheckInIn, Episode, EpisodeIn
from crampcare.diary.store import Diary, NotFound
from crampcare.errors import CrampcareError
from crampcare.web import csrf
from crampcare.web.api_base import Api
from crampcare.web.errors import ApiError
from crampcare.web.templating import render

QUICK = [
    ("calf", "left", "Calf · left"),
    ("calf", "right", "Calf · right"),
    ("foot", "none", "Foot"),
    ("toes", "none", "Toes"),
    ("thigh_back", "none", "Thigh"),
]

#: Logged before 7 a.m. a cramp almost surely woke the person; details can be edited.
WOKE_BEFORE_HOUR = 7


def _iso_day(value: object) -> object:
    # Only YYYY-MM-DD: pydantic would also read "0" as a Unix time.
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("use a date as YYYY-MM-DD")
    return value


IsoDay = Annotated[date, BeforeValidator(_iso_day)]
DAY_PARAM = {"type": "string", "format": "date"}
MAX_ID = 2**63 - 1
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


def _known_id(episode_id: int) -> int:
    # Beyond a 64-bit row id no episode can exist; say so instead of overflowing.
    if not 1 <= episode_id <= MAX_ID:
        raise ApiError(404, f"no episode with id {episode_id}")
    return episode_id


class Range(BaseModel):
    since: IsoDay | None = None
    until: IsoDay | None = None


class ExportQuery(BaseModel):
    format: Literal["csv", "json", "fhir"] = "json"


class EpisodePatch(BaseModel):
    """Fields to change; the result is validated like a new episode."""

    model_config = {"extra": "forbid"}

    started_at: datetime | None = None
    duration_s: int | None = None
    location: str | None = None
    side: str | None = None
    intensity: int | None = None
    woke: bool | None = None
    actions: list[str] | None = None
    helped: list[str] | None = None
    minutes_to_relief: float | None = None
    notes: str | None = None


class DiaryHolder:
    """One open diary per process, opened on first use."""

    def __init__(self) -> None:
        self._diary: Diary | None = None

    def get(self) -> Diary:
        if self._diary is None:
            self._diary = Diary.open()
        return self._diary

    def close(self) -> None:
        if self._diary is not None:
            self._diary.close()
            self._diary = None


async def _db(holder: DiaryHolder, fn: Any, *args: Any) -> Any:
    def call() -> Any:
        try:
            return fn(holder.get(), *args)
        except NotFound as exc:
            raise ApiError(404, str(exc)) from exc
        except CrampcareError as exc:
            raise ApiError(422, str(exc)) from exc
        except ValidationError as exc:
            from crampcare.diary.store import validation_message

            raise ApiError(422, validation_message(exc)) from exc

    return await run_in_threadpool(call)


def _form_episode_changes(form: FormData) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("location", "side", "notes"):
        if name in form:
            out[name] = str(form[name])
    for name, conv in (("intensity", int), ("duration_s", int), ("minutes_to_relief", float)):
        raw = str(form.get(name, "")).strip()
        if raw:
            try:
                out[name] = conv(raw)
            except ValueError as exc:
                raise ApiError(422, f"{name.replace('_', ' ')} must be a number") from exc
        elif name in form:
            out[name] = None
    if "started_at" in form:
        try:
            out["started_at"] = datetime.fromisoformat(str(form["started_at"]))
        except ValueError as exc:
            raise ApiError(422, "The start time is not a valid date and time.") from exc
    if "actions" in form:
        out["actions"] = [a.strip() for a in str(form["actions"]).split(",") if a.strip()]
    out["woke"] = bool(form.get("woke"))
    return out


def _form_checkin(form: FormData) -> CheckInIn:
    data: dict[str, Any] = {}
    for name, (kind, _label) in FACTORS.items():
        raw = str(form.get(name, "")).strip()
        if kind is bool:
            if raw in ("yes", "no"):
                data[name] = raw == "yes"
        elif raw:
            data[name] = raw
    data["day"] = str(form.get("day", "")) or date.today().isoformat()
    data["notes"] = str(form.get("notes", ""))
    try:
        return CheckInIn.model_validate(data)
    except ValidationError as exc:
        from crampcare.diary.store import validation_message

        raise ApiError(422, validation_message(exc)) from exc


def register(api: Api, holder: DiaryHolder) -> list[Route]:
    # --- JSON API ----------------------------------------------------------------------
    @api.route(
        "/episodes", summary="List episodes", query=Range, response=list[Episode], tags=("diary",)
    )
    async def episodes_list(request: Request, query: Range) -> Any:
        return await _db(holder, lambda d: d.episodes(since=query.since, until=query.until))

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
        return await _db(holder, lambda d: d.add_episode(body, idempotency_key=key))

    @api.route(
        "/episodes/{episode_id:int}",
        summary="One episode",
        response=Episode,
        errors=(404,),
        tags=("diary",),
        path_params={"episode_id": ID_PARAM},
    )
    async def episode_get(request: Request, episode_id: int) -> Any:
        return await _db(holder, lambda d: d.get_episode(_known_id(episode_id)))

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
        return await _db(holder, lambda d: d.update_episode(_known_id(episode_id), changes))

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
        await _db(holder, lambda d: d.delete_episode(_known_id(episode_id)))

    @api.route(
        "/checkins",
        summary="List daily check-ins",
        query=Range,
        response=list[CheckIn],
        tags=("diary",),
    )
    async def checkins_list(request: Request, query: Range) -> Any:
        return await _db(holder, lambda d: d.checkins(since=query.since, until=query.until))

    @api.route(
        "/checkins",
        "PUT",
        summary="Save the check-in for a day (replaces that day's)",
        body=CheckInIn,
        response=CheckIn,
        tags=("diary",),
    )
    async def checkin_put(request: Request, body: CheckInIn) -> Any:
        return await _db(holder, lambda d: d.set_checkin(body))

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
        found = await _db(holder, lambda d: d.get_checkin(when))
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
        await _db(holder, lambda d: d.delete_checkin(when))

    @api.route("/report", summary="The trigger analysis", query=Range, tags=("diary",))
    async def report_json_ep(request: Request, query: Range) -> Any:
        from crampcare.diary.analysis import analyse
        from crampcare.render.report_text import report_json

        eps, cis = await _db(
            holder, lambda d: (d.episodes(since=query.since), d.checkins(since=query.since))
        )
        return report_json(analyse(eps, cis, since=query.since))

    @api.route(
        "/export",
        summary="Export the diary (csv, json or fhir)",
        query=ExportQuery,
        tags=("diary",),
        media_types=("application/json", "text/csv"),
    )
    async def export(request: Request, query: ExportQuery) -> Any:
        return await export_response(holder, query.format)

    # --- pages ---------------------------------------------------------------------------
    async def diary_page(request: Request) -> Response:
        recent = await _db(holder, lambda d: d.episodes()[-30:][::-1])
        logged = request.query_params.get("logged")
        return render(
            request,
            "diary.html",
            quick=QUICK,
            woke_before=WOKE_BEFORE_HOUR,
            checked=request.query_params.get("checked") == "1",
            episodes=recent,
            logged=int(logged) if logged and logged.isdigit() else None,
        )

    async def quick_log(request: Request) -> Response:
        form = await csrf.checked_form(request)
        where, side = str(form.get("where", "calf")), str(form.get("side", "none"))
        if where not in LOCATIONS or side not in SIDES:
            raise ApiError(422, "Unknown place or side.")
        now = datetime.now().replace(microsecond=0)
        episode = EpisodeIn.model_validate(
            {
                "started_at": now,
                "location": where,
                "side": side,
                "woke": now.hour < WOKE_BEFORE_HOUR,
            }
        )
        saved = await _db(holder, lambda d: d.add_episode(episode))
        return RedirectResponse(f"/diary?logged={saved.id}", status_code=303)

    async def session_log(request: Request) -> Response:
        """ "Did it help? Yes": the finished session's entry, filled in, in one tap."""
        form = await csrf.checked_form(request)
        fields = _form_episode_changes(form)
        actions = [str(a).strip() for a in form.getlist("action") if str(a).strip()]
        fields["actions"] = actions
        fields["helped"] = actions if form.get("helped") == "yes" else []
        fields.setdefault("started_at", datetime.now().replace(microsecond=0))
        try:
            episode = EpisodeIn.model_validate(fields)
        except ValidationError as exc:
            from crampcare.diary.store import validation_message

            raise ApiError(422, validation_message(exc)) from exc
        saved = await _db(holder, lambda d: d.add_episode(episode))
        return RedirectResponse(f"/diary?logged={saved.id}", status_code=303)

    async def edit_page(request: Request) -> Response:
        episode_id = request.path_params["episode_id"]
        if request.method == "POST":
            form = await csrf.checked_form(request)
            changes = _form_episode_changes(form)
            await _db(holder, lambda d: d.update_episode(_known_id(episode_id), changes))
            return RedirectResponse("/diary", status_code=303)
        episode = await _db(holder, lambda d: d.get_episode(_known_id(episode_id)))
        return render(request, "episode_edit.html", e=episode, locations=LOCATIONS, sides=SIDES)

    async def delete_episode(request: Request) -> Response:
        await csrf.checked_form(request)
        episode_id = request.path_params["episode_id"]
        await _db(holder, lambda d: d.delete_episode(_known_id(episode_id)))
        return RedirectResponse("/diary", status_code=303)

    async def checkin_page(request: Request) -> Response:
        if request.method == "POST":
            form = await csrf.checked_form(request)
            checkin = _form_checkin(form)
            await _db(holder, lambda d: d.set_checkin(checkin))
            return RedirectResponse("/diary?checked=1", status_code=303)
        today = date.today()
        existing = await _db(holder, lambda d: d.get_checkin(today))
        return render(request, "checkin.html", factors=FACTORS, today=today, c=existing)

    async def report_page(request: Request) -> Response:
        from crampcare.diary.analysis import analyse
        from crampcare.render.report_html import report_html

        eps, cis = await _db(holder, lambda d: (d.episodes(), d.checkins()))
        html = await run_in_threadpool(lambda: report_html(analyse(eps, cis)))
        return Response(html, media_type="text/html; charset=utf-8")

    async def export_page(request: Request) -> Response:
        fmt = request.query_params.get("format", "csv")
        if fmt not in ("csv", "json", "fhir"):
            raise ApiError(422, "Unknown format: use csv, json or fhir.")
        return await export_response(holder, fmt)

    return [
        Route("/diary", diary_page),
        Route("/diary/quick", quick_log, methods=["POST"]),
        Route("/now/log", session_log, methods=["POST"]),
        Route("/diary/checkin", checkin_page, methods=["GET", "POST"]),
        Route("/diary/episodes/{episode_id:int}", edit_page, methods=["GET", "POST"]),
        Route("/diary/episodes/{episode_id:int}/delete", delete_episode, methods=["POST"]),
        Route("/diary/report", report_page),
        Route("/diary/export", export_page),
    ]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ApiError(422, f"{text!r} is not a date (YYYY-MM-DD).") from exc


async def export_response(holder: DiaryHolder, fmt: str) -> Response:
    import json

    eps, cis = await _db(holder, lambda d: (d.episodes(), d.checkins()))
    if fmt == "csv":
        from crampcare.diary.csvio import write_csv

        buf = io.StringIO()
        write_csv(buf, eps, cis)
        return Response(
            buf.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="crampcare-diary.csv"'},
        )
    if fmt == "fhir":
        from crampcare.diary.fhir import bundle

        doc = bundle(eps, cis)
        name = "crampcare-diary.fhir.json"
    else:
        from crampcare.diary.jsonio import diary_document

        doc = diary_document(eps, cis)
        name = "crampcare-diary.json"
    return Response(
        json.dumps(doc, ensure_ascii=False, default=str),
        media_type="application/json",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )
