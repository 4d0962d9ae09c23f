"""A cramp's length told by what went on while it lasted, as the least that lasts: "since
lunch", "started as the film began and it's over", three chores done, "two episodes"."""

from __future__ import annotations

import re
from functools import cache

from crampcare.quantities.needles import matches
from crampcare.quantities.numbers import NUMBER, number

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


#: A cramp's start as both patterns below read it (each adds its own forms).
_BEGAN = r"started|began|came on|went into (?:a )?cramp"


@cache
def _since_event() -> re.Pattern[str]:
    # Started at one moment, still going at a later one the text names: "went into cramp
    # when I was putting the dinner on ... we've eaten and washed up and it's STILL cramped".
    return re.compile(
        rf"(?<![\w'])(?:{_BEGAN}|cramped up|seized up|locked up)"
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


#: What says a cramp has not let go, and what says the thing it began with is over or
#: has moved on, in either order (round s22, lead): "started as the ten o'clock news began
#: and it's still there now they're doing the weather", "cramped at the start of an episode
#: and it's still cramped at the end credits", "started when the soap came on, that's
#: finished now ... she's been pulling her toes back the whole time".
_PERSISTS = (
    r"still|the whole time|all the time|all this time|ever since|throughout|"
    r"(?:won'?t|doesn'?t|hasn'?t|didn'?t|not) (?:budg|shift|eas|go|let go|stop|releas)\w*"
)
_MOVED_ON = (
    r"(?:the |at the )?(?:end|credits|end credits|weather|adverts|ads|interval|break|"
    r"half[- ]?time|full[- ]?time)|the next (?:one|programme|program|episode|show|song|item)|"
    r"(?:that|it|the \w+|they)(?:'s| is| has| have|'ve) (?:now |nearly |almost |just )*"
    r"(?:finished|over|ended|done|moved on|gone to)|"
    r"(?:they'?re|they are) (?:now )?(?:doing|on|onto)"
)


@cache
def _spanned_event() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'])(?:{_BEGAN}|cramped(?: up)?|seized(?: up)?|locked(?: up)?|woke (?:me|him|her))"
        r"[^.;]{0,40}?\b(?:when|as|just as|right as|at the (?:start|beginning) of|before)\b"
        rf"[\s\S]{{0,160}}?(?:\b(?:{_PERSISTS})\b[\s\S]{{0,80}}?\b(?:{_MOVED_ON})(?![\w'])|"
        rf"\b(?:{_MOVED_ON})\b[\s\S]{{0,80}}?\b(?:{_PERSISTS})(?![\w']))",
        re.IGNORECASE,
    )


#: Words without which ``_since_event`` cannot match (so it need not compile).
_EVENT_WORDS = "time|the end|eaten|finished|washed|had |later|whole|entire|over|ended|done|now the"
#: Words without which ``_spanned_event`` cannot match.
_SPAN_WORDS = "still|whole time|all the time|ever since|throughout|n't|not "
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
        # (round s27, lead: "dancing a lot for a show" is what for; "for a whole episode" how long)
        # (round s29, lead: "a cramp during a tennis match" is when, as "for a show" is what for)
        r"(?!(?:for|during) (?:a|an|one) (?!whole |full |entire |long )(?:[\w-]+ )?"
        r"(?:song|episode|programme|program|show|film|movie|match)s?(?![\w']))"
        # ("lasted two episodes of EastEnders": a length told by what was on)
        rf"(?:for|through|during|over|lasted|lasting) (?:for )?(?:about |around |nearly |almost )?"
        rf"(?P<n>{NUMBER}) (?:whole |full |entire |long )?(?:[\w-]+ )?"
        r"(?P<unit>song|episode|programme|program|show|film|movie|match)(?:e?s)?(?![\w'])"
        # ("we're six songs in and it doesn't budge": that many gone by, round s22)
        rf"|(?<![\w'])(?P<n2>{NUMBER}) (?P<unit2>song|episode)s in(?![\w'])",
        re.IGNORECASE,
    )


def since(text: str) -> list[tuple[float, str]]:
    """A cramp timed from a meal or a part of the day, or outlasting a film or a match."""
    out = [(_EVENT_MINUTES, m.group()) for m in matches(_since_event, _EVENT_WORDS, text)]
    if not out:
        spanned = matches(_spanned_event, _SPAN_WORDS, text)
        out = [(_EVENT_MINUTES, m.group()) for m in spanned]
    for m in matches(_since_anchor, "since", text):
        out.append((float(_ANCHORS[m.group("anchor").lower()]), m.group()))
    return out


def chores(text: str) -> list[tuple[float, str]]:
    """Things done one after another: a cramp's length only while it is still going."""
    done = list(_chores().finditer(text))
    enough = len({c.group().lower() for c in done}) >= _CHORES_NEEDED
    return [(_CHORES_MINUTES, text[done[0].start() : done[-1].end()])] if enough else []


def programmes(text: str) -> list[tuple[float, str]]:
    """A length told by songs, episodes, films or matches, with its words."""
    out = []
    for m in matches(_units, "s", text):
        said, unit = m.group("n", "unit") if m.group("n") else m.group("n2", "unit2")
        n = number(said)
        if n is not None:
            out.append((n * _UNIT_MINUTES[unit.lower()], m.group()))
    return out
