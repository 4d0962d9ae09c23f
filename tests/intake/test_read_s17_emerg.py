"""Classes of wording found unread in round s17 (emergencies and urgent cases played down
or never named: a fever by its number alone, a sign told as what the body does, dialect
and slang, a reply's fragment, the one sign inside a long message).

The sentences are our own, several per class, each beside a look-alike that must stay
lower (denied, past, someone else's, asked about, or milder).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import read_at, stays_below


@pytest.mark.parametrize(
    "text",
    [
        "my lad's spiking 39.5 and says his neck hurts to bend, cramps in his legs",
        "she's running 40 and her neck's sore to move, legs cramping",
        "toddler spiked 104 overnight, screams when I bend her head forward",
    ],
)
def test_a_fever_told_by_its_number_alone_with_a_stiff_neck(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "she was running 40 minutes a day before the cramps started, neck fine",
        "I ran 39 km on Sunday and my calf cramped, it went with a stretch",
    ],
)
def test_a_number_run_in_minutes_or_kilometres_is_no_fever(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "he's got a high temperature and his neck is hurting to bend, legs crampy",
        "burning up with fever, neck aching when she bends it, cramps in her legs",
        "fever since lunch and it hurts him to bend his neck",
    ],
)
def test_a_neck_that_hurts_to_bend_is_a_stiff_neck(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "my neck hurt to bend last week after gardening, just calf cramps now",
        "my neck doesn't hurt to bend, no fever, calf cramp that passed",
        "my back hurts to bend after the cramp, it passed in a minute",
    ],
)
def test_a_neck_that_hurt_in_the_past_or_does_not_or_a_back_is_not(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "can't open me gob since I stood on a rusty nail, me legs keep spasming",
        "me trap won't open proper since the dog bit me, and the spasms are in me back now",
        "his gob won't open more than a crack since he stood on a nail",
    ],
)
def test_a_mouth_in_slang_that_will_not_open_is_lockjaw(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "couldn't open me gob at the dentist last year, tonight just a calf cramp that went",
        "I never open me gob about me cramps, had one last night that stretched out",
    ],
)
def test_a_mouth_in_slang_in_the_past_or_an_idiom_is_not_lockjaw(text: str) -> None:
    stays_below(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "foot cramp, and its like ice compared to the other one",
        "leg cramp, it's way colder than my other leg and it hurts like mad",
        "where? my foot. its freezing compared to the other foot",
    ],
)
def test_it_colder_than_the_other_one_is_a_cold_limb(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "if it ever goes like ice compared to the other one I'll ring 999, just a calf cramp",
        "my foot went like ice compared to the other one last winter in the snow, fine since",
    ],
)
def test_it_colder_if_ever_or_long_ago_is_not(text: str) -> None:
    stays_below(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp, now my foot is going purple and it's agony",
        "my leg is killing me and now turning blue",
        "toes cramped and then going white, can't warm them",
    ],
)
def test_a_limb_named_then_going_a_colour_is_a_cold_limb(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "banged my shin, calf cramp, and it's going purple with a bruise",
        "my foot cramped in the sea and went blue with the cold, fine once warmed up",
        "my calf cramped and my face was going red with embarrassment, it passed",
    ],
)
def test_a_bruise_or_the_cold_sea_or_a_blush_is_not(text: str) -> None:
    stays_below(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "he's sat in his chair puffing like he's climbed a mountain, calf's swollen",
        "she's puffing like a steam train just lying in bed, her leg is sore since the flight",
        "mum's leg has ached since the coach trip and now she's panting like she's run a mile",
    ],
)
def test_breath_lost_told_by_a_likeness_of_exertion_is_breathlessness(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "after the 10k I was puffing like I'd run a marathon, calf cramp went with stretching",
        "I was panting like I'd run a marathon after the stairs, cramp gone now",
    ],
)
def test_a_likeness_of_exertion_after_exertion_is_not(text: str) -> None:
    stays_below(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "grazed my knee on Sunday, up to date with tetanus, calf cramp that stretched out",
        "scratched by the cat, fully up to date on all my jabs, a foot cramp that passed",
    ],
)
def test_up_to_date_said_before_the_jab_is_up_to_date(text: str) -> None:
    stays_below(text, "urgent")


def test_not_up_to_date_said_before_the_jab_is_not() -> None:
    read_at(
        "cut my hand on a rusty nail, not up to date with tetanus, now my calf spasms",
        "urgent",
    )


@pytest.mark.parametrize(
    "text",
    [
        "two summers ago I had a cramp that lasted 20 minutes, nowadays they go with a stretch",
        "last winter one went on for half an hour, these days they stretch out fine",
    ],
)
def test_a_long_cramp_dated_back_with_short_ones_now_is_past(text: str) -> None:
    stays_below(text, "urgent")


def test_a_long_cramp_now_is_still_urgent() -> None:
    read_at("my calf has been cramping for 20 minutes and stretching won't shift it", "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "magnesium doesn't work anymore and the cramps come every couple of nights",
        "stretching no longer helps with my calf cramps",
        "bad cramps every 2 or 3 days",
    ],
)
def test_self_care_that_no_longer_helps_or_cramps_every_couple_of_days(text: str) -> None:
    read_at(text, "doctor")


@pytest.mark.parametrize(
    "text",
    [
        "stretching doesn't help while it's happening but it goes in a minute",
        "I go for a run every couple of days and had one calf cramp that stretched out",
    ],
)
def test_one_cramp_not_helped_or_a_run_every_couple_of_days_is_not(text: str) -> None:
    stays_below(text, "doctor")


@pytest.mark.parametrize(
    "text",
    [
        "ran a half marathon in the sun and my calves won't ease even with electrolytes and rest",
        "hot day at the match, cramping, still not settling after drinking loads of water",
    ],
)
def test_heat_cramps_that_fluids_do_not_settle_are_fluid_loss(text: str) -> None:
    read_at(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "heat cramps after the marathon, they eased with rest and drinks",
        "if the cramps don't settle with drinks after the marathon what should I do? they passed",
    ],
)
def test_heat_cramps_that_settled_or_asked_about_are_not(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "jittery legs every evening, I've gotta kick them about to get any peace",
        "fizzing in my calves in bed, I have to keep kicking them about",
    ],
)
def test_a_feeling_in_the_legs_kicked_off_is_restless_legs(text: str) -> None:
    read_at(text, "doctor")


def test_legs_shaken_dry_are_not_restless() -> None:
    stays_below(
        "my fizzy drink spilled, I had to shake my legs dry, calf cramp went with a stretch",
        "doctor",
    )


@pytest.mark.parametrize(
    "text",
    [
        "my calf is slightly swollen and warm after my op",
        "one calf a bit puffy and warm since the op on her knee",
    ],
)
def test_a_calf_played_down_after_an_op_is_a_clot_to_see_today(text: str) -> None:
    read_at(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "found a lovely coat after the op shop trip, calf cramp that passed",
        "calf cramp since my op that went with stretching",
    ],
)
def test_an_op_shop_or_an_op_with_an_ordinary_cramp_is_not(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "my son feels hot to touch and cries when he puts his chin down",
        "probably nothing but she's a bit hot to the touch and her neck's stiff",
        "kid's burning up and won't let me touch her neck",
    ],
)
def test_a_child_hot_to_touch_and_a_neck_that_will_not_bend(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "my son feels hot to touch after football, cramp in his calf that passed",
        "she cries when I put her shoes on, calf cramp that passed",
    ],
)
def test_hot_after_football_or_crying_at_shoes_is_not(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "she's not with it, keeps cramping, been in the sun all day",
        "mum isn't really with it and keeps cramping after gardening in the heat",
        "my nan keeps nodding off mid-sentence and her legs keep cramping",
    ],
)
def test_a_person_not_with_it_or_nodding_off_as_they_talk_is_confused(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "she's with it now, had a cramp in the sun that passed with rest and water",
        "he's not with it first thing in the morning till his coffee, calf cramp that passed",
        "I keep nodding off in front of the telly, then a calf cramp wakes me",
    ],
)
def test_with_it_again_or_sleepy_of_a_morning_is_not(text: str) -> None:
    stays_below(text, "urgent")


def test_a_calf_blown_up_like_a_balloon_is_swollen() -> None:
    read_at("my calf's blown up like a balloon and it's red, I'm on the pill", "urgent")


def test_a_balloon_that_popped_is_not() -> None:
    stays_below("the balloon popped and made me jump, calf cramp went with stretching", "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "to answer your question about breathing: yeah it's a struggle, calf sore since the drive",
        "breathing - bit of a struggle honestly, and my calf's swollen",
    ],
)
def test_breathing_named_as_the_question_then_answered_hard(text: str) -> None:
    read_at(text, "emergency")


def test_breathing_answered_fine_is_not() -> None:
    stays_below("breathing: fine, no problems, calf cramp that passed", "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "re the colour: grey-ish, and the foot won't warm up",
        "her toes won't warm up whatever we do, cramp in her foot won't go",
        "can't get his foot warm up at all and it's agony",
    ],
)
def test_a_limb_that_will_not_warm_is_a_cold_limb(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "my feet won't warm up in winter, always cold, calf cramp at night",
        "my feet were cold after swimming and wouldn't warm up for a bit, cramp gone",
    ],
)
def test_feet_cold_in_winter_or_for_a_bit_after_a_swim_are_not(text: str) -> None:
    stays_below(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "can barely get a spoon in my mouth since the cut on my foot",
        "since the dog bite he can't fit a fork between his teeth",
    ],
)
def test_a_mouth_told_by_what_no_longer_fits_is_lockjaw(text: str) -> None:
    read_at(text, "emergency")


def test_a_baby_refusing_the_spoon_is_not() -> None:
    stays_below("the baby can barely get a spoon in, she's teething, calf cramp passed", "urgent")


def test_eyes_that_keep_rolling_back_are_a_fit() -> None:
    read_at(
        "his eyes keep rolling back and he's not answering properly after the cramp", "emergency"
    )


def test_my_own_eyes_rolling_at_boredom_are_not() -> None:
    stays_below(
        "my eyes keep rolling back when I'm bored in meetings lol, calf cramp passed", "urgent"
    )


@pytest.mark.parametrize(
    "text",
    [
        "the cramp's eased but my chest feels like someone's standing on it",
        "her chest feels like a car is parked on it, calf sore since the flight",
    ],
)
def test_a_chest_that_feels_stood_on_is_chest_pain(text: str) -> None:
    read_at(text, "emergency")


def test_a_chest_stood_on_if_ever_is_not() -> None:
    stays_below(
        "what if my chest ever feels like someone's standing on it? calf cramp now, gone", "urgent"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I've been weeing like coca cola since the ultramarathon and my thighs are agony",
        "peeing the colour of strong tea after the crush at work, legs weak",
    ],
)
def test_urine_likened_by_the_act_of_passing_it_is_dark(text: str) -> None:
    read_at(text, "emergency")


def test_tea_drunk_and_peeing_a_lot_is_not() -> None:
    stays_below("I drink tea like it's going out of fashion, peeing a lot, calf cramp", "urgent")


def test_blue_said_bluey_round_the_lips_is_asked_or_raised() -> None:
    text = "he's gone a funny colour, kind of bluey round the lips, and the cramp won't stop"
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "bit embarrassing, toddler may have had a nibble of one of my tablets, she's twitchy",
        "my son chewed on one of grandad's heart pills, legs twitching",
        "the baby had a lick of nan's patch and now her legs are jerking",
    ],
)
def test_a_nibble_or_a_lick_of_a_tablet_is_suspected_poisoning(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "the dog had a nibble of my sandwich, calf cramp that passed",
        "if the baby ever had a lick of my tablets what should I do? just asking, calf cramp gone",
    ],
)
def test_a_nibble_of_food_or_one_asked_about_is_not(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "he's spark out on the floor and won't come round after a cramp",
        "my dad's out for the count after the fit and isn't coming round",
    ],
)
def test_out_cold_in_slang_is_not_responding(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "the baby's spark out in her cot after her feed, I had a calf cramp",
        "he was spark out asleep when I had my calf cramp",
    ],
)
def test_spark_out_asleep_is_sleep(text: str) -> None:
    stays_below(text, "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "my chest is killing and I'm coughing up claret",
        "mate's off his face on pills and his legs are jerking",
        "his muscles are agony and his piss is like Guinness after the army march",
    ],
)
def test_slang_for_blood_drugs_urine_and_chest_pain(text: str) -> None:
    read_at(text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "I drink claret with dinner, calf cramp after",
        "off his face on beer last weekend, calf cramp today that passed",
        "my chest is killing after the gym, calf cramp too",
    ],
)
def test_wine_beer_or_a_chest_sore_from_the_gym_is_not(text: str) -> None:
    stays_below(text, "urgent")
