"""A person's own account in multi-user mode: sharing, audit log, password, data rights.

Pages under /account and their JSON twins under /api/v1/account. Everything
here acts on the signed-in account only: no id in a URL names another
account, and a grant id that is not yours is a 404.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from crampcare.accounts import AccountError, NotVisible, delete_account, everything
from crampcare.accounts.login import Sessions
from crampcare.clinicweb.accounts_models import (
    ERRORS,
    GUARDED,
    AccountOut,
    AuditOut,
    ConfirmIn,
    GrantIn,
    GrantOut,
    PasswordIn,
    call,
    grant_out,
)
from crampcare.clinicweb.auth import (
    COOKIE,
    Clinic,
    clear_session_cookie,
    set_session_cookie,
    signed_in,
)
from crampcare.diary.models import MAX_ID
from crampcare.web import csrf
from crampcare.web.api_base import Api
from crampcare.web.diary_pages import _export as diary_file
from crampcare.web.diary_routes import ExportQuery
from crampcare.web.errors import ApiError
from crampcare.web.templating import render


def register(api: Api, clinic: Clinic) -> list[Route]:
    def me(request: Request) -> int:
        return signed_in(request).account.id

    def export_response(person_id: int, fmt: str) -> Response:
        diary = clinic.holder.shared()
        if fmt == "json":
            doc = everything(clinic.store, diary, person_id)
            return Response(
                json.dumps(doc, ensure_ascii=False, default=str),
                media_type="application/json",
                headers={"content-disposition": 'attachment; filename="crampcare-account.json"'},
            )
        eps, cis = diary.episodes(person_id=person_id), diary.checkins(person_id=person_id)
        return diary_file(eps, cis, fmt)

    def deleted(request: Request, response: Response) -> Response:
        clear_session_cookie(request, response)
        return response

    def delete_after_check(request: Request, password: str) -> None:
        who = signed_in(request)
        # The password again: a session left open on a shared computer is not enough.
        clinic.sessions.login(who.account.username, password, "delete:" + str(who.account.id))
        delete_account(clinic.store, who.account.id)

    # --- JSON API ----------------------------------------------------------------------
    @api.route(
        "/account",
        summary="The signed-in account",
        response=AccountOut,
        errors=ERRORS,
        tags=("account",),
    )
    async def account_get(request: Request) -> Any:
        who = signed_in(request)
        a = who.account
        return AccountOut(
            username=a.username, display_name=a.display_name, role=a.role, csrf_token=who.csrf
        )

    @api.route(
        "/account/grants",
        summary="Clinicians you share with now",
        response=list[GrantOut],
        errors=ERRORS,
        tags=("account",),
    )
    async def grants_list(request: Request) -> Any:
        return [grant_out(g) for g in await call(lambda: clinic.consent.given(me(request)))]

    @api.route(
        "/account/grants",
        "POST",
        summary="Share with a clinician",
        body=GrantIn,
        response=GrantOut,
        status=201,
        errors=ERRORS,
        tags=("account",),
    )
    async def grants_create(request: Request, body: GrantIn) -> Any:
        pid = me(request)
        made = await call(
            lambda: clinic.consent.grant(pid, body.clinician, list(body.scopes), body.days)
        )
        return grant_out(made)

    @api.route(
        "/account/grants/{grant_id:int}",
        "DELETE",
        summary="Stop sharing at once",
        status=204,
        errors=ERRORS,
        tags=("account",),
        path_params={"grant_id": {"type": "integer", "minimum": 1, "maximum": MAX_ID}},
    )
    async def grants_revoke(request: Request, grant_id: int) -> Any:
        pid = me(request)
        await call(lambda: clinic.consent.revoke(pid, grant_id))

    @api.route(
        "/account/audit",
        summary="Who read your data",
        response=list[AuditOut],
        errors=ERRORS,
        tags=("account",),
    )
    async def audit(request: Request) -> Any:
        pid = me(request)
        return [
            AuditOut(at=e.at, who=e.who, action=e.action)
            for e in await call(lambda: clinic.consent.audit(pid))
        ]

    @api.route(
        "/account/export",
        summary="Everything about you (json), or your diary (csv, fhir)",
        query=ExportQuery,
        errors=ERRORS,
        tags=("account",),
        media_types=("application/json", "text/csv"),
    )
    async def export(request: Request, query: ExportQuery) -> Any:
        pid = me(request)
        return await call(lambda: export_response(pid, query.format))

    @api.route(
        "/account/password",
        "POST",
        summary="Change your password (signs out other sessions)",
        body=PasswordIn,
        status=204,
        errors=GUARDED,
        tags=("account",),
    )
    async def password(request: Request, body: PasswordIn) -> Any:
        token = request.cookies.get(COOKIE, "")
        new_token, _ = await call(
            lambda: Sessions(clinic.store).change_password(token, body.old, body.new)
        )
        response = Response(status_code=204)
        set_session_cookie(request, response, new_token)
        return response

    @api.route(
        "/account/delete",
        "POST",
        summary="Delete your account and all your data",
        body=ConfirmIn,
        status=204,
        errors=GUARDED,
        tags=("account",),
    )
    async def delete(request: Request, body: ConfirmIn) -> Any:
        await call(lambda: delete_after_check(request, body.password))
        return deleted(request, Response(status_code=204))

    # --- pages -------------------------------------------------------------------------
    async def page(request: Request, status: int = 200, **extra: Any) -> Response:
        pid = me(request)

        def load() -> dict[str, Any]:
            return {
                "me": signed_in(request).account,
                "grants": clinic.consent.given(pid),
                "audit": clinic.consent.audit(pid),
                "codes_left": clinic.store.recovery_codes_left(pid),
            }

        return render(request, "account.html", status_code=status, **await call(load), **extra)

    async def account_page(request: Request) -> Response:
        return await page(request)

    async def form_action(request: Request, action: Callable[[dict[str, Any]], Any]) -> Response:
        form = await csrf.checked_form(request)
        values = {k: form.getlist(k) if k == "scope" else str(v) for k, v in form.items()}
        try:
            result = await run_in_threadpool(action, values)
        except NotVisible as exc:
            raise ApiError(404, str(exc)) from exc
        except AccountError as exc:
            return await page(request, status=422, error=str(exc))
        return result if isinstance(result, Response) else RedirectResponse("/account", 303)

    async def grant_form(request: Request) -> Response:
        def act(v: dict[str, Any]) -> Any:
            days = str(v.get("days", ""))
            if not days.isdigit():
                raise AccountError("Share for a whole number of days.")
            try:
                return clinic.consent.grant(
                    me(request), v.get("clinician", ""), v.get("scope", []), int(days)
                )
            except NotVisible as exc:  # a name typed in the form, not an id: say so on the page
                raise AccountError(str(exc)) from exc

        return await form_action(request, act)

    async def revoke_form(request: Request) -> Response:
        gid = int(request.path_params["grant_id"])
        return await form_action(request, lambda v: clinic.consent.revoke(me(request), gid))

    async def password_form(request: Request) -> Response:
        def act(v: dict[str, Any]) -> Response:
            token = request.cookies.get(COOKIE, "")
            new, _ = Sessions(clinic.store).change_password(
                token, v.get("old", ""), v.get("new", "")
            )
            response = RedirectResponse("/account", 303)
            set_session_cookie(request, response, new)
            return response

        return await form_action(request, act)

    async def codes_form(request: Request) -> Response:
        await csrf.checked_form(request)
        codes = await call(lambda: clinic.store.new_recovery_codes(me(request)))
        return render(request, "recovery_codes.html", codes=codes, next="/account")

    async def delete_form(request: Request) -> Response:
        def act(v: dict[str, Any]) -> Response:
            delete_after_check(request, v.get("password", ""))
            return deleted(request, RedirectResponse("/login", 303))

        return await form_action(request, act)

    async def export_page(request: Request) -> Response:
        fmt = request.query_params.get("format", "json")
        if fmt not in ("json", "csv", "fhir"):
            raise ApiError(422, "Choose json, csv or fhir.")
        pid = me(request)
        return await call(lambda: export_response(pid, fmt))

    return [
        Route("/account", account_page),
        Route("/account/grants", grant_form, methods=["POST"]),
        Route("/account/grants/{grant_id:int}/revoke", revoke_form, methods=["POST"]),
        Route("/account/password", password_form, methods=["POST"]),
        Route("/account/recovery-codes", codes_form, methods=["POST"]),
        Route("/account/delete", delete_form, methods=["POST"]),
        Route("/account/export", export_page),
    ]
