"""Technique entries: present, safe to offer, timed, and faithful to the seeds."""

from __future__ import annotations

import re

import pytest

from crampcare.knowledge import load
from crampcare.knowledge.schema import NEVER_ADVISED, Acupoint, Technique
from crampcare.vocabulary import Grade

# The technique ids agreed across helpers (briefs/ids.md); others reference them.
AGREED = [
    "fa_toe_pull",
    "fa_helper_stretch",
    "fa_stand_cold_floor",
    "fa_heel_walk",
    "fa_wall_stretch",
    "fa_deep_massage",
    "fa_pinch_tap",
    "fa_squeeze_release",
    "fa_public_squeeze",
    "fa_toe_press",
    "fa_ice_massage",
    "fa_warm_wrap",
    "fa_elevate",
    "fa_deep_breathing",
    "fa_lower_lip_press",
    "fa_upper_lip_pinch",
    "fa_swimming_cramp",
    "fa_acupressure_emergency",
    "fa_pin_prick",
    "rt_seated_self_massage",
    "rt_su_jok_ring",
    "tx_su_jok_acupuncture",
    "tx_acupuncture",
    "tx_fascial_release",
    "ex_forward_lean_gait",
    "st_calf_stretch_nightly",
    "st_hamstring_stretch",
    "st_quad_stretch",
    "gym_foot_complex",
    "gym_legs_up_wall",
    "ex_squats_tiptoe",
    "ex_desk_breaks",
    "ex_walks_fresh_air",
    "rt_regular_self_massage",
    "hy_contrast_shower",
    "hy_contrast_foot_bath",
]


def _techniques() -> list[Technique]:
    return load().of_kind(Technique)


def _tech(entry_id: str) -> Technique:
    entry = load().get(entry_id)
    assert isinstance(entry, Technique)
    return entry


def _offered_in_sessions(t: Technique) -> bool:
    return "acute" in t.phase and t.self_care and t.grade not in NEVER_ADVISED


@pytest.mark.parametrize("entry_id", AGREED)
def test_every_agreed_technique_exists_as_a_technique(entry_id: str) -> None:
    assert load().get(entry_id).kind == "technique"


def test_every_acute_technique_offered_in_a_session_has_a_timer_on_every_step() -> None:
    offered = [t for t in _techniques() if _offered_in_sessions(t)]
    assert len(offered) >= 15
    untimed = [(t.id, i) for t in offered for i, s in enumerate(t.steps) if s.seconds is None]
    assert untimed == []


@pytest.mark.parametrize("t", _techniques(), ids=lambda t: t.id)
def test_every_technique_has_lay_questions_and_aliases(t: Technique) -> None:
    assert 2 <= len(t.questions) <= 4
    assert all(q.endswith("?") for q in t.questions)
    assert t.aliases


def test_in_water_staying_afloat_and_calling_for_help_come_before_any_stretch() -> None:
    water = [t for t in _techniques() if "water" in t.contexts]
    assert [t.id for t in water] == ["fa_swimming_cramp"]
    for t in water:
        texts = [s.instruction.lower() for s in t.steps]
        assert "float" in texts[0]
        first_help = next(i for i, x in enumerate(texts) if "help" in x)
        first_stretch = next(i for i, x in enumerate(texts) if re.search(r"pull|stretch", x))
        assert first_help < first_stretch


def test_techniques_that_need_bed_or_floor_are_not_offered_in_water_or_public() -> None:
    for entry_id in ("fa_stand_cold_floor", "fa_elevate", "fa_acupressure_emergency"):
        assert not {"water", "public"} & set(_tech(entry_id).contexts), entry_id


def test_nothing_offered_in_public_asks_to_lie_down_or_light_a_flame() -> None:
    anywhere = [
        t
        for t in _techniques()
        if {"public", "any"} & set(t.contexts) and {"acute", "after"} & set(t.phase)
    ]
    assert "fa_public_squeeze" in {t.id for t in anywhere}
    for t in anywhere:
        for step in t.steps:
            words = step.instruction.lower()
            assert not re.search(r"\blie\b|pillow|moxa|light a", words), (t.id, words)


def test_every_context_has_a_recommended_or_may_help_first_aid() -> None:
    for context in ("night", "water", "sport", "desk", "public", "any"):
        usable = [
            t
            for t in _techniques()
            if context in t.contexts
            and _offered_in_sessions(t)
            and t.grade in (Grade.RECOMMENDED, Grade.MAY_HELP)
        ]
        assert usable, context


def test_pin_prick_is_avoid_with_a_warning_and_its_risks() -> None:
    t = _tech("fa_pin_prick")
    assert t.grade is Grade.AVOID
    assert t.warning and "infection" in t.warning
    assert {"anticoagulants", "diabetes"} <= {c.condition for c in t.contraindications}


@pytest.mark.parametrize("entry_id", ["fa_warm_wrap", "fa_ice_massage", "rt_su_jok_ring"])
def test_heat_or_cold_is_contraindicated_on_numb_skin(entry_id: str) -> None:
    t = _tech(entry_id)
    conditions = {c.condition for c in t.contraindications}
    assert {"diabetes", "neuropathy"} <= conditions or {"neuropathy"} <= conditions
    assert any("numb" in c.reason for c in t.contraindications)


