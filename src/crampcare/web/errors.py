"""ApiError: a 4xx with a message, raised by handlers (error_pages shows it)."""

from __future__ import annotations

from starlette.exceptions import HTTPException


class ApiError(HTTPException):
    """A 4xx with a message for the person or the script that sent the request."""

    def __init__(self, status_code: int, message: str, errors: list[dict[str, str]] | None = None):
        super().__init__(status_code, message)
        self.errors = errors or []
