"""Mechanisms that read wordings nobody wrote down (issue 10), one test per behaviour.

The sentences are my own, not the blind vignettes': each pins a class of wording
(a corroborated concern, a cramp that will not let go, a word written another way,
a contrast, a near miss, a journey's length), not one sentence.
"""

from __future__ import annotations

import pytest

from crampcare.intake.model import Concern
from crampcare.intake.parse import parse_text
from crampcare.quantities import numbers
from crampcare.wording import spelling
from tests.intake.reading import parsed_level


def _concern(text: str, topic: str) -> Concern | None:
    return next((c for c in parse_text(text).concerns if c.topic == topic), None)


# --------------------------------------------------- concerns raised by their signs
@pytest.mark.parametrize(
    ("text", "topic", "level"),
    [
        # A limb in odd words, with lost movement or very bad pain.
        (
            "My foot has gone a horrible mottled shade and I can hardly lift it.",
            "limb",
            "emergency",
        ),
        # A fit in a feverish child, an onlooker's words.
        ("Our little girl is boiling hot and her arms kept jerking.", "fits", "emergency"),
        # Going stiff in pregnancy is eclampsia's fit.
        ("I'm 34 weeks pregnant and my sister saw me shaking for a moment.", "fits", "emergency"),
        # Fumes of a chemical with signs of being poisoned by it.
        (
            "Used oven cleaner with bleach in the loo, now coughing and light-headed.",
            "poison",
            "emergency",
        ),
        # Pain in the ribs is chest pain told another way.
        ("Sharp pain round my ribs since my calf swelled.", "chest", "emergency"),
        # A jaw that will not chew, whatever the words.
        ("Since the splinter my jaw is jammed and won't chew properly.", "jaw", "emergency"),
        # Drowsy with a fever: meningitis is not ruled out by the words used.
        (
            "He's really drowsy and has a high temperature, cramps too.",
            "responsiveness",
            "emergency",
        ),
        # Dark urine with sore, weak muscles is muscle breakdown's sign.
        (
            "My pee is a rusty shade and my arms are sore and weak since the challenge.",
            "urine_colour",
            "emergency",
        ),
    ],
)
def test_a_worrying_cue_with_a_corroborating_sign_reaches_its_rules_level(
    text: str, topic: str, level: str
) -> None:
    # Either a lay phrase settles it into a finding, or the concern is raised by its sign;
    # both must end at the rule's level, and a concern left open says why in words.
    assert parsed_level(text) == level
    concern = _concern(text, topic)
    if concern is not None:
        assert concern.level == level
        assert concern.reason


def test_a_concern_is_raised_by_its_sign_not_only_by_a_phrase() -> None:
    # No lay phrase reads "a funny grey colour" + "barely wiggle": the limb concern's own
    # raise must ("looks sort of grey" is a lay phrase now).
    concern = _concern("My leg looks a funny grey colour and I can barely wiggle my toes.", "limb")
    assert concern is not None and concern.level == "emergency"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("My toes went a bit white in the cold pool, fine after a minute.", "limb"),
        ("My pee was brownish this morning, I'd had a lot of beetroot.", "urine_colour"),
    ],
)
def test_a_concern_without_a_corroborating_sign_only_asks(text: str, topic: str) -> None:
    concern = _concern(text, topic)
    if concern is not None:
        assert concern.level is None
        assert concern.question


def test_a_denied_corroborating_sign_does_not_raise() -> None:
    concern = _concern("My toes look a funny colour but no pain at all and they move fine.", "limb")
    assert concern is None or concern.level is None


def test_a_wound_in_other_words_with_jabs_not_up_to_date_is_urgent() -> None:
    text = "A pitchfork went into my boot yesterday, I never had a tetanus jab, now my leg cramps."
    assert parsed_level(text) == "urgent"


# ------------------------------------------------- a cramp that will not let go
@pytest.mark.parametrize(
    "text",
    [
        "Calf cramp began when the film started and it's still going, stretching isn't helping.",
        "My thigh cramp kicked in at lunch and won't ease off. Tried walking and massage, nothing.",
    ],
)
def test_a_cramp_told_as_persisting_despite_stretching_is_urgent(text: str) -> None:
    assert parsed_level(text) == "urgent"


def test_a_persisting_cramp_with_a_short_duration_given_is_not_raised() -> None:
    text = "Cramp for 2 minutes now, still going, stretching not helping yet."
    assert _concern(text, "long_cramp") is None


def test_stretching_that_does_not_release_is_not_eased() -> None:
    intake = parse_text("I've stretched the calf every way and it won't let go.")
    assert intake.eased_by_stretching is not True


