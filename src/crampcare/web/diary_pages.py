"""The diary's pages: one-tap quick log, daily check-in, list, edit, report, exports.

The hot path (a tap at 3 a.m.) is one POST and a redirect: no dialogs, no
required fields; details can be added later. The list shows one page at a time
and reads only that page from the store.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from crampcare.diary.models import FACTORS, CheckIn, Episode, EpisodeIn
from crampcare.errors import validation_message
from crampcare.vocabulary import DIARY_LOCATIONS, DIARY_SIDES, WOKE_BEFORE_HOUR, woke_from_sleep
from crampcare.web import csrf, heavy
from crampcare.web.diary_db import DiaryHolder, call_db, known_id
from crampcare.web.documents import document_response
from crampcare.web.errors import ApiError
from crampcare.web.templating import render

PAGE_SIZE = 30
MAX_PAGE_OFFSET = 2**31
QUICK = [
    ("calf", "left", "Calf · left"),
    ("calf", "right", "Calf · right"),
    ("foot", "none", "Foot"),
    ("toes", "none", "Toes"),
    ("thigh_back", "none", "Thigh"),
]


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


def _form_checkin(form: FormData) -> tuple[date, dict[str, Any], str]:
    """The form's day, its standard factors (blank clears one) and notes.

    The form has no custom factors: the merge keeps the day's own factors as stored.
    """
    factors: dict[str, Any] = {}
    for name, (kind, _label) in FACTORS.items():
        raw = str(form.get(name, "")).strip()
        if kind is bool:
            factors[name] = (raw == "yes") if raw in ("yes", "no") else None
        else:
            factors[name] = raw or None
    raw_day = str(form.get("day", "")) or date.today().isoformat()
    try:
        day = date.fromisoformat(raw_day)
    except ValueError as exc:
        raise ApiError(422, "The day is not a valid date (YYYY-MM-DD).") from exc
    return day, factors, str(form.get("notes", ""))


def page_routes(holder: DiaryHolder) -> list[Route]:
    async def diary_page(request: Request) -> Response:
        raw = request.query_params.get("offset", "0")
        offset = min(int(raw), MAX_PAGE_OFFSET) if raw.isdigit() else 0
        rows = await call_db(
            holder, lambda d: d.episodes(limit=PAGE_SIZE + 1, offset=offset, newest_first=True)
        )
        logged = request.query_params.get("logged")
        return render(
            request,
            "diary.html",
            quick=QUICK,
            woke_before=WOKE_BEFORE_HOUR,
            checked=request.query_params.get("checked") == "1",
            episodes=rows[:PAGE_SIZE],
            older=offset + PAGE_SIZE if len(rows) > PAGE_SIZE else None,
            newer=max(0, offset - PAGE_SIZE) if offset else None,
            logged=int(logged) if logged and logged.isdigit() else None,
        )

    async def quick_log(request: Request) -> Response:
        form = await csrf.checked_form(request)
        where, side = str(form.get("where", "calf")), str(form.get("side", "none"))
        if where not in DIARY_LOCATIONS or side not in DIARY_SIDES:
            raise ApiError(422, "Unknown place or side.")
        now = datetime.now().replace(microsecond=0)
        episode = EpisodeIn.model_validate(
            {
                "started_at": now,
                "location": where,
                "side": side,
                "woke": woke_from_sleep(hour=now.hour),
            }
        )
        saved = await call_db(holder, lambda d: d.add_episode(episode), write=True)
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
            raise ApiError(422, validation_message(exc)) from exc
        saved = await call_db(holder, lambda d: d.add_episode(episode), write=True)
        return RedirectResponse(f"/diary?logged={saved.id}", status_code=303)

    async def edit_page(request: Request) -> Response:
        episode_id = request.path_params["episode_id"]
        if request.method == "POST":
            form = await csrf.checked_form(request)
            changes = _form_episode_changes(form)
            await call_db(holder, lambda d: d.update_episode(known_id(episode_id), changes))
            return RedirectResponse("/diary", status_code=303)
        episode = await call_db(holder, lambda d: d.get_episode(known_id(episode_id)))
        return render(
            request, "episode_edit.html", e=episode, locations=DIARY_LOCATIONS, sides=DIARY_SIDES
        )

    async def delete_episode(request: Request) -> Response:
        await csrf.checked_form(request)
        episode_id = request.path_params["episode_id"]
        await call_db(holder, lambda d: d.delete_episode(known_id(episode_id)))
        return RedirectResponse("/diary", status_code=303)

    async def checkin_page(request: Request) -> Response:
        if request.method == "POST":
            form = await csrf.checked_form(request)
            day, factors, notes = _form_checkin(form)
            await call_db(holder, lambda d: d.merge_checkin(day, factors, None, notes), write=True)
            return RedirectResponse("/diary?checked=1", status_code=303)
        today = date.today()
        existing = await call_db(holder, lambda d: d.get_checkin(today))
        return render(request, "checkin.html", factors=FACTORS, today=today, c=existing)

    async def report_page(request: Request) -> Response:
        from crampcare.analysis.person import analyse
        from crampcare.render.report_html import report_html

        eps, cis = await call_db(holder, lambda d: (d.episodes(), d.checkins()))
        html = await heavy.render(lambda: report_html(analyse(eps, cis)))
        return document_response(html)

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


async def export_response(holder: DiaryHolder, fmt: str) -> Response:
    """The whole diary as a download (an export is all of it, by design)."""
    eps, cis = await call_db(holder, lambda d: (d.episodes(), d.checkins()))
    return await heavy.render(_export, eps, cis, fmt)


def _export(eps: list[Episode], cis: list[CheckIn], fmt: str) -> Response:
    import json

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
