"""How old the person is and how far along a pregnancy, from free text ("I'm 34",
"my 9 month old", "32 weeks pregnant"), each with the words it came from.
"""

from __future__ import annotations

import re

from crampcare.quantities.numbers import NUMBER, holds_none, number

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
#: What every match of ``_MONTHS_PREGNANT`` and of ``_WEEKS`` holds (checked by
#: tests/intake/test_number_needles.py; ``numbers.holds_none`` reads an ASCII text only).
MONTH_NEEDLES = ("month",)
WEEK_NEEDLES = ("week", "wk")
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
    out: list[tuple[int, str]] = []
    for m in _ORDINAL_WEEK.finditer(text) if pregnant else ():
        if 1 <= int(m.group("n")) <= 45:
            out.append((int(m.group("n")), m.group().strip()))
    # (the patterns' unit words, looked for first: most texts name no months or weeks)
    months_said = not holds_none(text, MONTH_NEEDLES)
    for m in _MONTHS_PREGNANT.finditer(text) if months_said else ():
        months = number(m.group("n"))
        if months is not None and 1 <= months <= 10:
            out.append((round(months * _WEEKS_PER_MONTH), m.group().strip()))
    weeks_said = not holds_none(text, WEEK_NEEDLES)
    for m in _WEEKS.finditer(text) if weeks_said else ():
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
