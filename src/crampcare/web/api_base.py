"""A small registry of JSON endpoints that also yields the OpenAPI document.

Endpoints declare their pydantic request and response models; the registry
validates bodies and query strings (422 with field messages on bad input) and
builds ``/openapi.json`` from the same declarations, so the document cannot
drift from the code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, is_dataclass
from datetime import datetime
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import to_jsonable_python
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from crampcare.errors import field_problems
from crampcare.typed import dump, dump_json, json_schema, validate_json
from crampcare.web.errors import ApiError

MAX_JSON_BYTES = 256 * 1024
# Deeper than any model here needs (3 levels); parsers recurse, so deep input is refused first.
MAX_DEPTH = 32
_JSON_SUFFIX = re.compile(r"application/[a-z0-9!#$&^_.-]+\+json")

Handler = Callable[..., Awaitable[Any]]


@dataclass
class Endpoint:
    path: str
    method: str
    summary: str
    handler: Handler
    body: type[Any] | None = None
    query: type[BaseModel] | None = None
    response: Any = None
    status: int = 200
    errors: tuple[int, ...] = (400, 422)
    tags: tuple[str, ...] = ()
    path_params: dict[str, dict[str, Any]] = field(default_factory=dict)
    media_types: tuple[str, ...] = ("application/json",)


def _field_errors(exc: ValidationError) -> list[dict[str, str]]:
    return [
        {"field": field or "(body)", "message": reason} for field, reason in field_problems(exc)
    ]


def is_model(value: Any) -> bool:
    """A pydantic model or one of the core's model dataclasses (an instance, not a class)."""
    return isinstance(value, BaseModel) or (is_dataclass(value) and not isinstance(value, type))


async def read_json(request: Request, model: type[Any]) -> Any:
    """Parse and validate a JSON body; 413/415/400/422 with messages on bad input."""
    if not is_json_media_type(request.headers.get("content-type", "")):
        raise ApiError(415, "Send a JSON body with Content-Type: application/json.")
    raw = await request.body()
    if len(raw) > MAX_JSON_BYTES:
        raise ApiError(413, f"The body is larger than {MAX_JSON_BYTES // 1024} KiB.")
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _depth(raw) > MAX_DEPTH:
        raise ApiError(400, f"The JSON is nested more than {MAX_DEPTH} levels deep.")
    try:
        data = json.loads(raw, parse_float=_number, parse_constant=_no_constant)
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError) as exc:
        raise ApiError(400, f"The body is not valid JSON: {exc}") from exc
    try:
        # Strict: 0 is not false and "7" is not 7; the API takes what its schema says.
        return validate_json(model, json.dumps(data), strict=True)
    except ValidationError as exc:
        raise ApiError(422, "Some fields are not valid.", _field_errors(exc)) from exc


def is_json_media_type(content_type: str) -> bool:
    """application/json or application/*+json, parameters aside.

    Not "anything mentioning json": ``text/plain; charset=json`` is a type a page
    on any site may send without asking (no CORS preflight), so accepting it let
    other sites write to the diary.
    """
    media = content_type.split(";", 1)[0].strip().lower()
    return media == JSON or bool(_JSON_SUFFIX.fullmatch(media))


def _depth(raw: bytes) -> int:
    """The deepest nesting of brackets outside strings (before parsing, which recurses)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


def _number(text: str) -> float | int:
    # JSON Schema counts 7.0 as an integer; strict validation would not.
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"{text} is not a finite number")
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _no_constant(text: str) -> float:
    raise ValueError(f"{text} is not allowed in JSON")


def read_query(request: Request, model: type[BaseModel]) -> BaseModel:
    try:
        return model.model_validate_strings(dict(request.query_params))
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
        body: type[Any] | None = None,
        query: type[BaseModel] | None = None,
        response: Any = None,
        status: int = 200,
        errors: tuple[int, ...] = (400, 422),
        tags: tuple[str, ...] = (),
        path_params: dict[str, dict[str, Any]] | None = None,
        media_types: tuple[str, ...] = ("application/json",),
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
                    media_types,
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
            return json_response(result, ep.status)

        return endpoint


def json_response(result: Any, status: int = 200) -> Response:
    """A handler's result as the API writes it (a handler that keeps the bytes uses this)."""
    kind: object = type(result)
    if is_model(result) and not _has_times(kind):
        # The common case (ask, triage, plan): pydantic writes the JSON in one go.
        return Response(dump_json(result), status_code=status, media_type=JSON)
    return JSONResponse(to_jsonable_python(_with_offsets(result)), status_code=status)


JSON = "application/json"


@cache
def _has_times(model: Any) -> bool:
    """Whether a model (or one nested in it) has datetime fields needing an offset."""
    return "date-time" in json.dumps(json_schema(model, mode="serialization"))


def _with_offsets(value: Any) -> Any:
    """Local wall-clock times gain this machine's UTC offset on the way out.

    The diary stores local times; JSON clients (and RFC 3339) want an offset.
    """
    if is_model(value):
        value = dump(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value
        try:
            return value.astimezone()
        except (OverflowError, ValueError):
            # 0001-01-01 has no local offset to look up (found by schemathesis): take today's.
            return value.replace(tzinfo=datetime.now().astimezone().tzinfo)
    if isinstance(value, dict):
        return {k: _with_offsets(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_with_offsets(v) for v in value]
    return value
