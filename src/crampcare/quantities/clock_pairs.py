"""A cramp's length so far from two clock times, its start and now: "since twenty past
two and it's now ten past three", "3am. cramp started at 2.40", a note's "since 0210"."""

from __future__ import annotations

import re
from functools import cache

from crampcare.quantities.needles import matches

# "half past" without its hour is read against the start ("since quarter to ten ... now
# gone half past" is half past ten).
_CLOCK = (
    r"(?:(?P<{g}m>\d{{1,2}}|five|ten|twenty|twenty-five|quarter|half) (?P<{g}d>past|to)"
    r"(?: (?P<{g}h>\d{{1,2}}|{hours}))?|"
    # British "half seven" is half past seven.
    r"half (?P<{g}hf>\d{{1,2}}|{hours})|"
    # Voice-to-text drops the colon: "its now 2 40" is 2:40 (not "2 40 minutes", "2 30 mg").
    r"(?P<{g}hh>\d{{1,2}}|{hours})(?:(?:[:.]| (?=[0-5]\d(?!\d)(?! ?(?:min|hour|hr|sec|day|week|"
    r"month|year|time|mg|ml|%|yard|metre|meter|mile|km|lb|kg|pound|x\b))))(?P<{g}mm>\d{{2}}))?"
    r"(?: ?(?:am|pm|o'?clock))?)"
)
_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
#: Twelve o'clock by its name: "woke at noon with it ... it's now 12:40".
_TWELVES = ("noon", "midday", "midnight")
_AN_HOUR = _HOURS + "|" + "|".join(_TWELVES)


@cache
def _since_now() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w'])(?:since|from|began(?: at)?|started(?: at)?|starting at|came on(?: at)?|"
        # round s22 (lead): the time read off when it began: "clock said 2:10 when the
        # cramp woke me. it's 2:35 now"
        r"(?:clock|watch|phone|alarm) (?:said|says|read|showed|was)|"
        r"begun at|at) "
        # "since the ten o'clock news started": a start told by a broadcast at its hour;
        # "since just before midnight": about then.
        r"(?:about |around |the |(?:just |shortly |a bit |a little )?(?:before|after) )?"
        + _CLOCK.format(g="a", hours=_AN_HOUR)
        # (a story may tell what was tried between the two times)
        # (a semicolon ends the story unless what follows is the cramp still going: "went
        # into spasm at 14:10. Passive stretch, heat; still in spasm at 14:30")
        + r"(?:[^;]|;(?=\s*still\b)){0,160}?\b"
        + r"(?:(?:it'?s|its|it is) (?:now )?|now(?: it'?s)?(?: at)? |"
        # "seized at 3am and it's still locked at 3:30"
        + r"still (?:[\w']+ ){0,2}at |"
        # (round s25, lead: "at 2:10 ... by 2:30 still locked", the time now told by "by")
        + r"by (?=[^.;]{0,40}?\bstill\b))(?:just )?"
        # ("its nearly midnight": a time now told by its name, and nearly is nearly there)
        # (round s27, lead: "it's near midnight noo", near as nearly)
        + r"(?:gone |past |after |nearly |near |almost |coming up to )?(?:about |around )?"
        + _CLOCK.format(g="b", hours=_AN_HOUR)
        + r"(?![\w'])",
        re.IGNORECASE,
    )


@cache
def _now_first() -> re.Pattern[str]:
    """The time now told first, the start after it: "3am. thigh cramp started at 2.40 and
    won't let go". The first time must say it is one (am, pm, o'clock, 3:05, "it's"), so
    that "3 weeks pregnant, a cramp started at 2" is no clock pair."""
    return re.compile(
        r"^\W*(?:(?:it'?s|its|it is|now)(?: now)? (?:just )?(?:gone |past |about |around )?"
        + _CLOCK.format(g="b", hours=_HOURS)
        + r"|(?:about |around )?(?P<bxh>\d{1,2})(?:[:.](?P<bxm>\d{2}))? ?(?:am|pm|o'?clock)|"
        r"(?P<byh>\d{1,2})[:](?P<bym>\d{2}))(?![\w'])[^;]{0,60}?\b"
        r"(?:since|from|began(?: at)?|started(?: at)?|starting at|came on(?: at)?|begun at|"
        # round s19 (lead): the cramp's own verb: "calf locked up at quarter to two"
        # (round s25, lead: without the "up": "It's 11:20, my calf cramped at 11:00")
        r"(?:locked|seized|cramped|knotted|tensed)(?: up(?: at)?| at)|"
        r"went into (?:a )?(?:cramp|spasm)(?: at)?|"
        r"(?:hit|kicked in|grabbed)(?: me)? at) "
        r"(?:about |around |the )?" + _CLOCK.format(g="a", hours=_HOURS) + r"(?![\w'])",
        re.IGNORECASE,
    )


