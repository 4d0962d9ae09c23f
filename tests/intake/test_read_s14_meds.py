"""Classes of wording found unread in round s14's blind batches of medicines, poisons, heat
and wounds (dev AW) and of texts written about someone else (dev AX), one test per behaviour.

The sentences are our own, each class beside a look-alike that must stay lower: a child
who may have swallowed any medicine (named by its drug name, inside a lay phrase, chewed,
"seems fine so far", found with a bit gone), thinking not clear in the heat.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import parsed_level


@pytest.mark.parametrize(
    "text",
    [
        "my 2 year old got into nan's heart tablets, maybe two, he seems fine so far",
        "5yo chewed a couple of my amlodipine, she's acting normal",
        "our toddler sucked on one of dad's water tablets, looks ok at the moment",
        "my little girl may have bitten into one of my sertraline, "
        "found it wet on the sofa with a corner gone",
    ],
)
def test_a_child_who_may_have_swallowed_any_medicine_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # a dose given for a reason
        "my 14 year old took one of my paracetamol for his headache, is that ok for his age?",
        # found whole: taken back
        "thought my 3 year old had one of my tablets but found it under the sofa, all there",
        # a story in the news
        "saw on the news a toddler swallowed his gran's pills. "
        "my son just had a calf cramp at bedtime",
    ],
)
def test_a_dose_given_a_tablet_found_whole_or_a_news_story_is_no_poisoning(text: str) -> None:
    assert parsed_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "long run in the sun, cramps everywhere and now I can't think straight",
        "working on the roof in a heatwave, my head's all foggy and I'm staggering about",
    ],
)
def test_thinking_not_clear_in_the_heat_is_heat_illness(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "the cramp in my calf is so bad I can't think straight",
        "stumbled on a kerb on my walk and got a cramp in my foot, gone now",
    ],
)
def test_pain_that_stops_thinking_or_a_stumble_is_no_heat_illness(text: str) -> None:
    assert parsed_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my forearms and fingers keep locking up with cramp",
        "cramps in my calves and tummy after the long ride",
    ],
)
def test_arms_or_belly_named_in_a_list_are_cramps_of_the_trunk_or_arms(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "cramps in my calves and stomach ache from a dodgy curry, gone after a stretch",
        "my hand cramped while writing and went when I shook it",
    ],
)
def test_a_stomach_ache_or_a_writing_hand_is_no_trunk_or_arm_cramp(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "cycled all day in the heat, lost buckets of sweat, calves cramping",
        "lost loads of fluid at the festival, now cramps in my legs",
    ],
)
def test_sweat_or_fluid_lost_told_by_an_amount_is_fluid_loss(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_little_sweat_lost_is_no_fluid_loss() -> None:
    assert (
        parsed_level("didn't lose much sweat on the walk, just a quick calf cramp") == "self_care"
    )


@pytest.mark.parametrize(
    "text",
    [
        "started gabapentin a month ago and now my feet cramp at night",
        "since starting venlafaxine my calves cramp most nights",
        "got switched to lamotrigine and the leg cramps began soon after",
    ],
)
def test_a_medicine_started_by_name_is_a_new_medicine(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "thinking of starting gabapentin, would it give me cramps? had one calf cramp last night",
        "stopped lithium years ago, just one calf cramp this week that passed with a stretch",
    ],
)
def test_a_medicine_only_thought_of_or_stopped_long_ago_is_no_new_medicine(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my mum's on statins and gets cramps. Me, I just had one after football, gone now",
        "My husband's on water pills and cramps a lot. I only had one in my foot, gone now.",
    ],
)
def test_someone_elses_medicine_said_with_is_on_stays_theirs(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_the_writers_own_medicine_beside_a_relative_still_counts() -> None:
    assert (
        parsed_level("I'm on water tablets, same as my dad's on, and my calves cramp") == "doctor"
    )


@pytest.mark.parametrize(
    "text",
    [
        "my night cramps are really bad and haven't eased with stretching or magnesium for months",
        "I get cramps most days that don't get any better with rest or drinking water",
    ],
)
def test_self_care_said_not_to_help_is_not_improving(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "my cramps always get better with stretching, had one last night",
        "if my cramps don't get better with stretching should I see a GP? had one last night",
    ],
)
def test_self_care_that_helps_or_only_wondered_about_is_no_failure(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "took my blood pressure tablet twice this morning by mistake, feel fine",
        "swallowed my evening pills twice by accident, feeling ok so far",
    ],
)
def test_a_double_dose_with_the_writer_feeling_fine_is_still_an_overdose(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "paracetamol is toxic in overdose, I know, I only take two. Calf cramp last night",
        "the leaflet says there is a risk of overdose with quinine; I've never had any",
    ],
)
def test_an_overdose_named_as_a_danger_is_no_overdose(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "the cat got into my tablets and is at the vet. I'm fine, just a calf cramp on my run",
        "our puppy chewed a packet of my ibuprofen, vet says he'll be ok. I had a foot cramp",
    ],
)
def test_a_pet_that_got_into_medicines_is_the_pets_poisoning(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_child_who_got_into_medicines_beside_a_pet_is_still_an_emergency() -> None:
    assert parsed_level("the dog was barking and my toddler got into my pills") == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "knocked over some bleach in the bathroom, wiped it up, no one swallowed any. foot cramp",
        "a bit of weedkiller spilt in the shed, nobody touched it, I just had a calf cramp",
    ],
)
def test_a_spill_that_nobody_swallowed_is_no_poisoning(text: str) -> None:
    assert parsed_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "spilled a bit of bleach and my son licked it off his fingers",
        "knocked over the bleach and I think the baby swallowed some",
    ],
)
def test_a_spill_that_was_swallowed_is_poisoning(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "cut my finger chopping onions, all my jabs are up to date, hand cramped while typing",
        "grazed my knee on the path, fully vaccinated, calf cramp after the walk that went",
    ],
)
def test_a_small_wound_with_jabs_said_done_is_self_care(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_wound_with_jabs_not_known_still_counts() -> None:
    assert parsed_level("stood on a rusty nail, not sure my jabs are done, now my calf spasms") in (
        "urgent",
        "emergency",
    )


@pytest.mark.parametrize(
    "text",
    [
        "we had the old lead pipes taken out years back, my daughter gets the odd calf cramp",
        "the lead paint was all removed before we moved in; one cramp in my foot last night",
    ],
)
def test_a_toxin_source_taken_away_is_over(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_toxin_source_still_there_counts() -> None:
    assert parsed_level("we still have lead pipes and I get cramps in my legs") == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "if my mum catches a tummy bug would her cramps be worse? she's fine now, one cramp",
        "if my son gets diarrhoea on holiday should I worry about cramps? he's well today",
    ],
)
def test_an_illness_wondered_about_for_a_person_named_is_hypothetical(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_an_illness_told_of_a_person_named_counts() -> None:
    assert (
        parsed_level("my mum has a tummy bug and has been sick all night, now cramps") == "urgent"
    )


@pytest.mark.parametrize(
    "text",
    [
        "my left calf has got thinner over the last year and it cramps",
        "Mum's thigh muscles have wasted over the past year and she gets cramps",
    ],
)
def test_wasting_over_the_last_year_is_now(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_a_thin_calf_last_year_that_recovered_is_over() -> None:
    assert parsed_level("my calf was thinner last year after the cast but it's all better now") in (
        "self_care",
        "doctor",
    )


@pytest.mark.parametrize(
    "text",
    [
        "my mum's cramps woke her 4 times this week, she's 80 and otherwise well",
        "the cramps wake me up three times a night lately",
    ],
)
def test_sleep_broken_by_a_count_of_wakings_is_disturbed_sleep(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_one_waking_is_no_broken_sleep() -> None:
    assert parsed_level("a cramp woke me once this week and went with a stretch") == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my uncle drinks from midday onwards and gets bad leg cramps",
        "I start drinking at lunchtime most days and my calves cramp",
    ],
)
def test_drinking_from_early_in_the_day_is_heavy_alcohol_use(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_water_from_lunchtime_is_no_alcohol() -> None:
    assert (
        parsed_level("I drink water from lunchtime on, one calf cramp after a run") == "self_care"
    )


@pytest.mark.parametrize(
    "text",
    [
        "my wife's legs can't settle in bed, like something crawling under her skin, walking helps",
        "evenings my calves feel fizzy and restless and moving them helps",
    ],
)
def test_a_feeling_under_the_skin_eased_by_moving_is_restless_legs(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_a_cramp_walked_off_is_no_restless_legs() -> None:
    assert parsed_level("my calf cramped in bed, walking it off helps") == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my husband is on dialysis but this is about our daughter, one cramp at netball, gone",
        "my brother has diabetes but I'm asking about my son - calf cramp at bedtime, rubbed it",
    ],
)
def test_another_persons_condition_before_the_patient_is_named_stays_theirs(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my daughter has a stiff neck and a high fever, this is about my daughter",
        "high fever, stiff neck and a rash that won't fade - this is about my son",
    ],
)
def test_the_named_patients_own_signs_still_count(text: str) -> None:
    assert parsed_level(text) == "emergency"
