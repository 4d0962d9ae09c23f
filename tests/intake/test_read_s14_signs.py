"""Classes of wording found unread in round s14's blind batch of signs told, never named.

The sentences are our own, several per class, each beside a look-alike that must stay
lower (denied, over, someone else's, asked "if", or milder): a pain word before the chest,
the chest squashed, two colours joined by a hyphen, a limb cool and blotchy,
a pulse not found with words between, a head that feels like it is splitting, a person
hot as anything, a face fixed in a grin, old paint chewed, a muscle flickering like a
worm, kidneys working at a share, a feeling only moving eases, an activity given up to
the cramps, walking pain eased only by standing still, an injection named by what it is
for, "paralysing" as a word for pain ("it" cold and numb still counts), a former or step
relation, and a long cramp dated weeks back and said to be over.
"""

from __future__ import annotations

import pytest

from crampcare.assessment import assess
from crampcare.intake import read_text
from crampcare.intake.parse import parse_text
from tests.intake.reading import parsed_level


def _read_level(text: str) -> str:
    """The level as every face reads free text (rules, concerns and word channel)."""
    return assess(read_text(text)).level


# ------------------------------------------------------------ a pain word before the chest
@pytest.mark.parametrize(
    "text",
    [
        "calf has ached since the flight and now a knife goes through the left side of my chest",
        "sharp catch across the middle of his chest every time he breathes in",
        "a shooting feeling right through the centre of my chest since lunch",
    ],
)
def test_a_pain_word_before_the_chest_is_chest_pain(text: str) -> None:
    assert parse_text(text).symptoms.chest_pain is True
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "no stabbing or sharp pain in my chest, just a calf cramp last night",
        "my dad had a sharp pain in his chest years ago, I just get calf cramps",
        "a bit of a rash across my chest and a cramp in my foot",
        "burning calves at night, and heartburn burning in my chest after a curry",
        "crampy squeezing in my chest muscles after press-ups",
    ],
)
def test_a_chest_pain_denied_past_another_or_a_rash_is_no_emergency(text: str) -> None:
    assert parsed_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "mum says her chest feels like it's being crushed in a vice",
        "like an elephant is sitting on my chest, and my calf is sore",
    ],
)
def test_a_chest_squashed_or_crushed_is_chest_pain(text: str) -> None:
    assert parse_text(text).symptoms.chest_pain is True
    assert parsed_level(text) == "emergency"


def test_a_chest_of_drawers_that_squashed_a_toe_is_no_chest_pain() -> None:
    text = "the chest of drawers squashed my toe and now my foot cramps"
    assert parse_text(text).symptoms.chest_pain is not True


def test_a_chin_on_the_chest_is_the_neck_not_a_chest_pain() -> None:
    intake = parse_text("fever, and it hurts him to put his chin on his chest")
    assert intake.symptoms.stiff_neck is True
    assert intake.symptoms.chest_pain is not True


# ------------------------------------------------------------ limb colour and cold
@pytest.mark.parametrize(
    "text",
    [
        "her foot has gone a greyish-blue and it's agony",
        "his toes are turning a purpley-black",
    ],
)
def test_two_colours_joined_by_a_hyphen_are_a_limb_colour(text: str) -> None:
    assert parse_text(text).symptoms.cold_pale_limb is True
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "she has a greyish-blue bruise on her shin from the cramp",
        "her toes went greyish-blue in the snow but warmed up fine once she was inside",
    ],
)
def test_a_hyphened_colour_of_a_bruise_or_gone_by_is_no_emergency(text: str) -> None:
    assert parsed_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    ["her shin is cold and mottled and she's screaming", "his foot looks blotchy and cool"],
)
def test_cold_and_blotchy_or_mottled_is_a_cold_limb(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "blotchy rash on her arm, legs warm, cramp gone",
        "his face was red and blotchy and cool after the run, calf cramp eased",
    ],
)
def test_a_blotchy_rash_or_face_is_no_cold_limb(text: str) -> None:
    assert parse_text(text).symptoms.cold_pale_limb is None


