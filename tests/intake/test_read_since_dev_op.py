"""Classes of wording read in the dev_o and dev_p batches' misses, one test per behaviour.

dev_o (written to sealed r10's brief: night-shift nurses, pregnancy, dialysis, voice-to-
text, buried details, more Englishes) and dev_p (danger said indirectly: by consequence,
by numbers written every way, by what someone else noticed) were measured once before
any change for them (issue 10); these are their miss classes in our own words, each with
a look-alike where one exists.
"""

from __future__ import annotations

import pytest

from crampcare.assessment import assess
from crampcare.intake import read_text
from crampcare.intake.parse import parse_text
from tests.intake.reading import parsed_level, read_level


@pytest.mark.parametrize(
    "text",
    [
        "my calf locked up about twenty minutes ago and has not let go, I've stretched it",
        "foot cramp began 15 mins ago, still hasn't budged despite pulling my toes back",
        "cramp in my thigh came on half an hour ago and it hasn't released at all",
    ],
)
def test_a_cramp_whose_release_is_denied_in_any_tense_is_still_going(text: str) -> None:
    assert parse_text(text).duration_minutes is not None
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "cramp in my calf, 20 minutes of stretching and nothing",
        "half an hour of rubbing and my calf is still rock hard, not better",
    ],
)
def test_time_spent_trying_on_a_cramp_still_going_is_its_length(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_a_stretching_routine_is_not_a_cramp_length() -> None:
    text = "I do 20 minutes of stretching every night but still get cramps now and then"
    assert parse_text(text).duration_minutes is None


@pytest.mark.parametrize(
    "text",
    [
        "calf cramped on the pitch in the heat, sat in the shade with a drink, fine after 15 mins",
        "hamstring cramp at the festival, settled within 20 minutes in the shade",
    ],
)
def test_a_cramp_well_again_after_two_digit_minutes_has_eased(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my calf cramp hasn't gone in 20 minutes of stretching",
        "cramp in my foot, no better after 25 minutes",
    ],
)
def test_a_denied_recovery_after_minutes_is_not_eased(text: str) -> None:
    assert parse_text(text).eased_by_stretching is not True
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "my brother keeps passing out and his legs are cramping",
        "she's blacking out on and off since the cramps started",
        "grandad collapses every time he stands, his legs cramp first",
        "we can barely wake him, he's been cramping all evening",
        "my mate drank nearly a whole bottle of vodka and now he's cramping",
    ],
)
def test_losing_consciousness_in_any_tense_or_a_near_fatal_amount_is_an_emergency(
    text: str,
) -> None:
    assert parsed_level(text) == "emergency"


def test_a_bottle_of_wine_at_dinner_asks_but_is_no_emergency() -> None:
    intake = read_text("had a bottle of wine with dinner, woke up with a calf cramp")
    assert assess(intake).level != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my son has a high temperature and leg cramps, and it hurts him to bend his head forward",
        "fever and cramps all day, and the light really hurts her eyes",
        "running a temperature with the cramps, my neck is sore when I try to look down",
    ],
)
def test_fever_with_neck_pain_on_bending_or_light_that_hurts_is_an_emergency(text: str) -> None:
    assert read_level(text) == "emergency"


def test_a_fever_alone_asks_for_its_partner_sign() -> None:
    intake = parse_text("my daughter has cramps in her calves and a high temperature")
    assert "meningitis" in {c.question for c in intake.concerns}


def test_a_fever_with_its_partner_signs_denied_asks_nothing_more() -> None:
    intake = parse_text("fever and cramps, no stiff neck, no headache and no rash")
    assert "fever_without_its_partner" not in {c.topic for c in intake.concerns}


@pytest.mark.parametrize(
    "text",
    [
        "coughed this morning and there was pink stuff on the tissue, my calf is swollen",
        "my phlegm was red after a coughing fit, and one calf is fat and sore",
    ],
)
def test_blood_told_by_its_colour_around_a_cough_is_coughing_blood(text: str) -> None:
    assert parse_text(text).symptoms.coughing_blood is True
    assert parsed_level(text) == "emergency"


def test_red_wine_beside_a_cough_is_no_blood() -> None:
    assert parse_text("coughing a bit, had red wine last night").symptoms.coughing_blood is not True


@pytest.mark.parametrize(
    "text",
    [
        "we ran the petrol generator in the shed all night, now we all have headaches and cramps",
        "had a charcoal barbecue inside the tent, woke up sick and dizzy with leg cramps",
    ],
)
def test_carbon_monoxide_told_by_its_source_with_its_signs_is_an_emergency(text: str) -> None:
    assert read_level(text) == "emergency"


def test_empty_packets_of_a_medicine_found_is_an_emergency() -> None:
    text = "found empty boxes of my sertraline under my son's bed, his legs are cramping"
    assert read_level(text) == "emergency"


def test_running_out_before_a_repeat_prescription_is_no_overdose() -> None:
    text = "my tablets box is empty, need to order a repeat prescription, cramps at night"
    assert read_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "cramp in my calf at tennis, no vomiting or diarrhoea or anything, water sorted it",
        "I haven't been vomiting at all, just a quick calf cramp last night that went in a minute",
        "pins and needles in my toes with cramps, nothing round my mouth though",
    ],
)
def test_the_word_channel_may_not_raise_past_a_denial(text: str) -> None:
    assert read_level(text) in {"self_care", "doctor"}


def test_a_denied_list_finding_is_shown_as_denied() -> None:
    facts = [f.describe() for f in parse_text("no vomiting, just cramps").evidence]
    assert any("not fluid_loss" in f or "not fluid loss" in f for f in facts)


def test_what_would_happen_if_is_a_question_not_a_finding() -> None:
    text = "what would happen if my little boy swallowed my iron tablets? he hasn't, just asking"
    assert parsed_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "cramps 4x/wk for two months",
        "calf cramps 3/week lately",
        "cramping 24/7 in my feet",
    ],
)
def test_a_frequency_written_as_a_fraction_is_frequent(text: str) -> None:
    assert (parse_text(text).frequency_per_week or 0) >= 3


def test_no_better_after_weeks_is_not_improving() -> None:
    text = "my thigh cramps are no better after two months of stretching"
    assert parse_text(text).symptoms.not_improving is True
    assert parsed_level(text) == "doctor"


def test_an_inhaler_named_by_what_it_is_for_is_a_beta_agonist() -> None:
    text = "ever since they gave me a puffer for my breathing I get cramps in my calves"
    assert parsed_level(text) == "doctor"


def test_a_thyroid_taken_out_years_ago_is_thyroid_disease_now() -> None:
    text = "had my thyroid taken out in 2009, hands cramp sometimes, no tingling round my lips"
    assert "thyroid_disease" in parse_text(text).conditions
    assert parsed_level(text) == "doctor"


def test_a_foot_of_normal_colour_and_warm_is_reassurance() -> None:
    text = (
        "toes a good colour and warm, but my calf aches walking up the hill and eases when I stop"
    )
    assert parse_text(text).symptoms.calf_red_warm is not True
    assert parsed_level(text) == "doctor"


def test_a_walk_told_by_its_destination_is_claudication() -> None:
    text = (
        "My calves ache by the time I get to the bus stop. I stand a minute and they're right "
        "again."
    )
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


def test_a_correction_after_a_denial_affirms_what_follows() -> None:
    text = (
        "not really a cramp, more a crawly feeling in my legs at night that makes me kick, "
        "only better once I get up"
    )
    assert parse_text(text).symptoms.urge_to_move is True
