"""Classes of wording found unread in round s16's blind batch BI (urgent signs told without
their names, in everyday measures), one test per class.

The sentences are our own, two or more per class, each beside a look-alike that must stay
lower (denied, over, someone else's, asked about, or milder): a swelling told by the dent a
sock or a finger leaves (pitting), a cramp that lasted a whole half or a whole meeting, a
cramp gone "in about" a time, a bottle of wine a night told as a note, lead at home only
asked about, "bloods" that are blood tests, and hands cramping with tingling round the mouth;
then three of the broad batch BG's: one calf measured bigger than the other, diabetes told
as "insulin-dependent" (a hyphened word) or by the clinic's letters, and claudication told
by a calf that seizes or locks when walking.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import asks, parsed_level, read_level

# -- a swelling told by the dent it keeps (pitting) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "since the coach trip my left calf aches, sock top leaves a deep groove on that leg only",
        "after my flight the right calf hurts and pressing my shin leaves a dent that stays",
        "calf sore on one side since the op, the nurse called it pitting oedema",
    ],
)
def test_a_dent_left_in_one_leg_is_a_swollen_calf(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_dents_in_both_ankles_are_both_legs_swollen() -> None:
    assert parsed_level("by evening my socks leave deep dents in both ankles") == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "my sock doesn't leave a dent, just a calf cramp at night",
        "my sock used to leave a deep dent on my left calf when pregnant, now just the odd cramp",
        "what if my sock left a deep dent on one side, would that be a clot? I just get odd cramps",
        "my sister's sock leaves a deep dent on one side, I only get the odd cramp",
        "pressing my thumb into the dough leaves a dent, calf cramp last night that passed",
    ],
)
def test_a_dent_denied_past_wondered_someone_elses_or_not_skin_is_no_swelling(text: str) -> None:
    assert parsed_level(text) == "self_care"


# -- a cramp that lasted a whole half, meeting or film ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my calf has been cramping the entire first half, stretching hasn't touched it",
        "thigh locked up at netball and it's been the whole second half, stretching did nothing",
        "calf cramp started and it lasted the whole meeting, stretching didn't touch it",
    ],
)
def test_a_cramp_through_a_whole_half_is_a_long_cramp(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramped in the second half, stretched it and it went in a minute",
        "sat on the bench the whole second half, had one quick cramp that passed",
        "had a cramp and then watched the whole film, it went after a minute",
        "if my calf cramped for the whole second half would that be serious? mine pass in a minute",
        "calf cramped the whole film but went as soon as I stood and stretched",
    ],
)
def test_a_short_cramp_in_a_half_or_one_eased_by_stretching_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


# -- a cramp gone "in about" a time -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "heat cramps at the beach, sat in the shade with a drink, gone in about 15 minutes",
        "cramp in my foot after the match, rested, fine again after about half an hour",
        "calf cramp on the hike, it passed within roughly 15 mins",
    ],
)
def test_a_cramp_gone_in_about_a_time_has_eased(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp, hasn't gone in about 20 min",
        "foot cramp, still not better after around 15 minutes",
    ],
)
def test_a_cramp_not_gone_in_about_a_time_is_still_long(text: str) -> None:
    assert parsed_level(text) == "urgent"


# -- a bottle of wine a night, told as a note -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "bottle of red a night, more at weekends, and my calves cramp",
        "litre of cider most days and my legs cramp",
        "half a bottle of vodka nightly, cramps in my feet",
    ],
)
def test_a_bottle_a_night_told_without_its_count_is_heavy_drinking(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "used to drink a bottle of wine a night, stopped years ago, odd cramp",
        "bottle of wine a week, odd cramp",
        "glass of wine a night and the odd cramp",
        "bought a bottle of wine for the night, calf cramp after dancing, went quickly",
    ],
)
def test_a_bottle_a_week_or_long_ago_or_a_glass_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


# -- lead at home only asked about --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "our flat is Victorian, is there lead in the old paint? odd calf cramp after football",
        "might the water pipes contain lead? I get a cramp now and then that passes",
        "could my fillings have mercury? odd cramp",
    ],
)
def test_lead_at_home_only_asked_about_is_asked_not_raised(text: str) -> None:
    assert parsed_level(text) == "self_care"
    assert asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've been sanding the old paint all week, could it have lead in? cramps every night",
        "I work at a battery plant, could the dust have lead in it? cramps daily",
        "I've been stripping old lead paint, calves cramping",
    ],
)
def test_lead_with_an_exposure_told_is_still_urgent(text: str) -> None:
    assert parsed_level(text) == "urgent"


# -- "bloods" that are blood tests ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "iron was low on my recent bloods, dry mouth, odd calf cramp",
        "my bloods were fine, calf cramps at night, dry mouth",
    ],
)
def test_bloods_are_blood_tests_not_blood_from_the_mouth(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "coughing and spitting bloods, calf sore",
        "coughing up blood, calf swollen",
    ],
)
def test_blood_spat_out_is_still_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


# -- hands cramping with tingling round the mouth (low calcium) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "numb lips, cramp in both hands",
        "calcium low on my bloods, lips tingle and my fingers keep cramping up",
        "pins and needles round my mouth and my hands are cramping",
    ],
)
def test_hands_cramping_with_tingling_round_the_mouth_is_urgent(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "no tingling around my mouth, just hand cramps when I write",
        "my sister gets tingly lips and hand cramps, I just get calf cramps",
        "if I got tingling lips and hand cramps would that be serious? I only get calf cramps",
        "hand cramps when I write for a long time, went after a minute",
    ],
)
def test_hand_cramps_without_own_tingling_round_the_mouth_are_not(text: str) -> None:
    assert read_level(text) == "self_care"


# -- one calf measured bigger than the other ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "R calf 3cm > L since the flight, tender",
        "after the knee op my left calf is 3 cm bigger than the right and sore",
        "GP found a 3cm difference in calf circumference after my flight, one calf aches",
    ],
)
def test_one_calf_measured_bigger_is_a_swollen_calf(text: str) -> None:
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "R calf 4cm > L last year, resolved, odd cramp now",
        "walked 4 km more than usual, calf cramp that passed",
        "calves 1cm bigger than last year from cycling",
    ],
)
def test_a_size_over_or_a_distance_or_both_grown_is_no_swelling(text: str) -> None:
    assert parsed_level(text) == "self_care"


# -- diabetes told by a hyphened insulin or the clinic's letters ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "insulin-treated since 2010 and my feet cramp at night",
        "NIDDM, legs cramp a lot",
        "I'm on an insulin-pump and my calves cramp",
    ],
)
def test_diabetes_told_by_its_insulin_or_letters_is_the_condition(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "my dad is insulin-dependent, I get the odd cramp",
        "not insulin-dependent, odd cramp",
        "used to be insulin-treated in pregnancy, odd calf cramp now",
    ],
)
def test_someone_elses_or_a_denied_or_past_insulin_is_not(text: str) -> None:
    assert parsed_level(text) == "self_care"


# -- claudication told by a calf that seizes or locks ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my calves lock up when I walk to the shops and let go once I stop",
        "calves seize up when I walk to the bus and ease when I stand still",
    ],
)
def test_a_calf_that_seizes_walking_and_eases_standing_is_claudication(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "calves seized once when I walked the dog on a hot day, eased when I stopped and stretched",
        "my calves don't seize when I walk; odd cramp at night",
    ],
)
def test_a_calf_that_seized_once_or_does_not_is_no_claudication(text: str) -> None:
    assert parsed_level(text) == "self_care"


# -- blood from the chest told after a "but" --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No coughing up blood, but I have bloody phlegm.",
        "not coughing blood as such but when I cough my phlegm has red streaks",
    ],
)
def test_blood_told_after_a_but_is_not_denied_with_the_sign_before(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_both_denied_is_no_blood() -> None:
    assert parsed_level("calf cramp, no coughing up blood and no bloody phlegm") == "self_care"