def _first_now(m: re.Match[str]) -> float | None:
    """The time now of a ``_now_first`` match, in minutes after 12 o'clock."""
    for h, mm in (("bxh", "bxm"), ("byh", "bym")):
        if m.group(h):
            return float(((int(m.group(h)) % 12) * 60 + int(m.group(mm) or 0)) % 720)
    return _clock(m, "b")


_HOUR_WORDS = {w: i + 1 for i, w in enumerate(_HOURS.split("|"))} | dict.fromkeys(_TWELVES, 12)
_MINUTE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "quarter": 15, "half": 30}


def _clock(m: re.Match[str], g: str, after: float | None = None) -> float | None:
    """Minutes after 12 o'clock for one clock time of ``_since_now``.

    A time without its hour ("half past") is the first such time after ``after``.
    """
    if m.group(f"{g}hf"):
        hour_text = m.group(f"{g}hf").lower()
        hour = _HOUR_WORDS.get(hour_text) or int(hour_text)
        return float(((hour % 12) * 60 + 30) % 720)
    if m.group(f"{g}m"):
        minute_text = m.group(f"{g}m").lower()
        minutes = _MINUTE_WORDS.get(minute_text) or int(minute_text)
        offset = minutes if m.group(f"{g}d").lower() == "past" else -minutes
        if not m.group(f"{g}h"):
            if after is None:
                return None
            at = (int(after) // 60) * 60 + offset
            while at <= after:
                at += 60
            return float(at % 720)
        hour_text = m.group(f"{g}h").lower()
        hour = _HOUR_WORDS.get(hour_text) or int(hour_text)
        at = (hour % 12) * 60 + offset
    else:
        hour_text = m.group(f"{g}hh").lower()
        hour = _HOUR_WORDS.get(hour_text) or int(hour_text)
        at = (hour % 12) * 60 + int(m.group(f"{g}mm") or 0)
    return float(at % 720)


_STAMP = r"(?<![\w:.])(?P<h{g}>[01]\d|2[0-3])(?P<m{g}>[0-5]\d)(?!\w|[:.]\d)"
#: A note's four-figure times (round s19, lead): "Pharm 0245: ... cramp R calf since 0210,
#: persisting" is 35 minutes so far. Only a pair less than four hours apart is read: a
#: year ("since 2015") is no time of day.
_STAMPED_START = re.compile(
    r"(?<![\w'])(?:since|from|onset|started(?: at)?|began(?: at)?|at|@) ?"
    r"(?:about |around |approx\.? |~)?" + _STAMP.format(g="a"),
    re.IGNORECASE,
)
_STAMP_ANY = re.compile(_STAMP.format(g="b"))
#: Four figures that read as a recent year are one ("since 2015"), whatever else they could be.
_A_YEAR = re.compile(r"19[5-9]\d|20[0-3]\d")


def stamped(text: str) -> list[tuple[float, str]]:
    """Minutes between a note's four-figure start and its time now ("0210" ... "0245")."""
    if not any(c.isdigit() for c in text):
        return []
    start = _STAMPED_START.search(text)
    if start is None or _A_YEAR.fullmatch(start.group("ha") + start.group("ma")):
        return []
    for now in _STAMP_ANY.finditer(text):
        if start.start() <= now.start() < start.end():
            continue
        since = int(start.group("ha")) * 60 + int(start.group("ma"))
        gone = (int(now.group("hb")) * 60 + int(now.group("mb")) - since) % 1440
        if 0 < gone <= 240:
            return [(float(gone), f"{now.group()} ... {start.group()}")]
    return []


def _innermost(m: re.Match[str]) -> re.Match[str]:
    """The start time nearest the time now: "get home at 7 ... woke at noon with it ...
    it's now 12:40" is timed from noon."""
    while (
        inner := _since_now().search(m.string, m.start() + 1, m.end())
    ) and inner.end() == m.end():
        m = inner
    return m


def spoken(text: str) -> list[tuple[float, str]]:
    """Minutes from a start time to the time now, both told in words or with a colon."""
    out: list[tuple[float, str]] = []
    for m in map(_innermost, matches(_since_now, " it| now|still ", text)):
        start = _clock(m, "a")
        if start is None and m.group("bm") and not m.group("bh"):
            # Neither time names its hour: "since quarter past, now nearly ten to".
            start = _clock(m, "a", -0.5)
        now = _clock(m, "b", start)
        if start is not None and now is not None:
            out.append(((now - start) % 720, m.group()))
    first = _now_first().search(text)
    if first:
        now, start = _first_now(first), _clock(first, "a")
        if start is not None and now is not None:
            out.append(((now - start) % 720, first.group()))
    return out


#: A log of times (round s25, lead): "9:15 cramp in calf. 9:30 still tight, stretched.
#: 9:45 still won't release", "14.10 cramp started, 14.35 still cramping". A time followed
#: by the cramp begins it; a later time followed by "still" is the time now.
#: (Compiled on the first text that could hold a log, as the other rare forms here.)
@cache
def _log_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words before a logged time that make it the start ("started 2nd half 15:40") or
    the time now ("still going at 02:45", "Time now: 16:05") (round s35, lead)."""
    start = re.compile(
        r"(?<![\w'])(?:started|began|begun|came on|kicked in|onset)\W{0,3}(?:[\w']+ ){0,3}$",
        re.IGNORECASE,
    )
    now = re.compile(
        r"(?<![\w'])(?:still (?:[\w']+ ){0,2}(?:at|by)|(?:time )?now ?[:=-]|time now( is)?)\s*$",
        re.IGNORECASE,
    )
    return start, now


@cache
def _log_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    time = re.compile(
        r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?: ?(?P<ap>am|pm))?(?![\w:]|\.\d)|"
        r"(?<![\w:.])(?P<h2>1[0-2]|[1-9]) ?(?P<ap2>am|pm)(?![\w'])",
        re.IGNORECASE,
    )
    # (round s35, lead: a chat's time and its writer's name before the words: "[06:02]
    # Dad: foot cramp again ... [06:31] Dad: still!! hurts")
    start = re.compile(
        r"\W{0,3}(?:[a-z]+(?: [a-z]+)?: )?(?:[\w']+ ){0,6}?(?:cramp\w*|spasm\w*|started|began|"
        r"locked|seized|knotted|went into)\b",
        re.IGNORECASE,
    )
    still = re.compile(
        r"\W{0,3}(?:[a-z]+(?: [a-z]+)?: )?"
        r"(?:and |but |it'?s |its |it is |it was |calf |leg |he'?s |she'?s |they'?re )?"
        r"still\b",
        re.IGNORECASE,
    )
    return time, start, still


def _log_minutes(m: re.Match[str]) -> int:
    if m.group("h2"):
        hour, minute, half = int(m.group("h2")), 0, m.group("ap2").lower()
    else:
        hour, minute, half = int(m.group("h")), int(m.group("m")), (m.group("ap") or "").lower()
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute


def logged(text: str) -> list[tuple[float, str]]:
    """Minutes from a logged time the cramp began to a later logged time it was still on."""
    lower = text.lower()
    if ("still" not in lower and "now" not in lower) or not any(c.isdigit() for c in text):
        return []
    log_time, log_start, log_still = _log_patterns()
    start_before, now_before = _log_before()
    times = list(log_time.finditer(text))
    starts = [
        t
        for t in times
        if not log_still.match(text, t.end())
        and (
            log_start.match(text, t.end())
            or start_before.search(text, max(0, t.start() - 40), t.start())
        )
    ]
    if not starts:
        return []
    for now in reversed(times):
        if not (
            log_still.match(text, now.end())
            or now_before.search(text, max(0, now.start() - 30), now.start())
        ):
            continue
        # The start nearest before it: a log of several nights is timed from tonight's.
        start = next((t for t in reversed(starts) if t.start() < now.start()), None)
        if start is None:
            continue
        gone = (_log_minutes(now) - _log_minutes(start)) % 720
        if 0 < gone <= 240:
            return [(float(gone), f"{start.group()} ... {now.group()}")]
    return []
