"""A cramp still going, timed from its start: "started 25 minutes ago and still
won't let go", "since twenty past two and it's now ten past three", and "an
hour and a half".

These forms are rare, so their regular expressions compile only for a text
that could hold them: a one-off ``crampcare check`` should not pay for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from crampcare.intake.numbers import MINUTES, NUMBER, UNIT, number, revised


def _finditer(
    regex: Callable[[], re.Pattern[str]], needle: str, text: str
) -> Iterator[re.Match[str]]:
    lowered = text.lower()
    return regex().finditer(text) if any(n in lowered for n in needle.split("|")) else iter(())


def and_a_half(text: str) -> Iterator[re.Match[str]]:
    """ "An hour and a half", "2 hours and a half"."""
    return _finditer(_and_a_half, "and a half", text)


@cache
def _and_a_half() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?P<n>{NUMBER}) hours? and a half(?![\w'])", re.IGNORECASE)


#: The cramp is still going: a start time then counts as its length so far.
#: Words that only strengthen what follows: "doing absolutely nothing", "isn't really helping".
_INTENSE = r"(?:(?:absolutely|literally|really|just|actually|even|simply|still|sod all,?) )?"


@cache
def _still() -> re.Pattern[str]:
    return re.compile(
        # "still sore" after a cramp is the normal tenderness, not the cramp going on
        r"(?<![\w'])(?:still(?! (?:a (?:bit|little) |quite |bit |abit |a touch )?"
        r"(?:sore|tender|achy|aching|bruised|stiff|fine|ok|okay|good|sweating|drinking|eating|"
        r"working|walking|breathing|talking|sleeping|awake|able|feeding|pregnant|taking|using|"
        # habits, not a cramp still going: "still get cramps most nights"
        r"get|gets|getting|happens|happening|comes|coming|wake|waking|occurs?|occurring)"
        r"(?![\w']))|won'?t (?:let go|stop|ease|go)|"
        # the release denied in any tense: "has not let go", "hasn't budged", "not relaxed"
        r"(?:hasn'?t|has not|have not|haven'?t|not|never) (?:yet )?(?:let go|stopped|eased|gone|"
        r"released|budged|shifted|relaxed|loosened|settled|eased off|gone off|touched it)|"
        r"keeps? going|ongoing|going on|continu\w*|persist\w*|"
        # (an intensifier between changes nothing: "is doing absolutely nothing")
        rf"(?:ain'?t|isn'?t|is not|not) {_INTENSE}(?:doing|helping|working|budging|easing|"
        r"shifting|going away|going anywhere|letting go|letting up|stopping|releasing|relaxing)|"
        rf"doing {_INTENSE}nothing|(?:does|did|do) {_INTENSE}nothing|"
        r"(?:no|not|isn'?t|is not) (?:any )?better|"
        # the remedy failing now: "stretching doesn't help", "it makes no difference"
        rf"(?:does ?n'?t|does not) {_INTENSE}(?:help|work)|"
        r"(?:makes?|making) (?:no|zero|any) difference|"
        r"(?:and|but) (?:still )?nothing(?= *(?:[.,;!?]|$))|"
        # what was tried, then a bare "nothing": "tried stretching, nothing"
        r"(?:tried|stretch\w*|rubb\w*|massag\w*|walk\w* (?:it )?off)[^.;!?]{0,30}?,\s*"
        r"(?:still )?nothing(?= *(?:[.,;!?]|$))|"
        r"nothing(?: \w+){0,3} (?:helps|works|shifts|eases)|"
        # told in the present: "nothing is easing it", "nothing's shifting it"
        r"nothing(?:'s| is| seems to be)? (?:helping|working|shifting|easing|touching)|"
        # a clinician's "stretching and walking since with no relief", "no relief yet"
        r"(?:with|but|and|still|yet|getting) (?:no|zero|little|nil) relief|"
        r"no relief (?:yet|so far|at all)|"
        r"(?:does ?n'?t|does not|won'?t|will not) (?:release|let go|ease|budge|shift|go away)|"
        # "my toes won't uncurl"
        r"(?:won'?t|wont|will not|don'?t|doesn'?t|can'?t) (?:uncurl|unclench|straighten|"
        r"relax|loosen|unlock|unknot)(?: out)?)"
        r"(?![\w'])",
        re.IGNORECASE,
    )


_HABIT = re.compile(r"(?<![\w'])(?:do|does|doing|did|usually|always|daily)\s+(?:[\w']+\s+)?$", re.I)


#: A cramp still there a time after it came: "came on at supper and it's still there 40
#: minutes later", or "it's now forty minutes later" of a cramp still going.
@cache
def _later() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w'])(?:(?:still|remains?|remained|hasn'?t (?:gone|stopped|eased)|"
        rf"not (?:gone|eased))[^.;]{{0,30}}?|"
        # the time since told as now: "It's now forty minutes later ... still locked solid"
        r"(?:it'?s|its|it is|we'?re|i'?m) now (?:about |around |nearly |over |almost )?)"
        rf"(?P<n>{NUMBER})\s*{UNIT} "
        r"(?:later|on)(?![\w'])",
        re.IGNORECASE,
    )


#: The time since told first, then the cramp still there: "40 minutes later it's still
#: cramping", "an hour on and it still hasn't let go".
@cache
def _later_still() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'])(?P<n>{NUMBER}|half an?|an?)\s*{UNIT} (?:later|on),? (?:and )?"
        r"(?:it'?s |it is |its |i'?m |i am |it |the cramp'?s |the cramp is |my \w+'?s? )?"
        r"(?:still|hasn'?t (?:gone|stopped|eased|let go)|not (?:gone|eased|stopped))(?![\w'])",
        re.IGNORECASE,
    )


#: Time spent trying to ease a cramp that is still going is its length so far:
#: "20 mins of stretching and nothing", "not better after half an hour of rubbing".
@cache
def _spent_trying() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'])(?P<n>{NUMBER}|half an?|an?)\s*{UNIT}"
        r" of (?:stretch\w*|rubb\w*|massag\w*|pull\w*|walk\w*|try\w*|flex\w*|pointing|"
        r"standing on it|hot water|heat)(?![\w'])",
        re.IGNORECASE,
    )


@cache
def _started_ago() -> re.Pattern[str]:
    return re.compile(
        # (a clinician's "onset 15 minutes ago", "o/e onset 20 min ago")
        rf"(?<![\w'])(?:started|began|begun|came on|kicked in|hit|it'?s been going|been going|"
        rf"onset|cramped up|cramping|seized up|locked up|"
        # the cramp named as a thing that came: "got a cramp in the pool 25 mins ago"
        rf"(?:got|had|woke (?:up )?with|went into) (?:a |the |this |my )?"
        rf"(?:cramp|spasm|charley horse))"
        rf"[^.;]{{0,24}}?(?P<n>{NUMBER})(?:[- ]?odd|\+|[- ]?ish)?\s*"
        rf"{UNIT} ago(?![\w'])",
        re.IGNORECASE,
    )


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
        r"begun at|at) "
        # "since the ten o'clock news started": a start told by a broadcast at its hour;
        # "since just before midnight": about then.
        r"(?:about |around |the |(?:just |shortly |a bit |a little )?(?:before|after) )?"
        + _CLOCK.format(g="a", hours=_AN_HOUR)
        # (a story may tell what was tried between the two times)
        + r"[^;]{0,160}?\b(?:(?:it'?s|its|it is) (?:now )?|now(?: it'?s)? |"
        # "seized at 3am and it's still locked at 3:30"
        + r"still (?:[\w']+ ){0,2}at )(?:just )?"
        # ("its nearly midnight": a time now told by its name, and nearly is nearly there)
        + r"(?:gone |past |after |nearly |almost |coming up to )?(?:about |around )?"
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
        r"(?:locked|seized|cramped|knotted|tensed) up(?: at)?|went into (?:a )?cramp(?: at)?|"
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


#: The least a cramp "since before lunch" or "since this morning" has lasted, in minutes.
_ANCHORS = {
    "breakfast": 60,
    "lunch": 60,
    "lunchtime": 60,
    "dinner": 60,
    "tea": 60,
    "supper": 60,
    "teatime": 60,
    "morning": 120,
    "afternoon": 60,
    "evening": 60,
    "last night": 120,
    "bedtime": 120,
    "woke": 60,
    "got up": 60,
    "yesterday": 720,
}


@cache
def _since_anchor() -> re.Pattern[str]:
    # Only one cramp told as still going ("a cramp ... since before lunch"): "I've had
    # cramps since last year" is how often, not how long.
    return re.compile(
        # ("foot cramp since lunch": a cramp named by its place is one cramp too)
        r"(?<![\w'])(?:(?:a|the|this|that|my|foot|calf|leg|toe|thigh|hamstring|hand|arm) "
        r"(?:cramp|spasm)(?![\w'])[^.;]{0,40}?|"
        r"(?:it'?s|it has|has|have|'ve) been (?:going|cramping|locked|stuck|knotted|tight)"
        r"[^.;]{0,20}?)since (?:before |after |about |around |just after |first thing )?"
        r"(?:this |the |i |we |he |she )?(?P<anchor>breakfast|lunch(?:time)?|dinner|tea(?:time)?|"
        r"supper|morning|afternoon|evening|last night|bedtime|woke|got up|yesterday)(?![\w'])",
        re.IGNORECASE,
    )


@cache
def _since_event() -> re.Pattern[str]:
    # Started at one moment, still going at a later one the text names: "went into cramp
    # when I was putting the dinner on ... we've eaten and washed up and it's STILL cramped".
    return re.compile(
        r"(?<![\w'])(?:started|began|came on|went into (?:a )?cramp|cramped up|seized up|locked up)"
        r"[^.;]{0,40}?\b(?:when|while|as|at the start of|at the beginning of|during|before)\b"
        r"[^.;]{0,120}?\b(?P<later>(?:it'?s|its|it is) (?:now )?(?:half[- ]?time|full[- ]?time|"
        # "... at the beginning of the episode and it's nearly over now"
        r"the end|(?:nearly |almost |just |now )*(?:over|finished|ended|done))|half[- ]?time|"
        r"(?:the |that )?(?:film|movie|match|game|episode|show|programme|program|meeting|lesson|"
        r"service|class|news|weather|forecast|podcast|song|album|quiz|series|concert|sermon) "
        r"(?:has |is |was |had )?(?:nearly |almost |just |now )*(?:over|finished|"
        r"ended|done)|full[- ]?time|(?:we'?ve|i'?ve|we have|i have|they'?ve) "
        r"(?:eaten|finished|washed up|had (?:dinner|lunch|tea|supper|a shower))|"
        r"(?:hours?|ages) later|"
        # round s19 (lead): the next thing on now: "... just before the 10 o'clock news and
        # now the weather's on"
        r"now (?:the )?(?:weather|sport|adverts|ads|credits|"
        r"next (?:programme|program|episode|show))(?:'s| is| are)? (?:on|starting|rolling))"
        r"(?![\w'])"
        # or lasting through a whole stretch of time: "cramped for the whole film"
        r"|(?<![\w'])(?:cramp|cramped|cramping|spasm|locked|knotted)(?![\w'])(?:[^.;]{0,30}?"
        # ("... and it's been the whole second half": a half of a match told as its length)
        r"\b(?:for|through|throughout|during|been|lasted|lasting))? the (?:whole|entire) "
        r"(?:of the )?(?:(?:first|second|last) )?(?:film|movie|match|game|half|"
        r"meal|dinner|show|episode|journey|drive|service|lesson|class|meeting|morning|afternoon|"
        r"evening)(?![\w'])",
        re.IGNORECASE,
    )


#: Words without which ``_since_event`` cannot match (so it need not compile).
_EVENT_WORDS = (
    "time",
    "the end",
    "eaten",
    "finished",
    "washed",
    "had ",
    "later",
    "whole",
    "entire",
    "over",
    "ended",
    "done",
    "now the",
)
#: The least such a cramp has lasted, in minutes: a meal or half a match.
_EVENT_MINUTES = 30.0


#: Things done one after another while a cramp stays: "boiled the kettle, made a brew, drank
#: it, did the washing up and it's STILL cramping" (round s19, lead).
@cache
def _chores() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w'])(?:(?:boiled|put on|flicked on|filled) the kettle|"
        r"made (?:a|the|my|me a|myself a|us a) (?:tea|cuppa|brew|coffee|cup of \w+|hot drink|"
        r"toast|sandwich)|drank (?:it|the tea|my tea|the coffee|my coffee|the brew|my brew|"
        r"half of it|a cup)|did the washing up|washed up|(?:did|emptied|loaded|unloaded) the "
        r"dishwasher|had a (?:shower|bath)|fed the (?:cats?|dogs?|baby)|let the dogs? out|"
        r"(?:took|put) the bins out|checked on the (?:kids|baby|children)|got dressed|"
        r"brushed my teeth|watched (?:an|a|the) (?:episode|programme|program|show))(?![\w'])",
        re.IGNORECASE,
    )


#: How many such things make a cramp's length past ten minutes, and the least it then is.
_CHORES_NEEDED = 3
_CHORES_MINUTES = 15.0


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


def _stamped(text: str) -> list[tuple[float, str]]:
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


def _length(m: re.Match[str]) -> tuple[float, str] | None:
    """A number and its unit ("20 mins", "half an hour", "an hour") as minutes, with its words
    (or the number that takes it back: "started 10 minutes ago... no, more like 25 now")."""
    said = m.group("n").lower()
    n = 0.5 if said.startswith("half") else 1.0 if said in ("a", "an") else number(said)
    n = revised(m.string, m.end()) or n
    return None if n is None else (n * MINUTES[m.group("unit")[0].lower()], m.group())


def _innermost(m: re.Match[str]) -> re.Match[str]:
    """The start time nearest the time now: "get home at 7 ... woke at noon with it ...
    it's now 12:40" is timed from noon."""
    while (
        inner := _since_now().search(m.string, m.start() + 1, m.end())
    ) and inner.end() == m.end():
        m = inner
    return m


