"""Numbers in free text: durations, frequencies, ages and pregnancy weeks.

Each finder returns the value and the words it came from, so the parse can
show "I understood: ..." with the person's own words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_WORD_NUMBERS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "eleven": 11.0,
    "twelve": 12.0,
    "fifteen": 15.0,
    "twenty": 20.0,
    "thirty": 30.0,
    "forty": 40.0,
    "forty-five": 45.0,
    "sixty": 60.0,
    "ninety": 90.0,
    "a couple of": 2.0,
    "a couple": 2.0,
    "couple of": 2.0,
    "a few": 3.0,
    "few": 3.0,
    "several": 3.0,
    "once": 1.0,
    "twice": 2.0,
    "thrice": 3.0,
    "half an": 0.5,
    "half a": 0.5,
}
_WORDS = "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True))
NUMBER = rf"(?:\d+(?:\.\d+)?(?:\s*(?:-|to|or)\s*\d+(?:\.\d+)?)?|{_WORDS})"

MINUTES = {"s": 1 / 60, "m": 1.0, "h": 60.0}
#: A unit of time as the patterns name it; ``MINUTES`` keys it by its first letter.
#: (round s22, lead: a learner's or a phone's spellings of minutes: "since 20 minit",
#: "15 minuts", "10 mnts"; no word of another language: "ahora" is "a hora", Polish
#: "20 minut temu" is twenty minutes ago)
_UNITS = r"seconds?|secs?|minutes?|mins?|minits?|minuts|minets?|minuites?|mnts?|hours?|hrs?"
UNIT = rf"(?P<unit>{_UNITS})"
_DURATION = re.compile(
    # "twenty-odd minutes", "20+ mins", "15ish minutes": at least the number.
    # ("three doses within 2 hours" is the span of what was done, not a cramp's length)
    rf"(?<![\w'])(?<!within )(?<!inside of )(?P<n>{NUMBER})(?:[- ]?odd|\+|[- ]?ish)?\s*"
    rf"(?:more\s+)?{UNIT}"
    # "an hour of playing guitar" is the activity's length; "ten minutes of cramping" the cramp's.
    r"(?![\w'])(?!\s+(?:ago|later|before|"
    r"of (?:(?!cramp|spasm|seiz|pain|agon|throb)[\w']+ing|exercise|practice)\b))"
    # The length of a journey, a shift or a walk is not the cramp's ("a 14-hour flight").
    r"(?![- ]+(?:long\s+)?(?:flight|drive|journey|trip|train|bus|coach|car|ride|shift|walk|hike|"
    r"run|session|day|wait|sleep|nap|plane|travel|trek|match|game|class)s?(?![\w']))",
    re.IGNORECASE,
)
#: A cramp that did not stop after a length of something tried: the length is the cramp's.
_UNRELIEVED = re.compile(
    r"(?<![\w'])(?:won'?t|wouldn'?t|hasn'?t|has not|not|isn'?t|didn'?t)\s+"
    r"(?:quit|stop|stopped|go|gone|ease|eased|easing|budge|budged|let go|let up|letting up|"
    r"better)\s+(?:even\s+)?after\s+"
    rf"(?P<n>{NUMBER})\s*{UNIT}(?:\s+of\s+[\w']+ing)?(?![\w'])"
    # "won't go for 15 min now": how long it has not gone (not "didn't stop for" a run).
    r"|(?<![\w'])(?:won'?t|wouldn'?t|hasn'?t|has not|didn'?t|isn'?t)\s+(?:go|ease|budge|let go|"
    r"let up|settle|shift|release)(?:\s+(?:away|off))?\s+for\s+"
    rf"(?P<past2>about |around |over |more than |nearly |almost )?"
    rf"(?P<n2>{NUMBER})\s*(?P<unit2>{_UNITS})"
    r"(?![\w'])(?![- ]+(?:walk|run|swim|jog|ride|drive|session)s?(?![\w']))",
    re.IGNORECASE,
)
# Activities whose length is not the cramp's ("I walk for 30 minutes").
_ACTIVITY = re.compile(
    r"(?<![\w'])(?:walk\w*|run|runs|running|ran|jog\w*|swim\w*|swam|sit|sits|sitting|sat|"
    r"stand\w*|stood|driv\w*|drove|cycl\w*|train\w*|play\w*|exercis\w*|work\w*|every|each|"
    r"sleep\w*|slept|stretch\w*|drink\w*|drank|eat|eats|eating|ate|take|takes|taking|took|"
    # round s21 (lead): "I rub my feet for 20 minutes every night" (rubbing a cramp that is
    # still going is timed by ``clock``)
    r"rub|rubs|rubb\w*|massag\w*|"
    # ("won't let go 25 min" is the cramp's hold, not a going)
    # (nor "will not go away, it's been 15 minutes": the cramp that will not go)
    r"do|does|doing|did|(?<!let )(?<!not )(?<!n't )(?<!nt )(?:go|goes|going|went)|gym|lift\w*|"
    r"writ\w*|typ\w*|"
    # ("on my feet 12 hours" is a working day's length)
    r"study\w*|revis\w*|on (?:my|his|her|their|our|your) feet|awake)"
    r"(?![\w'])\s+(?:[\w']+\s+){0,3}$",
    re.IGNORECASE,
)
# A rest told with its place, up to five words before the number, none of them the cramp
# or its lasting: "sat in the shade for 20 mins" is how long the rest took; "sitting at
# my desk, lasted 20 mins" is a cramp's length.
_REST = re.compile(
    r"(?<![\w'])(?:sat|rested|resting|lay|lying|laid|waited|waiting)(?![\w'])\s+"
    r"(?:(?!cramp|spasm|last|seiz|lock)[\w']+,?\s+){0,6}$",
    re.IGNORECASE,
)
# How long into a walk a pain comes on is not how long it lasts: "starts aching after 15
# min", "the calf tightens up after 10 minutes" (claudication's distance told as time).
_ONSET = re.compile(
    r"(?<![\w'])(?:starts?|starting|started|begins?|began|begun|comes? on|came on|kicks? in|"
    r"kicked in|sets? in|ach(?:es|ing)|tightens?|tightening|hurts|hurting)\s+(?:[\w']+\s+){0,2}"
    r"after\s+(?:about |around |roughly |only |just |maybe )?$",
    re.IGNORECASE,
)
# A journey's length is not a cramp's: "flew back a week ago (11 hrs)", "a 14-hour trip".
# Skipped when no cramp is named between the journey and the number.
_JOURNEY = re.compile(
    r"(?<![\w'])(?:flew|fly|flying|flights?|journey\w*|trips?|travel\w*|coach|plane|ferry|"
    r"ride|rode|road ?trip|drive|drove|landed|landing|touched down|arrived|got off)"
    r"(?![\w'])(?![^.!?]*?(?:cramp|spasm|charley|seiz))"
    r"[^.!?]{0,50}$",
    re.IGNORECASE,
)
_PER = {
    "week": 1.0,
    "wk": 1.0,
    "fortnight": 0.5,
    "month": 7 / 30,
    "mo": 7 / 30,
    "year": 7 / 365,
    "yr": 7 / 365,
    "day": 7.0,
    "night": 7.0,
    "evening": 7.0,
    "7": 1.0,
    "seven": 1.0,
}
_FREQUENCY = re.compile(
    rf"(?<![\w'])(?P<n>{NUMBER})\s*(?:times?|nights?|days?|evenings?|x|cramps?|episodes?)?"
    # shorthand as a fraction: "5x/wk", "3 times/week"
    # and out of a week's nights: "5 nights out of 7"
    r"(?:\s+(?:a|per|each|every|in a)\s+|\s*/\s*|\s+out of\s+)"
    r"(?P<per>week|wk|fortnight|month|mo|year|yr|day|night|evening|"
    r"(?<=out of )(?:7|seven))(?![\w'])",
    re.IGNORECASE,
)
#: A count in the week or month just past: "4 times this week", "3 nights in the last
#: week", "10 cramps this month" (its unit said, so "he turns 3 this week" is no count).
_IN_PERIOD = re.compile(
    rf"(?<![\w'])(?P<n>{NUMBER})(?:\s*(?:times?|nights?|days?|evenings?|x|cramps?|episodes?)"
    r"|(?<=twice)|(?<=thrice))"
    r"\s+(?:this|last|in the (?:last|past)|over the (?:last|past)|during the|the (?:last|past))"
    r"\s+(?P<per>week|wk|fortnight|month)(?![\w'])",
    re.IGNORECASE,
)
#: A count said after a correction is the cramps' own: "not every day but about 3 times a
#: week" (the "every" before the "but" is no activity of the count's).
_CORRECTED = re.compile(r"(?<![\w'])(?:but|or rather|more like|maybe|actually)(?![\w'])")
_IN_A_ROW = "(?:running|in a row|on the trot)"
_FIXED = (
    (re.compile(r"(?:almost |nearly |pretty much )?every (?:single )?(?:night|day|evening)"), 7.0),
    (re.compile(r"nightly|daily|each night|all the time|constantly|non-?stop|24/7"), 7.0),
    (re.compile(r"every (?:other|second|2nd) (?:night|day)|most nights|most days"), 4.0),
    # round s22 (lead): a nightly habit told as such: "it's a routine now: lights out at 11,
    # cramp by 1", "like clockwork", "I could set my watch by them".
    (
        re.compile(
            r"(?:it'?s|it has become|they'?ve become|become) (?:a|my|our) (?:nightly )?routine|"
            r"like clockwork|(?:could|can) set (?:my|your|a) (?:watch|clock) by"
        ),
        7.0,
    ),
    # round s17 (emerg): "every couple of days", "every 2 or 3 days" (a few a week).
    (re.compile(r"every (?:couple of|two|2|two or three|2 or 3|2-3) (?:nights|days)"), 3.0),
    # "3rd night this week": at least that many a week.
    (re.compile(r"(?:3rd|third|three) (?:night|time|day)s? (?:this|in a|of the) week"), 3.0),
    (re.compile(r"(?:4th|fourth|four) (?:night|time|day)s? (?:this|in a|of the) week"), 4.0),
    (re.compile(r"(?:5th|fifth|five) (?:night|time|day)s? (?:this|in a|of the) week"), 5.0),
    # "three nights running", "4 nights in a row": at least that many a week.
    *(
        (re.compile(rf"(?:{w}) (?:nights|days|evenings|mornings) {_IN_A_ROW}"), v)
        for w, v in (("3|three", 3.0), ("4|four", 4.0), ("5|five", 5.0), ("6|six|7|seven", 7.0))
    ),
    # "can't go a night without waking with cramp": every night.
    (
        re.compile(r"(?:can'?t|cannot|couldn'?t) go (?:a|one) (?:single )?(?:night|day|evening)"),
        7.0,
    ),
    (
        re.compile(
            r"(?:several|a few|many|multiple) (?:(?:times|nights|days|cramps|of them) )?"
            r"(?:a|per|every|each) week"
        ),
        3.0,
    ),
    (
        re.compile(
            r"(?:cramp|cramps|cramping|spasm\w*) (?:so |quite |really |very )?"
            r"(?:a lot|often|frequently)"
        ),
        3.0,
    ),
    # "frequent night cramps": frequent is several a week (triage.md's word).
    (
        re.compile(
            r"frequent (?:night |nightly |leg |calf |muscle |nocturnal )?(?:cramps|cramping|spasms)"
        ),
        3.0,
    ),
    (
        re.compile(
            r"occasional(?:ly)?|now and (?:then|again)|from time to time|every so often|"
            r"once in a while|rarely|the odd"
        ),
        0.5,
    ),
)
# A number said of a person followed by another unit is not their age: "she's 38 wks"
# is a pregnancy, "he's 80 kg" a weight. One list for every "is N" form below.
_NOT_YEARS = (
    r"(?!\s*(?:weeks?|wks?|w\b|months?|mths?|mos?\b|days?|kg|kilos?|lbs?|pounds?|stone|st\b|%|"
    r"cm|ft|feet|minutes?|mins?|hours?|hrs?|times?|percent|degrees?|miles?|km|k\b|along|pregnant|"
    r"(?:and|&) a half (?:weeks?|wks?|months?)))"
)
_AGE = re.compile(
    r"(?<![\w'])(?:(?P<a>\d{1,3})[- ]?(?:years?|yrs?|y)[- ]?old|aged? (?P<b>\d{1,3})|"
    rf"(?:i'?m|i am|he'?s|she'?s|he is|she is) (?P<c>\d{{1,3}})(?![\d\w]){_NOT_YEARS}"
    r"|(?P<d>\d{1,3})[- ]?(?:yo|y/o)|"
    r"(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|gran\w*|grand\w+) "
    rf"(?:is|who is|who's|,) ?(?P<e>\d{{1,3}})(?![\d\w]){_NOT_YEARS})",
    re.IGNORECASE,
)
_MONTHS_OLD = re.compile(r"(?<![\w'])(?P<n>\d{1,2})[- ]?months?[- ]old", re.IGNORECASE)
_WEEKS = re.compile(
    rf"(?<![\w'])(?P<n>{NUMBER})\s*(?:weeks?|wks?)(?P<tail>\s+(?:pregnant|along|gestation|"
    r"of pregnancy|into (?:my|the|her) pregnancy))?",
    re.IGNORECASE,
)


def number(text: str) -> float | None:
    """A number written as digits or words; the upper end of a range."""
    t = text.strip().lower()
    if t in _WORD_NUMBERS:
        return _WORD_NUMBERS[t]
    parts = re.findall(r"\d+(?:\.\d+)?", t)
    return float(parts[-1]) if parts else None


#: A length taken back by a bare number after it: "last about 15 min... ok not really,
#: more like 5 when I timed it", "started 10 minutes ago... no, more like 25 now" (the
#: unit is the first one's).
_REVISED = re.compile(
    r"^[^.;!?]{0,6}?(?:\.{2,}|…|,|-|\s)*\s*(?:ok(?:ay)?,? )?(?:no|nope|not really|actually|wait|"
    r"sorry|i mean)?[,.]*\s*(?:more like|closer to|nearer|make that|actually|i mean|i meant|"
    # round s19 (lead): a typo owned up to: "lasted like 3 min... sorry, I mean 30"
    r"i meant to (?:say|type|write)|(?:should|shd) (?:say|read|be|have said))\s+"
    rf"(?P<n>{NUMBER})(?!\s*(?:{_UNITS}|%|degrees|times|x)\b)(?![\w'])",
    re.IGNORECASE,
)


def revised(text: str, end: int) -> float | None:
    """The number that replaces a length ending at ``end``, if the words after it take it back."""
    m = _REVISED.search(text[end : end + 60])
    return number(m.group("n")) if m else None


#: Words that take back what was just said: "15 minutes?? no wait, 15 seconds"
#: (compiled only for a text with two durations).
_CORRECTION = (
    r"(?<![\w'])(?:no,? wait|wait|i mean|sorry|actually|or rather|rather|more like|"
    r"scratch that|correction|no no|make that|well,? maybe)(?![\w'])"
)


#: How far past its number "over N" or "more than N" is read: just past, so that a
#: limit of N is crossed and the number shown back stays N to the minute.
OVER = 1.01


_PAST = re.compile(r"(?:well )?over|more|longer|upwards", re.IGNORECASE)


#: The cramp itself "going", "going on" or "going for" is its length, not an activity's:
#: "foot cramp going for twenty minutes", "the spasm's been going on for 15 minutes".
_CRAMP_GOING = re.compile(
    # (any name of the cramp or the muscle: "Charley horse going on 15 min")
    r"(?:(?:cramp|cramps|cramping|spasm|spasms|horse|knot|it|this|that|calf|calves|leg|legs|"
    r"foot|feet|thigh|thighs|toes?|hamstrings?|quads?|arch|muscle|shin)"
    # ("my cramp is not going since 20 minutes": not going away, for 20 minutes)
    r"(?:'s| is| has| has been| been|'s been| was| keeps| kept)?(?: still| not|n't)?"
    r" (?:going|goes|went)|"
    r"been going)$",
    re.IGNORECASE,
)
#: A length told as a noun's with an article before it is that thing's length: "in a three
#: hour exam", "a 2-hour meeting", "the 40 minute bus" (round s22); "a ten minute cramp"
#: and "past the 20 minute mark" are the cramp's.
_ARTICLE = re.compile(r"(?<![\w'])(?:a|an|the|my|his|her|our|their|this|that|one)\s+$", re.I)
_DESCRIBES = re.compile(
    r"[- ](?!(?:cramp|spasm|charley|knot|pain|agony|episode|attack|bout|spell|one|long|hold|"
    r"seizure|fit|mark|point|stage|limit|rule|threshold|wait|stretch)\w*(?![\w']))"
    r"(?![\w']+ing(?![\w']))[a-z][\w']+",
    re.IGNORECASE,
)
#: A length followed by "after" is when, unless a "for" before it makes it how long.
_AFTER = re.compile(r"\s+after(?![\w'])", re.IGNORECASE)
#: The tenderness a cramp leaves, timed: "bit sore for a few hours after", "tender for a
#: couple of hours afterwards" (triage.md: up to a day of it is normal), not the cramp.
_SORE_FOR = re.compile(
    r"(?<![\w'])(?:sore|tender|achy|aching|bruised|stiff)\s+for\s+(?:about |around |a good )?$",
    re.IGNORECASE,
)
_AFTERWARDS = re.compile(
    r"\s+(?:after(?:wards?)?|later|the next day|next day)(?![\w'])", re.IGNORECASE
)
_FOR = re.compile(
    r"(?<![\w'])(?:for|lasted|lasting|lasts)\s+(?:about |around |over |nearly |almost )?$", re.I
)
#: "Going on twelve minutes" straight before a number means "nearly": a time elapsed,
#: said of whatever the sentence is about, never an activity's length.
_GOING_ON = re.compile(r"(?<![\w'])going on (?:about |nearly |almost |for )?$", re.IGNORECASE)


class Duration(NamedTuple):
    """A length told in the text: its number in minutes, its words, and whether it was
    said to be past that number ("over ten minutes", "more than 10 minutes")."""

    minutes: float
    words: str
    over: bool = False
    #: The length of a rest the cramp was sat out in: the cramp's only while it goes on.
    rest: bool = False

    @property
    def past(self) -> float:
        """The length as a rule reads it: just past its number when said to be over it,
        so that "over ten minutes" crosses a limit of 10."""
        return self.minutes * OVER if self.over else self.minutes


def durations(text: str) -> list[Duration]:
    """Cramp durations in minutes, with their words (activity lengths left out)."""
    out = []
    found = list(_DURATION.finditer(text))
    for m, after in zip(found, [*found[1:], None], strict=False):
        before = text[max(0, m.start() - 30) : m.start()]
        act = _ACTIVITY.search(before)
        if (
            act
            and not _CRAMP_GOING.search(before[: act.start() + len(act.group().split()[0])])
            and not _GOING_ON.search(before)
        ):
            continue
        if _JOURNEY.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        if _ONSET.search(before):
            continue
        if (
            not m.group("unit").lower().endswith("s")
            and _ARTICLE.search(before)
            and _DESCRIBES.match(text, m.end())
        ):
            continue
        if _SORE_FOR.search(before) and _AFTERWARDS.match(text, m.end()):
            continue
        # "20 minutes after the run" is when, not how long; "for 15 mins after football" is
        # how long (the "for" says so).
        if _AFTER.match(text, m.end()) and not _FOR.search(before):
            continue
        taken_back = after is not None and after.start() - m.end() < 40
        if taken_back and after and re.search(_CORRECTION, text[m.end() : after.start()], re.I):
            continue  # taken back by the next one
        n = number(m.group("n"))
        if n is None:
            continue
        n = revised(text, m.end()) or n
        start = m.start()
        lead = re.search(
            r"(?:for|lasted|lasting|lasts|(?:well )?over|more than|longer than|upwards of"
            r"|at least)\s+$",
            text[:start],
            re.IGNORECASE,
        )
        words = text[lead.start() if lead else start : m.end()]
        minutes = n * MINUTES[m.group("unit")[0].lower()]
        over = bool(lead) and bool(_PAST.match(lead.group() if lead else ""))
        # (a rest told with its place and what was had there reaches further back: "sat in
        # the shade with water for 20 minutes", round s21)
        rest = bool(_REST.search(text[max(0, m.start() - 48) : m.start()]))
        out.append(Duration(minutes, words.strip(), over, rest=rest))
    # "won't quit after 40 minutes of stretching": what was tried that long is the
    # cramp's length too, since it did not stop.
    for m in _UNRELIEVED.finditer(text):
        said, unit = (m.group("n"), m.group("unit")) if m.group("n") else m.group("n2", "unit2")
        n = number(said)
        if n is not None and not any(d.words.endswith(said + " " + unit) for d in out):
            minutes = n * MINUTES[unit[0].lower()]
            # "won't go for over 10 mins" is past ten, as "for over 10 mins" is above.
            past = bool(m.group("past2")) and bool(_PAST.match(m.group("past2") or ""))
            out.append(Duration(minutes, m.group().strip(), past))
    half = re.search(r"(?<![\w'])half (?:an )?hour(?![\w'])", text, re.IGNORECASE)
    if half:
        out.append(Duration(30.0, half.group()))
    quarter = re.search(r"(?<![\w'])(?:a )?(?:good )?quarter (?:of an )?hour(?![\w'])", text, re.I)
    if quarter and not re.search(r"(?:three|3)\s*$", text[: quarter.start()]):
        out.append(Duration(15.0, quarter.group()))
    return out


#: Mornings are when people do things ("I walk to the post office each morning"): a count
#: of mornings is the cramps' only in a sentence that names them ("foot cramps where his
#: toes curl under, most mornings").
_MORNINGS = (
    (re.compile(r"(?:almost |nearly |pretty much )?(?:every|each) (?:single )?morning"), 7.0),
    (re.compile(r"every (?:other|second|2nd) morning|most mornings"), 4.0),
)
_CRAMP_SAID = re.compile(r"cramp|spasm|charley|charlie|seiz|knot", re.IGNORECASE)


_ENDS = ".!?"


def _sentence(lower: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding lower[start:end]."""
    begun = max(lower.rfind(c, 0, start) for c in _ENDS) + 1
    stop = min((i for i in (lower.find(c, end) for c in _ENDS) if i >= 0), default=len(lower))
    return begun, stop


