"""Numbers in free text: how a number is written, and how long a cramp lasted.

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
    "thirteen": 13.0,
    "fourteen": 14.0,
    "sixteen": 16.0,
    "seventeen": 17.0,
    "eighteen": 18.0,
    "nineteen": 19.0,
    "fifty": 50.0,
}
#: Tens and units said apart, as a voice or a hurried thumb writes them: "twenty five
#: minutes" is 25, not 5 (round s24, lead: dictated messages spell numbers in words).
_TENS = {"twenty": 20.0, "thirty": 30.0, "forty": 40.0, "fifty": 50.0}
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_COMPOUND = rf"(?:{'|'.join(_TENS)})[- ](?:{'|'.join(_ONES)})"
_WORDS = "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True))
NUMBER = rf"(?:\d+(?:\.\d+)?(?:\s*(?:-|to|or)\s*\d+(?:\.\d+)?)?|{_COMPOUND}|{_WORDS})"

MINUTES = {"s": 1 / 60, "m": 1.0, "h": 60.0}
#: A unit of time as the patterns name it; ``MINUTES`` keys it by its first letter.
#: (round s22, lead: a learner's or a phone's spellings of minutes: "since 20 minit",
#: "15 minuts", "10 mnts"; no word of another language: "ahora" is "a hora", Polish
#: "20 minut temu" is twenty minutes ago)
_UNITS = r"seconds?|secs?|minutes?|mins?|minits?|minuts|minets?|minuites?|mnts?|hours?|hrs?"
UNIT = rf"(?P<unit>{_UNITS})"
#: Words after "N later" that tell the cramp went on: then N is its length, whatever else
#: the sentence says of soreness (a GP's review, round s33).
_GOES_ON = (
    r"still (?!get|have|getting|having)(?:[\w']+ ){0,2}?(?:locked|cramp\w*|hard|tight|there|"
    r"going|stuck|knotted|in spasm|spasm\w*|hurt\w*|painful|rigid|solid|bad|seized)|"
    r"won'?t|wouldn'?t|"
    r"locked|solid|as bad|just as|no better|not (?:gone|eased|better|working)|hasn'?t|"
    r"isn'?t (?:gone|better|working)|nothing (?:worked|helped)|can'?t put"
)
_STILL_GOING = re.compile(rf"[^.;!?]{{0,50}}?\b(?:{_GOES_ON})", re.IGNORECASE)
#: What "N later" tells when the cramp is then gone: N is when, not how long.
_LATER_GONE = (
    r"fine|gone|went|better|ok|okay|eased|passed|normal|over|back (?:on|to|out)|running|"
    r"playing|again|asleep"
)
_DURATION = re.compile(
    # "twenty-odd minutes", "20+ mins", "15ish minutes": at least the number.
    # ("three doses within 2 hours" is the span of what was done, not a cramp's length)
    # (round s24, lead: what a cramp leaves behind lasts its own time: "cramps that leave me
    # limping for an hour", "sore for two days")
    rf"(?<![\w'])(?<!within )(?<!inside of )(?<!limping for )(?<!hobbling for )(?<!limp for )"
    rf"(?<!sore for )(?<!tender for )(?<!achy for )(?<!bruised for )"
    # (round s27, lead: "within half an hour" is no "an hour")
    rf"(?<!half )"
    # (round s36, lead: "in a quarter of an hour he was fine" holds no "an hour")
    rf"(?<!quarter of )(?<!quarters of )"
    # (round s27, lead: "the 10-minute mark", a length joined to its unit by a hyphen)
    rf"(?P<n>{NUMBER})(?:[- ]?odd|\+|[- ]?ish)?(?:\s*|-)"
    rf"(?:more\s+)?{UNIT}"
    # "an hour of playing guitar" is the activity's length; "ten minutes of cramping" the cramp's.
    # (round s26, lead: "four hours of sleep" is the night's; "two hours in I got cramps" is
    # how far into a walk, not how long a cramp lasted)
    # (round s31, lead: "a calf cramp 30 min into my run" is how far into the run it came;
    # narrowed on a GP's review: only into an activity, never "30 min into this cramp")
    # (round s33, lead: "20 minutes later it was still locked" tells it lasted that long; on a
    # GP's review, "later" is when only with the cramp then told gone or eased)
    rf"(?![\w'])(?!\s+(?:ago|later(?=[^.;!?]{{0,40}}\b(?:{_LATER_GONE}|"
    r"(?:just |only )?(?:slightly |a bit |a little |mildly |a touch )?"
    r"(?:sore|achy|tender|stiff|bruised)|just a (?:bit|little)|still (?:awake|up|"
    r"sore|tender|achy|aching|a bit|a little|bruised)|(?:can'?t|couldn'?t) (?:get back to )?"
    rf"sleep)\b)(?![^.;!?]{{0,50}}\b(?:{_GOES_ON}))|before|"
    r"into (?:(?:my|the|a|his|her|their|our|this|that|a long|my long) )?"
    r"(?:run|runs|jog|walk|hike|ride|race|match|game|session|workout|class|shift|swim|set|"
    r"round|training|practice|marathon|half|parkrun|cycle|spin|climb|dance|lesson)\b|"
    r"of (?:(?!cramp|spasm|seiz|pain|agon|throb)[\w']+ing|exercise|practice|sleep|kip|"
    r"shut-?eye|rest|work|school|class|lessons?|travel)\b|"
    r"in(?:,|\s+(?:i|we|he|she|they)\b)))"
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
#: A cramp held all through something timed (round s36, lead: "my calf locked for the whole
#: 40 minute train journey"): the journey's length is the cramp's.
_HELD_THROUGH = re.compile(
    r"(?<![\w'])(?:locked|stuck|seized|cramped|cramping|cramps?|spasms?|knotted|gripped|"
    r"in spasm|lasted|went on)(?: in (?:my|his|her|the|their) [\w-]+)?"
    r"(?: up| solid| tight)? for (?:the|my|his|her|our|their) (?:whole|entire) "
    # (a GP's review: "the whole hour long meeting", "the whole 30-minute drive")
    rf"(?:(?P<n>{NUMBER})[- ]?{UNIT}|(?P<hour>hour))(?:[- ]long)? (?:[\w-]+ )?(?:flight|drive|"
    r"journey|trip|train|bus|coach|car|ride|shift|match|game|class|film|meeting|lesson|"
    r"service)(?![\w'])",
    re.IGNORECASE,
)
# Activities whose length is not the cramp's ("I walk for 30 minutes").
ACTIVITY = re.compile(
    r"(?<![\w'])(?:walk\w*|run|runs|running|ran|jog\w*|swim\w*|swam|sit|sits|sitting|sat|"
    r"stand\w*|stood|driv\w*|drove|cycl\w*|train\w*|play\w*|exercis\w*|work\w*|every|each|"
    r"sleep\w*|slept|stretch\w*|drink\w*|drank|eat|eats|eating|ate|take|takes|taking|took|"
    # round s21 (lead): "I rub my feet for 20 minutes every night" (rubbing a cramp that is
    # still going is timed by ``clock``)
    r"rub|rubs|rubb\w*|massag\w*|"
    # (round s33, lead: "pushing the buggy up and down the seafront for an hour"; on a GP's
    # review, only what is pushed along: "pushed my heel down for 20 minutes" is a stretch)
    r"(?:push|pushes|pushing|pushed) (?:the |a |my |his |her |our )?(?:buggy|pram|pushchair|"
    r"wheelchair|trolley|mower|lawnmower|swing|stroller)|"
    # ("won't let go 25 min" is the cramp's hold, not a going)
    # (nor "will not go away, it's been 15 minutes": the cramp that will not go)
    r"do|does|doing|did|(?<!let )(?<!not )(?<!n't )(?<!nt )(?:go|goes|going|went)|gym|lift\w*|"
    r"writ\w*|typ\w*|"
    # ("on my feet 12 hours" is a working day's length)
    r"study\w*|revis\w*|on (?:my|his|her|their|our|your) feet|awake|"
    # (round s30, lead: "paddleboarding for three hours", a session on the water or the
    # slopes; narrowed on a GP's review: not "three nights in a row", "digging in", "like a
    # golf ball" or "in the garden", which time the cramp)
    r"paddl\w*|kayak\w*|canoe\w*|surfing|sailing|hiking|danc\w*|skating|skiing|"
    r"snowboard\w*)"
    # (a GP's review, round s31: never with the cramp's lasting told between, "came on 5 min
    # into my walk and has lasted 15 minutes")
    r"(?![\w'])\s+(?:(?!last|lasted|lasting|lasts|been\b|going on|gone on)[\w']+\s+){0,3}$",
    re.IGNORECASE,
)
# round s33 (lead): a length up to eight words after the activity, when none of them is the
# cramp, its place or its hold ("walking the pram round the lake for an hour, got a
# cramp"), and nothing after the number says the cramp is still there ("walked round the
# house for 15 minutes and the calf is still in spasm" is the cramp's length). Lengths
# only, and how often (round s34, lead: "walks to the paper shop every day").
ACTIVITY_FAR = re.compile(
    ACTIVITY.pattern.rsplit(r"(?![\w'])\s+", 1)[0]
    + r"(?![\w'])\s+(?:(?!last|lasted|lasting|lasts|been\b|going on|gone on|cramp|spasm|lock|"
    r"seiz|stuck|knot|hurt|pain|agony|it\b|calf|calves|foot|feet|toe|leg|thigh|hamstring|"
    # (a GP's review: the muscle and its hold in other words, and a verb told of it, "my
    # shin muscle was rigid for 30 minutes")
    r"muscle|shin|quad|arch|arm|hand|finger|rigid|hard\b|solid|tight|rock|claw|charl|"
    r"was\b|were\b|went\b)[\w']+\s+){4,8}$",
    re.IGNORECASE,
)
_STILL_AFTER = re.compile(
    r"[^.;!?]{0,50}?\b(?:still(?! (?:awake|up|sore|tender|achy|aching|a bit|a little|bruised|"
    r"couldn'?t sleep|can'?t sleep|not asleep))|not (?:gone|eased|stopped|better)|(?:hasn'?t|"
    r"has not|won'?t|wouldn'?t|isn'?t) (?:gone|go|eased|ease|stopped|stop|let go|let up|"
    r"better|release|relax|budge|shift)|no better|(?:the )?same|no change|nothing (?:worked|"
    r"helped|works|helps)|locked|solid|just as|as bad|(?:isn'?t|not) working|can'?t put (?:any )?"
    r"weight|ever since|crying)\b",
    re.IGNORECASE,
)
# A rest told with its place, up to five words before the number, none of them the cramp
# or its lasting: "sat in the shade for 20 mins" is how long the rest took; "sitting at
# my desk, lasted 20 mins" is a cramp's length.
# (round s29, lead: a posture held is a rest too: "legs were bent in the cockpit for an
# hour and my thigh cramped")
_REST = re.compile(
    r"(?<![\w'])(?:sat|rested|resting|lay|lying|laid|waited|waiting|(?<=legs were )bent|"
    r"(?<=knees were )bent|folded|tucked|crouch\w*|kneel\w*|knelt|squat\w*)(?![\w'])\s+"
    # (a GP's review, round s29: never with the cramp told between, "kneeling and it
    # wouldn't go for 20 minutes", "squatting and my calf was stuck for 20 mins")
    r"(?:(?!cramp|spasm|last|seiz|lock|it\b|wouldn|won|didn|go\b|ease|stuck|stay|agony|pain|"
    r"hurt|calf|toe|foot|feet|finger)[\w']+,?\s+){0,6}$",
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

# round s35 (lead): a length spent in the heat is the exposure's, as a journey's is: "8 hours
# in the sun. Calf cramp when I climbed down" (with the cramp named before it in the
# sentence, "calf cramp for 20 minutes in the heat", it is the cramp's).
_IN_THE_HEAT = re.compile(
    r"\s+(?:out )?in (?:the )?(?:(?:blazing|baking|hot|full|midday|afternoon) )?(?:sun|sunshine|"
    r"heat|sauna|steam room|hot tub)(?![\w'])",
    re.IGNORECASE,
)
_CRAMP_NAMED = re.compile(r"(?<![\w'])(?:cramp|spasm|charley|seiz|locked|knot|it\b)[^.!?]*$", re.I)


def number(text: str) -> float | None:
    """A number written as digits or words; the upper end of a range."""
    t = text.strip().lower()
    if t in _WORD_NUMBERS:
        return _WORD_NUMBERS[t]
    tens, _, ones = t.replace("-", " ").partition(" ")
    if tens in _TENS and ones in _ONES:
        return _TENS[tens] + _ONES.index(ones) + 1
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


#: (round s27, lead: "now just past the 10-minute mark" is past ten)
_PAST = re.compile(r"(?:well |just )?(?:over|past)|more|longer|upwards", re.IGNORECASE)


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
_NOT_THE_CRAMPS = (
    r"[- ](?!(?:cramp|spasm|charley|knot|pain|agony|episode|attack|bout|spell|one|long|hold|"
    r"seizure|fit|mark|point|stage|limit|rule|threshold|wait|stretch)\w*(?![\w']))"
)
_DESCRIBES = re.compile(_NOT_THE_CRAMPS + r"(?![\w']+ing(?![\w']))[a-z][\w']+", re.IGNORECASE)
#: Joined to its unit by a hyphen, a length describes any noun after it, one in -ing too:
#: "a 2-hour meeting".
_DESCRIBES_JOINED = re.compile(_NOT_THE_CRAMPS + r"[a-z][\w']+", re.IGNORECASE)
_FELT_LIKE = re.compile(r"(?<![\w'])(?:felt|feels|feel|seemed|seems) like\s+$", re.IGNORECASE)
#: A length followed by "after" is when, unless a "for" before it makes it how long.
# (round s37, lead: a range or a rough one before it, "usually an hour or two after the
# injection", "20 mins or so after my run")
_AFTER = re.compile(
    r"(?:\s+or\s+(?:so|two|three|four|five|\d+)(?:\s+(?:hours?|hrs?|minutes?|mins?))?)?"
    r"\s+after(?![\w'])",
    re.IGNORECASE,
)
# round s33 (lead): "half an hour later she was running again" is when, as "after" is; on a
# GP's review, only with the cramp then told gone or eased ("half an hour later it won't
# release" is its length). ``_DURATION`` holds the same words.
_LATER = re.compile(r"\s+later(?![\w'])", re.IGNORECASE)
_WENT_BEFORE = re.compile(
    r"\b(?:went|gone|eased|passed|stopped|settled|released|let go|all good|fine|ok|okay|"
    r"sorted)\b(?![^.;!?]*\bback\b)",
    re.IGNORECASE,
)
_LATER_RESOLVED = re.compile(
    rf"\s+later(?=[^.;!?]{{0,40}}\b(?:{_LATER_GONE})\b)"
    rf"(?![^.;!?]{{0,50}}\b(?:{_GOES_ON}))",
    re.IGNORECASE,
)
#: The tenderness a cramp leaves, timed: "bit sore for a few hours after", "tender for a
#: couple of hours afterwards" (triage.md: up to a day of it is normal), not the cramp.
_SORE_FOR = re.compile(
    r"(?<![\w'])(?:sore|tender|achy|aching|bruised|stiff)\s+for\s+(?:about |around |a good )?$",
    re.IGNORECASE,
)
#: What a cramp leaves behind, timed with "for" (round s36, lead: "for a cramp to leave a
#: knot for a few hours? It was a 1-minute charley horse", "left my calf achy for hours"):
#: its own time, however the sentence ends.
_LEFT_FOR = re.compile(
    r"(?<![\w'])(?:leave|leaves|left|leaving)(?:\s+[\w']+){0,3}?\s+(?:knot|knots|lump|ache|"
    r"aching|bruise|soreness|tenderness|stiffness|sore|achy|tender|stiff|bruised|limping|limp)"
    r"(?:\s+in\s+(?:my|his|her|the|their|your)\s+\w+)?\s+for\s+(?:about |around |a good )?$",
    re.IGNORECASE,
)
#: A length it took to be well again (round s36, lead: "sat in the shade, had a drink, and in
#: a quarter of an hour he was fine"): when, not how long the cramp held.
_IN_BEFORE = re.compile(r"(?<![\w'])(?:in|within)\s+(?:the\s+)?$", re.IGNORECASE)
#: The same told the other way round (round s39, lead: "he was running again within the
#: quarter hour"): being well again, then how soon.
_WELL_BEFORE = re.compile(
    r"(?<![\w'])(?:fine|ok|okay|well|better|gone|went|eased|stopped|passed|settled|normal|grand"
    r"|back|running|playing|walking|training|moving|chattering|laughing)"
    r"(?: (?:again|about|around|as usual|on (?:his|her|my|their) feet))?"
    r"\s+(?:in|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WELL_BY = re.compile(
    r",?\s+(?:(?:he|she|it|they|i|we|the cramp|the pain)"
    r"(?:'s| was| is| were| had| felt| seemed)?\s+)?(?:(?:all|completely|totally|back to)\s+)?"
    r"(?:fine|ok|okay|better|gone|normal|right|grand)(?![\w'])",
    re.IGNORECASE,
)
#: A length spent sitting or kneeling, told without "for" (a GP's review, round s36: "pale
#: after a couple of hours sitting on it"): the posture's; "cramp for 20 minutes sitting on
#: the floor" keeps its "for" and is the cramp's.
_SPENT_SITTING = re.compile(
    r"\s+(?:sitting|sat|kneeling|knelt|lying|lain|squatting|crouching|perched) "
    r"(?:on|in|at|down|cross|with)(?![\w'])",
    re.IGNORECASE,
)
_AFTERWARDS = re.compile(
    r"\s+(?:after(?:wards?)?|later|the next day|next day)(?![\w'])", re.IGNORECASE
)
_FOR = re.compile(
    # (a pharmacist's review, round s37: "my cramps last an hour or two after my insulin")
    r"(?<![\w'])(?:for|lasted|lasting|lasts|last|go on|goes on|went on)\s+"
    r"(?:about |around |over |nearly |almost |up to |a good )?$",
    re.I,
)
#: "Going on twelve minutes" straight before a number means "nearly": a time elapsed,
#: said of whatever the sentence is about, never an activity's length.
_GOING_ON = re.compile(r"(?<![\w'])going on (?:about |nearly |almost |for )?$", re.IGNORECASE)
#: The cramp named before "went on for" a length is what went on (round s34, lead: "the
#: cramp I had in my calf this morning went on for about 40 minutes"); a party or a match
#: that went on, or people who went on, are not (a GP's review).
_CRAMP_WENT_ON = re.compile(
    r"(?<![\w'])(?:cramp|cramps|spasm|spasms|charley horse|knot)(?![\w'])[^.;!?]{0,60}?"
    r"(?<!we )(?<!i )(?<!he )(?<!she )(?<!they )(?<![\w'])went on for "
    r"(?:about |around |nearly |almost |over |more than |like |maybe )?$",
    re.IGNORECASE,
)


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


_HALF_HOUR = re.compile(r"(?<![\w'])(?<!within )half (?:an )?hour(?![\w'])", re.IGNORECASE)
_QUARTER_HOUR = re.compile(r"(?<![\w'])(?:a )?(?:good )?quarters? (?:of an )?hour(?![\w'])", re.I)
#: The last hour or hours as a length (a GP's review, round s35): "calf cramp for the last
#: hour, stretching doesn't help" (not "in the last hour", a count's window).
_LAST_HOURS = re.compile(
    r"(?<![\w'])(?<!on and off )(?<!off and on )(?<!on and off, )for (?:the|this) (?:last|past) "
    r"(?P<q>hour|couple of hours|few hours|two hours|2 hours|three hours|3 hours)(?![\w'])"
    # (a GP's review: "for the last hour of the match" is when, "on and off" no one cramp)
    r"(?! of\b)",
    re.IGNORECASE,
)
_LAST_HOURS_MINUTES = {"hour": 60.0, "two hours": 120.0, "2 hours": 120.0, "three hours": 180.0}
#: Every match of the patterns below holds one of these (a unit of time: "mins", "hrs";
#: tests/intake/test_number_needles.py checks each pattern): an ASCII text without any
#: tells no length, and most questions tell none. (Not for other text: in Unicode,
#: IGNORECASE matches letters that lower() leaves apart, "ſ" and "s".)
UNIT_NEEDLES = ("sec", "min", "mnt", "hour", "hr")
NEEDLED = (_DURATION, _UNRELIEVED, _HALF_HOUR, _QUARTER_HOUR, _LAST_HOURS, _HELD_THROUGH)


def holds_none(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` is ASCII and holds none of ``needles`` (in lower case) in any case."""
    if not text.isascii():
        return False
    lowered = text.lower()
    return not any(needle in lowered for needle in needles)


