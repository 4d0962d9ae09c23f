"""The Intake model: what we know about a person and their cramps.

One typed record feeds triage (red-flag rules read its fields by dotted path)
and the plan (which filters advice by :meth:`Intake.situations`). Every field
is optional or has a neutral default, so a partial answer is still valid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from crampcare.typed import FORBID, Field, PlainSerializer
from crampcare.vocabulary import Context, Location, Side

Sex = Literal["female", "male", "other"]
Who = Literal["self", "child", "partner", "parent", "other"]
When = Literal["night", "rest", "sitting", "exercise", "swimming", "heat"]
MedicineClass = Literal[
    "statin",
    "diuretic",
    "beta_agonist",
    "calcium_channel_blocker",
    "anticoagulant",
    "antiplatelet",
    "raloxifene",
    "oestrogen",
    "teriparatide",
    "iv_iron",
    "nsaid",
    "ace_inhibitor",
    "other",
]
Disease = Literal[
    "diabetes",
    "neuropathy",
    "kidney_disease",
    "dialysis",
    "liver_disease",
    "thyroid_disease",
    "varicose_veins",
    "epilepsy",
    "heart_disease",
    "heart_failure",
    "peripheral_arterial_disease",
]
Event = Literal[
    "wound",
    "surgery",
    "long_journey",
    "bed_rest",
    "poisoning",
    "fluid_loss",
    "new_medicine",
    "extreme_exertion",
    "thyroid_surgery",
    "toxin_exposure",
    "crush_injury",
    "recent_birth",
]

#: Ages from which the plan treats a person as a child or an older adult.
CHILD_BELOW = 12
OLDER_FROM = 65


@dataclass(slots=True)
class Symptoms:
    """One field per red flag of triage.md: True (present), False (denied) or None (unknown)."""

    __pydantic_config__ = FORBID

    # emergency signs
    seizure: bool | None = None
    unresponsive: bool | None = None
    confusion: bool | None = None
    fainting: bool | None = None
    head_injury: bool | None = None  # an emergency with a faint (knocked out), not alone
    breathless: bool | None = None
    chest_pain: bool | None = None
    coughing_blood: bool | None = None
    cold_pale_limb: bool | None = None
    limb_numb_cannot_move: bool | None = None
    fever: bool | None = None
    stiff_neck: bool | None = None
    severe_headache: bool | None = None
    blurred_vision: bool | None = None
    rash: bool | None = None
    #: a rash that does not fade when a glass is pressed on it (the glass test failed)
    rash_not_fading: bool | None = None
    #: a baby's soft spot (fontanelle) bulging: a sign of meningitis, fever or none
    bulging_fontanelle: bool | None = None
    stopped_sweating: bool | None = None
    hot_dry_skin: bool | None = None
    lockjaw: bool | None = None
    trouble_swallowing: bool | None = None
    dark_urine: bool | None = None
    severe_weakness: bool | None = None
    severe_pain: bool | None = None
    # urgent signs
    calf_swelling_one_side: bool | None = None
    calf_red_warm: bool | None = None
    vein_pain: bool | None = None
    tingling_mouth: bool | None = None
    hand_foot_spasm: bool | None = None
    calf_pop: bool | None = None
    cannot_push_off: bool | None = None
    #: Sudden swelling of the face, hands or fingers (with pregnancy: pre-eclampsia).
    face_hand_swelling: bool | None = None
    # see-a-doctor signs
    swelling_both_legs: bool | None = None
    weakness: bool | None = None
    wasting: bool | None = None
    twitching: bool | None = None
    numbness_tingling: bool | None = None
    pain_walking_relieved_by_rest: bool | None = None
    urge_to_move: bool | None = None
    sleep_disturbed: bool | None = None
    not_improving: bool | None = None


@dataclass(slots=True)
class Medicine:
    """A medicine as the person named it, with its class (from the medicines lexicon)."""

    __pydantic_config__ = FORBID

    name: Annotated[str, Field(min_length=1)]
    cls: MedicineClass | None = None


Experiencer = Literal["patient", "other"]
Certainty = Literal["certain", "uncertain"]
Channel = Literal["lexical", "semantic", "neighbour"]
ConcernLevel = Literal["emergency", "urgent", "doctor"]


@dataclass(slots=True)
class Fact:
    """One thing the parser understood, with the words it came from and their context.

    The context fields follow ConText's categories. Only a fact that is
    present-tense, real, about the patient and certain may fire a red flag;
    the others are kept so a result can say what it read and set aside.
    """

    __pydantic_config__ = FORBID

    field: Annotated[str, Field(description="Dotted Intake path, e.g. 'symptoms.fever'.")]
    value: Any
    words: Annotated[str, Field(description="The words in the text this fact comes from.")]
    negated: Annotated[bool, Field(description="Denied: 'no swelling'.")] = False
    hypothetical: Annotated[bool, Field(description="Not now: 'if I ever get chest pain'.")] = False
    historical: Annotated[bool, Field(description="Over: 'a clot years ago, fine since'.")] = False
    experiencer: Annotated[
        Experiencer, Field(description="Whose it is: 'my dad had chest pain' is another's.")
    ] = "patient"
    certainty: Annotated[Certainty, Field(description="'Might have a temperature'.")] = "certain"

    def describe(self) -> str:
        """A short human line, e.g. ``fever: yes ("a high temperature")``."""
        value = self.value
        if value is True:
            shown = "yes"
        elif value is False:
            shown = "no"
        elif self.negated:
            shown = f"not {value}"
        else:
            shown = str(value)
        label = self.field.rsplit(".", 1)[-1].replace("_", " ")
        return f'{label}: {shown} ("{self.words}")'


@dataclass(slots=True)
class Concern:
    """A worrying cue the reader saw but could not settle into a finding.

    It never ends in a silent self-care: it raises the level by its own rule
    (``level``), or asks the one question that settles it (``question``, an id
    of :data:`crampcare.intake.questions.QUESTIONS`), or both.
    """

    __pydantic_config__ = FORBID

    topic: Annotated[str, Field(description="Stable id of the kind of worry, e.g. 'overdose'.")]
    words: Annotated[str, Field(description="The words in the text that raised it.")]
    reason: Annotated[str, Field(description="What was not understood, in plain words.")]
    question: Annotated[str | None, Field(description="The question that settles it.")] = None
    level: Annotated[ConcernLevel | None, Field(description="Raise to at least this.")] = None
    channel: Channel = "lexical"


def _sorted(values: set[str]) -> list[str]:
    # Sets iterate in hash order, which changes from run to run; output must not.
    return sorted(values)


@dataclass(slots=True)
class Intake:
    """Everything triage and the plan need to know; all fields optional."""

    __pydantic_config__ = FORBID

    # who
    age: Annotated[int | None, Field(ge=0, le=120)] = None
    sex: Sex | None = None
    pregnant: bool = False
    pregnancy_week: Annotated[int | None, Field(ge=1, le=45)] = None
    breastfeeding: bool = False
    #: A baby under three months (told in days or weeks, or as a newborn): a fever is
    #: urgent at that age whatever else is told (nhs.uk fever in children, NICE NG143).
    young_infant: bool = False
    who: Who = "self"
    # where and when
    locations: list[Location] = field(default_factory=list)
    side: Side | None = None
    contexts: list[When] = field(default_factory=list)
    frequency_per_week: Annotated[float | None, Field(ge=0)] = None
    duration_minutes: Annotated[float | None, Field(ge=0)] = None
    eased_by_stretching: bool | None = None
    # what else
    symptoms: Symptoms = field(default_factory=Symptoms)
    medicines: list[Medicine] = field(default_factory=list)
    conditions: Annotated[set[Disease], PlainSerializer(_sorted)] = field(default_factory=set)
    events: Annotated[set[Event], PlainSerializer(_sorted)] = field(default_factory=set)
    heavy_alcohol: bool = False
    tetanus_up_to_date: bool | None = None
    usual_context: Context | None = None
    evidence: list[Fact] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)

    def medicine_classes(self) -> set[str]:
        """The classes of the person's medicines (unknown ones left out)."""
        return {m.cls for m in self.medicines if m.cls is not None}

    def is_child(self) -> bool:
        return self.who == "child" or (self.age is not None and self.age < CHILD_BELOW)

    def situations(self) -> set[str]:
        """Contraindication situations (``knowledge.schema.Situation`` values) that apply."""
        out: set[str] = set()
        if self.pregnant:
            out.add("pregnancy")
        if self.breastfeeding:
            out.add("breastfeeding")
        direct = {
            "diabetes": "diabetes",
            "neuropathy": "neuropathy",
            "kidney_disease": "kidney_disease",
            "dialysis": "kidney_disease",
            "liver_disease": "liver_disease",
            "heart_disease": "heart_disease",
            # Only heart failure brings a fluid limit; every other heart condition does not.
            "heart_failure": "heart_failure",
            "epilepsy": "epilepsy",
            "varicose_veins": "varicose_veins",
        }
        out |= {direct[c] for c in self.conditions if c in direct}
        if "heart_failure" in self.conditions:
            out.add("heart_disease")
        if self.symptoms.numbness_tingling:
            # Numb skin cannot feel a burn: treat like neuropathy for heat and needles.
            out.add("neuropathy")
        if self.medicine_classes() & {"anticoagulant", "antiplatelet"}:
            out.add("anticoagulants")
        if "diuretic" in self.medicine_classes():
            out.add("diuretics")
        if self.is_child():
            out.add("child")
        if self.age is not None and self.age >= OLDER_FROM:
            out.add("older_adult")
        if self.heavy_alcohol:
            out.add("alcohol")
        if "wound" in self.events:
            out.add("broken_skin")
        return out


#: Number fields a whole number may reach as (pydantic read them as floats).
_FLOATS = ("frequency_per_week", "duration_minutes")
_SETS = ("conditions", "events")


def assemble(data: dict[str, Any]) -> Intake:
    """The Intake of values the parser found, without validating them again.

    The parser keeps its values within the fields' bounds (a test validates its
    output); only the shapes are brought in line, as validation would.
    """
    fields = dict(data)
    for name in _FLOATS:
        if fields.get(name) is not None:
            fields[name] = float(fields[name])
    for name in _SETS:
        if name in fields:
            fields[name] = set(fields[name])
    if isinstance(fields.get("symptoms"), dict):
        fields["symptoms"] = Symptoms(**fields["symptoms"])
    return Intake(**fields)
