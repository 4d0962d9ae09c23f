"""Classes of wording found unread in round s16 (the lead's reading of the round's blind
batches), one test per behaviour.

The sentences are our own, several per class, each beside a look-alike a level below.
"""

from __future__ import annotations

import pytest

from crampcare.intake import read_text
from tests.intake.reading import parsed_level


def _asks_about_poison(text: str) -> bool:
    return any(c.question == "poison" for c in read_text(text).concerns)


# -- a count of a medicine named bare --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my husband took ~20 amitriptyline an hour ago and he's very sleepy",
        "she has taken about 15 sertraline, now shaky and cramping",
        "he swallowed 30 propranolol this evening",
        "I think mum had around twenty diazepam with her wine",
    ],
)
def test_a_count_of_a_medicine_named_bare_told_as_a_count_is_an_overdose(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I took 500 mg paracetamol for the cramp and it eased",
        "took 400mg ibuprofen before bed, calf cramp went",
        "I take 10 mg amitriptyline at night for my back and get calf cramps",
    ],
)
def test_a_dose_in_units_is_no_count_of_tablets(text: str) -> None:
    assert parsed_level(text) == "self_care"
    assert not any(c.topic == "overdose_count" for c in read_text(text).concerns)


@pytest.mark.parametrize(
    "text",
    [
        "took 30 ibuprofen earlier, now cramps",
        "I took 50 amitriptyline last night and woke with a calf cramp",
    ],
)
def test_a_bare_count_that_may_be_milligrams_asks_rather_than_passes(text: str) -> None:
    # "took 50 amitriptyline" is often 50 mg; it cannot be told from 50 tablets, so it asks.
    assert parsed_level(text) != "emergency"
    assert _asks_about_poison(text)


@pytest.mark.parametrize(
    "text",
    [
        "took 2 ibuprofen for the calf cramp",
        "it took 20 minutes for the cramp to ease off",
    ],
)
def test_a_small_count_or_a_time_asks_nothing_about_an_overdose(text: str) -> None:
    assert not any(c.topic == "overdose_count" for c in read_text(text).concerns)


# -- "nothing" with its own word denies that word only ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cut my thumb on a bread knife, nothing rusty, tetanus up to date, then a calf cramp",
        "scraped my knee in the kitchen, nothing dirty, tetanus booster last year",
    ],
)
def test_a_jab_told_after_nothing_and_a_comma_is_not_denied(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "nothing broken, but my calf is swollen and hot since the long flight",
        "nothing happened to it, calf swollen and red on one side since the coach trip",
    ],
)
def test_signs_told_after_nothing_and_a_comma_are_read(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "cut my hand on a rusty gate, nothing like a tetanus jab in years",
        "stood on a rusty nail, no tetanus jab that I know of",
    ],
)
def test_a_jab_denied_beside_a_dirty_wound_is_still_not_up_to_date(text: str) -> None:
    assert parsed_level(text) in ("urgent", "doctor") or _asks_tetanus(text)


def _asks_tetanus(text: str) -> bool:
    return any(c.question in ("tetanus", "wound") for c in read_text(text).concerns)


# -- "gone" said of the cramp is none of the tablets' -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "toddler had a leg cramp, all my pills still in the box, nothing missing, cramp gone now",
        "my little boy woke with cramp; counted my tablets, none missing, his cramp's gone",
    ],
)
def test_a_cramp_gone_is_no_medicine_gone(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "toddler had a cramp and half my tablets are gone from the box",
        "my 3 year old was in my bag, tablets gone, his cramp gone now",
    ],
)
def test_tablets_gone_near_a_child_are_still_a_poisoning(text: str) -> None:
    assert parsed_level(text) == "emergency"
