"""A cramp still going, timed from its start: "started 25 minutes ago and still
won't let go", "since twenty past two and it's now ten past three", and "an
hour and a half".

These forms are rare, so their regular expressions compile only for a text
that could hold them: a one-off ``crampcare check`` should not pay for them.
Two clock times are read in ``clock_pairs``, events and chores in ``event_lengths``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from crampcare.quantities import clock_pairs, event_lengths
from crampcare.quantities.needles import matches
from crampcare.quantities.numbers import MINUTES, NUMBER, UNIT, number, revised


def and_a_half(text: str) -> Iterator[re.Match[str]]:
    """ "An hour and a half", "2 hours and a half"."""
    return matches(_and_a_half, "and a half", text)


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
        # (a GP's review, round s29: the writer's mind, not the cramp: "still thinking about it")
        r"thinking|wondering|worried|worrying|deciding|"
        # habits, not a cramp still going: "still get cramps most nights"
        r"get|gets|getting|happens|happening|comes|coming|wake|waking|occurs?|occurring)"
        r"(?![\w']))|won'?t (?:let go|stop|ease|go)|"
        # the release denied in any tense: "has not let go", "hasn't budged", "not relaxed"
        r"(?:hasn'?t|has not|have not|haven'?t|not|never) (?:yet )?(?:let go|stopped|eased|gone|"
        r"released|budged|shifted|relaxed|loosened|settled|eased off|gone off|touched it)|"
        r"keeps? going|ongoing|going on|continu\w*|persist\w*|"
        # easing a moment and straight back: "it eases a touch then comes straight back"
        r"(?:eases?|eased|loosens?|lets? go) (?:a (?:touch|bit|little|fraction|tad)|slightly|"
        r"for a (?:second|sec|moment|minute))(?: \w+){0,3} "
        r"(?:then |and then |but |before )?(?:it )?"
        r"(?:comes?|came|snaps) (?:straight |right )?back|"
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
        # (round s28, lead: two things tried: "tried stretching it, I've pushed his foot
        # back, nothing")
        r"(?:tried|stretch\w*|rubb\w*|massag\w*|walk\w* (?:it )?off|push\w*|pull\w*)"
        r"[^.;!?]{0,60}?,\s*"
        r"(?:still )?(?:nothing|no change|no difference|same)(?= *(?:[.,;!?]|$))|"
        r"nothing(?: \w+){0,3} (?:helps|works|shifts|eases)|"
        # told in the present: "nothing is easing it", "nothing's shifting it"
        r"nothing(?:'s| is| seems to be)? (?:helping|working|shifting|easing|touching)|"
        # a clinician's "stretching and walking since with no relief", "no relief yet"
        r"(?:with|but|and|still|yet|getting) (?:no|zero|little|nil) relief|"
        r"no relief (?:yet|so far|at all)|"
        r"(?:does ?n'?t|does not|won'?t|will not) (?:release|let go|ease|budge|shift|go away)|"
        # round s22 (lead): easing it tried all along: "she's been pulling her toes back
        # the whole time", "kept rubbing it ever since"
        r"(?:been|kept|keeps?|keep on) (?:pull|stretch|rubb|massag|walk|push|press|stamp)\w*"
        r"(?: [\w']+){0,4} (?:the whole time|all this time|all the time|ever since|non-?stop)|"
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


#: What people do to ease a cramp, in both orders of the time spent on it (below).
_EASING = r"stretch\w*|rubb\w*|massag\w*|pull\w*|walk\w*|flex\w*|pointing"


#: Time spent trying to ease a cramp that is still going is its length so far:
#: "20 mins of stretching and nothing", "not better after half an hour of rubbing".
@cache
def _spent_trying() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'])(?P<n>{NUMBER}|half an?|an?)\s*{UNIT}"
        rf" of (?:{_EASING}|try\w*|standing on it|hot water|heat)(?![\w'])",
        re.IGNORECASE,
    )


#: ... and told the other way round: "been stretching for 15 mins, cramp still locked solid"
#: (round s21, lead; not a routine: "I stretch for 15 minutes every night").
@cache
def _trying_for() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'])(?:been |kept |keep |tried |trying )?(?:{_EASING})"
        r"(?: it| them| my \w+| (?:his|her) \w+)?"
        rf" for (?:about |around |over |more than |nearly )?(?P<n>{NUMBER}|half an?|an?)\s*{UNIT}"
        r"(?![\w'])(?![^.;]{0,24}\b(?:every|each|nightly|daily|a day|a night|before bed))",
        re.IGNORECASE,
    )


@cache
def _started_ago() -> re.Pattern[str]:
    return re.compile(
        # (a clinician's "onset 15 minutes ago", "o/e onset 20 min ago")
        rf"(?<![\w'])(?:started|began|begun|came on|kicked in|hit|it'?s been going|been going|"
        rf"onset|cramped up|cramping|seized up|locked up|"
        # (round s29, lead: the cramp itself, or a learner's "start": "calf cramp in the pool
        # about 25 min ago", "foot cramped 25 min ago", "my leg cramp start 20 minutes ago")
        # (narrowed on a GP's review: never a fresh bout of a cramp going on longer, "it
        # spasmed again 2 minutes ago", "last cramp 1 min ago")
        rf"(?<!last )(?<!another )(?<!latest )(?<!new )(?:cramp(?:ed|s)?|spasm(?:ed|s)?)"
        rf"(?! again)(?![^.;]{{0,24}}\bagain\b)|(?<=cramp )starts?|"
        # (round s26, lead: the start pointed back to: "... my thigh cramped. That was over
        # 20 minutes ago.")
        rf"(?:that|this)(?:'s| was| is)|"
        # the cramp named as a thing that came: "got a cramp in the pool 25 mins ago"
        rf"(?:got|had|woke (?:up )?with|went into) (?:a |the |this |my )?"
        rf"(?:cramp|spasm|charley horse))"
        # (round s29, lead: a little more room for what is told between: "my foot cramped,
        # toes clawed under, about 12 minutes ago now")
        rf"[^.;]{{0,32}}?(?P<n>{NUMBER})(?:[- ]?odd|\+|[- ]?ish)?\s*"
        rf"{UNIT} ago(?![\w'])",
        re.IGNORECASE,
    )


# round s26 (lead): a length told by its number alone after the minutes were named: "if it
# doesn't pass in 10 min call someone - it's been 15 and my foot is still twisted".
_BARE_BEEN = re.compile(
    r"(?<![\w'])(?:it'?s|it has|has|'s) been (?:about |over |nearly |almost |like )?"
    r"(?P<n>\d{1,3})(?![\w.:/])(?! ?(?:years?|yrs?|days?|weeks?|months?|times?|x)\b)",
    re.IGNORECASE,
)
_MINUTES_NAMED = re.compile(r"\d+\s*(?:minutes?|mins?)(?![\w'])", re.IGNORECASE)


def _bare_minutes(text: str) -> list[tuple[float, str]]:
    out = []
    for m in _BARE_BEEN.finditer(text):
        if _MINUTES_NAMED.search(text, 0, m.start()):
            out.append((float(m.group("n")), m.group()))
    return out


def _length(m: re.Match[str]) -> tuple[float, str] | None:
    """A number and its unit ("20 mins", "half an hour", "an hour") as minutes, with its words
    (or the number that takes it back: "started 10 minutes ago... no, more like 25 now")."""
    said = m.group("n").lower()
    n = 0.5 if said.startswith("half") else 1.0 if said in ("a", "an") else number(said)
    n = revised(m.string, m.end()) or n
    return None if n is None else (n * MINUTES[m.group("unit")[0].lower()], m.group())


def ongoing(text: str) -> list[tuple[float, str]]:
    """A cramp still going: "started 25 minutes ago and still won't let go",
    "since twenty past two and it's now ten past three"."""
    out: list[tuple[float, str]] = []
    timed = [
        *matches(_started_ago, " ago", text),
        *matches(_later, "later", text),
        *matches(_later_still, "later| on and| on,", text),
        # "I do 20 minutes of stretching every night" is a routine, not this cramp
        *(
            m
            for m in [*matches(_spent_trying, " of ", text), *matches(_trying_for, " for ", text)]
            if not _HABIT.search(text[max(0, m.start() - 14) : m.start()])
        ),
    ]
    out.extend(t for t in map(_length, timed) if t is not None)
    pairs = clock_pairs.spoken(text)
    out.extend(pairs)
    out.extend(event_lengths.since(text))
    if still_going(text):
        out.extend(event_lengths.chores(text))
    out.extend(clock_pairs.stamped(text))
    out.extend(clock_pairs.logged(text))
    if "been" in text:
        out.extend(_bare_minutes(text))
    # A start time is the cramp's length so far only while it is still going; "since" says
    # so itself: "foot cramp since 3am, it's now 3:20" (round s21, lead), where "started at
    # 3am ... it's now 3:20" may have stopped between.
    if out and still_going(text):
        return out
    return [p for p in pairs if p[1].lower().startswith("since ")]


@lru_cache(maxsize=64)
def still_going(text: str) -> bool:
    """The text says the cramp goes on ("still locked", "won't let go"). Kept for the last
    texts: reading one text's numbers asks up to three times."""
    return bool(_still().search(text))


def durations(text: str) -> list[tuple[float, str]]:
    """The rare duration forms (``numbers.durations`` has the common ones), with their words."""
    out = event_lengths.programmes(text)
    for m in and_a_half(text):
        n = number(m.group("n"))
        if n is not None:
            out.append((n * 60 + 30, m.group()))
    return out + ongoing(text)
