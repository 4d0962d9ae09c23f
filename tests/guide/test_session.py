"""Sessions built from the real knowledge base: safe, ordered, explained."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crampcare.errors import CrampcareError
from crampcare.guide import WHERE, build_session, situations_for
from crampcare.knowledge import load
from crampcare.knowledge.schema import NEVER_ADVISED, Acupoint, Technique
from crampcare.safety import contraindication
from crampcare.vocabulary import CONTEXTS, Grade, Situation

KB = load()
ALL_SITUATIONS = [
    "pregnancy",
    "diabetes",
    "neuropathy",
    "anticoagulants",
    "kidney_disease",
    "child",
    "broken_skin",
]


@pytest.mark.parametrize("where", list(WHERE))
@pytest.mark.parametrize("context", CONTEXTS)
def test_every_step_is_advisable_and_explained(where: str, context: str) -> None:
    session = build_session(KB, where, context)
    assert session.steps
    for step in session.steps:
        entry = KB.get(step.technique_id)
        assert isinstance(entry, Technique)
        assert entry.grade not in NEVER_ADVISED
        assert entry.grade != Grade.INEFFECTIVE
        assert entry.self_care
        assert step.why and step.grade == entry.grade.value
        assert step.seconds > 0


def test_defaults_are_a_calf_cramp_in_bed_starting_with_a_recommended_stretch() -> None:
    session = build_session(KB)
    assert (session.where, session.context) == ("calf", "night")
    first = KB.get(session.steps[0].technique_id)
    assert first.grade == Grade.RECOMMENDED
    assert [s.number for s in session.steps] == list(range(1, len(session.steps) + 1))


def test_water_leads_with_staying_afloat_and_calling_for_help() -> None:
    session = build_session(KB, "calf", "water")
    first = KB.get(session.steps[0].technique_id)
    assert isinstance(first, Technique) and "water" in first.contexts
    opening = " ".join(s.instruction.lower() for s in session.steps[:2])
    assert "float" in opening and "help" in opening
    # Nothing generic (wall stretch, standing on the floor) while still in the water.
    for step in session.steps:
        technique = KB.get(step.technique_id)
        assert isinstance(technique, Technique) and "water" in technique.contexts


def test_avoid_graded_first_aid_is_left_out_with_its_filter() -> None:
    session = build_session(KB, "calf", "night")
    ids = {s.technique_id for s in session.steps}
    avoided = [
        t.id
        for t in KB.of_kind(Technique)
        if t.grade == Grade.AVOID and "calf" in t.locations and "acute" in t.phase
    ]
    assert avoided, "the knowledge base grades pin-pricking as avoid"
    assert not ids & set(avoided)
    filters = {e.id: e.filter for e in session.excluded}
    assert all(filters[a] == "F-grade-avoid" for a in avoided)


@pytest.mark.parametrize("situation", ALL_SITUATIONS)
@pytest.mark.parametrize("where", list(WHERE))
def test_nothing_contraindicated_for_the_situation(situation: str, where: str) -> None:
    for context in CONTEXTS:
        session = build_session(KB, where, context, {situation})
        for step in session.steps:
            technique = KB.get(step.technique_id)
            assert not technique.contraindicated_for({situation}), step
            if step.point_id:
                assert not KB.get(step.point_id).contraindicated_for({situation})


def test_pregnancy_never_presses_kunlun_bl60() -> None:
    pregnant = situations_for(pregnant=True)
    assert pregnant == {"pregnancy"}
    for where in WHERE:
        for context in CONTEXTS:
            session = build_session(KB, where, context, pregnant)
            assert all(s.point_id != "bl60" for s in session.steps)
            assert all("bl60" not in s.instruction.lower() for s in session.steps)


def test_points_in_steps_are_real_acupoints() -> None:
    for where in WHERE:
        for step in build_session(KB, where, "night").steps:
            if step.point_id:
                assert isinstance(KB.get(step.point_id), Acupoint)


def test_unknown_place_is_a_clean_error() -> None:
    with pytest.raises(CrampcareError, match="Unknown place"):
        build_session(KB, "elbow")
    with pytest.raises(CrampcareError, match="Unknown situation"):
        build_session(KB, "calf", "space")


@settings(max_examples=200, deadline=None)
@given(
    where=st.sampled_from(list(WHERE)),
    context=st.sampled_from(CONTEXTS),
    situations=st.sets(st.sampled_from([s.value for s in Situation])),
)
def test_any_mix_of_situations_gives_a_safe_explained_session(
    where: str, context: str, situations: set[str]
) -> None:
    session = build_session(KB, where, context, situations)
    for step in session.steps:
        technique = KB.get(step.technique_id)
        assert contraindication(technique, situations) is None
        assert technique.grade not in NEVER_ADVISED
        assert isinstance(technique, Technique)
        points = [
            p
            for s in technique.steps
            if s.instruction == step.instruction
            for p in (s.point, *s.also_points)
            if p
        ]
        assert all(contraindication(KB.get(p), situations) is None for p in points)
    for ex in session.excluded:
        assert ex.filter.startswith("F-") and ex.reason
    from crampcare.knowledge import load

    session = build_session(load(), "calf", "public")
    used = {s.technique_id for s in session.steps}
    assert "fa_public_squeeze" in used
    # Evidence still leads: the first step is a recommended stretch.
    assert session.steps[0].grade == "recommended"