@pytest.mark.parametrize(
    "text",
    [
        "paramedic couldn't find any sign of a pulse on the top of his foot",
        "I can't feel anything at his ankle where his pulse usually is",
    ],
)
def test_a_pulse_not_found_with_words_between_is_a_cold_limb(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "couldn't get a reading from the pulse oximeter on him, he's fine",
        "the nurse could feel the pulse in his foot fine",
    ],
)
def test_a_pulse_meter_or_a_pulse_felt_is_no_cold_limb(text: str) -> None:
    assert parse_text(text).symptoms.cold_pale_limb is not True


# ------------------------------------------------------------ fever, headache, neck
@pytest.mark.parametrize(
    "text",
    [
        "temperature of 39 and my head feels like it's about to explode",
        "she's feverish and says her head feels as if it is splitting",
    ],
)
def test_a_head_that_feels_like_splitting_with_a_fever_is_meningitis(text: str) -> None:
    assert parse_text(text).symptoms.severe_headache is True
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "a cold coming on and my head feels like it's full of cotton wool",
        "if my head ever feels like it's splitting, should I go in?",
    ],
)
def test_a_stuffy_head_or_one_asked_about_is_no_severe_headache(text: str) -> None:
    assert parse_text(text).symptoms.severe_headache is not True


@pytest.mark.parametrize(
    "text",
    [
        "toddler is hot as hell and screams when we bend her head forward",
        "my 4 year old hot as anything, can't put his chin to his chest",
    ],
)
def test_a_child_hot_as_anything_is_a_fever(text: str) -> None:
    assert parse_text(text).symptoms.fever is True
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    ["my calf is hot as anything after the run", "the bath was hot as anything, cramp went"],
)
def test_a_limb_or_a_bath_hot_as_anything_is_no_fever(text: str) -> None:
    assert parse_text(text).symptoms.fever is not True


# ------------------------------------------------------------ a face fixed in a grin
@pytest.mark.parametrize(
    "text",
    [
        "cut my hand on a rusty gate last week, now my face is locked into this odd grin",
        "she stood on a nail and her mouth seems stuck in a sort of grimace",
    ],
)
def test_a_face_fixed_in_a_grin_after_a_wound_is_tetanus(text: str) -> None:
    assert parse_text(text).symptoms.lockjaw is True
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "he had a fixed grin all through the wedding photos, then a calf cramp at the party",
        "my face isn't stuck in a grin or anything, just cramp in my calf",
    ],
)
def test_a_grin_of_a_photo_or_denied_is_no_lockjaw(text: str) -> None:
    assert parse_text(text).symptoms.lockjaw is not True


# ------------------------------------------------------------ old paint eaten
@pytest.mark.parametrize(
    "text",
    [
        "our toddler keeps eating bits of the peeling paint off the old door, now leg pains",
        "my son has been gnawing on the windowsill in his room, tummy ache and cramps",
    ],
)
def test_old_paint_chewed_is_a_toxin(text: str) -> None:
    assert "toxin_exposure" in parse_text(text).events
    assert _read_level(text) in ("urgent", "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "I was painting the windowsill all afternoon and got a calf cramp on the ladder",
        "he hasn't been chewing any paint, we checked, just leg cramps after football",
    ],
)
def test_painting_or_paint_eating_denied_is_no_toxin(text: str) -> None:
    assert "toxin_exposure" not in parse_text(text).events


# ------------------------------------------------------------ doctor signs
@pytest.mark.parametrize(
    "text",
    [
        "for a month my calf muscle keeps rippling under the skin like a little snake",
        "there's something moving like worms under the skin of my thigh most evenings",
    ],
)
def test_a_muscle_moving_like_a_worm_is_twitching(text: str) -> None:
    assert parse_text(text).symptoms.twitching is True
    assert parsed_level(text) == "doctor"


def test_a_flickering_light_is_no_twitching() -> None:
    text = "the kitchen light keeps flickering and I had a calf cramp"
    assert parse_text(text).symptoms.twitching is not True


@pytest.mark.parametrize(
    "text",
    [
        "the consultant said my kidneys are only working at 40 percent, and I cramp",
        "kidneys functioning at a third for a while now, cramps at night",
    ],
)
def test_kidneys_working_at_a_share_are_kidney_disease(text: str) -> None:
    assert "kidney_disease" in parse_text(text).conditions
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "bloods fine, kidneys working at a hundred percent, one cramp last night",
        "my mum's kidneys are working at half, I get the odd cramp",
    ],
)
def test_kidneys_working_fully_or_another_persons_are_no_disease(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "a crawly buzzy feeling in both legs at bedtime and only walking about helps",
        "jittery sensation in my calves at night, only kicking them eases it",
    ],
)
def test_a_feeling_only_moving_eases_is_restless_legs(text: str) -> None:
    assert parse_text(text).symptoms.urge_to_move is True


