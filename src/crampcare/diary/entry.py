"""What a person types (times, durations, lists, custom factors) -> record fields.

Shared by the CLI and, later, the web forms; every problem is a CrampcareError
with a message that says what a good value looks like.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta
from typing import Any

from crampcare.diary.models import check_day
from crampcare.errors import CrampcareError
from crampcare.vocabulary import diary_location, place_named

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|secs|m|min|mins|h|hr|hours?)?\s*$", re.I)
_FACTOR = re.compile(r"^\s*([^=]{1,40}?)\s*=\s*(.+?)\s*$")


def parse_when(text: str, now: datetime | None = None) -> datetime:
    """``now``, ``HH:MM`` (today, or yesterday if that is still to come) or an ISO date-time."""
    now = now or datetime.now()
    value = text.strip()
    if value.lower() == "now":
        return now.replace(microsecond=0)
    if re.fullmatch(r"\d{1,2}:\d{2}", value):
        hours, minutes = (int(p) for p in value.split(":"))
        try:
            clock = time(hours, minutes)
        except ValueError:
            raise CrampcareError(f"{text!r} is not a time of day (HH:MM)") from None
        moment = datetime.combine(now.date(), clock)
        # Logged in the morning for a cramp "at 23:40": that was last night.
        return moment - timedelta(days=1) if moment > now else moment
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise CrampcareError(
            f"{text!r} is not a real date and time: {exc} (use YYYY-MM-DD HH:MM, HH:MM or now)"
        ) from None


def parse_day(text: str) -> date:
    """An ISO date (``today`` and ``yesterday`` too)."""
    value = text.strip().lower()
    if value == "today":
        return date.today()
    if value == "yesterday":
        return date.today() - timedelta(days=1)
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise CrampcareError(f"{text!r} is not a real date: {exc} (use YYYY-MM-DD)") from None
    try:
        return check_day(day)
    except ValueError as exc:
        raise CrampcareError(f"{text!r}: {exc}") from None


def parse_duration(text: str) -> int:
    """Seconds from ``90``, ``90s``, ``2m``, ``1.5min`` or ``1h``."""
    match = _DURATION.match(text)
    shown = repr(text if len(text) <= 40 else text[:37] + "...")
    if not match:
        raise CrampcareError(f"{shown} is not a duration (e.g. 90s, 2m, 1.5min)")
    amount = float(match.group(1))
    unit = (match.group(2) or "s").lower()
    factor = 3600 if unit.startswith("h") else 60 if unit.startswith("m") else 1
    if not math.isfinite(amount * factor):
        raise CrampcareError(f"{shown} is not a duration (e.g. 90s, 2m, 1.5min)")
    seconds = round(amount * factor)
    # A cramp of 0 s is a typo, not a 1 s cramp: refuse rather than guess.
    if seconds < 1:
        raise CrampcareError(f"{shown}: a cramp lasts at least 1 second (e.g. 90s, 2m)")
    return seconds


def parse_list(values: list[str]) -> list[str]:
    """Repeated or comma-separated entries as one clean list."""
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


def parse_factor(text: str) -> tuple[str, bool | float]:
    """A custom factor ``NAME=VALUE`` with a yes/no or a number as value."""
    match = _FACTOR.match(text)
    if not match:
        raise CrampcareError(f"{text!r}: a custom factor is NAME=VALUE, e.g. 'cold feet=yes'")
    name, raw = match.group(1), match.group(2).lower()
    if raw in ("yes", "y", "true"):
        return name, True
    if raw in ("no", "n", "false"):
        return name, False
    try:
        number = float(raw)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise CrampcareError(f"{text!r}: the value must be yes/no or a number")
    return name, number


def episode_fields(
    *,
    at: str | None = None,
    where: str | None = None,
    side: str | None = None,
    intensity: int | None = None,
    duration: str | None = None,
    woke: bool | None = None,
    did: list[str] | None = None,
    helped: list[str] | None = None,
    relief: float | None = None,
    notes: str | None = None,
) -> dict[str, Any]:
    """Episode fields from what a person typed; what they did not give (None) is left out."""
    typed: dict[str, Any] = {
        "started_at": None if at is None else parse_when(at),
        "location": None if where is None else diary_location(place_named(where)),
        "side": None if side is None else side.strip().lower(),
        "intensity": intensity,
        "duration_s": None if duration is None else parse_duration(duration),
        "woke": woke,
        "actions": None if did is None else parse_list(did),
        "helped": None if helped is None else parse_list(helped),
        "minutes_to_relief": relief,
        "notes": notes,
    }
    return {name: value for name, value in typed.items() if value is not None}
