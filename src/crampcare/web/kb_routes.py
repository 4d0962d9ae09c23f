"""Knowledge base and acupressure atlas: pages and their JSON twins."""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from crampcare.knowledge import UnknownEntry, load
from crampcare.knowledge.export import entry_document, entry_summary
from crampcare.knowledge.schema import KINDS, Acupoint
from crampcare.vocabulary import Grade
from crampcare.web.api_base import Api
from crampcare.web.errors import ApiError
from crampcare.web.templating import render


class EntryDoc(BaseModel):
    """A knowledge-base entry as exported (`kb export --json`); kind-specific fields follow."""

    model_config = {"extra": "allow"}

    id: str
    kind: str
    title: str
    text: str
    grade: str | None
    cautions: list[str]
    contraindications: list[dict[str, str]]
    sources: list[dict[str, str]]


class EntrySummary(BaseModel):
    id: str
    kind: str
    grade: str | None
    link: str | None = None
    title: str


Kind = Literal[
    "source", "technique", "acupoint", "remedy", "cause", "prevention", "food", "red_flag"
]


class KbQuery(BaseModel):
    kind: Kind | None = None
    grade: Grade | None = None


def _point(code: str) -> Acupoint:
    try:
        entry = load().get(code)
    except UnknownEntry as exc:
        raise ApiError(404, str(exc)) from exc
    if not isinstance(entry, Acupoint):
        raise ApiError(404, f"{code!r} is not an acupoint.")
    return entry


def register(api: Api) -> list[Route]:
    """Add the JSON endpoints to ``api``; return the HTML page routes."""

    @api.route(
        "/kb",
        summary="List knowledge-base entries",
        query=KbQuery,
        response=list[EntrySummary],
        tags=("knowledge",),
    )
    async def kb_list(request: Request, query: KbQuery) -> Any:
        return [entry_summary(e) for e in load().select(kind=query.kind, grade=query.grade)]

    @api.route(
        "/kb/{entry_id}",
        summary="One knowledge-base entry",
        response=EntryDoc,
        errors=(404,),
        tags=("knowledge",),
    )
    async def kb_entry(request: Request, entry_id: str) -> Any:
        try:
            return entry_document(load().get(entry_id))
        except UnknownEntry as exc:
            raise ApiError(404, str(exc)) from exc

    @api.route("/points", summary="The acupressure atlas", response=list[EntryDoc], tags=("atlas",))
    async def points_list(request: Request) -> Any:
        return [entry_document(p) for p in load().of_kind(Acupoint)]

    @api.route(
        "/points/{code}", summary="One acupoint", response=EntryDoc, errors=(404,), tags=("atlas",)
    )
    async def point_one(request: Request, code: str) -> Any:
        return entry_document(_point(code))

    async def points_page(request: Request) -> Response:
        return render(request, "points.html", points=load().of_kind(Acupoint))

    async def point_page(request: Request) -> Response:
        from crampcare.render.diagram import point_svg

        point = _point(request.path_params["code"])
        return render(request, "point.html", point=point, svg=point_svg([point]))

    return [Route("/points", points_page), Route("/points/{code}", point_page)]


# The API's kinds are the knowledge base's kinds; a new kind must be added to both.
assert set(get_args(Kind)) == set(KINDS)
