"""Classes of wording read in the dev_h batch's misses, one test per behaviour (issue 10).

The sentences are my own, not the vignettes': each pins a reading that holds for the
class (a side named and said to be fine, text-speak, a remedy that "nothing" helps,
claudication told with a bare "stop" or a set distance, a drink's amount without "of",
an urge to move in non-native grammar, a baseline that is not new, an unnamed
"someone"), not one sentence.
"""

from __future__ import annotations

import pytest

from crampcare.intake.parse import parse_text
from tests.intake.reading import parsed_level


# ------------------------------------------------------------------ clots
@pytest.mark.parametrize(
    "text",
    [
        "Had my baby 10 days ago by section, my right calf is sore and that ankle is puffy,"
        " left leg is fine",
        "after the op my left calf is swollen, the right one is normal",
    ],
)
def test_a_side_named_and_said_to_be_fine_is_a_contrast_not_a_denial(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    ["one calf is red n warm, been like it since tues", "my calf is swollen & sore on one side"],
)
def test_text_speak_and_joins_two_signs(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_breathing_said_to_be_as_usual_is_not_breathlessness() -> None:
    text = "Laid up in bed a fortnight; now one calf is swollen and sore. My breathing is as usual."
    assert parsed_level(text) == "urgent"


# ------------------------------------------------------------------ a cramp that will not go
def test_nothing_helps_after_the_remedies_is_not_eased() -> None:
    intake = parse_text("cramp in my foot for 20 mins, ive stretched it and walked nothing helps")
    assert intake.eased_by_stretching is not True
    assert parsed_level(
        "cramp in my foot for 20 mins, ive stretched it and walked nothing helps"
    ) == ("urgent")


@pytest.mark.parametrize(
    "text",
    [
        "At a sweaty spin class, dripping with sweat all through, now my calves keep cramping",
        "shift in the bakery, soaked through with sweat, and now cramps keep coming back",
    ],
)
def test_heavy_sweating_in_lay_words_is_fluid_loss(text: str) -> None:
    assert "fluid_loss" in parse_text(text).events


# ------------------------------------------------------------------ limbs, poisons
def test_a_limb_suddenly_cold_and_discoloured_is_an_emergency_in_any_grammar() -> None:
    text = "My mother foot is suddenly cold and the colour is like blue, she say it hurt very much"
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my 15 year old necked half a bottle of gin at a sleepover and keeps throwing up",
        "My husband drank a whole bottle of whisky and now I can't wake him properly",
    ],
)
def test_a_lot_of_alcohol_at_once_with_drowsiness_vomiting_or_youth_is_poisoning(
    text: str,
) -> None:
    assert parsed_level(text) == "emergency"


def test_a_remedy_said_by_someone_to_contain_lead_is_an_exposure() -> None:
    text = "I take herbal pills from back home, my cousin say they can contain lead. I have cramps."
    assert parsed_level(text) == "urgent"


# ------------------------------------------------------------------ doctor-level readings
@pytest.mark.parametrize(
    "text",
    [
        "calves ache walking to town, stop 3 mins and it's gone, 74, smoked for years",
        "every round of golf, about the same distance in, my calf aches and I have to stand"
        " still a minute, then it's gone",
        "on my way to the bus stop my calf aches and forces me to stop; after a rest it subsides",
    ],
)
def test_walking_pain_relieved_by_stopping_in_terse_or_formal_words_is_claudication(
    text: str,
) -> None:
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


def test_walking_that_relieved_a_cramp_is_not_claudication() -> None:
    text = "had a cramp in my foot, I got up and walked around and it went after about a minute"
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is not True
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "I drink vodka every day, about half a litre, and get cramps at night",
        "I have brandy in the evenings, perhaps half a bottle, and my feet cramp",
    ],
)
def test_a_drinks_amount_without_of_is_heavy_drinking(text: str) -> None:
    assert parse_text(text).heavy_alcohol is True


def test_water_by_the_bottle_is_not_heavy_drinking() -> None:
    text = "I drink two litres of water every day and a glass of wine at the weekend"
    assert parse_text(text).heavy_alcohol is not True


def test_an_urge_to_move_in_non_native_grammar_is_restless_legs() -> None:
    text = "At night my legs feel like ants inside, I must move them, when I move it is better"
    assert parse_text(text).symptoms.urge_to_move is True


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("cramps evry nite for 3 wks now", "doctor"),
        ("I have cirrhosis from drinking years ago and get cramps in my legs", "doctor"),
    ],
)
def test_text_speak_frequencies_and_a_condition_with_an_old_cause_are_read(
    text: str, level: str
) -> None:
    assert parsed_level(text) == level


# ------------------------------------------------------------------ not the patient's, not new
def test_an_unnamed_someones_collapse_is_not_the_writers() -> None:
    text = "Somebody fainted at the 10k today. I just had a calf cramp at the end that went."
    assert parsed_level(text) == "self_care"


def test_a_fit_years_ago_written_in_text_speak_is_over() -> None:
    assert parse_text("had a fit 5 yrs ago, nothing like that now").symptoms.seizure is not True


def test_confusion_said_to_be_as_usual_is_a_baseline_not_new() -> None:
    text = "Mum has dementia; her confusion is no different from usual. Night cramps most nights."
    assert parsed_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Someone please help my son has a high fever and a rash that won't fade",
        "can somebody tell me what to do, my husband is shaking all over and not answering",
        "I need someone to look at this, I'm coughing up blood and my calf is swollen",
        "someone has to help me, I took all my pills",
    ],
)
def test_asking_someone_for_help_keeps_the_patients_findings(text: str) -> None:
    assert parsed_level(text) == "emergency"
