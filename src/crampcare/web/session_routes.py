"""The guided first-aid session ("Cramp now"): choose, then one step at a time.

Without JavaScript each step is its own page that moves on by itself when its
time is up (meta refresh), with Pause (stay) and Next links; with JavaScript a
live countdown, pause/next buttons, the Wake Lock and a gentle vibration.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from crampcare.errors import CrampcareError
from crampcare.guide import WHERE, Session, build_session, situations_for
from crampcare.knowledge import load
from crampcare.vocabulary import (
    CONTEXT_LABELS,
    CONTEXTS,
    DIARY_LOCATION,
    PLACE_LABELS,
    PLACE_WORDS,
    Context,
    SessionPlace,
    woke_from_sleep,
)
from crampcare.web.api_base import Api
from crampcare.web.drawings import drawings_for
from crampcare.web.errors import ApiError
from crampcare.web.pwa import session_url
from crampcare.web.templating import render


class SessionQuery(BaseModel):
    where: SessionPlace = "calf"
    context: Context = "night"
    pregnant: bool = False


def session_for(where: str, context: str, pregnant: bool) -> Session:
    try:
        return build_session(load(), where, context, situations_for(pregnant))
    except CrampcareError as exc:
        raise ApiError(422, str(exc)) from exc


def done_log(session: Session) -> dict[str, Any]:
    """The diary entry a finished session suggests: where, when, what was done, how long.

    The page's script replaces the time and minutes with the session's real start.
    """
    minutes = max(1, round(session.total_seconds / 60))
    actions = list(dict.fromkeys(s.technique_title for s in session.steps))
    return {
        "location": DIARY_LOCATION[session.where],
        "place_word": PLACE_WORDS[session.where],
        "started_at": datetime.now() - timedelta(seconds=session.total_seconds),
        "minutes": minutes,
        "actions": actions,
        "woke": woke_from_sleep(session.context),
    }


def _query(request: Request) -> tuple[str, str, bool]:
    q = request.query_params
    where = q.get("where", "calf")
    context = q.get("context", "night")
    if where not in WHERE:
        raise ApiError(422, f"Unknown place {where!r}: use one of {', '.join(WHERE)}.")
    if context not in CONTEXTS:
        raise ApiError(422, f"Unknown situation {context!r}: use one of {', '.join(CONTEXTS)}.")
    return where, context, q.get("pregnant") in ("1", "true", "on", "yes")


def register(api: Api) -> list[Route]:
    @api.route(
        "/session",
        summary="The guided first-aid session (timed steps)",
        query=SessionQuery,
        response=Session,
        tags=("first aid",),
    )
    async def session_json(request: Request, query: SessionQuery) -> Any:
        return session_for(query.where, query.context, query.pregnant)

    async def choose(request: Request) -> Response:
        return render(
            request,
            "now.html",
            contexts=list(CONTEXT_LABELS.items()),
            places=list(PLACE_LABELS.items()),
        )

    async def step_page(request: Request) -> Response:
        where, context, pregnant = _query(request)
        session = session_for(where, context, pregnant)
        raw = request.query_params.get("step", "1")
        if not raw.isdigit() or not 1 <= int(raw) <= max(1, len(session.steps)):
            raise ApiError(404, "There is no such step in this session.")
        number = int(raw)
        paused = request.query_params.get("paused") == "1"
        base = {"where": where, "context": context}
        if pregnant:
            base["pregnant"] = "1"

        def link(**extra: Any) -> str:
            return "/now/session?" + urlencode({**base, **{k: str(v) for k, v in extra.items()}})

        step = session.steps[number - 1] if session.steps else None
        last = number >= len(session.steps)
        done_url = "/now/done?" + urlencode(base)
        next_url = link(step=number + 1) if not last else done_url
        return render(
            request,
            "session.html",
            session=session,
            step=step,
            number=number,
            total=len(session.steps),
            paused=paused,
            next_url=next_url,
            done_url=done_url,
            pause_url=link(step=number, paused=1),
            resume_url=link(step=number),
            steps_json=session.model_dump(mode="json")["steps"],
            drawings=drawings_for(s.technique_id for s in session.steps),
        )

    async def done(request: Request) -> Response:
        from crampcare.vocabulary import DIARY_LOCATIONS, DIARY_SIDES

        where, context, pregnant = _query(request)
        session = session_for(where, context, pregnant)
        return render(
            request,
            "session_done.html",
            query=session_url("", where, context, pregnant)[1:],
            log=done_log(session),
            locations=DIARY_LOCATIONS,
            sides=DIARY_SIDES,
        )

    return [
        Route("/now", choose),
        Route("/now/session", step_page),
        Route("/now/done", done),
    ]
