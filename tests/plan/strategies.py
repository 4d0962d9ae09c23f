"""Hypothesis strategies for intakes: people, places, symptoms, medicines, conditions."""

from __future__ import annotations

from typing import Any, get_args

from hypothesis import strategies as st

from crampcare.intake import Intake, Medicine, Symptoms
from crampcare.intake.model import Disease, Event, MedicineClass, When
from crampcare.typed import field_names
from crampcare.vocabulary import Context, Location

SYMPTOMS = field_names(Symptoms)
#: Half the drawn places are on the leg, the usual case, so most plans carry advice.
LEG: list[Location] = ["calf", "foot", "toes", "thigh_front", "thigh_back", "leg"]


def _sample(literal: Any) -> st.SearchStrategy[Any]:
    return st.sampled_from(list(get_args(literal)))


medicines = st.builds(
    Medicine,
    name=st.sampled_from(["atorvastatin", "furosemide", "warfarin", "salbutamol", "pill"]),
    cls=st.none() | _sample(MedicineClass),
)


@st.composite
def intakes(draw: st.DrawFn, max_symptoms: int = 3) -> Intake:
    """Any plausible intake; a few symptoms at most so every triage level occurs."""
    symptoms = draw(
        st.dictionaries(st.sampled_from(SYMPTOMS), st.booleans(), max_size=max_symptoms)
    )
    return Intake(
        age=draw(st.none() | st.integers(0, 100)),
        sex=draw(st.none() | st.sampled_from(["female", "male", "other"])),
        pregnant=draw(st.booleans()),
        pregnancy_week=draw(st.none() | st.integers(4, 42)),
        breastfeeding=draw(st.booleans()),
        who=draw(st.sampled_from(["self", "self", "child", "partner"])),
        locations=draw(st.lists(st.sampled_from(LEG) | _sample(Location), max_size=3)),
        contexts=draw(st.lists(_sample(When), max_size=3)),
        usual_context=draw(st.none() | _sample(Context)),
        frequency_per_week=draw(st.none() | st.floats(0, 14)),
        duration_minutes=draw(st.none() | st.floats(0, 15)),
        symptoms=Symptoms(**symptoms),
        medicines=draw(st.lists(medicines, max_size=3)),
        conditions=draw(st.sets(_sample(Disease), max_size=3)),
        events=draw(st.sets(_sample(Event), max_size=1)),
        heavy_alcohol=draw(st.booleans()),
    )
