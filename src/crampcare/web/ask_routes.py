"""Ask: a search box, and answers with grade badges, cautions and sources."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Any, Literal

from pydantic import BaseModel, Field
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from crampcare.errors import CrampcareError
from crampcare.search import AskResult, ask
from crampcare.search.engine import one_spaced
from crampcare.web import csrf
from crampcare.web.api_base import Api, json_response
from crampcare.web.errors import ApiError
from crampcare.web.templating import render
from crampcare.web.turns import heavy

MAX_QUESTION = 500
#: Lexical answers each worker keeps, by normalised question: people send the same few
#: wordings again and again, and an answer is two thirds red-flag screen. Bounded, so a
#: crowd of different questions costs a worker at most a few megabytes.
CACHED_ANSWERS = 512


class AnswerCache:
    """JSON answers by (data folder, normalised question, k); the least recently used goes.

    A lexical answer is a function of the normalised question and ``k`` alone: the
    knowledge base, lexicon and red-flag rules are loaded once per process and never
    change under it. Hybrid answers are not kept (they depend on the model loading).
    """

    def __init__(self, size: int = CACHED_ANSWERS) -> None:
        self.size = size
        self._answers: OrderedDict[tuple[str, str, int], bytes] = OrderedDict()
        #: Questions being answered now, each with the future its answer will be put in.
        self._coming: dict[tuple[str, str, int], asyncio.Future[bytes | None]] = {}

    def get(self, key: tuple[str, str, int]) -> bytes | None:
        found = self._answers.get(key)
        if found is not None:
            self._answers.move_to_end(key)
        return found

    def put(self, key: tuple[str, str, int], body: bytes) -> None:
        self._answers[key] = body
        self._answers.move_to_end(key)
        while len(self._answers) > self.size:
            self._answers.popitem(last=False)

    def __len__(self) -> int:
        return len(self._answers)

    def coming(self, key: tuple[str, str, int]) -> asyncio.Future[bytes | None] | None:
        """The answer to this question that another request is computing in this loop."""
        future = self._coming.get(key)
        if future is None or future.done() or future.get_loop() is not asyncio.get_running_loop():
            return None  # (a test's loop that died with its request is not this one)
        return future

    def computing(self, key: tuple[str, str, int]) -> asyncio.Future[bytes | None]:
        """Say this request computes the question's answer; :meth:`done` must follow."""
        future = self._coming[key] = asyncio.get_running_loop().create_future()
        return future

    def done(self, key: tuple[str, str, int], body: bytes | None) -> None:
        """The answer (kept, and given to whoever waited), or None: it failed, they compute."""
        future = self._coming.pop(key, None)
        if body is not None:
            self.put(key, body)
        if future is not None and not future.done():
            future.set_result(body)


answers = AnswerCache()


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
        if body.mode != "lexical":
            return await _answer(body.question, body.k, body.mode)
        from crampcare.settings import get

        # The core's own spacing rule, so every spacing of a question shares one answer.
        key = (get("data_dir"), one_spaced(body.question), body.k)
        known = answers.get(key)
        if known is None:
            # The same question already being answered (a popular wording asked by
            # several people at once, or a cold worker): wait for that answer instead
            # of queueing a second search for it behind the first.
            coming = answers.coming(key)
            if coming is not None:
                known = await asyncio.shield(coming)
        if known is not None:
            # Cheaper than a page: no turn in the searches' queue.
            return Response(known, media_type="application/json")
        answers.computing(key)
        kept = None
        try:
            response = json_response(await _answer(body.question, body.k))
            kept = bytes(response.body)
        finally:
            answers.done(key, kept)  # a failed or cancelled one: the waiters search
        return response

    async def ask_page(request: Request) -> Response:
        # The question is POSTed: in a URL it would land in history, logs and bookmarks.
        # GET shows the empty form, whatever its query string says.
        if request.method != "POST":
            return render(request, "ask.html", q="", result=None)
        form = await csrf.checked_form(request)
        q = str(form.get("q", ""))
        return render(request, "ask.html", q=q, result=await _answer(q))

    return [Route("/ask", ask_page, methods=["GET", "POST"])]