# -------------------------------------------------- one word, several spellings
@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("I cannot wake him", "I can't wake him"),
        ("she cant move her foot", "she can't move her foot"),
        ("urine really really dark", "urine really dark"),
        ("neck is super stiff", "neck is very stiff"),
        ("her leg is 'dead'", "her leg is dead"),
        ("legs sore and week", "legs sore and weak"),
        ("a week ago", "a week ago"),
    ],
)
def test_words_written_several_ways_are_read_one_way(written: str, plain: str) -> None:
    assert spelling.normalise(written) == plain


def test_a_stiff_neck_with_helping_verbs_and_intensifiers_is_read() -> None:
    intake = parse_text("Feverish since last night and my neck has gone super stiff.")
    assert intake.symptoms.stiff_neck is True


def test_an_inability_is_a_finding_not_a_denial() -> None:
    # "can't chew" tells of the jaw; only "can't see any swelling" denies.
    assert parsed_level("Cut my knee in the garden, can't chew, jaw is stuck.") == "emergency"
    swelling = parse_text("I can't see any swelling in my calf.").symptoms.calf_swelling_one_side
    assert swelling is not True


# ---------------------------------------------------------- contrast and near misses
def test_the_other_leg_being_fine_says_one_side_not_a_denial() -> None:
    text = "My left calf is swollen, hot and tender, the other leg is fine."
    assert parse_text(text).symptoms.calf_swelling_one_side is True
    assert parsed_level(text) == "urgent"


def test_a_near_miss_is_not_the_event() -> None:
    assert (
        parsed_level("The cramp hurt so much I almost fainted, gone now after stretching.")
        == "self_care"
    )


def test_a_pale_face_from_pain_is_not_a_pale_limb() -> None:
    assert parsed_level(
        "I turned pale as a ghost when my calf cramped, it passed in a minute."
    ) == ("self_care")


def test_an_illness_that_is_all_better_now_is_over() -> None:
    text = "Had a tummy bug a fortnight ago, all better now. One calf cramp today, gone quickly."
    assert parsed_level(text) == "self_care"


def test_a_condition_diagnosed_in_the_past_is_had_now() -> None:
    assert (
        parsed_level("Diagnosed with hypothyroidism two years ago, and I get cramps.") == "doctor"
    )


def test_the_writer_saying_their_age_is_the_patient() -> None:
    text = "My uncle is on statins and cramps a lot. I'm 31 and had one calf cramp, it went."
    assert parsed_level(text) == "self_care"


# ---------------------------------------------------------------- times and amounts
def test_a_journeys_length_is_not_a_cramps_length() -> None:
    assert numbers.durations("Got back from Spain (a 9 hour trip), calf cramp on the way.") == []
    assert numbers.durations("On the flight a calf cramp lasted 20 minutes.") == [
        numbers.Duration(20.0, "lasted 20 minutes")
    ]


def test_over_a_number_is_told_with_the_duration_and_read_just_past_it() -> None:
    (found,) = numbers.durations("the cramp lasted over 10 minutes")
    assert (found.minutes, found.over) == (10.0, True)
    assert found.past > 10
    assert parse_text("my calf cramp lasted over 10 minutes").duration_minutes == found.past


def test_heavy_drinking_told_as_amount_and_frequency_in_either_order() -> None:
    assert parse_text("Most evenings I have about six pints and I get cramps.").heavy_alcohol
    assert parse_text("I drink every night, a bottle of red usually, cramps too.").heavy_alcohol


def test_walking_pain_relieved_by_standing_still_in_any_grammar_is_claudication() -> None:
    text = "My calf cramps after 5 mins walking the dog, I stand still and it's fine again."
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


def test_one_leg_thinner_than_the_other_is_wasting() -> None:
    assert parse_text("My right thigh is thinner than the other and cramps.").symptoms.wasting


def test_belly_muscles_told_with_a_verb_are_trunk_cramps() -> None:
    assert parsed_level("My tummy muscles keep going into spasm, not period pain.") == "urgent"


# ------------------------------------------- classes read from dev_f's untuned misses
def test_a_general_question_about_a_cause_is_not_an_exposure() -> None:
    assert parsed_level("Can mercury fillings cause cramps? I've never had any.") == "self_care"


def test_asking_how_many_tablets_is_too_many_is_not_an_overdose() -> None:
    assert _concern("How many paracetamol tablets is too many in a day?", "overdose") is None


def test_having_come_off_all_the_tablets_is_not_an_overdose() -> None:
    text = "Had a clot years back, came off all my tablets long ago, just a small calf cramp today."
    assert _concern(text, "overdose") is None


def test_a_fit_as_a_toddler_is_over() -> None:
    text = "I had a febrile fit when I was a toddler, nothing since. Night cramps now and then."
    assert parsed_level(text) == "self_care"