def durations(text: str) -> list[Duration]:
    """Cramp durations in minutes, with their words (activity lengths left out)."""
    if holds_none(text, UNIT_NEEDLES):
        return []
    out = []
    found = list(_DURATION.finditer(text))
    for m, after in zip(found, [*found[1:], None], strict=False):
        before = text[max(0, m.start() - 30) : m.start()]
        act = ACTIVITY.search(before)
        if (
            act
            and not _CRAMP_GOING.search(before[: act.start() + len(act.group().split()[0])])
            and not _GOING_ON.search(before)
            and not _CRAMP_WENT_ON.search(text, max(0, m.start() - 100), m.start())
            # (a GP's review: "pushing the mower for an hour ... still there after stretching";
            # "rub my feet for 20 minutes and still get the odd cramp" is no cramp going on)
            and not _STILL_GOING.match(text, m.end())
        ):
            continue
        if ACTIVITY_FAR.search(text[max(0, m.start() - 64) : m.start()]) and not (
            _STILL_AFTER.match(text, m.end()) or _GOING_ON.search(before)
        ):
            continue
        if _JOURNEY.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        if (
            _IN_THE_HEAT.match(text, m.end())
            and not _CRAMP_NAMED.search(text, max(0, m.start() - 80), m.start())
            and not _STILL_AFTER.match(text, m.end())
        ):
            continue
        # ("went after stretching, 20 minutes later I'm still awake": the cramp had gone)
        if (
            _LATER.match(text, m.end())
            and _WENT_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
            and not _STILL_AFTER.match(text, m.end())
        ):
            continue
        if _ONSET.search(before):
            continue
        if (
            not m.group("unit").lower().endswith("s")
            and _ARTICLE.search(before)
            and (_DESCRIBES_JOINED if "-" in m.group() else _DESCRIBES).match(text, m.end())
        ):
            continue
        if _SORE_FOR.search(before) and _AFTERWARDS.match(text, m.end()):
            continue
        if _LEFT_FOR.search(before):
            continue
        # "felt like an hour but the clock says 6 minutes": a feeling, when a length is
        # told beside it (alone, "felt like 20 minutes" is the only length there is; a GP
        # review, round s27)
        if _FELT_LIKE.search(before) and len(found) > 1:
            continue
        # "20 minutes after the run" is when, not how long, and "a couple of hours sitting on
        # it" is the sitting's; "for 15 mins after football" is how long (the "for" says so).
        if (
            (_AFTER.match(text, m.end()) or _SPENT_SITTING.match(text, m.end()))
            and not _FOR.search(before)
            and not _STILL_AFTER.match(text, m.end())
        ):
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
            r"|at least|(?:just |well )?past(?: the)?)\s+$",
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
    for m in _HELD_THROUGH.finditer(text):
        if m.group("hour"):
            out.append(Duration(60.0, m.group().strip()))
        elif (n := number(m.group("n"))) is not None:
            out.append(Duration(n * MINUTES[m.group("unit")[0].lower()], m.group().strip()))
    half = _HALF_HOUR.search(text)
    if half and not (_AFTER.match(text, half.end()) or _LATER_RESOLVED.match(text, half.end())):
        out.append(Duration(30.0, half.group()))
    last = _LAST_HOURS.search(text)
    if last:
        q = last.group("q").lower()
        out.append(Duration(_LAST_HOURS_MINUTES.get(q, 120.0), last.group()))
    quarter = _QUARTER_HOUR.search(text)
    if quarter and not (
        (_IN_BEFORE.search(text, 0, quarter.start()) and _WELL_BY.match(text, quarter.end()))
        or _WELL_BEFORE.search(text, 0, quarter.start())
    ):
        # ("three quarters of an hour" is 45 minutes, its "an hour" not read above)
        three = re.search(r"(?:three|3)\s*$", text[: quarter.start()])
        out.append(Duration(45.0 if three else 15.0, quarter.group()))
    return out