def test_a_tingle_after_a_cramp_walked_off_is_no_restless_legs() -> None:
    text = "tingly feeling in my calf after the cramp, walking about helps"
    assert parse_text(text).symptoms.urge_to_move is not True


@pytest.mark.parametrize(
    "text",
    [
        "the cramps are that bad now that I've had to give up my swimming club",
        "her cramps got so frequent she had to give up the allotment",
    ],
)
def test_an_activity_given_up_to_the_cramps_is_daily_life_disturbed(text: str) -> None:
    assert parse_text(text).symptoms.sleep_disturbed is True
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "I gave up my morning walks because of my knee, and had one calf cramp",
        "my cramp was so bad I had to stop for a minute on my run, then it eased",
        "the cramp got so bad I had to stop the car and stretch, it went",
    ],
)
def test_a_knee_or_one_run_paused_is_no_daily_life_disturbed(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "calf aches only when I'm out walking, it's gone once I've been standing still a bit",
        "on the way to the bus my calf gets a burning pain, I stop and look at my phone until"
        " it goes, then carry on",
    ],
)
def test_walking_pain_eased_by_standing_still_is_claudication(text: str) -> None:
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True
    assert parsed_level(text) == "doctor"


def test_one_cramp_on_a_walk_eased_by_stretching_is_no_claudication() -> None:
    text = "got a calf cramp on the beach walk yesterday, it went after a stretch"
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is not True


@pytest.mark.parametrize(
    "text",
    [
        "started the injections to build my bones in May and the night cramps came after",
        "since the bone-building injections began I get calf cramps",
    ],
)
def test_an_injection_named_by_what_it_is_for_is_teriparatide(text: str) -> None:
    assert any(m.cls == "teriparatide" for m in parse_text(text).medicines)
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "doing my daily insulin injections, had one calf cramp",
        "my mum has injections for her bones, I just get the odd calf cramp",
    ],
)
def test_insulin_or_someone_elses_bone_injection_is_not_mine(text: str) -> None:
    assert not any(m.cls == "teriparatide" for m in parse_text(text).medicines)


# ------------------------------------------------------------ milder than it sounds
@pytest.mark.parametrize(
    "text",
    [
        "a paralysing cramp in my calf during the match, stretched it out and it was fine",
        "toe cramp was paralysing for a moment in the sea, gone when I stood up",
    ],
)
def test_paralysing_as_a_word_for_the_pain_is_no_limb_that_cannot_move(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_limb_paralysed_still_counts() -> None:
    assert parsed_level("his leg is paralysed and ice cold") == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "paralysing cramp in my calf an hour ago, and it's still cold and numb",
        "her foot cramped in the night and now it's gone cold and white",
    ],
)
def test_it_cold_and_numb_or_white_after_a_limb_is_a_cold_limb(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "it's cold and wet outside and I got a calf cramp on the walk",
        "held an ice pack on my calf cramp, it's cold and numb from the ice",
    ],
)
def test_weather_or_an_ice_pack_cold_and_numb_is_no_cold_limb(text: str) -> None:
    assert parsed_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my ex-wife worked with lead for years, I never did. cramps most nights",
        "my late husband worked with solvents, not me. I get cramps several nights a week",
    ],
)
def test_a_former_relations_exposure_is_theirs(text: str) -> None:
    assert _read_level(text) == "doctor"


def test_the_writers_own_exposure_still_counts() -> None:
    text = "I worked with mercury in a factory for years, cramps most nights"
    assert _read_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "a few weeks ago I had one that lasted half an hour, but that's over. Now I get them"
        " three nights a week.",
        "last month one lasted 25 minutes, fine since, but I get them most nights now",
    ],
)
def test_a_long_cramp_dated_weeks_back_and_said_over_is_past(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "last month I had a cramp that lasted 25 minutes",
        "this cramp has lasted 25 minutes and it isn't over",
    ],
)
def test_a_long_cramp_not_said_over_still_counts(text: str) -> None:
    assert parsed_level(text) == "urgent"
