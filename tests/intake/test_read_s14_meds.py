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
