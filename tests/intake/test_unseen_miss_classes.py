"""Classes of wording that unseen sealed sets still missed (round s5), one test per behaviour.

Only the classes were known (from labels), never the vignettes' words: the sentences
are my own, several per class, in people's own words. Each pins a reading that holds
for the class (a medicine told by its generic name, a fit told by whoever found the
person, a nerve poison's signs, a clot that reached the lung, heat stroke in lay words),
not one sentence.
"""

from __future__ import annotations

import pytest

from crampcare.assessment import assess
from crampcare.intake.parse import parse_text
from crampcare.quantities import clock
from tests.intake.reading import parsed_level


def _topics(text: str) -> set[str]:
    return {c.topic for c in parse_text(text).concerns}


# ------------------------------------------------------------------ medicines
@pytest.mark.parametrize(
    "text",
    [
        "I took all my sertraline last night because I couldn't cope anymore",
        "swallowed a packet of paracetamol on purpose, now I'm scared",
        "I have taken 30 paracetamol, I just wanted everything to stop",
        "Took a load of my tramadol to get some peace, feel weird now",
        "my sister took loads of her antidepressants after a row",
    ],
)
def test_medicines_taken_to_escape_in_any_words_are_an_overdose(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Grandma took her water tablets and her heart pills twice today because she forgot",
        "My father in law doubled up on his warfarin by accident",
        "I think my father took a double dose of his blood pressure pills, he's dizzy",
        "Nan had already taken her bisoprolol and then took it again at lunch",
    ],
)
def test_a_double_dose_told_as_twice_doubled_or_already_had_is_an_overdose(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I take my ramipril twice a day and get calf cramps at night now and then",
        "My amlodipine is taken twice daily, the odd night cramp goes after a stretch",
    ],
)
def test_a_medicine_taken_twice_a_day_as_prescribed_is_not_a_double_dose(text: str) -> None:
    assert "overdose" not in _topics(text)
    assert parsed_level(text) != "emergency"


# ------------------------------------------------------------------ fits told by others
@pytest.mark.parametrize(
    "text",
    [
        "My flatmate says she found me on the bathroom floor jerking and I don't remember it",
        "I woke up on the kitchen floor with a bitten tongue and my husband said I'd been"
        " twitching and making noises for a minute or two",
        "Apparently I had some kind of fit in my sleep, my wife said I was thrashing about and"
        " wouldn't answer her",
        "Apparently my mum went rigid and shook in the chair at the day centre, staff rang me",
    ],
)
def test_a_fit_nobody_saw_start_is_told_by_its_aftermath_and_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


# ------------------------------------------------------------------ poisons
@pytest.mark.parametrize(
    "text",
    [
        "Found my son with the slug pellets in the shed, think he ate some",
        "My 2 year old was found sucking on a laundry pod",
        "My 5 yo licked some ant powder off the patio",
        "the kids were in the shed and my youngest drank from a bottle of plant feed",
        "toddler got into the cupboard under the sink and swallowed some toilet cleaner",
    ],
)
def test_a_child_with_a_household_or_garden_product_in_the_mouth_is_an_emergency(
    text: str,
) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "My husband was spraying weed killer on the farm and now he's drooling, sweating and"
        " his muscles are twitching",
        "Farmer here, after dipping sheep I've got muscle twitches, tiny pupils and I'm being sick",
        "after using the flea spray in a closed room I've got twitching and I'm wheezing",
    ],
)
def test_a_nerve_poisons_signs_after_a_pesticide_are_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_pesticide_used_with_no_sign_of_poisoning_is_not_an_emergency() -> None:
    assert parsed_level("Used insecticide in the greenhouse and now my muscles keep cramping") in (
        "urgent",
        "doctor",
    )


@pytest.mark.parametrize(
    "text",
    [
        "I cast my own fishing weights in the garage and lately I get cramps and tummy aches",
        "we've been sanding down the old paintwork for weeks in our new old house, cramps since",
        "I reload my own ammunition at home and go to an indoor range, and now have cramps",
    ],
)
def test_lead_from_a_hobby_or_old_paint_told_by_what_was_done_is_urgent(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_casting_a_fishing_line_is_not_casting_lead() -> None:
    assert parsed_level(
        "I cast my fishing line and got a cramp in my shoulder, it went quickly"
    ) == ("self_care")


# ------------------------------------------------------------------ clots
@pytest.mark.parametrize(
    "text",
    [
        "Puffed out just walking to the kitchen, and my calf is tender and hot",
        "My calf has been swollen for days and now I suddenly can't catch my breath",
        "Out of nowhere I'm short of breath and my leg has been sore and puffy since the flight",
    ],
)
def test_breathlessness_with_a_swollen_or_warm_calf_is_a_clot_in_the_lung(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Mum has been in bed with flu for a week, one calf is puffy and sore. She's breathing ok",
        "One calf swollen and warm after my operation. Breathing is completely fine.",
    ],
)
def test_breathing_said_to_be_fine_keeps_a_swollen_calf_urgent(text: str) -> None:
    assert parsed_level(text) == "urgent"


# ------------------------------------------------------------------ heat, confusion
@pytest.mark.parametrize(
    "text",
    [
        "During the heatwave my gran has cramps and her skin is hot and bone dry",
        "It's 35 degrees, my neighbour is 79, she has cramps and has stopped sweating",
        "Dad was gardening in the heat, now he's not sweating anymore and he's muddled",
    ],
)
def test_sweating_that_stopped_or_hot_dry_skin_in_the_heat_is_heat_stroke(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_not_sweating_much_on_a_cool_walk_is_not_heat_stroke() -> None:
    assert "heat_stroke" not in _topics("Cramp in my calf on a walk, I was not even sweating.")


@pytest.mark.parametrize(
    "text",
    [
        "my wife is suddenly not herself, mixing up words and very drowsy",
        "Dad is all muddled this afternoon, not like him at all, and his legs are cramping",
        "my granny doesn't recognise me today and she's had leg cramps all week",
    ],
)
def test_confusion_told_as_new_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


# ------------------------------------------------------------------ a cramp that will not go
def test_a_british_half_hour_is_half_past_that_hour() -> None:
    text = "I've had this cramp since half nine and it's gone ten now, stretching does nothing"
    assert [n for n, _ in clock.ongoing(text)] == [30.0]
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "My calf cramp hasn't gone even though I've stretched and rubbed it",
        "it won't let go, despite stretching and rubbing it",
        "Still tight as a drum although I walked about and pulled my toes up",
    ],
)
def test_a_remedy_told_after_a_concession_has_failed(text: str) -> None:
    # Told as lasting on, it is the red flag; told only as not easing, its length is asked.
    intake = parse_text(text)
    assert intake.eased_by_stretching is False or parsed_level(text) == "urgent"
    assert parsed_level(text) == "urgent" or any(c.question == "duration" for c in intake.concerns)


def test_stretching_that_did_not_ease_a_cramp_of_untold_length_asks_its_length() -> None:
    # Not silent self-care: the length decides the 10-minute red flag, so it is asked.
    result = assess(parse_text("The cramp in my calf is still locked up even though I stretched"))
    assert result.provisional
    assert any(c.question == "duration" for c in parse_text("Stretched it, still locked").concerns)
