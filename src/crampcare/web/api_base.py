"""A small registry of JSON endpoints that also yields the OpenAPI document.

Endpoints declare their pydantic request and response models; the registry
validates bodies and query strings (422 with field messages on bad input) and
builds ``/openapi.json`` from the same declarations, so the document cannot
drift from the code.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import to_jsonable_python
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from crampcare.web.errors import ApiError

MAX_JSON_BYTES = 256 * 1024

Handler = Callable[..., Awaitable[Any]]


@dataclass
class Endpoint:
    path: str
    method: str
    summary: str
    handler: Handler
    body: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    response: Any = None
    status: int = 200
    errors: tuple[int, ...] = (400, 422)
    tags: tuple[str, ...] = ()
    path_params: dict[str, str] = field(default_factory=dict)


def _field_errors(exc: ValidationError) -> list[dict[str, str]]:
    return [
        {"field": ".".join(str(p) for p in err["loc"]) or "(body)", "message": err["msg"]}
        for err in exc.errors(include_url=False)
    ]


async def read_json(request: Request, model: type[BaseModel]) -> BaseModel:
    """Parse and validate a JSON body; 413/415/400/422 with messages on bad input."""
    ctype = request.headers.get("content-type", "")
    if "json" not in ctype:
        raise ApiError(415, "Send a JSON body with Content-Type: application/json.")
    raw = await request.body()
    if len(raw) > MAX_JSON_BYTES:
        raise ApiError(413, f"The body is larger than {MAX_JSON_BYTES // 1024} KiB.")
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"The body is not valid JSON: {exc}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ApiError(422, "Some fields are not valid.", _field_errors(exc)) from exc


def read_query(request: Request, model: type[BaseModel]) -> BaseModel:
    try:
        return model.model_validate(dict(request.query_params))
    except ValidationError as exc:
        raise ApiError(422, "Some query parameters are not valid.", _field_errors(exc)) from exc


class Api:
    """Collects endpoints; turns them into routes and an OpenAPI document."""

    def __init__(self, prefix: str = "/api/v1") -> None:
        self.prefix = prefix
        self.endpoints: list[Endpoint] = []

    def route(
        self,
        path: str,
        method: str = "GET",
        *,
        summary: str,
        body: type[BaseModel] | None = None,
        query: type[BaseModel] | None = None,
        response: Any = None,
        status: int = 200,
        errors: tuple[int, ...] = (400, 422),
        tags: tuple[str, ...] = (),
        path_params: dict[str, str] | None = None,
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.endpoints.append(
                Endpoint(
                    self.prefix + path,
                    method,
                    summary,
                    handler,
                    body,
                    query,
                    response,
                    status,
                    errors,
                    tags,
                    path_params or {},
                )
            )
            return handler

        return register

    def routes(self) -> list[Route]:
        by_path: dict[str, dict[str, Endpoint]] = {}
        for ep in self.endpoints:
            by_path.setdefault(ep.path, {})[ep.method] = ep
        return [
            Route(path, self._dispatch(eps), methods=list(eps)) for path, eps in by_path.items()
        ]

    def _dispatch(self, eps: dict[str, Endpoint]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            ep = eps[request.method if request.method != "HEAD" else "GET"]
            kwargs: dict[str, Any] = dict(request.path_params)
            if ep.body is not None:
                kwargs["body"] = await read_json(request, ep.body)
            if ep.query is not None:
                kwargs["query"] = read_query(request, ep.query)
            result = await ep.handler(request, **kwargs)
            if isinstance(result, Response):
                return result
            if ep.status == 204:
                return Response(status_code=204)
            return JSONResponse(to_jsonable_python(result), status_code=ep.status)

        return endpoint

    def openapi(self, title: str, version: str) -> dict[str, Any]:
        """The OpenAPI 3.1 document for every registered endpoint."""
        from crampcare.web.openapi import build

        return build(self, title, version)
