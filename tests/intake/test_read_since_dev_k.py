"""Classes of wording read in the dev_k batch's English misses, one test per behaviour.

dev_k was measured once before any change for it (issue 10); these are its English miss
classes in our own words, each with a look-alike: a limb that feels like someone else's
(not a denial of what follows), clinical shorthand from health workers writing about
themselves ("nil", capital "SOB"), a flight's length told with "landed" or "arrived",
an unknown or borrowed count of someone else's tablets, and a weak ankle told by what the
foot does.
"""

from __future__ import annotations

import pytest

from crampcare.intake.parse import parse_text
from tests.intake.reading import parsed_level


@pytest.mark.parametrize(
    "text",
    [
        "my arm went dead an hour ago, feels like it's not mine, icy and white, can't lift it",
        "his leg is like it's not attached, cold and blue, he cannot move his toes",
    ],
)
def test_a_limb_that_feels_like_someone_elses_does_not_deny_what_follows(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_real_denial_after_not_still_denies() -> None:
    assert (
        parsed_level("calf cramp last night, not cold or pale, fine after stretching")
        == "self_care"
    )


@pytest.mark.parametrize(
    "text",
    [
        "HCA here, about me: one calf cramp overnight. Nil swelling, nil redness. Settled.",
        "ward sister, self. nocturnal calf spasm x1, neg swelling, resolved with stretch",
    ],
)
def test_nil_and_neg_deny_in_clinical_shorthand(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_capital_sob_is_shortness_of_breath() -> None:
    text = "paramedic, self. calf cramping 2 days, now sudden SOB at rest, pulse racing"
    assert parse_text(text).symptoms.breathless is True
    assert parsed_level(text) == "emergency"


def test_sob_in_lower_case_is_crying() -> None:
    assert parse_text("I sob with these night cramps, twice a month").symptoms.breathless is None


@pytest.mark.parametrize(
    "text",
    [
        "Just arrived after 13 hours on the plane. Brief calf cramp at baggage, gone.",
        "we landed after nine hours, I had a short cramp in my foot in the taxi",
    ],
)
def test_a_flights_length_told_by_landing_is_not_the_cramps(text: str) -> None:
    assert parse_text(text).duration_minutes is None


def test_a_cramp_that_lasts_hours_after_landing_is_still_long() -> None:
    text = (
        "landed this morning and the cramp in my calf has lasted 2 hours, stretching does nothing"
    )
    assert (parse_text(text).duration_minutes or 0) >= 120


@pytest.mark.parametrize(
    "text",
    [
        "took a load of my pills for the cramps, not sure how many, feel weird",
        "my lad had 6 of his nan's tramadol for his cramps",
        "swallowed some of the sleeping ones, lost count how many",
    ],
)
def test_an_unknown_or_borrowed_count_of_tablets_is_an_overdose_concern(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_the_usual_dose_of_ones_own_tablets_is_no_overdose() -> None:
    assert parsed_level("took 2 of my paracetamol for the calf ache after the cramp") == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "night cramps and my left foot drags when I walk now, started in spring",
        "she keeps tripping, her foot kind of flops down on the pavement, and cramps",
    ],
)
def test_a_foot_that_slaps_drops_or_drags_is_weakness(text: str) -> None:
    assert parse_text(text).symptoms.weakness is True


def test_tripping_over_the_dog_once_is_not_weakness() -> None:
    assert parse_text("I tripped over the dog and then got a calf cramp").symptoms.weakness is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Our own sentences, one per sign the glossaries lacked before dev K.
        ("Moja mama wzięła za dużo tabletek nasennych, teraz wymiotuje", "emergency"),
        ("Po operacji tarczycy mrowienie wokół ust i skurcze rąk", "urgent"),
        ("Meu avô tem o maxilar travado desde ontem, não consegue abrir a boca", "emergency"),
        ("Quando caminho dói a barriga da perna, paro e passa, há meses", "doctor"),
        ("Đá bóng nghe tiếng bụp ở bắp chân, không nhón chân lên được", "urgent"),
        ("Gabadhayda waxay qabtaa qandho, luqunta ayaa ku adag", "emergency"),
        ("走路十分钟小腿就疼，停下来坐一会儿就好了，已经几个月了", "doctor"),
    ],
)
def test_the_glossaries_read_the_signs_dev_k_showed_missing(text: str, level: str) -> None:
    assert parsed_level(text) == level
