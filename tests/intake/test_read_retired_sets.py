"""Classes of wording read in the retired 2026-12-04 and 2026-12-05 sealed sets' misses (issue 10).

The sentences are my own, not the vignettes': each pins a reading that holds for a class
(a calf's skin stretched and shiny or one calf fuller than the other; hot skin with an
intensifier and a hedged or dialect confusion; punctuation dictated as words; a limb gone
dead, without feeling below a joint, or gone a colour; urine compared with a dark drink;
lay words for being sick; a neck that will not bend, a temperature in text-speak and the
worst headache ever; sweating that stopped; a length "over" its number), and each has
look-alikes that must not fire: denied, wished, past, or somebody else's.
"""

from __future__ import annotations

import pytest

from crampcare.intake.parse import parse_text
from crampcare.wording.spelling import normalise
from tests.intake.reading import parsed_level


# ------------------------------------------------------------------ a swollen calf
@pytest.mark.parametrize(
    "text",
    [
        "my left calf aches and the skin over it is taut and shiny since yesterday",
        "back from a long coach trip, one calf sore, the skin looks shiny and stretched",
        "after my knee op the right calf has got fuller than the left one and it aches",
        "lots of background first: I work shifts, I swim, I had a cold last month and I"
        " sit a lot at my desk. The thing is my calf hurts and it's chunkier than my other"
        " leg now.",
    ],
)
def test_a_calf_stretched_shiny_or_fuller_than_the_other_is_seen_today(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp last night, it isn't tight and shiny and both legs look the same",
        "my husband's calf is fuller than the left but I just get short cramps in my feet",
        "what if my calf got bigger than the other one? right now a cramp came and went",
    ],
)
def test_a_shiny_or_bigger_calf_denied_wished_or_anothers_is_not_urgent(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_tenderness_the_day_after_a_cramp_is_not_a_clot_sign() -> None:
    text = "cramp in my calf at football, gone with a stretch; today it's sore when I press it"
    assert parsed_level(text) == "self_care"


# -------------------------------------------------------------- heat and confusion
@pytest.mark.parametrize(
    "text",
    [
        "working on a roof all afternoon in the sun, his skin is scorching and totally dry,"
        " legs cramping",
        "my uncle in the heatwave: skin red-hot and completely dry, he keeps cramping",
    ],
)
def test_hot_dry_skin_with_an_intensifier_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "cramps in his legs and he doesn't even recognise me",
        "cramping badly and she can't tell us what day it is",
        "my grandad's legs cramping and he's gone all vacant",
    ],
)
def test_confusion_hedged_or_shown_as_not_able_to_say_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_scots_denials_and_small_words_read_as_english() -> None:
    plain = normalise("he cannae staun, disnae ken, it wisnae sair, gone aw funny tae me")
    assert "can't" in plain and "doesn't" in plain and "wasn't" in plain
    assert "gone all funny to me" in plain


@pytest.mark.parametrize(
    "text",
    [
        "cramp in my calf; I can tell you exactly where I am, and my skin is sweaty",
        "my skin isn't hot and dry, just a cramp after the run that eased",
        "years ago my gran didn't know who I was; me, I've a calf cramp that's gone",
    ],
)
def test_confusion_or_hot_dry_skin_denied_or_past_is_not_an_emergency(text: str) -> None:
    assert parsed_level(text) != "emergency"


def test_sweating_that_stopped_and_left_dry_skin_is_an_emergency() -> None:
    text = "cycling in 35 degrees, sweating buckets at first but now his skin is bone dry, cramps"
    assert parsed_level(text) == "emergency"


# ------------------------------------------------------------ dictated punctuation
def test_dictated_punctuation_is_read_as_marks() -> None:
    plain = normalise("calf locked comma still going full stop help question mark")
    assert plain == "calf locked, still going. help?"


