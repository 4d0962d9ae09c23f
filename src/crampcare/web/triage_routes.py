"""Triage ("Is this serious?") and the personal plan: pages and JSON twins.

Health details travel in POST bodies, never in URLs (which end up in history
and logs). An emergency result renders the instruction and nothing else.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from crampcare.intake import Intake, Medicine, parse_text, understood
from crampcare.plan import Plan, build_plan
from crampcare.triage import TriageResult, triage
from crampcare.web import csrf
from crampcare.web.api_base import Api
from crampcare.web.documents import document_response
from crampcare.web.errors import ApiError
from crampcare.web.templating import render

MAX_TEXT = 4000

# Red flags first, most urgent first, in plain words (field -> question).
RED_FLAG_QUESTIONS: list[tuple[str, str]] = [
    ("seizure", "Whole-body jerking or stiffening, or not responding"),
    ("breathless", "Sudden breathlessness or chest pain"),
    ("cold_pale_limb", "A leg or foot that is suddenly cold, pale or blue"),
    ("stiff_neck", "Fever with a stiff neck or a very bad headache"),
    ("confusion", "Confused or fainting after heat or hard exercise"),
    ("lockjaw", "A stiff jaw or trouble swallowing after a wound"),
    ("dark_urine", "Dark, cola-coloured urine with very sore, weak muscles"),
    ("calf_swelling_one_side", "One calf swollen, red, warm or tender"),
    ("tingling_mouth", "Tingling around the mouth with spasms of the hands or feet"),
    ("weakness", "Muscle weakness, shrinking muscles or twitching"),
    ("numbness_tingling", "Numbness or pins and needles"),
    ("pain_walking_relieved_by_rest", "Calf pain when walking that goes with rest"),
    ("sleep_disturbed", "Cramps most nights, waking you up"),
]
# Some questions stand for two red flags a person would not tell apart.
_ALSO = {
    "breathless": ("chest_pain",),
    "seizure": ("unresponsive",),
    "stiff_neck": ("fever",),
    "lockjaw": ("trouble_swallowing",),
    "dark_urine": ("severe_weakness",),
    "calf_swelling_one_side": ("calf_red_warm",),
    "tingling_mouth": ("hand_foot_spasm",),
    "weakness": ("wasting",),
}

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


class TextIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT, description="The situation in your words.")


class TextTriage(BaseModel):
    level: str
    result: TriageResult
    intake: Intake
    understood: list[str]


def _text(form: FormData) -> str:
    text = str(form.get("text", "")).strip()
    if len(text) > MAX_TEXT:
        raise ApiError(422, f"Please keep the description under {MAX_TEXT} characters.")
    return text


def intake_from_form(form: FormData) -> Intake:
    """Free text (if any) plus the ticked boxes, as one Intake."""
    text = _text(form)
    intake = parse_text(text) if text else Intake()
    symptoms = intake.symptoms.model_copy()
    for name, _ in RED_FLAG_QUESTIONS:
        if form.get(name):
            for field in (name, *_ALSO.get(name, ())):
                setattr(symptoms, field, True)
    changes: dict[str, Any] = {"symptoms": symptoms}
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
    return intake.model_copy(update=changes)


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
        return triage(body)

    @api.route(
        "/triage/text",
        "POST",
        summary="Triage a description in your own words",
        body=TextIn,
        response=TextTriage,
        tags=("triage",),
    )
    async def triage_text_json(request: Request, body: TextIn) -> Any:
        intake = parse_text(body.text)
        result = triage(intake)
        return TextTriage(
            level=result.level, result=result, intake=intake, understood=understood(intake)
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
            return render(request, "check.html", questions=RED_FLAG_QUESTIONS)
        form = await csrf.checked_form(request)
        intake = intake_from_form(form)
        if not _text(form) and not any(form.get(n) for n, _ in RED_FLAG_QUESTIONS):
            return render(
                request,
                "check.html",
                questions=RED_FLAG_QUESTIONS,
                status_code=422,
                error="Tick what applies, or describe what is happening.",
            )
        result = triage(intake)
        if result.level == "emergency":
            return render(request, "emergency.html", result=result)
        return render(
            request,
            "check_result.html",
            result=result,
            understood=understood(intake),
            intake=intake,
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

            # Seconds of layout: off the event loop, so other requests are served meanwhile.
            return Response(
                await run_in_threadpool(plan_pdf, plan),
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
