"""The numbers a text tells of the patient: how long, how often, how old, how far along.

``crampcare.quantities`` (``numbers`` and ``clock`` for lengths, ``frequency``, ``ages``)
finds every length, frequency, age and week of pregnancy in the text; this decides which of them
are the patient's now: another person's and an earlier episode's lengths give
way to the patient's own, and a limit quoted in an "if" is the number itself,
not a cramp past it.
"""

from __future__ import annotations

from crampcare.intake import context, people
from crampcare.intake.negation import sentences
from crampcare.intake.state import State
from crampcare.quantities import ages, clock, frequency, numbers


def read(state: State, text: str) -> None:
    who = state.data.get("who")
    # (cramps told as the writer's and another's alike: either one's numbers count)
    about_other = bool(
        who and who != "self" and not people.writer_is_patient(text)
    ) or people.shared_cramps(text)
    told = numbers.durations(text)
    if not clock.still_going(text):
        told = [f for f in told if not f.rest]  # the rest outlasted a cramp that went
    found = [_quoted_limit(text, f) for f in told] + clock.durations(text)
    durations = _this_episode(
        text, people.now_of_patient(text, found, about_other, whose_only=True)
    )
    if durations:
        value, words = max(durations)
        state.data["duration_minutes"] = value
        state.fact("duration_minutes", value, words)
    freqs = people.now_of_patient(text, frequency.frequencies(text), about_other)
    if freqs:
        value, words = max(freqs)
        state.data["frequency_per_week"] = value
        state.fact("frequency_per_week", value, words)
    told_ages = ages.ages(text)
    if told_ages:
        state.data["age"], words = told_ages[0]
        state.fact("age", state.data["age"], words)
    weeks = ages.pregnancy_weeks(text, bool(state.data.get("pregnant")))
    if weeks:
        state.data["pregnancy_week"], words = weeks[0]
        state.data["pregnant"] = True
        state.fact("pregnancy_week", state.data["pregnancy_week"], words)


def _quoted_limit(text: str, found: numbers.Duration) -> tuple[float, str]:
    """ "More than 10 minutes" in an if or a claim read ("a cramp lasting more than 10
    minutes can be serious") quotes the limit, not a cramp past it: it is read as the
    number itself. The length is kept either way (an "if" must not hide a red flag's
    measure); only the "past it" goes."""
    if not found.over:
        return found.minutes, found.words
    for _, sentence in sentences(text):
        at = sentence.find(found.words)
        if at >= 0 and context.read(sentence, at, at + len(found.words)).hypothetical:
            return found.minutes, found.words
    return found.past, found.words


def _this_episode(text: str, found: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Drop the length of an earlier episode when this one's is told too.

    "Last time it lasted 15 minutes; tonight's lasted 2" is a 2-minute cramp. A past
    length alone is kept (fail safe: the reader may have misjudged which one is now),
    unless the cramps now are said to be short ("now they're shorter").
    """
    episode = context.rules().past_episode
    if episode is None or not found:
        return found  # (no length at all: nothing to drop, and none to keep)
    past = []
    for _, words in found:
        at = text.find(words)
        start = max(text.rfind(c, 0, at) for c in ".!?;") + 1 if at >= 0 else 0
        past.append(bool(episode.search(text, start, max(at, start))))
    now = [f for f, was in zip(found, past, strict=True) if not was]
    short = context.rules().short_now
    if not now and short is not None and short.search(text):
        return []  # "last year one lasted half an hour; now they're shorter"
    return now or found
