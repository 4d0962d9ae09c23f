"""Classes of wording found unread in round s23's first wave (dev DF: code-switching; DG:
numbers, times and context): disorientation told as asking what anyone would know,
walking pain told "when walking" and passing as "walks again", a fluid loss dated months
back, a sign's name with its letters swapped.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from crampcare.intake import read_text
from crampcare.quantities.frequency import frequencies
from tests.intake.reading import RANK, read_level


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "grandad went rigid all over after a leg cramp, now he keeps asking what year it is",
            "grandad had a leg cramp, now he keeps asking what he can take for it",
        ),
        (
            "she fainted in the heat at the fair and asked the nurse where she was",
            "she had a cramp at the fair and asked the nurse where she was meant to queue",
        ),
        (
            "my husband came round after the fit but asked me who I was",
            "my husband asked me who I was seeing at the clinic about my cramps",
        ),
    ],
)
def test_asking_the_year_the_place_or_who_someone_is_is_confusion(
    text: str, lookalike: str
) -> None:
    assert read_text(text).symptoms.confusion is True, text
    assert read_text(lookalike).symptoms.confusion is not True, lookalike
    assert read_level(text) == "emergency", text
    assert RANK[read_level(lookalike)] < RANK["emergency"], lookalike


@pytest.mark.parametrize(
    "text",
    [
        "my mum gets pain in her calves when walking to church, has to sit, then walks again fine",
        "pain in my legs when walking, I have to stop, then I can walk on again",
    ],
)
def test_walking_pain_that_stopping_eases_and_walking_again_brings_back_is_claudication(
    text: str,
) -> None:
    assert read_text(text).symptoms.pain_walking_relieved_by_rest is True, text
    assert read_level(text) == "doctor", text


def test_walking_again_after_a_night_cramp_is_no_claudication() -> None:
    text = "calf cramp woke me at 3am, I stood on it, then walked again fine"
    assert read_text(text).symptoms.pain_walking_relieved_by_rest is not True
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "I was admitted with dehydration from food poisoning 5 months ago. Fine now, "
            "just a 30 second cramp in my foot",
            "I was sick all night with food poisoning 2 days ago, now cramps in my feet",
        ),
        (
            "had norovirus three weeks ago, and tonight a quick calf cramp, gone",
            "the diarrhoea started three weeks ago and now cramps in my calves",
        ),
    ],
)
def test_a_fluid_loss_dated_months_or_weeks_back_is_over(text: str, lookalike: str) -> None:
    assert read_level(text) == "self_care", text
    assert read_level(lookalike) == "urgent", lookalike


def test_a_signs_name_with_letters_swapped_is_read() -> None:
    text = "muscle twichting in my thighs for weeks and cramps"
    assert read_text(text).symptoms.twitching is True
    assert read_level(text) == "doctor"


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "mum cramped up then went floppy and we can't get a word out of her",
            "I couldn't get a word out of him about his cramps, teenagers!",
        ),
        (
            "the baby went all floppy after the cramp and isn't crying",
            "my leg went floppy for a second after the cramp, fine now",
        ),
    ],
)
def test_no_answer_told_as_what_cannot_be_got_or_a_person_gone_floppy_is_unresponsive(
    text: str, lookalike: str
) -> None:
    assert read_level(text) == "emergency", text
    assert read_level(lookalike) == "self_care", lookalike


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "after the cramp in his calf dad can't get his words out properly and one side of "
            "his mouth is lower",
            "after the cramp in his calf dad was so out of breath he couldn't get his words out",
        ),
        (
            "her smile has gone lopsided and she had a cramp in her arm",
            "had a calf cramp, my face is all lopsided from the dentist injection wearing off",
        ),
    ],
)
def test_a_face_fallen_on_one_side_or_words_that_will_not_come_right_are_an_emergency(
    text: str, lookalike: str
) -> None:
    assert read_level(text) == "emergency", text
    assert read_level(lookalike) != "emergency" or "breath" in lookalike, lookalike


@pytest.mark.parametrize(
    "text",
    [
        "my wife can't lift her right arm at all, and her calves cramp at night",
        "can't do up my buttons any more and my hands cramp",
    ],
)
def test_an_arm_or_hand_that_will_not_do_its_work_is_weakness(text: str) -> None:
    assert read_text(text).symptoms.weakness is True, text
    assert RANK[read_level(text)] >= RANK["doctor"], text


def test_a_leg_that_will_not_move_during_the_cramp_is_the_cramp() -> None:
    text = "calf cramp at 2am, couldn't move my leg till it went, fine after a minute"
    assert read_text(text).symptoms.weakness is not True
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("4 times this week I've woken with cramps in both calves", 4.0),
        ("woke with calf cramps twice this week", 2.0),
        ("cramps 5 nights in the last week", 5.0),
        ("10 cramps this month, all at night", 2.33),
    ],
)
def test_a_count_in_the_week_or_month_just_past_is_a_frequency(text: str, per_week: float) -> None:
    assert frequencies(text) and frequencies(text)[0][0] == per_week, text


@pytest.mark.parametrize(
    "text",
    ["he turns 3 this week, cramps in his feet", "ran 3 times this week and my calf cramped"],
)
def test_an_age_or_an_activitys_count_this_week_is_no_frequency(text: str) -> None:
    assert frequencies(text) == [], text


def test_a_long_event_named_by_its_distance_is_extreme_exertion() -> None:
    text = "my wee is the colour of coca cola and I did a 100 mile race yesterday"
    assert "extreme_exertion" in read_text(text).events
    assert read_level(text) == "emergency"
    assert "extreme_exertion" not in read_text("did a 5k park run, calf cramped").events


def test_someone_in_a_likeness_or_doing_a_thing_to_the_writer_is_no_other_person() -> None:
    text = "felt like someone kicked me in the back of the ankle playing squash, can't push off"
    assert read_text(text).symptoms.calf_pop is True
    assert read_level(text) == "urgent"
    assert read_level("someone at work had a clot in his calf, I just get cramps") == "self_care"


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "toddler has little purple spots on her legs, I pressed a glass on them and they "
            "don't go away, she had cramps earlier",
            "toddler has little red spots on her legs, I pressed a glass on them and they "
            "went pale, she had cramps earlier",
        ),
        (
            "my son has a non-blanching rash on his tummy and leg cramps",
            "my son has a heat rash on his tummy and leg cramps",
        ),
    ],
)
def test_a_rash_that_stays_under_a_glass_is_an_emergency_fever_or_not(
    text: str, lookalike: str
) -> None:
    assert read_text(text).symptoms.rash_not_fading is True, text
    assert read_level(text) == "emergency", text
    assert read_text(lookalike).symptoms.rash_not_fading is not True, lookalike
    assert read_level(lookalike) != "emergency", lookalike


def test_the_writer_set_apart_by_a_dash_is_not_the_relative_with_the_condition() -> None:
    text = (
        "My dad's on dialysis and gets terrible cramps, so I worry. I'm not — kidneys fine. "
        "I got a cramp in my foot in the shower, gone by the time I'd dried off."
    )
    assert "dialysis" not in read_text(text).conditions
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "My partner has epilepsy so I know what a seizure looks like - this was just me, a "
            "calf cramp at 2am, a minute, then fine",
            "I know what a seizure looks like and my husband just had one, shaking all over",
        ),
    ],
)
def test_knowing_what_a_sign_looks_like_is_no_sign(text: str, lookalike: str) -> None:
    assert read_level(text) == "self_care", text
    assert read_level(lookalike) == "emergency", lookalike


def test_a_medicine_written_with_its_accents_in_another_language_is_read() -> None:
    text = "Depuis que je prends du raloxifène pour mes os, j'ai des crampes la nuit."
    assert read_level(text) == "doctor"


def test_an_english_word_hyphened_to_another_script_is_read() -> None:
    assert read_level("আমার thyroid-এর সমস্যা আছে, আর এখন প্রায়ই muscle cramp হয়।") == "doctor"
    # Hebrew: "in the calf", and "no swelling" after it
    text = "קיבלתי התכווצות שריר ב-calf while sitting in the car, stretched it, gone. אין נפיחות."
    assert read_level(text) == "self_care"


# Classes found unread in round s23's later waves (dev DJ: signs told only by what can no
# longer be done, a likeness or a number; DK: written for someone else). Each sentence is
# our own; each level beside a look-alike that must be read lower.
@pytest.mark.parametrize(
    ("text", "level", "lookalike", "lower"),
    [
        (
            "my 4 yo drank some of the pink stuff from under the kitchen sink, now her legs "
            "are twitching",
            "emergency",
            "my 4 yo drank some of the pink milkshake, now her legs are cramping a bit",
            "self_care",
        ),
        (
            "mum is diabetic and I think she double-dosed her insulin, now shaky and cramping",
            "emergency",
            "mum is diabetic and takes her insulin twice a day, cramps in her feet at night",
            "doctor",
        ),
        (
            "pregnant 35 week, she fall down and her body shake very strong, now not wake good",
            "emergency",
            "pregnant 35 week, she has cramp in leg at night, stretch and it go",
            "self_care",
        ),
        (
            "my dad has been in a baking hot flat all day, he's warm to touch and dry as a "
            "bone, and he thought I was the postman",
            "emergency",
            "my dad has been in a baking hot flat all day, a cramp in his calf, had some "
            "water and it went",
            "self_care",
        ),
        (
            "since my hip op my right slipper is tight on that side only and the calf is sore",
            "urgent",
            "since my hip op my slippers are a bit tight, the calf cramped once and went",
            "self_care",
        ),
        (
            "both forearms keep balling up into knots, five times today, no lifting",
            "urgent",
            "both calves keep balling up into knots at night, once a month or so",
            "self_care",
        ),
        (
            "I go on the machine three times a week for my kidneys and cramp near the end",
            "doctor",
            "I went on the rowing machine today and my calf cramped near the end, gone now",
            "self_care",
        ),
        (
            "my hands have this buzzing feeling most of the time for weeks, and cramps",
            "doctor",
            "my phone has this buzzing feeling when it rings, and I had a cramp",
            "self_care",
        ),
        (
            "something like a moth flickering under the skin of my thighs for weeks, and cramps",
            "doctor",
            "a moth flew into my room and woke me, then a thigh cramp for a minute",
            "self_care",
        ),
        (
            "in the evening I get ants marching under the skin of my legs and have to get up "
            "and pace the hall",
            "doctor",
            "ants marching across the kitchen floor, I got up and had a calf cramp",
            "self_care",
        ),
        (
            "the cramps are ruining my life, I can't sit through a film without one",
            "doctor",
            "the kids are driving me mad lol, had one cramp last night",
            "self_care",
        ),
        (
            "cramp in my calf for 40 minutes, I stretched it, it refuse to let go",
            "urgent",
            "cramp in my calf, I stretched it and it let go after a minute",
            "self_care",
        ),
    ],
)
def test_signs_told_by_likeness_what_was_seen_or_a_learners_grammar_are_read(
    text: str, level: str, lookalike: str, lower: str
) -> None:
    assert read_level(text) == level, text
    assert read_level(lookalike) == lower, lookalike


@pytest.mark.parametrize(
    "text",
    [
        "Piano lesson: her hand cramped during scales, she shook it out and it passed",
        "stood at the match in the freezing cold, calf cramped for a minute, fine now",
        "dad's calf is swollen since hospital; he's breathing better than he was last week",
    ],
)
def test_a_hand_shaken_out_the_weather_or_breathing_said_better_raise_no_emergency(
    text: str,
) -> None:
    assert read_level(text) != "emergency", text


def test_a_rash_said_not_to_go_when_pushed_is_not_the_glass_test_passed() -> None:
    text = "fever and cramps, and spots on her legs that don't go away when you push on them"
    assert read_text(text).symptoms.rash_not_fading is True
    assert read_level(text) == "emergency"


def test_jamaican_patois_is_read_as_english_without_asking_for_a_translator() -> None:
    text = "Cut mi foot on a nail last week. Now mi cyaan open mi mouth and food hard fi go down."
    assert read_level(text) == "emergency"
    assert not [c for c in read_text(text).concerns if c.topic == "other_language"]


def test_a_long_class_after_years_off_and_hauling_oneself_up_with_dark_urine() -> None:
    text = (
        "did a 75 min spin class after not exercising for years, now I can't get off the sofa "
        "without pulling on the arm and my wee is dark brown"
    )
    assert "extreme_exertion" in read_text(text).events
    assert read_text(text).symptoms.weakness is True
    assert read_level(text) == "emergency"
    assert "extreme_exertion" not in read_text("did a 30 min spin class, calf cramped").events


def test_a_short_arabic_clause_is_read_as_arabic_not_persian() -> None:
    text = "ابنتي عمرها ٣ سنوات شربت من زجاجة مبيد in the shed, now cramps and drooling"
    assert "Arabic" in [
        f.language.name
        for f in __import__("crampcare.wording.language", fromlist=["find"]).find(text)
    ]
    assert read_level(text) == "emergency"
