"""How often the cramps come, per week, from free text: "3 times a week", "most nights",
"every Monday and Thursday", "4 times this week".

Each finding keeps the words it came from. A count of something the person does ("I swim
3 times a week") is the activity's, not the cramps'.
"""

from __future__ import annotations

import re

from crampcare.quantities.numbers import ACTIVITY, ACTIVITY_FAR, NUMBER, holds_none, number

_PER = {
    "week": 1.0,
    "wk": 1.0,
    "fortnight": 0.5,
    "2 weeks": 0.5,
    "two weeks": 0.5,
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
    # (round s27, lead: a learner's "several times in week")
    r"(?:\s+(?:a|per|each|every|in a|in(?= (?:week|month)\b))\s+|\s*/\s*|\s+out of\s+)"
    r"(?P<per>week|wk|fortnight|month|mo|year|yr|day|night|evening|"
    r"(?<=out of )(?:7|seven))(?![\w'])",
    re.IGNORECASE,
)
#: A count in the week or month just past: "4 times this week", "3 nights in the last
#: week", "10 cramps this month" (its unit said, so "he turns 3 this week" is no count).
_IN_PERIOD = re.compile(
    rf"(?<![\w'])(?P<n>{NUMBER})(?:\s*(?:times?|nights?|days?|evenings?|x|cramps?|episodes?)"
    r"|(?<=twice)|(?<=thrice))"
    r"\s+(?:this|last|in the (?:last|past)|over the (?:last|past)|during the|the (?:last|past)"
    r"|in one|in a single)"
    # (round s28, lead: "11 cramps in the last 2 weeks")
    r"\s+(?P<per>week|wk|fortnight|month|(?:2|two) weeks)(?![\w'])",
    re.IGNORECASE,
)
#: The period told first, the count after it (round s36, lead: "every week I get 3 or 4
#: cramps at night", Singlish "every week confirm got 3-4 times cramp"): the cramps named
#: with the count ("cramps", "times", "attacks"), never a thing done ("every week I walk 3
#: miles").
_PERIOD_FIRST = re.compile(
    r"(?<![\w'])(?:every|each|per|in a) (?P<per>week|wk|fortnight|month)[,:]?\s+"
    r"(?:(?:i|he|she|we|they|you|confirm|sure|definitely|usually|probably|about|around|"
    r"maybe|like|get|gets|got|have|has|had|there are|there's|it's|its|at least|my|his|her|"
    # (a GP's review: the one who has them named, "every week mum gets a few cramps")
    r"our|mum|mom|mam|dad|gran|nan|grandad|grandma|grandpa|son|daughter|husband|wife|"
    r"partner|boy|girl|still)\s+){0,4}"
    # (a range in words is read by its upper end, as one in figures is: "two or three")
    rf"(?:(?:{NUMBER})\s*(?:-|to|or)\s*)?(?P<n>{NUMBER})\s*(?:times?|x|cramps?|attacks?|episodes?|"
    r"bad (?:ones|nights)|nights? (?:of|with) cramps?)(?![\w'])",
    re.IGNORECASE,
)
#: A count totted up for a period just named: "cramp log: Mon, Tue, Thu, Fri, Sun. that's 5
#: this week" (round s24, lead).
_TOTAL_IN_PERIOD = re.compile(
    rf"(?<![\w'])(?:that'?s|that is|thats|makes?|making|total(?: of)?)\s+(?P<n>{NUMBER})\s+"
    r"(?:this|last|in the (?:last|past)|over the (?:last|past)|the (?:last|past))"
    r"\s+(?P<per>week|wk|fortnight|month)(?![\w'])",
    re.IGNORECASE,
)
#: What every match of ``_FREQUENCY``, and of ``_IN_PERIOD``, ``_TOTAL_IN_PERIOD`` and
#: ``_PERIOD_FIRST``,
#: holds: its period (checked by tests/intake/test_number_needles.py; ``holds_none`` reads
#: an ASCII text only).
PER_NEEDLES = (
    "week",
    "wk",
    "fortnight",
    "mo",
    "year",
    "yr",
    "day",
    "night",
    "evening",
    "7",
    "seven",
)
IN_PERIOD_NEEDLES = ("week", "wk", "fortnight", "month")
#: A count said after a correction is the cramps' own: "not every day but about 3 times a
#: week" (the "every" before the "but" is no activity of the count's).
_CORRECTED = re.compile(r"(?<![\w'])(?:but|or rather|more like|maybe|actually)(?![\w'])")
_IN_A_ROW = "(?:running|in a row|on the trot)"
_FIXED = (
    (re.compile(r"(?:almost |nearly |pretty much )?every (?:single )?(?:night|day|evening)"), 7.0),
    # (round s39, lead: "how to prevent it in daily life" is everyday life, no count)
    (
        re.compile(
            r"nightly|daily(?! life)|(?<!in )daily(?= life)|each night|all the time|constantly"
            r"|non-?stop|24/7"
        ),
        7.0,
    ),
    (
        re.compile(
            # (round s30, lead: "most shifts", a working week's most days; round s36, lead:
            # "every single shift", at least as many)
            r"every (?:other|second|2nd) (?:night|day|evening)|"
            r"most (?:nights|days|evenings|shifts)|"
            r"every (?:single )?(?:shift|working day|work day|workday)(?! pattern)"
        ),
        4.0,
    ),
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
    # "3rd night this week", "the fifth one this week" (round s38): at least that many a week.
    *(
        (
            re.compile(
                rf"(?:{w}) (?:night|time|day|one|cramp|attack|episode)s? (?:this|in a|of the) week"
            ),
            v,
        )
        for w, v in (
            ("3rd|third|three", 3.0),
            ("4th|fourth|four", 4.0),
            ("5th|fifth|five", 5.0),
            ("6th|sixth", 6.0),
            ("7th|seventh", 7.0),
        )
    ),
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
            # (round s28, lead: a learner's "many times in one week")
            r"(?:(?:a|per|every|each) week|in (?:one|a|a single) week)"
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
        # The cramps may be named in the sentence before: "I said the cramps were a
        # one-off. They're not: Monday, Wednesday and Saturday nights this week" (round s25).
        told = _sentence(lower, max(0, sentence[0] - 2), max(0, sentence[0] - 2))[0], sentence[1]
        if _CRAMP_SAID.search(lower, *told) and not _LONGER.search(lower, *sentence):
            days = {d.strip() for d in re.findall(_DAY, m.group())}
            if len(days) >= 2:
                out.append((float(len(days)), m.start(), m.end()))
    for m in _DAY_LOG.finditer(lower):
        sentence = _sentence(lower, m.start(), m.end())
        if _CRAMP_SAID.search(lower, *sentence) and not _LONGER.search(lower, *sentence):
            out.append((float(sum(int(n) for n in _LOGGED.findall(m.group()))), *m.span()))
    out.extend(_day_lines(lower))
    weeks = list(_WEEK_LOG.finditer(lower))
    if len(weeks) >= 2 and _CRAMP_SAID.search(lower):
        last = number(weeks[-1].group("n").replace("none", "0"))
        if last is not None:
            out.append((last, weeks[-1].start(), weeks[-1].end()))
    return out


#: A log of lines, each begun by its day (round s35, lead): "Mon run - calf cramp at 3k /
#: Tue run - calf cramp / Thu run - calf cramp" is three cramps in a week; a line that
#: says none ("Wed - no cramp", "Fri: nothing") is not one of them.
#: (An item of a line too, between spaced slashes, commas or semicolons, a GP's review:
#: "Monday night cramp, Tuesday night cramp, Thursday night cramp".)
_DAY_LINE = re.compile(
    r"(?m)(?:^|(?<=\s/)|(?<=[,;]))[\s•*·>-]*(?:\[?\d{1,2}[:.]\d{2}\]?\s*)?"
    r"(?P<day>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?![\w'])(?P<rest>[^\n,;/]*)"
)
_NONE_THAT_DAY = re.compile(
    r"(?<![\w'])(?:no|none|nothing|nil|zero|0|fine|ok|okay|clear|n/a)(?![\w'])|[-–—]\s*$"
)
#: Days logged with a cramp, in a week, for the log to be a count.
_LOGGED_DAYS = 3


#: A diary's line begun by its date (round s35, lead): "Cramp diary / 3 Mar: night, L calf,
#: 2 min / 4 Mar: night, L calf / 6 Mar: night, both" is three cramps in four days.
_DATE_LINE = re.compile(
    r"(?m)^[\s•*·>-]*(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)? (?P<mon>jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)[a-z]*|(?P<mon2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* "
    r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)(?![\w'])(?P<rest>[^\n]*)$"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _day_lines(lower: str) -> list[tuple[float, int, int]]:
    """The days a log of lines (or of items along a line) gives a cramp, when three or more do."""
    lines = [
        m
        for m in _DAY_LINE.finditer(lower)
        if _CRAMP_SAID.search(m.group("rest")) and not _NONE_THAT_DAY.search(m.group("rest"))
    ]
    days = {m.group("day") for m in lines}
    if len(days) >= _LOGGED_DAYS and not any(_LONGER.search(m.group()) for m in lines):
        return [(float(len(days)), lines[0].start(), lines[-1].end())]
    return _dated_lines(lower)


def _dated_lines(lower: str) -> list[tuple[float, int, int]]:
    """A dated diary of the cramps (named anywhere in it): its days, as a count a week."""
    if not _CRAMP_SAID.search(lower):
        return []
    dated = [m for m in _DATE_LINE.finditer(lower) if not _NONE_THAT_DAY.search(m.group("rest"))]
    days = sorted(
        {
            _MONTHS.index(m.group("mon") or m.group("mon2")) * 31
            + int(m.group("d") or m.group("d2"))
            for m in dated
        }
    )
    if len(days) < _LOGGED_DAYS:
        return []
    span = days[-1] - days[0] + 1
    if span > 31:
        return []  # dates a month and more apart are no week's count
    per_week = len(days) * 7 / max(span, 7)
    return [(round(per_week, 2), dated[0].start(), dated[-1].end())]


#: Weeks told one by one with their counts: "Week 1: two cramps. Week 2: four. Week 3:
#: six." The latest week is how often now (round s25, lead).
_WEEK_LOG = re.compile(
    r"(?<![\w'])week (?:\d|one|two|three|four|five|six) ?[:=-] ?(?P<n>\d{1,2}|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|none)(?![\w'])"
)


#: A diary of the week told day by day with its counts (round s25, lead): "cramp log this
#: week: mon 2, tue 1, wed 0, thu 3, fri 2" is eight in a week (at least: days untold).
_LOG_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?:? ?[-=]? ?[0-9]"
_DAY_LOG = re.compile(rf"(?<![\w']){_LOG_DAY}(?:(?:,|;| and|,? &)? {_LOG_DAY}){{2,6}}(?![\w'])")
_LOGGED = re.compile(r"(?<=[a-z:=\- ])([0-9])(?![\w'])")


#: Any doing word right before a count is what is done that often: "81 and still gardening
#: every day" (round s22); the cramp's own verbs are not.
_GERUND = re.compile(
    r"(?<![\w'])(?!(?:cramp|spasm|seiz|wak|hurt|ach|throb|tighten|lock|knot|happen|occur|"
    r"com|gett|hav|go|keep|start|twitch|jerk|burn|tingl|suffer|struggl|cry|scream|limp|"
    r"hobbl)\w*ing)[a-z]{2,}ing\s+$"
)
_DOER = re.compile(r"(?<![\w'])(?:i|we|he|she|you)(?: [\w']+){0,2} $")
#: A count right after a medicine, its strength or its form is the dose's: "metformin 500mg
#: twice a day", "iron tablets (ferrous fumarate, one a day by mouth)" (round s34, lead).
_MEDICINE = (
    r"(?:tablets?|pills?|capsules?|caps|tabs|doses?|sachets?|puffs?|drops|injections?|"
    r"supplements?|vitamins?(?: [a-z]\d*)?|magnesium|calcium|potassium|zinc|iron|folic acid|"
    r"fish oil|cod liver oil|insulin|meds|medicines?|medication|"
    r"\d+ ?(?:mg|mcg|micrograms?|milligrams?|g|ml|units?|iu)|"
    r"\w*(?:statin|pril|olol|sartan|dipine|formin|semide|thiazide|prazole|profen|"
    r"oxetine|traline|pram|pine|zide|amide|fumarate|sulphate|sulfate|gluconate|citrate|"
    r"oxide|carbonate|chloride|thyroxine))"
)
# (round s35, lead: a count of tablets told between, as a prescription slip has it:
# "Loratadine 10mg 1 daily", "ramipril 5mg x2 daily")
_DOSED = re.compile(
    rf"(?<![\w']){_MEDICINE}(?:[\s,()-]+{_MEDICINE})*"
    r"(?:\s+(?:x ?)?(?:[1-4]|one|two|three|four|half|once|twice|thrice)(?: ?x)?"
    r"(?: (?:tabs?|tablets?|caps?))?)?"
    r"[\s,(:-]*$",
    re.IGNORECASE,
)
#: The fixed counts told by the day, which after a medicine are its dose.
_BY_DAY = re.compile(r"daily|(?:almost |nearly |pretty much )?every (?:single )?day")
#: A count of nights or episodes is the cramps', whatever stands before it.
_NOT_DAYS = re.compile(r"nights?|evenings?|episodes?", re.IGNORECASE)


#: A pill organiser told by its slots: a count a day after it is how often it is filled
#: for, not the cramps ("a pill box with seven days and four times a day", round s37, lead).
_PILL_BOX = re.compile(
    r"(?<![\w'])(?:pill ?(?:box|organi[sz]er)|dosette|blister packs?|compartments?|"
    r"organi[sz]er)(?![\w'])",
    re.IGNORECASE,
)


#: Words after a far activity that turn to the cramps again: "(quinine) used to work but
#: now they're back most nights" (round s34, lead); a trip there "and back" is still the
#: walk's (round s36, lead: "I walk to the shop and back every day, no trouble at all").
_TURNS_BACK = re.compile(
    r"(?<![\w'])(?:they|they'?re|them|these|those|(?<!and )back|again|but)(?![\w'])"
)


def _far_activity(window: str) -> re.Match[str] | None:
    """An activity up to eight words before the count ("walks to the paper shop every day"),
    unless the words between turn back to the cramps."""
    far = ACTIVITY_FAR.search(window)
    return None if far is None or _TURNS_BACK.search(window, far.start()) else far


def _an_activitys(lower: str, start: int, window: str) -> bool:
    """Whether a count right after an activity ("I run 3 times a week") is the activity's:
    not when the sentence named the cramps before it ("cramps in my hands at work several
    times a week", "they stop my runs several times a week")."""
    act = ACTIVITY.search(window) or _GERUND.search(window) or _far_activity(window)
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


def _a_dose(m: re.Match[str], window: str) -> bool:
    """Whether a count a day right after a medicine is its dose: "metformin 500mg twice a
    day", or after a pill organiser with no cramps told since (a GP's review: never nights,
    cramps or a week, "I take magnesium, 4 nights a week I get the cramps")."""
    if (
        m.group("per").lower() != "day"
        or _CRAMP_SAID.search(m.group())
        or _NOT_DAYS.search(m.group())
    ):
        return False
    box = _PILL_BOX.search(window)
    return bool(_DOSED.search(window)) or (
        box is not None and not _CRAMP_SAID.search(window, box.end())
    )


#: A habit done at that count, told right after it (a GP's review, round s36: "Every single
#: shift I drink 2 litres of water", "Every night I take magnesium"): the habit's, not the
#: cramps' (a verb of having or waking with them is still theirs).
_DONE_AFTER = re.compile(
    r",? (?:i|he|she|we|they)(?: (?:always|usually|still|also|now|religiously))? "
    r"(?:take|takes|drink|drinks|wear|wears|put on|puts on|stretch|stretches|eat|eats|walk|"
    r"walks|swim|swims|run|runs|jog|jogs|cycle|cycles|use|uses|rub|rubs|massage|massages|"
    r"soak|soaks|train|trains|work|works|play|plays|do|does|go|goes|"
    r"have (?:a|my|his|her) (?:bath|shower|banana|glass|cup|drink|tonic))(?![\w'])",
    re.IGNORECASE,
)


#: The cramps said right after a count are its own, whatever was done before it (a GP's
#: review, round s36: "every night I take magnesium and every night I still get cramps").
_CRAMPS_AFTER = re.compile(
    r",? (?:i|he|she|we|they)(?: (?:still|always|usually|now|also))? (?:get|gets|have|has|"
    r"wake|wakes|am woken|is woken)(?: (?:up|woken))?(?: (?:with|by))?(?: (?:the|my|his|her|a|"
    r"bad|leg|calf|night))*(?: cramps?| a cramp)(?![\w'])",
    re.IGNORECASE,
)


def frequencies(text: str) -> list[tuple[float, str]]:
    """How often, per week, with the words."""
    lower = text.lower()
    out = []
    # (the patterns' periods, looked for first: most texts name none of them)
    found = [] if holds_none(text, PER_NEEDLES) else list(_FREQUENCY.finditer(lower))
    if not holds_none(text, IN_PERIOD_NEEDLES):
        found += [
            *_IN_PERIOD.finditer(lower),
            *_TOTAL_IN_PERIOD.finditer(lower),
            *_PERIOD_FIRST.finditer(lower),
        ]
    for m in found:
        window = _CORRECTED.split(lower[max(0, m.start() - 40) : m.start()])[-1]
        if _an_activitys(lower, m.start(), window) or _a_dose(m, window):
            continue
        n = number(m.group("n"))
        if n is not None:
            out.append((round(n * _PER[m.group("per").lower()], 2), text[m.start() : m.end()]))
    taken = [(a, b) for a, b in ((text.find(w), text.find(w) + len(w)) for _, w in out)]
    for regex, value in _FIXED:
        for m in regex.finditer(lower):
            if any(a <= m.start() < b for a, b in taken):
                continue
            window = lower[max(0, m.start() - 40) : m.start()]
            if _an_activitys(lower, m.start(), window) and not _CRAMPS_AFTER.match(lower, m.end()):
                continue
            # round s35 (lead): "daily" right after a medicine is its dose ("Vitamin D 1000
            # units daily", a medicine list); never nights, as for a count a day.
            if _BY_DAY.fullmatch(m.group()) and _DOSED.search(window):
                continue
            if _DONE_AFTER.match(lower, m.end()):
                continue
            if not re.match(r"\w", lower[m.end() : m.end() + 1] or " "):
                out.append((value, text[m.start() : m.end()]))
    for value, a, b in _mornings(lower) + _days_named(lower):
        # (a GP's review, round s36: "every morning I stretch for 10 minutes" is the habit's)
        if (
            not any(x <= a < y for x, y in taken)
            and not _an_activitys(lower, a, lower[max(0, a - 40) : a])
            and not _DONE_AFTER.match(lower, b)
        ):
            out.append((value, text[a:b]))
    return out
