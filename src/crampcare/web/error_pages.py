"""Error responses: JSON under /api, a page elsewhere; no traceback, no personal data logged."""

from __future__ import annotations

import logging
import traceback

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from crampcare.web.errors import ApiError
from crampcare.web.templating import render

log = logging.getLogger("crampcare.web")

TITLES = {
    400: "That request was not understood",
    403: "Please try again",
    404: "Not found",
    405: "Not allowed",
    413: "Too large",
    415: "Unsupported content type",
    422: "Please check your input",
    500: "Something went wrong",
    503: "Please try again in a moment",
}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "Error")
    if _wants_json(request):
        body: dict[str, object] = {"error": message, "status": exc.status_code}
        if isinstance(exc, ApiError) and exc.errors:
            body["errors"] = exc.errors
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)
    return render(
        request,
        "error.html",
        status_code=exc.status_code,
        status=exc.status_code,
        title=TITLES.get(exc.status_code, "Error"),
        message=message,
    )


def scrubbed(exc: BaseException) -> str:
    """Where an error happened (types, files, lines), without any message or value.

    Messages carry data: a pydantic error quotes its input, a database error its
    statement's parameters, a ValueError whatever its author put in. In a health
    diary that is personal data, and it has no business in a log file.
    """
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        lines += [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


async def server_error(request: Request, exc: Exception) -> Response:
    # The path only: a query string or body may hold health data (see scrubbed).
    log.error("unhandled error on %s %s\n%s", request.method, request.url.path, scrubbed(exc))
    return await http_error(request, HTTPException(500, "Something went wrong on our side."))