def _mornings(lower: str) -> list[tuple[float, int, int]]:
    """Counts of mornings said in a sentence that names the cramps."""
    out = []
    for regex, value in _MORNINGS:
        for m in regex.finditer(lower):
            if _CRAMP_SAID.search(lower, *_sentence(lower, m.start(), m.end())):
                out.append((value, m.start(), m.end()))
    return out


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|last night|yesterday|tonight|this morning"
#: Nights named one by one in a sentence about the cramps: "this week alone I've had calf
#: cramps on Monday, Wednesday and last night" is three this week (a span longer than a
#: week said in the sentence makes it no weekly count).
_DAYS_NAMED = re.compile(
    # (the "on" may go unsaid in a list: "these calf cramps: Monday, Tuesday, Thursday and
    # Saturday nights last week", round s22)
    rf"(?<![\w'])(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    rf"(?:(?:,|,? and|,? &) (?:on )?(?:{_DAY}))+(?![\w'])"
)
_LONGER = re.compile(r"(?<![\w'])(?:months?|years?|weeks ago|fortnight)(?![\w'])")
_NIGHTS = re.compile(r" nights?\b")


def _days_named(lower: str) -> list[tuple[float, int, int]]:
    out = []
    for m in _DAYS_NAMED.finditer(lower):
        if not m.group().startswith("on ") and not _NIGHTS.match(lower, m.end()):
            continue  # a list without "on" counts only as nights: "Monday and Tuesday I play"
        sentence = _sentence(lower, m.start(), m.end())
        if _CRAMP_SAID.search(lower, *sentence) and not _LONGER.search(lower, *sentence):
            days = {d.strip() for d in re.findall(_DAY, m.group())}
            if len(days) >= 2:
                out.append((float(len(days)), m.start(), m.end()))
    return out


#: Any doing word right before a count is what is done that often: "81 and still gardening
#: every day" (round s22); the cramp's own verbs are not.
_GERUND = re.compile(
    r"(?<![\w'])(?!(?:cramp|spasm|seiz|wak|hurt|ach|throb|tighten|lock|knot|happen|occur|"
    r"com|gett|hav|go|keep|start|twitch|jerk|burn|tingl|suffer|struggl|cry|scream|limp|"
    r"hobbl)\w*ing)[a-z]{2,}ing\s+$"
)
_DOER = re.compile(r"(?<![\w'])(?:i|we|he|she|you)(?: [\w']+){0,2} $")


def _an_activitys(lower: str, start: int, window: str) -> bool:
    """Whether a count right after an activity ("I run 3 times a week") is the activity's:
    not when the sentence named the cramps before it ("cramps in my hands at work several
    times a week", "they stop my runs several times a week")."""
    act = _ACTIVITY.search(window) or _GERUND.search(window)
    if act is None:
        return False
    at = start - len(window) + act.start()
    # The cramps named between the activity and the count make it theirs: "at work I get
    # cramps several times a week".
    if _CRAMP_SAID.search(lower, at, start):
        return False
    # Someone doing it ("since I started stretching every evening") makes it the activity's
    # count whatever came before; a thing done ("at work", "my runs") does not.
    if _DOER.search(lower, max(0, at - 24), at):
        return True
    return not _CRAMP_SAID.search(lower, _sentence(lower, start, start)[0], at)


def frequencies(text: str) -> list[tuple[float, str]]:
    """How often, per week, with the words."""
    lower = text.lower()
    out = []
    for m in (*_FREQUENCY.finditer(lower), *_IN_PERIOD.finditer(lower)):
        window = _CORRECTED.split(lower[max(0, m.start() - 40) : m.start()])[-1]
        if _an_activitys(lower, m.start(), window):
            continue
        n = number(m.group("n"))
        if n is not None:
            out.append((round(n * _PER[m.group("per").lower()], 2), text[m.start() : m.end()]))
    taken = [(a, b) for a, b in ((text.find(w), text.find(w) + len(w)) for _, w in out)]
    for regex, value in _FIXED:
        for m in regex.finditer(lower):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if _an_activitys(lower, m.start(), lower[max(0, m.start() - 40) : m.start()]):
                continue
            if not re.match(r"\w", lower[m.end() : m.end() + 1] or " "):
                out.append((value, text[m.start() : m.end()]))
    for value, a, b in _mornings(lower) + _days_named(lower):
        if not any(x <= a < y for x, y in taken) and not _an_activitys(
            lower, a, lower[max(0, a - 40) : a]
        ):
            out.append((value, text[a:b]))
    return out


def ages(text: str) -> list[tuple[int, str]]:
    """Ages in years, with the words."""
    out = []
    for m in _AGE.finditer(text):
        raw = next(g for g in m.group("a", "b", "c", "d", "e") if g)
        if int(raw) <= 120:
            out.append((int(raw), m.group()))
    out.extend((0, m.group()) for m in _MONTHS_OLD.finditer(text))
    return out


_ORDINAL_WEEK = re.compile(
    r"(?<![\w'])(?P<n>\d{1,2})(?:st|nd|rd|th) week(?: of (?:my |her |the )?pregnancy)?",
    re.IGNORECASE,
)
_MONTHS_PREGNANT = re.compile(
    rf"(?<![\w'])(?P<n>{NUMBER})\s*months?\s+(?:pregnant|along|into (?:my|her|the) pregnancy)",
    re.IGNORECASE,
)
_WEEKS_PER_MONTH = 4.35
_SAID_OF_PERSON = re.compile(
    r"(?:^|[.!?]\s*|(?:i'?m|i am|she'?s|she is|(?:wife|partner|girlfriend|fianc[eé]e?|daughter|"
    r"sister|mum|mom|mother|friend)(?:'s| is)|at|now|currently)\s+)$",
    re.I,
)
_WEEKS_OF = re.compile(
    r"\s*(?:ago|old|of|later|before|after|since|now|in|into|off|on|and a half)\b", re.I
)


def pregnancy_weeks(text: str, pregnant: bool) -> list[tuple[int, str]]:
    """Weeks of pregnancy: "32 weeks pregnant", "in my 30th week", "7 months pregnant",
    or "36 weeks" when pregnancy is known."""
    out = []
    for m in _ORDINAL_WEEK.finditer(text):
        if pregnant and 1 <= int(m.group("n")) <= 45:
            out.append((int(m.group("n")), m.group().strip()))
    for m in _MONTHS_PREGNANT.finditer(text):
        months = number(m.group("n"))
        if months is not None and 1 <= months <= 10:
            out.append((round(months * _WEEKS_PER_MONTH), m.group().strip()))
    for m in _WEEKS.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()].lower()
        if re.match(r"\s+ago", text[m.end() :]):
            continue
        loose = not pregnant or bool(re.search(r"(?:for|ago|last|past|every|since|in)\s*$", before))
        # "36 weeks and my head is pounding", "she's 34 weeks": a late week said of a
        # person, with nothing else it could count, is how far along a pregnancy is.
        if loose and _SAID_OF_PERSON.search(before) and not _WEEKS_OF.match(text[m.end() :]):
            loose = not (20 <= (number(m.group("n")) or 0) <= 42)
        if not m.group("tail") and loose:
            continue
        n = number(m.group("n"))
        if n is not None and 1 <= n <= 45:
            out.append((int(n), m.group().strip()))
    return out
