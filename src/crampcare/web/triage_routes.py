"""Triage ("Is this serious?") and the personal plan: pages and JSON twins.

Health details travel in POST bodies, never in URLs (which end up in history
and logs). An emergency result renders the instruction and what to do while
waiting, nothing else. A result read from free text that is still provisional
shows its open questions as a checklist before any advice; the checklist posts
back to the same page for the final result. The page and the API return one
contract, :class:`crampcare.triage_rules.TriageResult`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pydantic import BaseModel, Field, model_validator
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

import crampcare.intake.semantic_screen as semantic_screen
from crampcare.assessment import OPEN_WHY, assess, check_answers
from crampcare.intake import Intake, Medicine, read_text
from crampcare.intake.questions import QUESTIONS
from crampcare.plan import Plan, build_plan
from crampcare.triage_rules import TriageResult
from crampcare.typed import json_schema
from crampcare.web import csrf, heavy
from crampcare.web.api_base import Api
from crampcare.web.check_form import answers_from_form, form_questions, hidden_answers
from crampcare.web.documents import document_response
from crampcare.web.errors import ApiError
from crampcare.web.templating import render

MAX_TEXT = 4000

SITUATIONS = [
    ("pregnant", "I am pregnant"),
    ("diabetes", "I have diabetes or numb feet"),
    ("anticoagulants", "I take blood thinners"),
    ("kidney", "I have kidney disease"),
]
USUAL_CONTEXTS = [
    ("night", "In bed at night"),
    ("sport", "During sport"),
    ("water", "Swimming"),
    ("desk", "Sitting at a desk"),
    ("public", "Out and about"),
]


_KIND_SCHEMA: dict[str, dict[str, Any]] = {
    "yes_no": {"type": "boolean"},
    "number": {"type": "number", "minimum": 0},
    "text": {"type": "string", "maxLength": 500},
}


def _answers_schema(schema: dict[str, Any]) -> None:
    # One property per question, typed by its kind, so clients see what each takes;
    # a number takes the bounds of the Intake field it fills (age: 0 to 120).
    fields = json_schema(Intake)["properties"]
    props: dict[str, Any] = {}
    for q in QUESTIONS:
        prop = dict(_KIND_SCHEMA[q.kind])
        if q.kind == "number" and q.path in fields:
            field = fields[q.path]
            for variant in [field, *field.get("anyOf", [])]:
                for bound in ("minimum", "maximum"):
                    if bound in variant:
                        prop[bound] = variant[bound]
        props[q.id] = prop
    schema["properties"] = props
    schema["additionalProperties"] = False


def _skipped_schema(schema: dict[str, Any]) -> None:
    schema["items"] = {"type": "string", "enum": [q.id for q in QUESTIONS]}


class TextIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT, description="The situation in your words.")
    answers: dict[str, bool | float | str] = Field(
        default_factory=dict,
        description="Replies to the questions of to_confirm, by question id.",
        json_schema_extra=_answers_schema,
    )
    skipped: list[str] = Field(
        default_factory=list,
        description="Question ids the person chose to skip.",
        json_schema_extra=_skipped_schema,
    )

    @model_validator(mode="after")
    def _known_questions(self) -> TextIn:
        self.answers = check_answers(self.answers, self.skipped)
        return self


def _text(form: FormData) -> str:
    text = str(form.get("text", "")).strip()
    if len(text) > MAX_TEXT:
        raise ApiError(422, f"Please keep the description under {MAX_TEXT} characters.")
    return text


def intake_from_form(form: FormData) -> Intake:
    """Free text (if any) plus the ticked situations, as one Intake."""
    text = _text(form)
    intake = read_text(text) if text else Intake()
    changes: dict[str, Any] = {}
    if form.get("pregnant"):
        changes["pregnant"] = True
    conditions = set(intake.conditions)
    if form.get("diabetes"):
        conditions.add("diabetes")
    if form.get("kidney"):
        conditions.add("kidney_disease")
    changes["conditions"] = conditions
    if form.get("anticoagulants"):
        changes["medicines"] = [
            *intake.medicines,
            Medicine(name="blood thinner", cls="anticoagulant"),
        ]
    usual = form.get("usual_context")
    if usual in {value for value, _ in USUAL_CONTEXTS}:
        changes["usual_context"] = usual
    return replace(intake, **changes)


async def _screened(intake: Intake, text: str, request: Request) -> tuple[Intake, bool]:
    """The second channel's concerns added, when the semantic extra is on (as in ``serve``).

    Returns the intake and whether the screen was due but is still loading. A
    request never waits for the model (6 to 90 seconds of loading on a busy
    machine): until it is loaded the result rests on the word rules, says so and
    asks every red-flag question (``assess(..., screen_pending=True)``), which
    covers all the screen could add, since it may only raise a flag's level or
    ask that flag's question. Embedding the sentences takes tens of milliseconds
    of CPU: off the event loop. Without the extra it returns at once.
    """
    if not text or not semantic_screen.enabled():
        return intake, False
    # A served worker starts the load itself, after its first visitors (web/app.py).
    start = getattr(request.app, "warmth", None) is None
    screened = await run_in_threadpool(semantic_screen.screened_if_loaded, intake, text, start)
    return (intake, True) if screened is None else (screened, False)


def register(api: Api) -> list[Route]:
    @api.route(
        "/triage",
        "POST",
        summary="Triage an Intake: level, fired rules, next steps",
        body=Intake,
        response=TriageResult,
        tags=("triage",),
    )
    async def triage_json(request: Request, body: Intake) -> Any:
        return assess(body)

    @api.route(
        "/triage/text",
        "POST",
        summary="Triage a description in your own words; answers to to_confirm make it final",
        body=TextIn,
        response=TriageResult,
        tags=("triage",),
    )
    async def triage_text_json(request: Request, body: TextIn) -> Any:
        intake, pending = await _screened(read_text(body.text), body.text, request)
        return assess(
            intake,
            from_text=True,
            answers=body.answers,
            skipped=body.skipped,
            screen_pending=pending,
        )

    @api.route(
        "/plan",
        "POST",
        summary="The personal plan for an Intake",
        body=Intake,
        response=Plan,
        tags=("plan",),
    )
    async def plan_json(request: Request, body: Intake) -> Any:
        return build_plan(body)

    async def check_page(request: Request) -> Response:
        if request.method == "GET":
            return render(request, "check.html", questions=form_questions())
        form = await csrf.checked_form(request)
        text = _text(form)
        replies, skipped = answers_from_form(form)
        if not text and not replies:
            return render(
                request,
                "check.html",
                questions=form_questions(),
                status_code=422,
                error="Tick what applies, or describe what is happening.",
            )
        intake, pending = await _screened(intake_from_form(form), text, request)
        result = assess(
            intake,
            from_text=bool(text),
            answers=replies,
            skipped=skipped,
            screen_pending=pending,
        )
        if result.level == "emergency":
            return render(request, "emergency.html", result=result)
        return render(
            request,
            "check_result.html",
            result=result,
            text=text,
            keep=hidden_answers(replies),
            skipped=skipped,
            open_why=OPEN_WHY,
        )

    async def plan_page(request: Request) -> Response:
        if request.method == "GET":
            return render(request, "plan_form.html", situations=SITUATIONS, contexts=USUAL_CONTEXTS)
        form = await csrf.checked_form(request)
        plan = build_plan(intake_from_form(form))
        fmt = form.get("format", "html")
        if plan.emergency:
            return render(request, "emergency.html", result=plan.triage)
        if fmt == "pdf":
            from crampcare.render.plan_pdf import plan_pdf

            # Seconds of layout: off the event loop and out of the shared thread pool
            # (web/heavy.py), so other requests are served meanwhile.
            return Response(
                await heavy.render(plan_pdf, plan),
                media_type="application/pdf",
                headers={"content-disposition": 'attachment; filename="crampcare-plan.pdf"'},
            )
        if fmt == "ics":
            from crampcare.render.plan_ics import plan_ics

            return Response(
                plan_ics(plan),
                media_type="text/calendar",
                headers={"content-disposition": 'attachment; filename="crampcare-reminders.ics"'},
            )
        if fmt == "sheet":
            # The page the PDF is made from, to print from the browser: one A4 sheet
            # for most plans (the screen page, every step in large type, runs to ten).
            from crampcare.render.plan_html import plan_html

            return document_response(plan_html(plan))
        if fmt != "html":
            raise ApiError(422, "Unknown format: use html, sheet, pdf or ics.")
        keep = {k: str(v) for k, v in form.items() if k not in ("csrf", "format")}
        return render(request, "plan.html", plan=plan, keep=keep)

    return [
        Route("/check", check_page, methods=["GET", "POST"]),
        Route("/plan", plan_page, methods=["GET", "POST"]),
    ]