def test_a_start_date_of_a_medicine_still_taken_is_not_the_past() -> None:
    assert parsed_level("Since I started atorvastatin in May my calves cramp at night.") == "doctor"


def test_an_outsiders_fit_is_not_the_writers_childs() -> None:
    text = (
        "My friend's son had a seizure at school. My own son, 9, had a quick foot cramp, gone now."
    )
    assert parsed_level(text) == "self_care"


def test_an_outsider_can_still_be_the_patient() -> None:
    assert parsed_level("My neighbour is on the floor shaking all over and won't answer me.") == (
        "emergency"
    )


@pytest.mark.parametrize(
    "text",
    [
        "My mouth and fingers tingle since the neck operation, my hands curl up into claws.",
        "Her lips keep going numb and her fingers draw in together in a spasm.",
    ],
)
def test_tingling_lips_with_clawing_hands_in_any_order_is_low_calcium(text: str) -> None:
    assert parsed_level(text) in ("urgent", "emergency")


def test_a_cramp_measured_by_something_that_takes_long_and_not_letting_go_is_urgent() -> None:
    assert parsed_level(
        "My calf cramp has lasted the whole football match and it's not easing."
    ) == ("urgent")


def test_struggling_to_swallow_after_a_wound_is_tetanus() -> None:
    assert (
        parsed_level("Scratched by barbed wire on Friday, now struggling to swallow.")
        == "emergency"
    )


def test_everywhere_said_of_things_is_not_a_whole_body_cramp() -> None:
    text = "Toys everywhere, busy week. One calf cramp last night, gone in a minute."
    assert "whole_body" not in parse_text(text).locations


def test_walking_told_as_going_into_town_with_stops_is_claudication() -> None:
    text = (
        "When I go into town I have to stop every few shops because my calves ache, then it goes."
    )
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


def test_cold_from_the_surroundings_is_not_a_limb_without_blood() -> None:
    assert parsed_level("My toes were icy from the sea and cramped, warmed them and it went.") == (
        "self_care"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I swallowed the rest of my sleeping tablets, I just want everything to stop.",
        "He took all his pills because he doesn't want to wake up, now he's twitching.",
    ],
)
def test_medicines_taken_with_a_wish_to_end_things_are_an_overdose(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_nothing_said_with_words_between_still_fails_to_relieve() -> None:
    text = "The cramp has been going since I sat down for dinner and nothing we try shifts it."
    assert parsed_level(text) == "urgent"


def test_going_rigid_in_late_pregnancy_with_a_pounding_head_is_eclampsia() -> None:
    text = "33 weeks pregnant, head is thumping, seeing wavy lines, my arms go rigid now and then."
    assert parsed_level(text) == "emergency"


def test_a_small_child_with_a_household_chemical_in_the_mouth_is_an_emergency() -> None:
    assert parsed_level("My 3 year old chewed a washing pod, she seems ok.") == "emergency"


def test_a_start_time_counts_while_stretching_does_nothing() -> None:
    assert parsed_level("Foot cramp began 30 minutes ago and massage does nothing.") == "urgent"


def test_a_pop_at_the_back_of_the_leg_and_no_tiptoe_is_a_tear() -> None:
    text = "Felt a pop in the back of my leg at netball, I can't get up on my toes now."
    assert parsed_level(text) in ("urgent", "doctor")
    assert parse_text(text).symptoms.cannot_push_off is True


def test_walking_then_stopping_then_going_on_is_claudication() -> None:
    text = "My calves ache after walking 200 yards, I have to stop, then I can carry on."
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


# ------------------------------------------------- raises must not over-triage
@pytest.mark.parametrize(
    "text",
    [
        "My chest muscles are sore from bench pressing and my calf cramped, gone now.",
        "My daughter was drowsy after a long day at the zoo and had a quick leg cramp.",
        "My foot went numb from sitting on it, then cramped for a minute, fine now.",
        "I breathe slowly through it when my calf cramps and it passes in a minute.",
    ],
)
def test_a_worrying_word_with_an_ordinary_reason_stays_self_care(text: str) -> None:
    assert parsed_level(text) == "self_care"


# ------------------------------------------------------------ non-native grammar
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my sister pregnant 35 week, she have bad head and now she shake all body", "emergency"),
        ("nail go in my foot last week, now my mouth not open and neck stiff", "emergency"),
        ("since i take the water tablet, i have many cramp in night", "doctor"),
        ("if i have cramp with breath problem what i do? now i not have, only asking", "self_care"),
    ],
)
def test_non_native_grammar_reaches_the_same_level(text: str, level: str) -> None:
    assert parsed_level(text) == level


def test_many_said_of_cramps_is_not_an_amount_of_tablets() -> None:
    assert _concern("I take one statin tablet and get many cramps.", "overdose") is None
