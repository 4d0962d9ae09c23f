"""Classes of wording read in the dev_l batch's misses, one test per behaviour.

dev_l was measured once before any change for it (issue 10); these are its miss classes
in our own words, each with a look-alike: a cramp timed from when it came or by two
clock times, a collapse or stopped sweating in the heat, vomiting told as nothing kept
down, dark urine told late in its clause or by where it was passed, the glass test
passed or failed, a count that found nothing missing, claudication told by lampposts,
golf holes and "it pass", a dropped g, blood told by what was coughed up, a chest muscle
that knots, a day that is not a medicine, a rest that outlasted its cramp, a form filled
in with "no", a condition that is someone's job, one limb's spasm in a child, and weak
legs told by what they no longer manage.
"""

from __future__ import annotations

import pytest

from crampcare.assessment import assess
from crampcare.intake.parse import parse_text
from tests.intake.reading import parsed_level


@pytest.mark.parametrize(
    "text",
    [
        "I got a cramp in the gym about 20 minutes ago and it is still rock hard",
        "woke with a cramp 15 mins ago, stretched and walked, still won't let go",
        "calf went at 4:10, it's 4:35 now, still knotted after stretching",
        "foot cramp started 11.05pm, now it's 11.30 and nothing shifts it",
    ],
)
def test_a_cramp_timed_from_its_start_and_still_going_is_a_long_cramp(text: str) -> None:
    assert parse_text(text).duration_minutes is not None
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "had a cramp 2 hours ago, still a bit sore now",
        "got a cramp 40 minutes ago, stretched it, gone now",
    ],
)
def test_a_cramp_that_came_and_went_is_not_timed_from_its_start(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "Dad was digging the veg patch, 34 degrees out, got cramps then passed out on the path",
        "Running a race in the sun, my legs cramped and then I collapsed at the finish",
    ],
)
def test_a_collapse_in_heat_or_hard_exertion_is_heat_strokes_emergency(text: str) -> None:
    result = assess(parse_text(text))
    assert result.level == "emergency"
    assert any("heat stroke" in r.message for r in result.reasons)


def test_dizziness_in_the_heat_that_settles_is_not_a_collapse() -> None:
    text = "bit dizzy in the sun at the allotment, sat in the shade with water, fine now"
    assert parsed_level(text) != "emergency"


def test_sweating_that_quit_in_the_heat_is_heat_stroke() -> None:
    text = "working on the roof at 38°C, legs cramping and he's quit sweating, skin red"
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Morning sickness so bad I haven't kept anything down in two days, now cramping calves",
        "nothing stays down, not even water, and my legs keep cramping",
    ],
)
def test_vomiting_told_as_nothing_kept_down_is_fluid_loss(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "after the ultra my legs are agony and so weak, and the wee I did was dark brown",
        "Gran lay on the floor all night, legs very sore and weak, went to the loo and it "
        "was black almost",
    ],
)
def test_dark_urine_told_late_in_its_clause_is_dark_urine(text: str) -> None:
    assert parse_text(text).symptoms.dark_urine is True
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "after the 10k my pee was a bit darker yellow, drank water and it cleared, one cramp",
        "went to the toilet and it was brown, sorry, a bit of a runny tummy",
    ],
)
def test_concentrated_urine_and_a_stool_are_not_dark_urine(text: str) -> None:
    assert parse_text(text).symptoms.dark_urine is not True


def test_a_rash_that_goes_pale_under_a_glass_is_not_a_limb_or_the_rash_to_fear() -> None:
    text = (
        "cramp after netball, fine now. Little rash on her arm, pressed a glass on it and it "
        "went white"
    )
    intake = parse_text(text)
    assert intake.symptoms.cold_pale_limb is not True
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "fever and spots, rolled a glass over them, they never faded",
        "temperature and a rash, pressed a glass on it and it did not go away",
    ],
)
def test_a_rash_that_does_not_fade_under_a_glass_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_count_that_found_nothing_missing_is_no_poisoning_worry() -> None:
    text = "checked his tablets, nothing's missing. He just had a cramp in his foot, gone now"
    assert parsed_level(text) == "self_care"


def test_tablets_said_to_be_missing_are_still_a_poisoning_worry() -> None:
    assert parsed_level("my toddler was in the bathroom cabinet and some tablets are missing") == (
        "emergency"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Walking the dog I stop at almost every lamppost as the calf tightens. Standing fixes it.",
        "I can't finish nine holes without stopping now, calf aches by the 4th green. "
        "A minute leaning on the buggy and it's gone.",
        "When I walk to the shop my calf hurt. I stop, it pass. I walk again, it come back.",
        "On a bushwalk my calf starts aching after 15 min every time, I sit on a rock and it goes.",
    ],
)
def test_calf_pain_on_walking_that_rest_relieves_is_claudication(text: str) -> None:
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True
    assert parsed_level(text) == "doctor"