def test_warm_wrap_cautions_about_burning_numb_skin_or_a_sleeping_person() -> None:
    cautions = " ".join(_tech("fa_warm_wrap").cautions).lower()
    assert "burn" in cautions and "numb" in cautions and "sleep" in cautions


def test_deep_massage_warns_about_a_possible_clot_and_blood_thinners() -> None:
    t = _tech("fa_deep_massage")
    assert any("clot" in c.lower() for c in t.cautions)
    assert "anticoagulants" in {c.condition for c in t.contraindications}


def test_seated_routine_keeps_its_eight_steps_points_and_durations() -> None:
    t = _tech("rt_seated_self_massage")
    assert len(t.steps) == 8
    assert [s.point for s in t.steps] == [
        None,
        None,
        "bl40",
        "gb34",
        "st36",
        "st38",
        "bl57",
        "bl60",
    ]
    assert t.steps[7].also_points == ("ki3",)
    assert (t.steps[0].seconds, t.steps[0].seconds_max) == (60, 120)
    assert t.steps[1].seconds == 60
    for step in t.steps[2:]:
        # "5-1 minutes" in the seed, read as half a minute to a minute.
        assert (step.seconds, step.seconds_max) == (30, 60)
        assert step.note and "0.5-1 minute" in step.note


def test_seated_routine_explains_its_decoded_points() -> None:
    t = _tech("rt_seated_self_massage")
    assert "small knowledge committee" in (t.steps[2].note or "")
    assert "kneecap" in (t.steps[2].note or "")
    assert "8 inches below the eyes of the outer knee" in (t.steps[5].note or "")


def test_a_technique_pressing_a_point_inherits_the_points_contraindications() -> None:
    kb = load()
    for t in _techniques():
        pressed = {p for s in t.steps for p in (s.point, *s.also_points) if p}
        own = {c.condition for c in t.contraindications}
        for point_id in pressed:
            point = kb.get(point_id)
            assert isinstance(point, Acupoint), (t.id, point_id)
            for c in point.contraindications:
                assert c.condition in own, f"{t.id} presses {point_id} ({c.condition})"


def test_seated_routine_is_not_offered_in_pregnancy_because_of_kunlun() -> None:
    reasons = {c.condition: c.reason for c in _tech("rt_seated_self_massage").contraindications}
    assert "Kunlun" in reasons["pregnancy"]


def test_four_point_night_acupressure_matches_the_seed() -> None:
    t = _tech("fa_acupressure_emergency")
    assert [(s.point, s.seconds, s.seconds_max) for s in t.steps] == [
        ("bl40", 60, 120),
        ("bl57", 60, 120),
        ("gb34", 60, None),
        ("sp10", 60, None),
    ]
    assert "stomach" in t.steps[0].instruction and "back" in t.steps[2].instruction


def test_su_jok_routine_says_its_figures_are_missing_and_invents_no_points() -> None:
    t = _tech("rt_su_jok_ring")
    notes = " ".join(s.note or "" for s in t.steps)
    # Said in words: a person never reads the article's figure numbers.
    assert "missing" in notes and "picture" in notes.lower() and "figure" not in notes.lower()
    assert all(s.point is None for s in t.steps)
    assert "missing" in t.text


def test_gymnastics_keeps_the_seeds_ten_minutes_and_flags_it() -> None:
    step = _tech("gym_foot_complex").steps[1]
    assert step.seconds == 600
    assert step.note and "long" in step.note
    clench = _tech("gym_foot_complex").steps[2]
    assert (clench.reps, clench.sets) == (10, 3)


def test_therapist_treatments_are_not_self_care() -> None:
    for entry_id in ("tx_su_jok_acupuncture", "tx_acupuncture", "tx_fascial_release"):
        assert _tech(entry_id).self_care is False


def test_preventive_routines_have_a_schedule() -> None:
    routines = [t for t in _techniques() if "prevention" in t.phase and t.self_care]
    unscheduled = [t.id for t in routines if t.schedule is None and "acute" not in t.phase]
    assert unscheduled == []
    assert _tech("st_calf_stretch_nightly").schedule is not None
    schedule = _tech("st_calf_stretch_nightly").schedule
    assert schedule is not None and schedule.time_of_day == "21:30"


def test_contrast_shower_starts_and_ends_cool_never_icy() -> None:
    steps = _tech("hy_contrast_shower").steps
    assert "cool" in steps[0].instruction and "not icy" in steps[0].instruction
    assert "cool" in steps[-1].instruction


def test_stretching_grades_follow_the_evidence_table() -> None:
    assert _tech("fa_toe_pull").grade is Grade.RECOMMENDED
    assert _tech("fa_wall_stretch").grade is Grade.RECOMMENDED
    assert _tech("st_calf_stretch_nightly").grade is Grade.MAY_HELP
    assert _tech("fa_warm_wrap").grade is Grade.MAY_HELP
    assert _tech("fa_upper_lip_pinch").grade is Grade.UNPROVEN


def test_lip_techniques_press_the_lip_points() -> None:
    assert _tech("fa_lower_lip_press").steps[0].point == "cv24"
    assert _tech("fa_lower_lip_press").steps[0].seconds == 30
    assert _tech("fa_upper_lip_pinch").steps[0].point == "gv26"
