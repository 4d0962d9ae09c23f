"""People read words, not ids: every format of every generated plan, and every session."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings

from crampcare.guide import WHERE, build_session
from crampcare.intake import Intake, Medicine
from crampcare.knowledge import load
from crampcare.plan import Plan, build_plan
from crampcare.plan.items import first_sentence
from crampcare.render.plan_html import plan_html
from crampcare.render.plan_ics import plan_ics
from crampcare.render.plan_text import plan_markdown, plan_text
from crampcare.render.session_text import session_plain
from crampcare.vocabulary import CONTEXTS
from tests.plan.strategies import intakes

KB = load()
SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
BOOKKEEPING = re.compile(
    r"\bthe seeds?\b|\ba seed\b|\bseeds?['’]|\bseed \d|kb show|\(see |\.txt\b|\bfigure \d|\[[a-z_]",
    re.IGNORECASE,
)


def _clean(text: str, where: str) -> None:
    ids = [t for t in SNAKE.findall(text)]
    assert not ids, (where, ids[:5])
    found = BOOKKEEPING.search(text)
    assert found is None, (where, text[max(0, found.start() - 60) : found.end() + 60])


class _Text(HTMLParser):
    """The text a reader sees: no tags, no attributes, no style sheet."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip = tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:
        self._skip = False

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(parser.parts)


def ics_text(plan: Plan) -> str:
    from icalendar import Calendar

    raw = plan_ics(plan, start=date(2026, 1, 1), stamp=datetime(2026, 1, 1, tzinfo=UTC))
    cal = Calendar.from_ical(raw)
    return " ".join(
        str(e.get(k, "")) for e in cal.walk("VEVENT") for k in ("SUMMARY", "DESCRIPTION")
    )


def pdf_text(plan: Plan) -> str:
    """The text WeasyPrint lays out on the PDF's pages (the PDF is printed from these boxes)."""
    from crampcare.render.plan_pdf import plan_document

    return pdf_text_of(plan_document(plan))


def pdf_text_of(document: object) -> str:
    out: list[str] = []

    def walk(box: object) -> None:
        text = getattr(box, "text", None)
        if isinstance(text, str):
            out.append(text)
        for child in getattr(box, "children", []) or []:
            walk(child)

    for page in document.pages:  # type: ignore[attr-defined]
        walk(page._page_box)
    return " ".join(out)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(intakes(max_symptoms=1))
def test_no_plan_format_shows_ids_or_bookkeeping(intake: Intake) -> None:
    plan = build_plan(intake)
    _clean(plan_text(plan), "text")
    _clean(plan_markdown(plan), "md")
    _clean(html_text(plan_html(plan)), "html")
    _clean(ics_text(plan), "ics")


TYPICAL = [
    Intake(locations=["calf"], contexts=["night"]),
    Intake(age=8, who="child", locations=["calf"]),
    Intake(age=4, who="child"),
    Intake(pregnant=True, pregnancy_week=30, locations=["calf"]),
    Intake(age=72, medicines=[Medicine(name="warfarin", cls="anticoagulant")]),
    Intake(conditions={"dialysis"}, locations=["calf"]),
    Intake(conditions={"heart_failure", "diabetes"}, age=68),
    Intake(locations=["thigh_back"], contexts=["exercise"], heavy_alcohol=True),
]


#: Long plans: several conditions at once, each with its own avoid list.
CROWDED = [
    Intake(
        conditions={"dialysis", "diabetes", "heart_failure"},
        age=75,
        medicines=[Medicine(name="warfarin", cls="anticoagulant")],
        locations=["calf", "foot"],
    ),
    Intake(pregnant=True, pregnancy_week=34, conditions={"diabetes"}, locations=["calf"]),
    Intake(pregnant=True, breastfeeding=True, conditions={"epilepsy"}, locations=["thigh_back"]),
    Intake(
        conditions={"neuropathy", "kidney_disease", "liver_disease"},
        heavy_alcohol=True,
        age=60,
        medicines=[Medicine(name="warfarin", cls="anticoagulant")],
    ),
    Intake(
        conditions={"varicose_veins", "heart_disease"},
        age=80,
        medicines=[
            Medicine(name="furosemide", cls="diuretic"),
            Medicine(name="atorvastatin", cls="statin"),
        ],
    ),
]