def test_one_cramp_on_a_walk_that_stretching_sorted_is_not_claudication() -> None:
    text = "Went for a walk. Got a cramp in my calf, had to stop. Stretched and it went."
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is not True
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("me head's poundin, I'm burnin' up and me neck is stiff, legs crampin", "emergency"),
        ("been gardenin all day, achin a bit, one cramp in the night, gone quick", "self_care"),
    ],
)
def test_a_dropped_g_is_read_as_the_word(text: str, level: str) -> None:
    assert parsed_level(text) == level


def test_a_word_that_ends_in_in_is_left_alone() -> None:
    from crampcare.wording.spelling import normalise

    assert normalise("cabin, insulin, begin, within") == "cabin, insulin, begin, within"


def test_blood_told_by_what_was_coughed_up_is_coughing_blood() -> None:
    text = "calf sore since the long flight, and I coughed up some mucus that had red streaks in it"
    assert parse_text(text).symptoms.coughing_blood is True
    assert parsed_level(text) == "emergency"


def test_red_wine_in_what_was_coughed_is_not_blood() -> None:
    assert (
        parse_text("coughed and spat out some red wine, cramp in my foot").symptoms.coughing_blood
        is not True
    )


@pytest.mark.parametrize(
    "text",
    [
        "the muscle across my chest knots into a hard ball when I reach up, no pain breathing",
        "my pecs keep seizing up after swimming, not breathless",
    ],
)
def test_a_chest_muscle_that_cramps_is_a_chest_cramp(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_a_day_after_started_on_is_not_a_new_medicine() -> None:
    text = (
        "It all started on Saturday with a long walk into town; one cramp that night, gone in "
        "a minute."
    )
    assert "new_medicine" not in parse_text(text).events
    assert parsed_level(text) == "self_care"


def test_a_medicine_started_on_is_still_a_new_medicine() -> None:
    assert "new_medicine" in parse_text("GP started me on a new tablet and now the cramps").events


def test_a_rest_that_outlasted_its_cramp_is_not_the_cramps_length() -> None:
    text = (
        "heat cramps on site, sat in the shade for 25 mins with water, all gone, sweating normally"
    )
    assert parsed_level(text) == "self_care"


def test_a_rest_while_the_cramp_goes_on_is_the_cramps_length() -> None:
    text = "sat on the stairs for 20 minutes with it and it's still locked solid"
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "- cramp: left calf\n- how long: 1 min\n- swelling/redness: no\n- fever: none",
        "cramp: foot, last night\nswelling: nil\nsorted by stretching",
    ],
)
def test_a_form_answered_no_denies_its_label(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_form_answered_yes_keeps_its_label() -> None:
    assert parsed_level("- cramp: left calf\n- swelling: yes, one side, hot and red") == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I work as a renal unit nurse myself, just the odd calf cramp on a long shift",
        "She's a diabetes specialist nurse and gets a foot cramp once a month, goes quickly",
    ],
)
def test_a_condition_named_as_a_job_is_not_the_writers_condition(text: str) -> None:
    assert not parse_text(text).conditions
    assert parsed_level(text) == "self_care"


def test_a_condition_of_ones_own_is_still_read() -> None:
    assert (
        parsed_level("I'm on dialysis three times a week and get cramps in the sessions")
        == "doctor"
    )


def test_one_limb_jerking_into_spasms_in_a_child_asks_but_is_not_a_fit() -> None:
    text = "my 8 year old's calf keeps jerking into painful spasms after football, chatting away"
    result = parse_text(text)
    assert all(c.level != "emergency" for c in result.concerns)
    assert any(c.question == "fit" for c in result.concerns)


def test_a_child_jerking_all_over_is_still_a_fit() -> None:
    assert parsed_level("my 3 year old is jerking all over and won't answer me") == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Mum's been getting slower on the stairs for months and needs the banister now, "
        "legs cramp at night",
        "he can't get up from a chair without pushing with his arms lately, and cramps",
    ],
)
def test_weak_legs_told_by_what_they_no_longer_manage_are_weakness(text: str) -> None:
    assert parse_text(text).symptoms.weakness is True
    assert parsed_level(text) == "doctor"


def test_workouts_stacked_back_to_back_are_extreme_exertion() -> None:
    text = "did two bootcamp sessions back to back yesterday, thighs agony and weak, pee like cola"
    assert "extreme_exertion" in parse_text(text).events
    assert parsed_level(text) == "emergency"


def test_one_ordinary_class_is_not_extreme_exertion() -> None:
    assert (
        "extreme_exertion" not in parse_text("one spin class last night, calf cramp after").events
    )


def test_both_thighs_swollen_is_not_one_swollen_calf() -> None:
    text = "after the hill race both thighs are swollen and tight, no pain in the calves"
    assert parse_text(text).symptoms.calf_swelling_one_side is not True
