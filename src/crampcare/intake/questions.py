"""The short triage questionnaire, red flags first, as UI-neutral data.

Each question says which Intake values a "yes" and a "no" set. Faces (the
CLI's interactive ``check``, the web form) ask them in order, let the person
skip any, and stop at the first emergency answer: nothing may delay the call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from crampcare.intake.model import Intake
from crampcare.typed import dump, validate

Kind = Literal["yes_no", "number", "text"]


@dataclass(frozen=True)
class Question:
    """One question; ``yes``/``no`` map dotted Intake paths to values."""

    id: str
    prompt: str
    level: str
    kind: Kind = "yes_no"
    yes: dict[str, Any] = field(default_factory=dict)
    no: dict[str, Any] = field(default_factory=dict)
    path: str | None = None  # for number and text answers
    #: The warning sign as a statement, where the prompt asks for a value instead.
    sign: str | None = None
    #: What a yes also says because the prompt says it ("In pregnancy: ..."). Unlike
    #: ``yes``, knowing these does not settle the question.
    implies: dict[str, Any] = field(default_factory=dict)

    @property
    def warning_sign(self) -> str:
        """The sign to list when the question cannot be asked, e.g. without a terminal."""
        return self.sign or self.prompt


def _flags(*names: str) -> dict[str, bool]:
    return {f"symptoms.{n}": True for n in names}


def _denied(*names: str) -> dict[str, bool]:
    return {f"symptoms.{n}": False for n in names}


def _q(qid: str, prompt: str, level: str, *signs: str, first: int = 1) -> Question:
    """A yes/no question about signs: yes sets the first ``first`` signs, no denies all."""
    return Question(qid, prompt, level, yes=_flags(*signs[:first]), no=_denied(*signs))


QUESTIONS: tuple[Question, ...] = (
    _q(
        "fit",
        "Jerking of the whole body, not responding, or confused?",
        "emergency",
        "seizure",
        "unresponsive",
        "confusion",
    ),
    _q(
        "lungs",
        "Sudden breathlessness, chest pain or coughing blood?",
        "emergency",
        "breathless",
        "chest_pain",
        "coughing_blood",
    ),
    _q(
        "limb",
        "A leg or foot suddenly cold, pale, numb or unable to move?",
        "emergency",
        "cold_pale_limb",
        "limb_numb_cannot_move",
    ),
    _q(
        "meningitis",
        "A fever with a stiff neck, a bad headache or a rash?",
        "emergency",
        "fever",
        "stiff_neck",
        "severe_headache",
        "rash",
        "rash_not_fading",
        "bulging_fontanelle",
        first=2,
    ),
    _q(
        "heat",
        "In heat or hard exercise: stopped sweating, or hot dry skin?",
        "emergency",
        "stopped_sweating",
        "hot_dry_skin",
    ),
    Question(
        "poison",
        "Could medicines, alcohol or chemicals have been swallowed?",
        "emergency",
        yes={"events": "poisoning"},
    ),
    _q(
        "jaw",
        "A stiff jaw, or trouble opening the mouth or swallowing?",
        "emergency",
        "lockjaw",
        "trouble_swallowing",
    ),
    _q(
        "urine",
        "Dark, cola-coloured urine with very painful or weak muscles?",
        "emergency",
        "dark_urine",
        "severe_pain",
        first=2,
    ),
    _q(
        "dvt",
        "Is one calf swollen, red or warm?",
        "urgent",
        "calf_swelling_one_side",
        "calf_red_warm",
    ),
    Question(
        "duration",
        "How many minutes has the cramp lasted?",
        "urgent",
        kind="number",
        path="duration_minutes",
        sign="A cramp lasting more than 10 minutes that stretching does not ease?",
    ),
    Question(
        "stretch",
        "Does stretching ease it?",
        "urgent",
        yes={"eased_by_stretching": True},
        no={"eased_by_stretching": False},
    ),
    Question(
        "wound",
        "A cut, bite or other wound in the last few weeks?",
        "urgent",
        yes={"events": "wound"},
    ),
    Question(
        "tetanus",
        "Is your tetanus vaccination up to date?",
        "urgent",
        yes={"tetanus_up_to_date": True},
        no={"tetanus_up_to_date": False},
    ),
    Question(
        "trunk", "Cramps in the chest, arms or belly?", "urgent", yes={"locations": "chest_belly"}
    ),
    Question(
        "fluids",
        "Vomiting, diarrhoea or heavy sweating before the cramps?",
        "urgent",
        yes={"events": "fluid_loss"},
    ),
    _q(
        "tetany",
        "Tingling around the mouth with spasms of the hands or feet?",
        "urgent",
        "tingling_mouth",
        "hand_foot_spasm",
        first=2,
    ),
    _q(
        "tear",
        "A pop in the calf, or you cannot push off your toes?",
        "urgent",
        "calf_pop",
        "cannot_push_off",
    ),
    Question(
        "frequency",
        "About how many cramps a week?",
        "doctor",
        kind="number",
        path="frequency_per_week",
    ),
    _q("sleep", "Do the cramps keep spoiling your sleep?", "doctor", "sleep_disturbed"),
    _q(
        "nerves",
        "Weakness, shrinking muscles, twitching, numbness or tingling?",
        "doctor",
        "weakness",
        "wasting",
        "twitching",
        "numbness_tingling",
    ),
    _q(
        "walking",
        "Calf pain on walking that goes away with rest?",
        "doctor",
        "pain_walking_relieved_by_rest",
    ),
    _q("restless", "An urge to move the legs, with crawling feelings?", "doctor", "urge_to_move"),
    Question(
        "medicines", "Which medicines do you take? (names)", "doctor", kind="text", path="medicines"
    ),
    Question(
        "conditions",
        "Long-term conditions? (e.g. diabetes, kidney disease)",
        "doctor",
        kind="text",
        path="conditions",
    ),
    Question(
        "alcohol",
        "Do you drink a lot of alcohol?",
        "doctor",
        yes={"heavy_alcohol": True},
        no={"heavy_alcohol": False},
    ),
    Question(
        "pregnant", "Are you pregnant?", "self_care", yes={"pregnant": True}, no={"pregnant": False}
    ),
    Question("age", "Age in years?", "self_care", kind="number", path="age"),
    # The terminal asks it once pregnancy is known (see skip); the web form shows it to
    # everyone, so there a yes must say the pregnancy its prompt speaks of.
    Question(
        "pre_eclampsia",
        "In pregnancy: a bad headache, blurred vision or sudden swelling of the face or hands?",
        "urgent",
        yes={"symptoms.severe_headache": True},
        no=_denied("severe_headache", "blurred_vision", "face_hand_swelling"),
        implies={"pregnant": True},
    ),
)


def skip(question: Question, answers: dict[str, Any]) -> bool:
    """Whether an earlier answer makes this question pointless."""
    if question.id == "stretch":
        minutes = answers.get("duration_minutes")
        return minutes is None or minutes <= 10
    if question.id == "tetanus":
        return "wound" not in answers.get("events", [])
    if question.id == "pre_eclampsia":
        return answers.get("pregnant") is not True
    return False


def answer(data: dict[str, Any], question: Question, reply: Any) -> None:
    """Record a reply (True/False, a number or text) into Intake data; None skips."""
    if reply is None or reply == "":
        return
    said = f"{question.prompt} {said_as(reply)}"
    if question.kind == "yes_no":
        values = {**question.implies, **question.yes} if reply else question.no
        for path, value in values.items():
            _put(data, path, value)
            _note(data, path, value, said)
    elif question.kind == "number":
        assert question.path is not None
        data[question.path] = int(reply) if question.path == "age" else float(reply)
        _note(data, question.path, data[question.path], said)
    else:
        from crampcare.intake.parse import parse_text

        parsed = parse_text(str(reply))
        if question.path == "medicines":
            data.setdefault("medicines", []).extend(dump(m) for m in parsed.medicines)
        else:
            data.setdefault("conditions", []).extend(sorted(parsed.conditions))
        data.setdefault("evidence", []).extend(
            dump(f) for f in parsed.evidence if f.field == question.path
        )


def said_as(reply: Any) -> str:
    """A reply in words: yes, no, a number without trailing zeros, or the text."""
    if reply is True:
        return "yes"
    if reply is False:
        return "no"
    if isinstance(reply, float):
        return f"{reply:g}"
    return str(reply)


def _note(data: dict[str, Any], path: str, value: Any, words: str) -> None:
    """Keep each answer as a fact, so the result can say what it understood."""
    data.setdefault("evidence", []).append({"field": path, "value": value, "words": words})


def _put(data: dict[str, Any], path: str, value: Any) -> None:
    head, _, rest = path.partition(".")
    if rest:
        data.setdefault(head, {})[rest] = value
    elif head in {"events", "locations", "contexts", "conditions"}:
        data.setdefault(head, []).append(value)
    else:
        data[head] = value


def to_intake(data: dict[str, Any]) -> Intake:
    """The Intake the answers describe."""
    return validate(Intake, data)
