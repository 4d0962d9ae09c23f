"""Sessions work the cramping muscle, and counts are counted from what is shown.

These read the words of the shown steps directly (not through ``motions.fits_place``),
so a rule that lets a calf stroke into a foot session fails here too.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.guide import WHERE, build_session
from crampcare.intake import Intake
from crampcare.knowledge import load
from crampcare.plan import build_plan
from crampcare.render.plan_text import plan_text
from crampcare.render.session_text import session_plain
from crampcare.vocabulary import CONTEXTS, Situation
from tests.plan.strategies import intakes

KB = load()
#: Words that put a step on the calf or thigh, and words that put it on the foot.
LEG_WORDS = re.compile(r"\b(calf|calves|knee|thigh|hamstring|shin)\b", re.I)
FOOT_WORDS = re.compile(r"\b(foot|feet|sole|arch|toes?|heel)\b", re.I)
THIGH_WORDS = re.compile(r"\b(thigh|hamstring|quadriceps|bottom)\b", re.I)
COUNT = re.compile(r"\b(\d+) steps?\b")

situation_sets = st.sets(st.sampled_from([s.value for s in Situation]), max_size=3)


@settings(max_examples=200, deadline=None)
@given(context=st.sampled_from(CONTEXTS), situations=situation_sets)
def test_a_foot_or_toe_session_works_the_foot(context: str, situations: set[str]) -> None:
    for where in ("foot", "toes"):
        session = build_session(KB, where, context, situations)
        for step in session.steps:
            # A step that names the calf or knee must be about the foot as well
            # (pulling the toes towards the shin stretches both); none is calf-only.
            if LEG_WORDS.search(step.instruction):
                assert FOOT_WORDS.search(step.instruction), (where, context, step.instruction)


@settings(max_examples=200, deadline=None)
@given(context=st.sampled_from(CONTEXTS), situations=situation_sets)
def test_a_calf_session_never_works_the_thigh_or_only_the_sole(
    context: str, situations: set[str]
) -> None:
    session = build_session(KB, "calf", context, situations)
    for step in session.steps:
        text = step.instruction
        assert not THIGH_WORDS.search(text) or re.search(r"calf|calves|shin", text), text
        assert not re.search(r"\b(arch|sole)\b", text) or re.search(r"shin|calf", text), text


def test_the_foot_session_has_a_massage_of_the_arch() -> None:
    session = build_session(KB, "foot", "night", ())
    words = " ".join(s.instruction for s in session.steps).lower()
    assert "arch" in words and "toes" in words
    assert "up to the knee" not in words and "calf" not in words.replace("towards your shin", "")


@settings(max_examples=150, deadline=None)
@given(
    where=st.sampled_from(list(WHERE)),
    context=st.sampled_from(CONTEXTS),
    situations=situation_sets,
)
def test_a_session_heading_counts_the_steps_it_shows(
    where: str, context: str, situations: set[str]
) -> None:
    session = build_session(KB, where, context, situations)
    text = session_plain(session)
    numbered = re.findall(r"^(\d+)\. \[", text, re.M)
    for count in COUNT.findall(text.splitlines()[0]):
        assert int(count) == len(numbered) == len(session.steps), text.splitlines()[0]


def test_no_entry_title_carries_a_step_count() -> None:
    # A title saying "(8 steps)" is wrong the moment a plan shows seven.
    counted = [e.id for e in KB if COUNT.search(e.title)]
    assert counted == []


@settings(max_examples=80, deadline=None)
@given(intakes(max_symptoms=0))
def test_a_plan_names_no_step_count_or_step_number_it_does_not_show(intake: Intake) -> None:
    plan = build_plan(intake)
    for item in [*plan.first_aid, *plan.routine, *plan.avoid, *plan.doctor]:
        for count in COUNT.findall(item.title):
            assert int(count) == len(item.steps), (item.title, len(item.steps))
        # "do steps 1-7" / "step 8" in a reason: numbers of steps the plan may not show.
        assert not re.search(r"\bsteps? \d", item.why, re.I), item.why
    assert not re.search(r"\(\d+ steps\)", plan_text(plan))