def ongoing(text: str) -> list[tuple[float, str]]:
    """A cramp still going: "started 25 minutes ago and still won't let go",
    "since twenty past two and it's now ten past three"."""
    out: list[tuple[float, str]] = []
    timed = [
        *_finditer(_started_ago, " ago", text),
        *_finditer(_later, "later", text),
        *_finditer(_later_still, "later| on and| on,", text),
        # "I do 20 minutes of stretching every night" is a routine, not this cramp
        *(
            m
            for m in _finditer(_spent_trying, " of ", text)
            if not _HABIT.search(text[max(0, m.start() - 14) : m.start()])
        ),
    ]
    out.extend(t for t in map(_length, timed) if t is not None)
    for m in map(_innermost, _finditer(_since_now, " it| now", text)):
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
    lowered = text.lower()
    if any(w in lowered for w in _EVENT_WORDS):
        out.extend((_EVENT_MINUTES, m.group()) for m in _since_event().finditer(text))
    for m in _finditer(_since_anchor, "since", text):
        out.append((float(_ANCHORS[m.group("anchor").lower()]), m.group()))
    if still_going(text):
        chores = list(_chores().finditer(text))
        if len({c.group().lower() for c in chores}) >= _CHORES_NEEDED:
            out.append((_CHORES_MINUTES, text[chores[0].start() : chores[-1].end()]))
    out.extend(_stamped(text))
    # A start time is the cramp's length so far only while it is still going.
    return out if out and still_going(text) else []


