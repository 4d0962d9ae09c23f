"""The JSON shapes of the clinic server's API (account, sharing, audit, clinic, admin)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Literal, TypeVar

from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from crampcare.accounts import AccountError, BadLogin, Grant, Locked, NotVisible
from crampcare.web.errors import ApiError

T = TypeVar("T")
Scope = Literal["diary", "reports", "exports"]


#: What any account operation may answer besides success: bad JSON, signed out, a
#: missing CSRF token or a wrong password, not yours, invalid.
ERRORS = (400, 401, 403, 404, 422)
#: Operations that check the password also lock after repeated failures.
GUARDED = (*ERRORS, 429)


class AccountOut(BaseModel):
    username: str
    display_name: str
    role: str
    csrf_token: str = Field(description="Send it as X-CSRF-Token with every change.")


class GrantIn(BaseModel):
    clinician: str = Field(min_length=1, max_length=64)
    scopes: list[Scope] = Field(min_length=1, max_length=3)
    days: int = Field(ge=1, le=366)


class GrantOut(BaseModel):
    id: int
    clinician: str
    clinician_name: str
    scopes: list[str]
    expires_at: datetime


class AuditOut(BaseModel):
    at: datetime
    who: str
    action: str


class PasswordIn(BaseModel):
    old: str = Field(max_length=256)
    new: str = Field(max_length=256)


class ConfirmIn(BaseModel):
    password: str = Field(max_length=256)


def grant_out(g: Grant) -> GrantOut:
    return GrantOut(
        id=g.id,
        clinician=g.clinician.username,
        clinician_name=g.clinician.display_name,
        scopes=list(g.scopes),
        expires_at=g.expires_at,
    )


async def call(fn: Callable[[], T]) -> T:
    """``fn()`` off the event loop; account errors become 404, 401, 429 or 422."""
    try:
        return await run_in_threadpool(fn)
    except NotVisible as exc:
        raise ApiError(404, str(exc)) from exc
    except Locked as exc:
        error = ApiError(429, str(exc))
        error.headers = {"retry-after": str(exc.retry_after_s)}
        raise error from exc
    except BadLogin as exc:
        raise ApiError(403, str(exc)) from exc
    except AccountError as exc:
        raise ApiError(422, str(exc)) from exc