@pytest.mark.parametrize("intake", TYPICAL[:3] + CROWDED[:1])
def test_the_pdf_shows_no_ids_or_bookkeeping(intake: Intake) -> None:
    _clean(pdf_text(build_plan(intake)), "pdf")


def pdf_pages(pdf: bytes) -> int:
    """Page objects in a PDF, looking inside its compressed object streams too."""
    import zlib

    bodies = [pdf]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            bodies.append(zlib.decompress(m.group(1)))
        except zlib.error:
            continue
    return sum(len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", b)) for b in bodies)


@pytest.mark.parametrize(
    "intake", TYPICAL + CROWDED, ids=lambda i: "+".join(sorted(i.situations())) or "none"
)
def test_every_plan_prints_on_one_a4_page_with_every_warning_whole(intake: Intake) -> None:
    from crampcare.render.plan_pdf import plan_document, plan_pdf
    from crampcare.render.plan_text import grouped_avoid

    plan = build_plan(intake)
    # The real PDF path, counted in the file itself.
    assert pdf_pages(plan_pdf(plan)) == 1
    # Lines break inside words ("egg-" / "yolk"): compare without any white space.
    text = re.sub(r"\s+", "", pdf_text_of(plan_document(plan)))
    for filter_id, why, group in grouped_avoid(plan.avoid):
        for item in group:
            assert re.sub(r"\s+", "", item.title) in text, item.title
        if filter_id == "F-grade-ineffective":
            continue
        shown = why if filter_id != "F-grade-avoid" else first_sentence(why, limit=10_000)
        assert re.sub(r"\s+", "", shown) in text, why
        if filter_id == "F-grade-avoid":
            # A general warning may be shortened on paper, to whole sentences only.
            assert shown.rstrip().endswith((".", "!", "?", ")", '"')), shown


def test_the_ordinary_plans_fit_without_leaving_anything_out() -> None:
    from weasyprint import HTML

    for intake in TYPICAL:
        assert len(HTML(string=plan_html(build_plan(intake))).render().pages) == 1


def test_the_html_plan_wraps_long_words_on_a_narrow_phone() -> None:
    html = plan_html(build_plan(TYPICAL[0]))
    assert "overflow-wrap: anywhere" in html
    assert 'name="viewport" content="width=device-width' in html


@pytest.mark.parametrize("where", list(WHERE))
@pytest.mark.parametrize("context", CONTEXTS)
def test_sessions_show_no_ids_and_send_a_cold_leg_to_the_emergency_number(
    where: str, context: str
) -> None:
    for situations in ((), ("pregnancy",), ("anticoagulants", "diabetes")):
        text = session_plain(build_session(KB, where, context, situations))
        _clean(text, f"session {where} {context}")
        footer = text.rsplit("\n\n", 1)[-1]
        cold = [s for s in re.split(r"(?<=\.)\s", footer) if "cold" in s or "numb" in s]
        assert cold and all("emergency number" in s for s in cold), footer


def test_the_calendar_reminds_of_one_evening_stretch_unless_more_are_chosen() -> None:
    from icalendar import Calendar

    plan = build_plan(TYPICAL[0])
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    events = Calendar.from_ical(plan_ics(plan, stamp=stamp)).walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("DTSTART").hour >= 18
    timed = [i.id for i in plan.routine if i.reminder]
    more = Calendar.from_ical(plan_ics(plan, stamp=stamp, chosen=timed)).walk("VEVENT")
    assert len(more) == len(timed)