def still_going(text: str) -> bool:
    """The text says the cramp goes on ("still locked", "won't let go")."""
    return bool(_still().search(text))


#: The least a thing people time a cramp by lasts, in minutes: "for two whole podcast
#: episodes", "through three songs".
_UNIT_MINUTES = {
    "song": 3,
    "episode": 20,
    "programme": 20,
    "program": 20,
    "show": 20,
    "film": 80,
    "movie": 80,
    "match": 45,
}


@cache
def _units() -> re.Pattern[str]:
    return re.compile(
        # ("can't sit through a film without fidgeting" is no cramp's length)
        r"(?<![\w'])(?<!sit )(?<!get )(?<!last )"
        # ("lasted two episodes of EastEnders": a length told by what was on)
        rf"(?:for|through|during|over|lasted|lasting) (?:for )?(?:about |around |nearly |almost )?"
        rf"(?P<n>{NUMBER}) (?:whole |full |entire |long )?(?:[\w-]+ )?"
        r"(?P<unit>song|episode|programme|program|show|film|movie|match)(?:e?s)?(?![\w'])",
        re.IGNORECASE,
    )


def durations(text: str) -> list[tuple[float, str]]:
    """The rare duration forms (``numbers.durations`` has the common ones), with their words."""
    out = []
    for m in _finditer(_units, "s", text):
        n = number(m.group("n"))
        if n is not None:
            out.append((n * _UNIT_MINUTES[m.group("unit").lower()], m.group()))
    for m in and_a_half(text):
        n = number(m.group("n"))
        if n is not None:
            out.append((n * 60 + 30, m.group()))
    return out + ongoing(text)
