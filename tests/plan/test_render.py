"""The plan rendered: text and Markdown, printable HTML, PDF and iCalendar reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest

from crampcare.intake import Intake, Symptoms
from crampcare.plan import Plan, build_plan
from crampcare.render.plan_html import plan_html
from crampcare.render.plan_ics import plan_ics, uid
from crampcare.render.plan_text import plan_markdown, plan_text

ORDINARY = build_plan(Intake(locations=["calf"], contexts=["night"]))
EMERGENCY = build_plan(Intake(symptoms=Symptoms(seizure=True)))


def test_text_starts_with_the_triage_and_names_every_item_in_words() -> None:
    text = plan_text(ORDINARY)
    assert text.index(ORDINARY.triage.headline) < text.index("WHEN A CRAMP COMES")
    for item in [*ORDINARY.advice(), *ORDINARY.doctor, *ORDINARY.avoid]:
        assert item.title in text, item.id
        assert item.id not in text, item.id


def test_markdown_has_a_heading_per_section() -> None:
    md = plan_markdown(ORDINARY)
    assert md.startswith("# Your cramp plan")
    for heading in ("## When a cramp comes", "## Daily routine", "## Things to avoid"):
        assert heading in md


def test_emergency_text_has_only_the_call_for_help() -> None:
    text = plan_text(EMERGENCY)
    assert "EMERGENCY" in text
    assert "WHEN A CRAMP COMES" not in text and "ROUTINE" not in text


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids += [v for k, v in attrs if k == "id" and v]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_one_printable_page_with_every_section() -> None:
    html = plan_html(ORDINARY)
    assert "@page" in html and "size: A4" in html
    parser = _Tags()
    parser.feed(html)
    assert {"first_aid", "routine", "foods", "doctor", "avoid"} <= set(parser.ids)
    body = " ".join(parser.text)
    assert ORDINARY.triage.headline in body
    for item in ORDINARY.first_aid:
        assert item.title in body
        assert item.id not in body


def test_html_escapes_text_from_the_data() -> None:
    hostile = ORDINARY.model_copy(
        update={"notes": ["<script>alert(1)</script>"], "triage": ORDINARY.triage}
    )
    html = plan_html(hostile)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_emergency_html_shows_no_advice_sections() -> None:
    html = plan_html(EMERGENCY)
    assert 'id="first_aid"' not in html and 'id="avoid"' not in html
    assert "level-emergency" in html


def test_pdf_is_made_from_the_html() -> None:
    from crampcare.render.plan_pdf import plan_pdf

    pdf = plan_pdf(ORDINARY)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")


def test_the_ordinary_plan_prints_on_about_one_page() -> None:
    from weasyprint import HTML

    pages = HTML(string=plan_html(ORDINARY)).render().pages
    # One page today; the knowledge base grows, so allow a short second page.
    assert 1 <= len(pages) <= 2


def _calendar(plan: Plan) -> object:
    from icalendar import Calendar

    raw = plan_ics(plan, start=date(2026, 1, 1), stamp=datetime(2026, 1, 1, tzinfo=UTC))
    return Calendar.from_ical(raw)


def test_ics_parses_back_with_one_daily_event_and_alarm_per_reminder() -> None:
    cal = _calendar(ORDINARY)
    events = cal.walk("VEVENT")  # type: ignore[attr-defined]
    reminders = ORDINARY.reminders()
    assert reminders and len(events) == len(reminders)
    by_uid = {str(e["UID"]): e for e in events}
    for item in reminders:
        event = by_uid[uid(item)]
        assert item.reminder is not None
        start = event.decoded("DTSTART")
        assert f"{start:%H:%M}" == item.reminder.time
        assert start.tzinfo is None, "a floating local time: 21:30 wherever you are"
        freq = event["RRULE"]["FREQ"][0]
        assert freq == ("WEEKLY" if item.reminder.frequency == "weekly" else "DAILY")
        assert event.walk("VALARM"), "every reminder rings"
        assert item.id not in str(event["DESCRIPTION"]), "people read words, not ids"


def test_ics_stretches_at_half_past_nine_every_day() -> None:
    cal = _calendar(ORDINARY)
    stretches = [
        e
        for e in cal.walk("VEVENT")  # type: ignore[attr-defined]
        if str(e["UID"]).startswith("st_calf_stretch_nightly")
    ]
    assert len(stretches) == 1
    assert f"{stretches[0].decoded('DTSTART'):%H:%M}" == "21:30"


def test_ics_uids_are_stable_and_output_is_reproducible() -> None:
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    again = build_plan(Intake(locations=["calf"], contexts=["night"]))
    first = plan_ics(ORDINARY, start=date(2026, 1, 1), stamp=stamp)
    second = plan_ics(again, start=date(2026, 1, 1), stamp=stamp)
    assert first == second
    uids = [uid(i) for i in ORDINARY.reminders()]
    assert len(set(uids)) == len(uids)


@pytest.mark.parametrize("plan", [EMERGENCY])
def test_an_emergency_plan_has_no_reminders(plan: Plan) -> None:
    assert _calendar(plan).walk("VEVENT") == []  # type: ignore[attr-defined]
