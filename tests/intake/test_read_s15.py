"""Classes of wording found unread in round s15 (the lead's probes in the lead's own words,
then the lead's reading of the round's blind batches), one test per behaviour.

The sentences are our own, several per class, each beside a look-alike a level below.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import parsed_level


@pytest.mark.parametrize(
    "text",
    [
        "cramp won't quit, going on 12 min, tried pulling my toes back",
        "it's going on 20 minutes and my foot is still clenched",
        "my calf has been like this going on for 15 mins, stretching doesn't help",
    ],
)
def test_going_on_before_a_length_is_the_time_so_far(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "we were going on a 20 minute walk when my calf cramped, it passed",
        "I keep going for 30 minutes on the bike then a cramp comes and goes in a minute",
    ],
)
def test_an_outing_going_on_for_a_length_is_not_the_cramps(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "cramping all over, 39 fever and can't put my chin down",
        "feverish and achy with cramps, she can't bring her chin forward",
    ],
)
def test_a_chin_that_will_not_go_down_is_a_stiff_neck(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I can't get my head down tonight because of leg cramps",
        "calf cramp, I tucked my chin down and breathed through it",
    ],
)
def test_a_head_down_to_sleep_or_a_chin_tucked_is_no_stiff_neck(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my thyroid is underactive and I get cramps",
        "thyroid's been playing up and now night cramps",
        "my liver isn't working properly, the cramps are bad at night",
        "liver's been bad since the drinking, cramps at night",
    ],
)
def test_a_gland_told_with_its_state_is_the_condition(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "my mum's thyroid is underactive, I just get the odd cramp",
        "they checked my thyroid and it's working fine, odd cramp at night",
        "my thyroid is not underactive, they checked, odd cramp",
        "my liver function test was fine, odd calf cramp",
    ],
)
def test_a_gland_found_well_or_someone_elses_is_no_condition(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "after about a block and a half my calves burn and I have to stand still till it goes",
        "by the second lamppost my leg aches and I stop for a minute and it passes",
        "within a few hundred yards my calf tightens, I rest and it eases, every time",
    ],
)
def test_a_distance_told_first_then_a_stop_that_eases_is_claudication(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_a_hike_with_one_cramp_that_passed_is_no_claudication() -> None:
    text = "after a couple of fields my calf cramped once on the hike, rested and it passed"
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "calf hurts after walking about 300m, have to stop, goes after a minute or two",
        "pt reports L calf ache after approx 300 m, eased by rest within minutes",
        "my calf aches after walking 150 yards, has to stop, then it goes off",
    ],
)
def test_a_walking_distance_in_a_note_with_rest_easing_it_is_claudication(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp at 20 km into the marathon, eased with rest and fluids",
        "calf cramped after 10 km on the bike, stopped and stretched and it went",
    ],
)
def test_a_cramp_partway_through_a_race_or_ride_is_no_claudication(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "wife's diabetic, not me, I'm 40 and healthy, just a cramp after football",
        "hubby's on statins, not me, I just get the odd calf cramp",
    ],
)
def test_a_partner_named_bare_as_the_subject_is_someone_else(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "husband's on dialysis and his cramps are waking him every night",
        "hubby's diabetic and gets cramps most nights",
    ],
)
def test_a_partner_named_bare_keeps_their_own_cramps(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "I've heard statins cause cramps, but I'm not on any meds. one cramp last night",
        "heard that water tablets give you cramps, I'm not on them, odd cramp",
    ],
)
def test_a_cause_heard_of_is_no_medicine_taken(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_cause_heard_of_then_the_medicine_taken_is_the_medicine() -> None:
    text = "heard statins cause cramps. I've been on simvastatin since June, cramps most nights"
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "mi abuela tuvo calambres y ahora está convulsionando, que hago",
        "mi hijo se cayó y todo el cuerpo se sacude, no responde",
        "yung anak ko nakainom ng gamot ng lolo niya, madami, antok na antok",
        "nakalunok ng tableta ang bunso ko, marami, inaantok",
    ],
)
def test_a_fit_going_on_or_a_childs_swallowed_tablets_in_other_words(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "mi abuelo tuvo una convulsión hace diez años, ahora solo calambres que se pasan",
        "nakainom ako ng gamot para sa sakit ng ulo, tapos pulikat kagabi, nawala agad",
    ],
)
def test_a_fit_years_ago_or_ones_own_headache_tablet_stays_lower(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my mum has gone all vacant and keeps staring through me after her leg cramps tonight",
        "my nan keeps staring through me since her cramp, not answering",
    ],
)
def test_a_cramp_given_to_her_after_me_is_hers(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_my_own_cramp_after_her_illness_years_ago_is_mine() -> None:
    assert parsed_level("my dad had a stroke years ago, I get a calf cramp now and then") == (
        "self_care"
    )


@pytest.mark.parametrize(
    "text",
    [
        "hot as anything and his neck's rigid, won't let me touch it, and a rash",
        "her neck is stiff and she says the light hurts her eyes, cramps all over",
    ],
)
def test_a_stiff_neck_with_a_rash_or_light_hurting_is_meningitis_without_a_thermometer(
    text: str,
) -> None:
    assert parsed_level(text) == "emergency"


def test_a_stiff_neck_alone_asks_about_a_fever() -> None:
    from crampcare.intake import parse_text

    intake = parse_text("my neck is stiff and my calves cramped last night")
    assert "meningitis" in {c.question for c in intake.concerns}


def test_a_stiff_neck_with_the_fever_denied_stays_self_care() -> None:
    assert parsed_level("stiff neck from sleeping funny, no fever, calf cramp last night") == (
        "self_care"
    )
