"""Ask: a search box, and answers with grade badges, cautions and sources."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from crampcare.search import AskResult, ask
from crampcare.web.api_base import Api
from crampcare.web.errors import ApiError
from crampcare.web.templating import render
from crampcare.web.turns import heavy

MAX_QUESTION = 500


class AskIn(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION)
    k: int = Field(default=3, ge=1, le=10)
    mode: Literal["lexical", "hybrid", "auto"] = "lexical"


async def _answer(question: str, k: int = 3, mode: str = "lexical") -> AskResult:
    question = question.strip()
    if not question:
        raise ApiError(422, "Please type a question.")
    if len(question) > MAX_QUESTION:
        raise ApiError(422, f"Please keep the question under {MAX_QUESTION} characters.")
    await heavy.wait()  # one search per event-loop turn (web/turns.py)
    return ask(question, k=k, mode=mode)  # type: ignore[arg-type]


def register(api: Api) -> list[Route]:
    @api.route(
        "/ask",
        "POST",
        summary="Answer a question from the knowledge base, with citations",
        body=AskIn,
        response=AskResult,
        tags=("ask",),
    )
    async def ask_json(request: Request, body: AskIn) -> Any:
        return await _answer(body.question, body.k, body.mode)

    async def ask_page(request: Request) -> Response:
        # GET with ?q= keeps questions bookmarkable and works without JavaScript.
        q = request.query_params.get("q")
        result = await _answer(q) if q is not None else None
        return render(request, "ask.html", q=q or "", result=result)

    return [Route("/ask", ask_page)]
