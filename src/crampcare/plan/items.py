"""Knowledge-base entries turned into plan items: wording, amounts, reminders."""

from __future__ import annotations

from crampcare.knowledge.schema import Entry, Food, Prevention, Schedule, Step, Technique
from crampcare.plan.models import PlanItem, Reminder
from crampcare.safety import Exclusion
from crampcare.vocabulary import GRADE_WORDS
from crampcare.words import people_text

#: When a scheduled routine item has no time of its own: evening for what
#: relaxes the legs before bed, morning for the gymnastics.
DEFAULT_TIMES = {
    "stretch": "21:30",
    "massage": "21:00",
    "hydrotherapy": "21:00",
    "gymnastics": "08:00",
    "exercise": "18:00",
    "bedding": "22:00",
}
FALLBACK_TIME = "21:30"


def first_sentence(text: str, limit: int = 220) -> str:
    """The opening sentence of an entry's text, for a one-line summary."""
    flat = people_text(text)
    end = flat.find(". ")
    sentence = flat if end < 0 else flat[: end + 1]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def duration(s: int) -> str:
    """'30 s', '2 min', '1 min 30 s'."""
    if s % 60 == 0:
        return f"{s // 60} min"
    return f"{s} s" if s < 90 else f"{s // 60} min {s % 60} s"


def step_text(step: Step) -> str:
    """'Lean into the wall (hold 30 s, 3 times, each side)'."""
    amount: list[str] = []
    if step.seconds:
        held = duration(step.seconds)
        if step.seconds_max and step.seconds_max != step.seconds:
            held += f" to {duration(step.seconds_max)}"
        amount.append(f"hold {held}" if step.reps else held)
    if step.reps:
        amount.append("once" if step.reps == 1 else f"{step.reps} times")
    if step.sets:
        amount.append(f"{step.sets} sets")
    if step.per_side:
        amount.append("each side")
    words = people_text(step.instruction)
    return f"{words} ({', '.join(amount)})" if amount else words


def reminder(schedule: Schedule | None, key: str, title: str) -> Reminder | None:
    """A calendar reminder for a scheduled item; none for 'as needed'."""
    if schedule is None or schedule.frequency == "as_needed":
        return None
    time = schedule.time_of_day or DEFAULT_TIMES.get(key, FALLBACK_TIME)
    return Reminder(frequency=schedule.frequency, time=time, label=schedule.label or title)


def when_text(schedule: Schedule | None, how_often: str | None = None) -> str | None:
    if how_often:
        return how_often
    if schedule is None:
        return None
    words = {
        "daily": "every day",
        "every_other_day": "every other day",
        "weekly": "once a week",
        "as_needed": "when needed",
    }[schedule.frequency]
    return f"{words} at {schedule.time_of_day}" if schedule.time_of_day else words


def grade_of(entry: Entry) -> str | None:
    return entry.grade.value if entry.grade else None


def advice_item(entry: Entry, why: str, steps: list[str] | None = None) -> PlanItem:
    """An item offered as something to do, with its general cautions."""
    when = None
    remind = None
    if isinstance(entry, Technique):
        when = when_text(entry.schedule)
        remind = reminder(entry.schedule, entry.technique_kind, entry.title)
    elif isinstance(entry, Prevention):
        when = when_text(entry.schedule, entry.how_often)
        remind = reminder(entry.schedule, entry.area, entry.title)
    return PlanItem(
        id=entry.id,
        title=people_text(entry.title),
        why=people_text(why),
        grade=grade_of(entry),
        kind=entry.kind,
        summary=first_sentence(entry.text),
        steps=[s for s in (people_text(step) for step in steps or []) if s],
        when=when,
        reminder=remind,
        cautions=cautions(entry),
    )


def cautions(entry: Entry) -> list[str]:
    return [c for c in (people_text(c) for c in entry.cautions) if c]


def food_item(food: Food) -> PlanItem:
    """A food with what one serving gives."""
    share = food.serving_g / 100
    mg = food.per_100g.magnesium_mg * share
    k = food.per_100g.potassium_mg * share
    ca = food.per_100g.calcium_mg * share
    return PlanItem(
        id=food.id,
        title=food.title,
        why=f"One serving gives about {mg:.0f} mg of magnesium; evidence: "
        f"{GRADE_WORDS[food.grade.value].phrase}.",
        grade=food.grade.value,
        kind="food",
        summary=first_sentence(food.text),
        amount=f"{food.serving}: {mg:.0f} mg magnesium, {k:.0f} mg potassium, {ca:.0f} mg calcium",
        cautions=cautions(food),
    )


def magnesium_per_serving(food: Food) -> float:
    return food.per_100g.magnesium_mg * food.serving_g / 100


def warning_item(entry: Entry, ex: Exclusion) -> PlanItem:
    """An item the person is warned off, with the filter and its reason."""
    return PlanItem(
        id=entry.id,
        title=people_text(entry.title),
        why=people_text(ex.reason),
        grade=grade_of(entry),
        kind=entry.kind,
        filter=ex.filter,
    )


def explained_item(entry: Entry, why: str) -> PlanItem:
    """A doctor-section item: explained in words, never with a dose."""
    return PlanItem(
        id=entry.id,
        title=people_text(entry.title),
        why=people_text(why),
        grade=grade_of(entry),
        kind=entry.kind,
        summary=first_sentence(entry.text),
    )
