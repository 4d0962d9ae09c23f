"""Sessions the body can follow: the right muscle and stretch, steps in a workable order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.guide import WHERE, build_session
from crampcare.knowledge import load
from crampcare.knowledge.schema import Technique
from crampcare.motions import START, coherent, fits_place, posture, targets
from crampcare.vocabulary import CONTEXTS, Situation

KB = load()


@settings(max_examples=300, deadline=None)
@given(
    where=st.sampled_from(list(WHERE)),
    context=st.sampled_from(CONTEXTS),
    situations=st.sets(st.sampled_from([s.value for s in Situation]), max_size=3),
)
def test_every_session_is_physically_coherent(
    where: str, context: str, situations: set[str]
) -> None:
    session = build_session(KB, where, context, situations)
    words = [s.instruction for s in session.steps]
    # Each step starts where the one before left the person (no "sit up in bed" after a wall).
    assert coherent(words, START[context]), words
    for step in session.steps:
        assert fits_place(step.instruction, where), (where, step.instruction)


def test_a_standing_stretch_is_never_followed_by_getting_out_of_bed() -> None:
    assert not coherent(
        ["Stand facing a wall, hands flat on it.", "Sit up and lower both legs over the bed."],
        "lying",
    )
    assert coherent(
        ["Sit up and lower both legs over the bed.", "Stand facing a wall, hands flat on it."],
        "lying",
    )


def test_every_first_aid_step_has_a_readable_posture_and_target() -> None:
    """The word rules cover the whole knowledge base: a new step that moves the body is read."""
    for t in KB.of_kind(Technique):
        if not {"acute", "after"} & set(t.phase):
            continue
        for step in t.steps:
            p = posture(step.instruction)
            if p.needs is not None:
                assert p.ends is not None, step.instruction
            targets(step.instruction)  # never raises; checked by the session property


@pytest.mark.parametrize("context", ["night", "sport"])
def test_a_hamstring_cramp_gets_a_straight_knee_stretch_never_the_heel_to_bottom_one(
    context: str,
) -> None:
    text = " ".join(s.instruction.lower() for s in build_session(KB, "thigh_back", context).steps)
    assert "leg straight" in text and "lean forward" in text
    assert "heel towards your bottom" not in text
    assert "ankle up to the knee" not in text


@pytest.mark.parametrize("context", ["night", "sport"])
def test_a_front_of_thigh_cramp_bends_the_knee_heel_to_bottom(context: str) -> None:
    session = build_session(KB, "thigh_front", context)
    text = " ".join(s.instruction.lower() for s in session.steps)
    assert "heel towards your bottom" in text
    assert "back of the thigh" not in text and "ankle up to the knee" not in text


def test_a_thigh_cramp_of_unknown_side_asks_and_stretches_neither_side() -> None:
    session = build_session(KB, "thigh", "night")
    assert session.question and "front or back" in session.question.lower()
    for step in session.steps:
        assert not targets(step.instruction), step.instruction


def test_on_blood_thinners_the_session_has_no_massage_steps() -> None:
    session = build_session(KB, "calf", "night", {"anticoagulants"})
    assert all("massage" not in s.kinds for s in session.steps)


def test_in_pregnancy_lying_on_the_back_comes_with_the_left_side_advice() -> None:
    session = build_session(KB, "calf", "night", {"pregnancy"})
    backs = [s for s in session.steps if "on your back" in s.instruction.lower()]
    assert backs, "the night session ends lying down with the legs raised"
    assert all("left side" in s.instruction for s in backs)
