"""Classes of wording found unread in round s34's development batches (GE: medicines,
supplements, poisons and chemicals; GF: look-alikes of cramp from the nerves, the back, the
blood supply or an infection; GH: follow-ups and what a professional said):

- insulin named by its brand; muddled thinking or words that come out wrong in someone on
  insulin or with diabetes (a bad hypo);
- a dose a clinician changed, told with a title of several words; nothing extra taken;
- a count that found the tablets all there takes a feared swallowing back; a count that
  cannot tell whether any are gone, with a child and a medicine named anywhere;
- a muscle rub or an oil swallowed by a child, its smell on the breath;
- a chemical taken by the mouthful with a burning mouth;
- shaking, sweating or a low reading on insulin is a hypo (today); insulin by its brand is
  known diabetes (a GP's review);
- withdrawn on that review: "gone in a minute" read as the cramps', "like the box says";
- a count right after a medicine is its dose, not how often the cramps come;
- an "if" answered by what one would do is no state now;
- a cold limb warmed up in the next sentence, "same colour as the other leg";
- walking pain told without the pain's name, or in a learner's words, that a stop ends.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from crampcare.quantities.frequency import frequencies
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Type 2 on Novorapid, I think I took my dose twice with dinner, now sweaty and "
            "I can't think straight",
            "emergency",
        ),
        ("my gran is diabetic and her words keep coming out wrong this evening", "emergency"),
        # look-alikes: muddled by the pain alone, and insulin taken as usual
        ("the cramp was so bad I couldn't think straight, gone now after stretching", "self_care"),
        ("I'm on Lantus every night and get the odd calf cramp that stretches off", "doctor"),
    ],
)
def test_muddled_thinking_on_insulin_is_a_bad_hypo(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Mum's bisoprolol was doubled by the heart failure specialist nurse and she gets "
            "cramps every night now",
            "doctor",
        ),
        (
            "We checked grandad's blister pack and nothing extra was taken. He had a cramp in "
            "his foot that went after a couple of minutes",
            "self_care",
        ),
        # look-alike: the dose doubled by the person, not a clinician
        ("my dad doubled his own furosemide because his ankles swelled, now cramping", "emergency"),
    ],
)
def test_a_dose_a_clinician_changed_is_no_overdose(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "My 6yo woke with a cramp in his foot. For a second I feared he'd got into my "
            "sleeping tablets but I checked them, they're all there. Rubbed it and it went",
            "self_care",
        ),
        (
            "My 6yo woke with a cramp in his foot. For a second I feared he'd got into my "
            "sleeping tablets but I checked them, all there except two",
            "emergency",
        ),
        (
            "Is grandpa's warfarin dangerous for a child? My 3 year old had the box in her "
            "hands and I'm not sure if any are gone",
            "emergency",
        ),
    ],
)
def test_a_count_settles_a_feared_swallowing_only_when_all_are_there(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my toddler had the tiger balm open and I can smell it on her breath", "emergency"),
        ("our 4 year old ate some of the Deep Heat cream, now says his tummy hurts", "emergency"),
        (
            "Took a mouthful from a squash bottle my husband had filled with patio cleaner, "
            "spat it out but my mouth is burning",
            "emergency",
        ),
        # look-alike: a muscle rub rubbed in, no child, nothing swallowed
        ("rubbed Deep Heat into my calf after the cramp, smells strong but it helped", "self_care"),
    ],
)
def test_a_product_swallowed_is_a_suspected_poisoning(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Tried in round s34 and withdrawn on a GP's review: "gone in a minute" read as the
        # cramps' going cleared tablets gone beside a child.
        ("My toddler had the paracetamol bottle and half of it was gone in a minute", "emergency"),
        # ... and "like the box says" cleared a worry of too much with a toxic sign
        (
            "I take quinine like the box says but I'm worried I've taken too much, my ears are "
            "ringing and I've got cramps",
            "emergency",
        ),
    ],
)
def test_withdrawn_on_review_tablets_gone_fast_and_a_dose_like_the_box(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Type 1, my sugar was 2.4 an hour ago, still shaky, and both calves cramping", "urgent"),
        (
            "On Humalog, skipped breakfast and now I'm trembly and clammy with a foot cramp",
            "urgent",
        ),
        # look-alikes: insulin with no sign of a hypo, and sweat after a run on metformin
        ("I'm on Toujeo and get calf cramps at night a couple of times a month", "doctor"),
        ("type 2 on metformin, sweaty after my run and a calf cramp, stretched it off", "doctor"),
    ],
)
def test_shaking_or_a_low_reading_on_insulin_is_a_hypo_today(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My grandad can't get his words out since lunch and his leg is cramping", "emergency"),
        # look-alikes from a GP's review: a learner's words, a toddler learning to talk
        (
            "English is not my first language so my words come out wrong, sorry. I have cramp "
            "in my calf at night sometimes",
            "self_care",
        ),
        ("I was so upset I couldn't get my words out, the cramp was agony, gone now", "self_care"),
    ],
)
def test_speech_that_fails_now_is_confusion_a_habit_is_not(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "I've counted them, all there except one, my son had the packet of sertraline",
            "emergency",
        ),
        (
            "My baby got into the clove oil, it's all over her chin, not sure if she drank any",
            "emergency",
        ),
    ],
)
def test_one_missing_from_a_count_or_an_oil_a_baby_got_into(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("metformin 500mg twice a day for my sugars", None),
        ("on vitamin D, one a day, for my bones", None),
        # look-alikes: the cramps' own count after a medicine
        ("on a statin, cramps twice a day now", 14.0),
        ("simvastatin, and the cramps come 3 times a week", 3.0),
    ],
)
def test_a_count_right_after_a_medicine_is_its_dose(text: str, per_week: float | None) -> None:
    found = [value for value, _ in frequencies(text)]
    assert (max(found) if found else None) == per_week


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Cramp in my calf in the shower, stretched, gone. If I got them every night I'd "
            "see the GP, but this is the first in months",
            "self_care",
        ),
        # look-alikes: the count told as it is, and an "if" with no would
        ("Cramps every night for a month now, I'd like to see someone", "doctor"),
        ("I get cramps every night, if that matters", "doctor"),
    ],
)
def test_an_if_answered_by_what_one_would_do_is_no_state_now(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Foot felt icy during a cramp in bed, the window was open. warmed up under the "
            "duvet, same colour as the other foot now",
            "self_care",
        ),
        # look-alike: the other foot named as the one that is cold
        (
            "My left foot went cold and white during a cramp. warmed up the right one but the "
            "other foot is still cold",
            "emergency",
        ),
    ],
)
def test_a_cold_limb_warmed_up_in_the_next_sentence_is_over(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("only comes on when walking to the shops and goes when I stand still", "doctor"),
        (
            "Doctor, when I am walking far my leg is paining, I stop 5 minute and it go",
            "doctor",
        ),
        # look-alike: a cramp while walking that stretching ended, once
        (
            "got a cramp walking the dog yesterday, stretched against a wall and it went",
            "self_care",
        ),
    ],
)
def test_walking_pain_that_a_stop_ends_is_claudication(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # spraying it oneself, protected, is no poisoning (an exposure, asked about)
        (
            "Sprayed the hedge with weedkiller this afternoon, mask and gloves on, and my hand "
            "cramped from the trigger, shook it off",
            "urgent",
        ),
        # ... but spraying it and then dizzy and sick is, and being sprayed is
        (
            "sprayed pesticide in the greenhouse without a mask, now I'm dizzy and feel sick",
            "emergency",
        ),
        ("the wind blew it back and I got sprayed with weedkiller, eyes stinging", "emergency"),
    ],
)
def test_spraying_a_chemical_oneself_is_an_exposure_not_a_poisoning(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # (dev GJ: the deciding detail told last, in a message about something else)
        (
            "Quick one about my marathon plan. oh and the cramp I had in my foot last night "
            "went on for about 25 minutes and stretching did nothing",
            "urgent",
        ),
        # look-alikes: the walkers who went on, and a cramp that went first
        (
            "Got a cramp at mile 4, stretched it out and it eased, then we went on for another "
            "2 hours",
            "self_care",
        ),
        ("cramp in my calf, gone after a minute, we went on for 2 hours after that", "self_care"),
    ],
)
def test_what_went_on_for_a_length_is_the_cramp_unless_the_people_went_on(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("Mum's fine otherwise, walks down to the post office every day", None),
        # look-alike: the cramps named before the walk are the count's
        ("She walks down to the post office and gets cramps every day", 7.0),
    ],
)
def test_a_walk_told_eight_words_before_its_count_is_the_walks(
    text: str, per_week: float | None
) -> None:
    found = [value for value, _ in frequencies(text)]
    assert (max(found) if found else None) == per_week


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # (dev GI: dictation that misheard a word between the two that matter)
        ("I have an overactive er thyroid and the cramps keep coming", "doctor"),
        (
            "bad cramps most nights that the stretches and the tonic water and everything "
            "haven't touched in weeks",
            "doctor",
        ),
    ],
)
def test_a_word_misheard_between_or_self_care_that_has_not_touched_them(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A second GP's review of round s34: a reading of 4 or more rules a hypo out, and sweat
        # after sport is sport's; a child's own insulin is no poisoning without a sign he got
        # at it.
        ("I'm type 1, my sugar is 5.9, a bit shaky after the cramp in my calf eased", "doctor"),
        (
            "Type 1 here, sugar was 14.1 at breakfast and I'm a little shaky, cramps at night",
            "doctor",
        ),
        (
            "My 9 year old has type 1 on Lantus, reading 7.2, shaky after netball and a calf cramp",
            "doctor",
        ),
        ("My grandson got hold of my insulin pen, now he's pale, sweaty and shaky", "emergency"),
        (
            "Type 1, my sugar is 2.6 and I keep forgetting what I'm doing, legs cramping",
            "emergency",
        ),
        (
            "Mum's on diabetes injections and she's gone clammy and trembly with leg cramps",
            "urgent",
        ),
    ],
)
def test_a_hypo_needs_no_normal_reading_and_no_sport_to_explain_it(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "next door was spraying his field and it drifted over our garden, now I feel sick "
            "and my legs are cramping",
            "emergency",
        ),
        (
            "sprayed ant killer round the back door and now I'm being sick with tummy cramps",
            "emergency",
        ),
        # look-alikes: an event that went on, and spraying with no sign at all
        ("The wedding went on for 6 hours, I danced, then a calf cramp for a minute", "self_care"),
    ],
)
def test_drift_lay_pesticides_and_what_went_on(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Dad injected his Humalog again after tea, he forgot he'd already done it", "emergency"),
        ("My husband took his insulin twice tonight by mistake", "emergency"),
        # look-alikes: insulin twice a day as prescribed, a dose the nurse doubled
        ("I take Levemir twice a day and get calf cramps at night", "doctor"),
        ("the diabetes nurse doubled my Tresiba last month and I get calf cramps", "doctor"),
    ],
)
def test_insulin_taken_twice_is_an_overdose_however_it_is_named(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The two GP reviews of round s34: the sentences that broke a class, at the level a GP
        # wants.
        (
            "Left the ibuprofen on the table, turned round, and the tablets were gone in a "
            "minute, my 3 year old was there",
            "emergency",
        ),
        (
            "My tablets were gone in a minute from the table and my toddler has white powder "
            "round his mouth",
            "emergency",
        ),
        ("I take magnesium, 4 nights a week I get the cramps", "doctor"),
        ("I take iron tablets, four times a week the cramps come", "doctor"),
        (
            "My toddler is mixing up her words, she's just learning to talk, and she wakes with "
            "leg cramps",
            "self_care",
        ),
        (
            "My 8 year old has type 1 diabetes on Lantus, his reading was 6.5, he's a bit shaky "
            "after football and got a calf cramp",
            "doctor",
        ),
        (
            "On insulin, sweaty after my run, sugar checked 7.8, calf cramped at the end and went "
            "after a minute",
            "doctor",
        ),
        (
            "Type 1 diabetic, my sugar was 13.2 this morning and I'm a bit shaky, calf cramps at "
            "night",
            "doctor",
        ),
        (
            "The football match went on for 90 minutes and my calf cramped in extra time for a "
            "minute",
            "self_care",
        ),
    ],
)
def test_the_gp_reviews_sentences_of_round_s34(text: str, level: str) -> None:
    assert read_level(text) == level


def test_a_far_activity_that_turns_back_to_the_cramps_leaves_them_their_count() -> None:
    # (the development file EX097's class: "used to work but now they're back most nights")
    text = "Magnesium helped for a while. It used to work but now they're back most nights"
    assert read_level(text) == "doctor"
