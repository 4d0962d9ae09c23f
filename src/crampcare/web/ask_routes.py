"""Ask: a search box, and answers with grade badges, cautions and sources."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from crampcare.errors import CrampcareError
from crampcare.search import AskResult, ask
from crampcare.web import csrf
from crampcare.web.api_base import Api
from crampcare.web.errors import ApiError
from crampcare.web.templating import render
from crampcare.web.turns import heavy

MAX_QUESTION = 500


class AskIn(BaseModel):
    # Something besides white space, by every engine's definition (Python's strip() also
    # takes \x1c-\x1f): a blank question is then invalid in the schema too, not only here.
    question: str = Field(
        min_length=1, max_length=MAX_QUESTION, pattern="[^\\s\x1c-\x1f\x85\ufeff]"
    )
    k: int = Field(default=3, ge=1, le=10)
    mode: Literal["lexical", "hybrid", "auto"] = "lexical"


async def _answer(question: str, k: int = 3, mode: str = "lexical") -> AskResult:
    question = question.strip()
    if not question:
        raise ApiError(422, "Please type a question.")
    if len(question) > MAX_QUESTION:
        raise ApiError(422, f"Please keep the question under {MAX_QUESTION} characters.")
    await heavy.wait()  # one search per event-loop turn (web/turns.py)
    try:
        return ask(question, k=k, mode=mode)  # type: ignore[arg-type]
    except CrampcareError as exc:  # e.g. hybrid mode without the semantic extra installed
        raise ApiError(422, str(exc)) from exc


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
        # The question is POSTed: in a URL it would land in history, logs and bookmarks.
        # GET shows the empty form, whatever its query string says.
        if request.method != "POST":
            return render(request, "ask.html", q="", result=None)
        form = await csrf.checked_form(request)
        q = str(form.get("q", ""))
        return render(request, "ask.html", q=q, result=await _answer(q))

    return [Route("/ask", ask_page, methods=["GET", "POST"])]
