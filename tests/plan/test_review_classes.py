"""Each class of error the GP, pharmacist and midwife found in generated plans, as a property.

See docs/clinical-review.md, "Plan review (10 intakes)": one test per class, over
generated intakes, so a new entry or rule that repeats the error fails here.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampcare.guide import WHERE, build_session
from crampcare.intake import Intake, Medicine
from crampcare.knowledge import load
from crampcare.knowledge.schema import Prevention
from crampcare.plan import Plan, build_plan
from crampcare.vocabulary import CONTEXTS, Grade, Situation
from crampcare.vocabulary import SUPPORTED as SUPPORTED_GRADES
from tests.plan.strategies import intakes

KB = load()
SUPPORTED = set(SUPPORTED_GRADES)
#: A/B: recommended, may help. C/D: unproven, ineffective, avoid (never led with).
RANK = {"recommended": 0, "may_help": 0, "unproven": 1, "ineffective": 2, "avoid": 2}
SETTINGS = settings(max_examples=70, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _offered(plan: Plan) -> list[str]:
    return [i.id for i in [*plan.first_aid, *plan.routine, *plan.foods, *plan.doctor]]


@SETTINGS
@given(intakes(max_symptoms=0))
def test_no_section_leads_with_a_weaker_grade_than_one_it_holds(intake: Intake) -> None:
    plan = build_plan(intake)
    for name in ("first_aid", "routine", "foods"):
        grades = [RANK.get(i.grade or "", 1) for i in getattr(plan, name) if i.kind != "food"]
        # C/D never before A/B: the order of ranks never goes down.
        assert grades == sorted(grades), (name, [i.title for i in getattr(plan, name)])


@settings(max_examples=120, deadline=None)
@given(
    where=st.sampled_from(list(WHERE)),
    context=st.sampled_from(CONTEXTS),
    situations=st.sets(st.sampled_from([s.value for s in Situation]), max_size=3),
)
def test_a_session_starts_with_a_supported_technique_when_it_has_one(
    where: str, context: str, situations: set[str]
) -> None:
    steps = build_session(KB, where, context, situations).steps
    grades = [KB.get(s.technique_id).grade for s in steps if s.phase == "acute"]
    if any(g in SUPPORTED_GRADES for g in grades):
        assert grades[0] in SUPPORTED_GRADES, [s.technique_title for s in steps]


@SETTINGS
@given(intakes(max_symptoms=0))
def test_nothing_is_offered_in_one_section_and_warned_off_in_another(intake: Intake) -> None:
    plan = build_plan(intake)
    offered = set(_offered(plan))
    avoided = {i.id for i in plan.avoid}
    assert not offered & avoided
    # A warned-off habit warns off its techniques too (deep fascial release in pregnancy).
    for item in plan.avoid:
        entry = KB.entries.get(item.id)
        if isinstance(entry, Prevention):
            assert not offered & set(entry.techniques), (item.id, offered & set(entry.techniques))


WORDS_OF = {"pregnancy": r"pregnan", "breastfeeding": r"breast ?(milk|feed)"}


@SETTINGS
@given(intakes(max_symptoms=0))
def test_a_reason_of_ones_own_names_no_situation_one_is_not_in(intake: Intake) -> None:
    plan = build_plan(intake)
    for item in plan.avoid:
        if not (item.filter or "").startswith(("F-contra-", "F-net-")):
            continue  # general warnings speak to everyone
        for situation, words in WORDS_OF.items():
            if re.search(words, item.why, re.I) and situation not in plan.situations:
                # A reason may name both (herbs in pregnancy or breastfeeding).
                others = set(WORDS_OF) - {situation}
                assert others & set(plan.situations), (item.title, item.why)


@SETTINGS
@given(intakes(max_symptoms=0))
def test_situation_only_entries_reach_only_their_situation(intake: Intake) -> None:
    plan = build_plan(intake)
    situations = set(plan.situations)
    for entry_id in [*_offered(plan), *(i.id for i in plan.avoid)]:
        entry = KB.entries.get(entry_id)
        if entry is None:
            continue
        if entry.only_for:
            assert situations & set(entry.only_for), entry_id
        assert not situations & set(entry.superseded_for), entry_id


@SETTINGS
@given(intakes(max_symptoms=0))
def test_supplements_raised_with_the_doctor_have_some_support(intake: Intake) -> None:
    plan = build_plan(intake)
    for item in plan.doctor:
        if item.topic == "supplement":
            assert item.grade in SUPPORTED, (item.title, item.grade)


@SETTINGS
@given(intakes(max_symptoms=0))
def test_first_aid_titles_are_not_bedtime_routines(intake: Intake) -> None:
    plan = build_plan(intake)
    for item in plan.first_aid:
        assert not re.search(r"before bed|every (day|night)", item.title, re.I), item.title


def test_a_pregnant_woman_is_offered_no_alcohol_and_no_outside_pregnancy_magnesium_grade() -> None:
    for week in (8, 20, 34):
        plan = build_plan(Intake(pregnant=True, pregnancy_week=week, locations=["calf"]))
        offered = _offered(plan)
        assert not any(
            re.search(r"alcohol|vodka|wine|beer", KB.get(i).title, re.I) for i in offered
        )
        assert "rm_magnesium" not in {i.id for i in plan.avoid} | set(offered)
        assert "rm_magnesium_pregnancy" in offered
        # A midwife's list: stretching first, then movement and water.
        assert plan.routine[0].id == "st_calf_stretch_nightly"
        ids = [i.id for i in plan.routine]
        assert ids.index("pv_pregnancy_gentle_exercise") < ids.index("pv_normal_hydration")


def test_a_heavy_drinker_s_routine_puts_cutting_down_first_among_habits() -> None:
    plan = build_plan(Intake(heavy_alcohol=True, locations=["calf"]))
    traditional = [i.id for i in plan.routine if i.grade not in SUPPORTED]
    assert traditional[0] == "pv_limit_alcohol"


def test_someone_on_warfarin_is_not_offered_vitamin_k_in_any_form() -> None:
    warfarin = Medicine(name="warfarin", cls="anticoagulant")
    plan = build_plan(Intake(age=78, medicines=[warfarin], conditions={"heart_disease"}))
    offered = set(_offered(plan))
    assert not offered & {"rm_vitamin_k2", "rm_vitamin_complex"}
    why = {i.id: i.why for i in plan.avoid}
    assert "vitamin K" in why["rm_vitamin_complex"]


def test_a_dialysis_plan_says_to_tell_the_nurse_about_cramps_during_dialysis() -> None:
    plan = build_plan(Intake(conditions={"dialysis"}, locations=["thigh_back"]))
    assert any("during dialysis" in n and "nurse" in n for n in plan.notes)


def test_supplement_grades_stay_as_the_evidence_reference_gives_them() -> None:
    # The filter above keys on grades; these are the ones evidence.md gives.
    assert KB.get("rm_vitamin_k2").grade is Grade.UNPROVEN
    assert KB.get("rm_vitamin_b").grade is Grade.MAY_HELP
