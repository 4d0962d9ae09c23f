"""The routine's reminders as an iCalendar file, importable by calendar apps.

Only what the person chose: by default one evening reminder for the stretch,
not an alarm for every routine item.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from crampcare.plan.models import Plan, PlanItem

RRULES = {
    "daily": {"FREQ": "DAILY"},
    "every_other_day": {"FREQ": "DAILY", "INTERVAL": 2},
    "weekly": {"FREQ": "WEEKLY"},
}
PRODID = "-//crampcare//cramp prevention plan//EN"


def uid(item: PlanItem) -> str:
    """Stable across runs, so re-importing updates the reminder instead of doubling it."""
    assert item.reminder is not None
    return f"{item.id}-{item.reminder.time.replace(':', '')}@crampcare"


def _description(item: PlanItem) -> str:
    lines = [*item.steps] if item.steps else [item.summary]
    lines += ["", f"Why: {item.why}"]
    return "\n".join(lines)


def plan_ics(
    plan: Plan,
    start: date | None = None,
    stamp: datetime | None = None,
    chosen: list[str] | None = None,
) -> bytes:
    """A VCALENDAR with one repeating VEVENT (and a VALARM) per chosen reminder.

    ``chosen`` lists the routine items to remind of (default: the plan's own
    choice, one evening stretch). Times are floating local times ("21:30
    wherever you are"). ``start`` defaults to today and ``stamp`` to now; pass
    both for byte-identical output.
    """
    from icalendar import Alarm, Calendar, Event

    first = start or date.today()
    now = stamp or datetime.now(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Cramp prevention routine")
    for item in plan.reminders(chosen):
        rem = item.reminder
        assert rem is not None
        hour, minute = (int(p) for p in rem.time.split(":"))
        event = Event()
        event.add("uid", uid(item))
        event.add("dtstamp", now)
        event.add("dtstart", datetime.combine(first, time(hour, minute)))
        event.add("duration", _duration(item))
        event.add(
            "summary", f"{item.title} ({rem.label})" if rem.label != item.title else item.title
        )
        event.add("description", _description(item))
        event.add("rrule", RRULES[rem.frequency])
        event.add("categories", ["crampcare"])
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.title)
        alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())


def _duration(item: PlanItem) -> timedelta:
    # A couple of minutes per step, at least 5: enough to block the time in a calendar.
    return timedelta(minutes=max(5, 2 * len(item.steps)))
