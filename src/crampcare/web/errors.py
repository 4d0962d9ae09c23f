"""Errors as clean 4xx responses: JSON under /api, a page elsewhere. Never a traceback."""

from __future__ import annotations

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

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
}


class ApiError(HTTPException):
    """A 4xx with a message for the person or the script that sent the request."""

    def __init__(self, status_code: int, message: str, errors: list[dict[str, str]] | None = None):
        super().__init__(status_code, message)
        self.errors = errors or []


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


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return await http_error(request, HTTPException(500, "Something went wrong on our side."))