@pytest.mark.parametrize(
    "text",
    [
        "foot cramp going for more than fifteen minutes comma stretching isn't helping",
        "my thigh has cramped for over ten minutes and stretching does nothing",
    ],
)
def test_a_length_over_the_limit_unrelieved_is_seen_today(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "a leaflet says a cramp over ten minutes that won't stretch out is serious; mine"
        " go in seconds with a stretch",
        "if I get a cramp for more than ten minutes, what should I do?",
        "calf cramp for about ten minutes, eased once I stretched",
    ],
)
def test_the_limit_quoted_or_asked_about_or_reached_is_not_urgent(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_plea_after_a_finding_does_not_make_it_an_if() -> None:
    assert parsed_level("my chest is tight with the cramp, what do I do?") == "emergency"
    assert parsed_level("if I get chest pain with a cramp, what do I do?") == "self_care"


# ------------------------------------------------------------ a limb without blood
@pytest.mark.parametrize(
    "text",
    [
        "after the cramp my foot is going dead and I can't warm it",
        "there's no sensation at all below the ankle since the cramp",
        "the cramp stopped and my foot's turned a strange blue colour",
    ],
)
def test_a_limb_gone_dead_unfeeling_or_discoloured_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my foot went dead from sitting cross-legged, fine after a minute",
        "should I worry if my foot turned a blue colour? it's pink and warm now",
        "his face went a funny grey colour with the pain of the cramp, now fine",
    ],
)
def test_a_foot_asleep_from_posture_or_a_wished_or_face_colour_is_not_that(text: str) -> None:
    assert parsed_level(text) != "emergency"


# ---------------------------------------------------------------------- dark urine
@pytest.mark.parametrize(
    "text",
    [
        "did a marathon, every muscle aches and my wee looks like stout",
        "after spin class my pee is the colour of gravy and my thighs are agony",
    ],
)
def test_urine_like_a_dark_drink_after_exertion_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_urine_said_not_to_look_like_a_dark_drink_is_not_that() -> None:
    text = "stiff after the gym but my pee isn't the colour of root beer, it's pale"
    assert parsed_level(text) != "emergency"


# --------------------------------------------------------------------- being sick
@pytest.mark.parametrize(
    "text",
    [
        "puking since the morning and now my calves keep cramping",
        "she's been chucking up all day with a bug and her feet are cramping",
    ],
)
def test_being_sick_in_lay_words_then_cramps_is_seen_today(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_being_sick_denied_is_no_fluid_loss() -> None:
    assert parsed_level("no puking or runs, just a calf cramp that passed") == "self_care"


# ------------------------------------------------------------ meningitis signs
@pytest.mark.parametrize(
    "text",
    [
        "hi temp since this morning, cramping legs, and my neck won't bend forward",
        "raging temperature, thumping headache, worst ever, and leg cramps",
    ],
)
def test_neck_that_will_not_bend_or_worst_headache_with_fever_is_an_emergency(
    text: str,
) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "no temp, neck bends fine, just cramps in my calves at night",
        "my flatmate has a banging headache; I only have a calf cramp",
    ],
)
def test_the_meningitis_signs_denied_or_anothers_are_not_that(text: str) -> None:
    assert parsed_level(text) != "emergency"


# --------------------------------------------------------------------- poisoning
@pytest.mark.parametrize(
    "text",
    [
        "my little one chewed on one of the laundry capsules and now he's retching, crampy",
        "my son (3) swallowed some green liquid from under the bathroom sink, tummy cramps",
        "she had a sip from a squash bottle but it turned out to be bleach, now cramping",
        "grandad drank some stuff out of a jar in the garage thinking it was water, cramps",
    ],
)
def test_a_household_poison_named_by_product_place_or_discovery_is_an_emergency(
    text: str,
) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "dad had a swig of beer in the shed and got a cramp in his calf lifting a bag",
        "I keep the dishwasher pods locked away; my toddler has a leg cramp from running",
        "washed the dishes, put the bottle back under the sink, then a calf cramp",
    ],
)
def test_a_drink_in_a_shed_or_a_product_put_away_is_no_poisoning(text: str) -> None:
    assert parsed_level(text) != "emergency"


