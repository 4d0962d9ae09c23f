"""Clinicians' and admins' pages in multi-user mode, with their JSON twins.

A clinician sees only people with a live grant to them, and only the scopes
granted; every read is checked and logged by ``accounts.Dashboard`` before any
data is read. Anything else (another person's id, a lapsed or revoked grant, a
scope not granted, or a non-clinician asking) is a plain 404.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from crampcare.accounts import ROLES
from crampcare.accounts.dashboard import Dashboard
from crampcare.clinicweb.accounts_models import ERRORS, call
from crampcare.clinicweb.auth import Clinic, require_role
from crampcare.diary.models import MAX_ID, CheckIn, Episode
from crampcare.web import csrf
from crampcare.web.api_base import Api
from crampcare.web.diary_pages import _export as diary_file
from crampcare.web.diary_routes import ExportQuery
from crampcare.web.errors import ApiError
from crampcare.web.templating import render

PID = {"patient_id": {"type": "integer", "minimum": 1, "maximum": MAX_ID}}


class PatientOut(BaseModel):
    id: int
    name: str
    scopes: list[str]
    until: datetime
    weekly: list[tuple[date, int]] | None


class RecordsOut(BaseModel):
    episodes: list[Episode]
    checkins: list[CheckIn]


class InvitationIn(BaseModel):
    role: Literal["person", "clinician", "admin"]
    days: int = Field(default=7, ge=1, le=90)


class InvitationOut(BaseModel):
    code: str
    role: str
    days: int


class AccountRow(BaseModel):
    username: str
    display_name: str
    role: str


def register(api: Api, clinic: Clinic) -> list[Route]:
    def dashboard() -> Dashboard:
        return Dashboard(clinic.consent, clinic.holder.shared())

    def clinician(request: Request) -> Any:
        return require_role(request, "clinician").account

    # --- JSON API ----------------------------------------------------------------------
    @api.route(
        "/clinic/patients",
        summary="People who share their diary with you",
        response=list[PatientOut],
        errors=ERRORS,
        tags=("clinic",),
    )
    async def patients(request: Request) -> Any:
        who = clinician(request)
        found = await call(lambda: dashboard().patients(who))
        return [
            PatientOut(
                id=p.grant.person.id,
                name=p.grant.person.display_name,
                scopes=list(p.grant.scopes),
                until=p.grant.expires_at,
                weekly=p.trend,
            )
            for p in found
        ]

    @api.route(
        "/clinic/patients/{patient_id:int}/diary",
        summary="A patient's episodes and check-ins (needs their 'diary' consent)",
        response=RecordsOut,
        errors=ERRORS,
        tags=("clinic",),
        path_params=PID,
    )
    async def patient_diary(request: Request, patient_id: int) -> Any:
        who = clinician(request)
        eps, cis = await call(lambda: dashboard().records(who, patient_id))
        return RecordsOut(episodes=eps, checkins=cis)

    @api.route(
        "/clinic/patients/{patient_id:int}/report",
        summary="A patient's trigger analysis (needs their 'reports' consent)",
        errors=ERRORS,
        tags=("clinic",),
        path_params=PID,
    )
    async def patient_report(request: Request, patient_id: int) -> Any:
        who = clinician(request)
        return await call(lambda: dashboard().report(who, patient_id))

    @api.route(
        "/clinic/patients/{patient_id:int}/export",
        summary="A patient's diary as FHIR, CSV or JSON (needs their 'exports' consent)",
        query=ExportQuery,
        errors=ERRORS,
        tags=("clinic",),
        path_params=PID,
        media_types=("application/json", "text/csv"),
    )
    async def patient_export(request: Request, patient_id: int, query: ExportQuery) -> Any:
        who = clinician(request)
        eps, cis = await call(lambda: dashboard().export(who, patient_id))
        return diary_file(eps, cis, query.format)

    @api.route(
        "/admin/invitations",
        "POST",
        summary="Make a one-time sign-up code (admins)",
        body=InvitationIn,
        response=InvitationOut,
        status=201,
        errors=ERRORS,
        tags=("admin",),
    )
    async def invite(request: Request, body: InvitationIn) -> Any:
        admin = require_role(request, "admin").account
        code = await call(lambda: clinic.store.invite(body.role, admin.id, body.days))
        return InvitationOut(code=code, role=body.role, days=body.days)

    @api.route(
        "/admin/accounts",
        summary="The clinic's accounts (admins)",
        response=list[AccountRow],
        errors=ERRORS,
        tags=("admin",),
    )
    async def accounts(request: Request) -> Any:
        require_role(request, "admin")
        found = await call(clinic.store.all)
        return [
            AccountRow(username=a.username, display_name=a.display_name, role=a.role) for a in found
        ]

    # --- pages -------------------------------------------------------------------------
    async def clinic_page(request: Request) -> Response:
        who = clinician(request)
        found = await call(lambda: dashboard().patients(who))
        rows = [
            {
                "id": p.grant.person.id,
                "name": p.grant.person.display_name,
                "scopes": p.grant.scopes,
                "until": p.grant.expires_at,
                "trend": [n for _, n in p.trend] if p.trend is not None else None,
            }
            for p in found
        ]
        return render(request, "clinic.html", patients=rows)

    async def patient_page(request: Request) -> Response:
        who = clinician(request)
        pid = int(request.path_params["patient_id"])

        def load() -> dict[str, Any]:
            board = dashboard()
            grant = board.grant(who, pid)
            scopes = grant.scopes
            return {
                "pid": pid,
                "name": grant.person.display_name,
                "scopes": scopes,
                "until": grant.expires_at,
                "trend": board.trend(who, pid) if "diary" in scopes else None,
                "summary": board.report(who, pid)["summary"] if "reports" in scopes else None,
                "exports": "exports" in scopes,
            }

        return render(request, "patient.html", **await call(load))

    async def patient_export_page(request: Request) -> Response:
        who = clinician(request)
        pid = int(request.path_params["patient_id"])
        fmt = request.query_params.get("format", "fhir")
        if fmt not in ("json", "csv", "fhir"):
            raise ApiError(422, "Choose fhir, csv or json.")
        eps, cis = await call(lambda: dashboard().export(who, pid))
        return diary_file(eps, cis, fmt)

    async def admin_page(request: Request, **extra: Any) -> Response:
        require_role(request, "admin")
        found = await call(clinic.store.all)
        return render(request, "admin.html", accounts=found, roles=ROLES, **extra)

    async def invite_form(request: Request) -> Response:
        admin = require_role(request, "admin").account
        form = await csrf.checked_form(request)
        role, days = str(form.get("role", "")), str(form.get("days", "7"))
        if not days.isdigit():
            raise ApiError(422, "An invitation lasts 1 to 90 days.")
        code = await call(lambda: clinic.store.invite(role, admin.id, int(days)))
        return await admin_page(request, code=code, role=role, days=int(days))

    async def admin_get(request: Request) -> Response:
        return await admin_page(request)

    return [
        Route("/clinic", clinic_page),
        Route("/clinic/patients/{patient_id:int}", patient_page),
        Route("/clinic/patients/{patient_id:int}/export", patient_export_page),
        Route("/admin", admin_get),
        Route("/admin/invitations", invite_form, methods=["POST"]),
    ]