# -------------------------------------------------------------- calf tear, arms, jaw
def test_a_pop_told_alone_in_a_burst_of_sport_with_no_push_off_is_a_tear() -> None:
    text = "squash, pushed off hard, snap, now hobbling and I can't push up on that foot"
    assert parsed_level(text) in ("urgent", "doctor")
    assert parse_text(text).symptoms.calf_pop


def test_walking_flat_footed_and_no_spring_off_the_foot_is_no_push_off() -> None:
    intake = parse_text("my calf hurts and I can't spring off it, I'm walking flat-footed")
    assert intake.symptoms.cannot_push_off


def test_the_push_off_denied_is_not_a_sign() -> None:
    intake = parse_text("calf cramp gone; I can spring off it fine and I'm not flat footed")
    assert not intake.symptoms.cannot_push_off


@pytest.mark.parametrize(
    "text",
    [
        "my forearms keep locking up in cramps since this morning",
        "both arms keep seizing up whenever I carry the shopping, all afternoon",
    ],
)
def test_arms_seizing_or_locking_up_are_arm_cramps_seen_today(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_a_sound_alike_spelling_of_tight_reads_as_tight() -> None:
    assert "jaw feels tight" in normalise("jaw feels tite")
    assert "shallow" in normalise("shallow breathing")


# ----------------------------------------------------------------- low calcium
@pytest.mark.parametrize(
    "text",
    [
        "a funny tickle all round my mouth and my fingers curl up into a claw",
        "since my neck operation my lips feel fizzy all round and my hands lock by themselves",
    ],
)
def test_tingling_round_the_mouth_with_hands_clawing_on_their_own_is_seen_today(
    text: str,
) -> None:
    assert parsed_level(text) in ("urgent", "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "no tingling around my mouth; my fingers cramped on the pen and eased with a shake",
        "I clench my hands into a fist when the calf cramp comes, then it passes",
    ],
)
def test_no_tingling_or_a_fist_made_on_purpose_is_not_low_calcium(text: str) -> None:
    assert parsed_level(text) not in ("urgent", "emergency")


# ------------------------------------------------------- drink and water by a mine
@pytest.mark.parametrize(
    "text",
    [
        "I get through a bottle and a half of red most evenings, calves cramp at night",
        "he has half a bottle of brandy most nights and his legs cramp",
    ],
)
def test_a_drinking_habit_told_by_amount_is_heavy_alcohol_not_a_poisoning(text: str) -> None:
    intake = parse_text(text)
    assert intake.heavy_alcohol
    assert parsed_level(text) == "doctor"


def test_a_bottle_of_something_unknown_is_still_asked_about() -> None:
    text = "my boy drank from a bottle he found in the garden, now crampy"
    assert parsed_level(text) == "emergency"


def test_eating_from_water_by_a_mine_is_a_possible_toxin() -> None:
    text = "we eat the trout we catch in the stream below the old tin mine; cramps and tingling"
    assert "toxin" in {c.topic for c in parse_text(text).concerns}


def test_walking_by_a_mine_is_no_exposure() -> None:
    text = "had a picnic by the lake near the old mine and walked; one calf cramp that passed"
    assert parsed_level(text) == "self_care"


# ------------------------------------------------------------ signs asked about
@pytest.mark.parametrize(
    "text",
    [
        "if my foot went white and cold would that be serious? today's cramp was normal",
        "how do you tell the difference between a cramp and a fit? mine are short calf cramps",
    ],
)
def test_a_sign_asked_about_in_the_conditional_or_a_comparison_is_no_finding(
    text: str,
) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my leg has gone numb and white after the cramp, would that be serious?",
        "he had a fit just now, how do I tell if it was from the cramps?",
    ],
)
def test_a_sign_told_and_then_asked_about_still_counts(text: str) -> None:
    assert parsed_level(text) == "emergency"
