"""Classes of wording found unread in round s28's development batches (EL: messages
dictated or typed one-handed at night; EN: a broad mix in which alarming words are used
loosely): what dictation hears for a medical word ("36 weak pregnant", "a high fiver"), a
time word typed short ("every nigt"), a person "isnt making sense" named by a noun, a
report after a comma that a denial does not reach, a joke taken back in the next
sentence (struck on a GP's review), a cramp told as being paralysed, a day's count of
tablets, and a learner's account of a fit ("I shake and fall down"). EM (stories that
change as they are told) and EO (emergencies easy to miss), read in the second wave: a sign
feared or said before and settled later in the message, a word put right at once, a baby's
soft spot bulging, a grandchild told as small, a pot with its lid off, a boiler told old,
a child hot and floppy, an arrow between words, a temperature given as a form's value. ER
(follow-ups in a chat) and ES (children), read in the third wave after being measured
unread: ice as a treatment, a child floppy in the arms, "not himself", a foot going numb
now, cramps that spread, counts over two weeks, two things tried and then "nothing".
Every sentence a GP's review broke a class with is kept here at its own level.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from crampcare.wording.spelling import normalise
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("I'm 30 weak pregnant and my calf cramps", "I'm 30 weeks pregnant and my calf cramps"),
        ("she has a high fiver since lunch", "she has a high fever since lunch"),
        ("he's running a fiver", "he's running a fever"),
        ("stiff next and a headache", "stiff neck and a headache"),
        ("my sal butter mole inhaler", "my salbutamol inhaler"),
        # left as written: the sound-alike where it means itself
        ("my legs feel weak", "my legs feel weak"),
        ("lent him a fiver", "lent him a fiver"),
        ("my calf was stiff next morning", "my calf was stiff next morning"),
        ("he went stiff next thing he fell", "he went stiff next thing he fell"),
    ],
)
def test_what_dictation_hears_for_a_medical_word_is_read_as_the_word(
    written: str, meant: str
) -> None:
    assert normalise(written) == meant


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("a high fiver and stiff next and a terrible headache, legs cramping", "emergency"),
        ("gave him a high five and my calf cramped", "self_care"),
        ("my ventolin sal butter mole inhaler used a lot lately and leg cramps", "doctor"),
    ],
)
def test_a_dictated_sign_or_medicine_counts_as_written(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("calf cramps every nigt for a month", "doctor"),
        ("calf cramp last nigt, gone now", "self_care"),
    ],
)
def test_a_time_word_typed_short_is_read(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("out in the heat all day, my dad had cramps and isnt making sense", "emergency"),
        ("my nan wasn't making any sense after the cramps in this heat", "emergency"),
        # the advice or the story, not a person
        ("cramps every night and it isnt making sense why", "doctor"),
        ("the leaflet isn't making sense to me, what helps a calf cramp?", "self_care"),
        # only a person or their speech (a GP's review, round s28)
        ("my cramps aren't making sense, they come at odd times", "self_care"),
        ("the doctor isn't making sense about my calf cramps", "self_care"),
    ],
)
def test_a_person_not_making_sense_is_read_whoever_is_named(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "hot day, my son had cramps and isnt making sense, coach says hes burning up",
            "emergency",
        ),
        # a denial told after the report still denies
        ("my son had cramps after football, coach says he isn't hot at all", "self_care"),
    ],
)
def test_a_denial_does_not_reach_across_a_report_after_a_comma(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # A GP's review (round s28) struck a retraction of jokes: each of these is still
        # the emergency it tells, whatever "seriously", "kidding" or "not literally" says.
        "his leg is cold and blue, no seriously, just tell me what to do",
        "I have crushing chest pain and cant breathe. No seriously, just help",
        "my toddler swallowed a load of my tablets, no seriously, just tell me what to do",
        "his leg is cold and white and I'm just kidding myself it's only a cramp",
        "she took about 30 pills, not literally, maybe 8 or 10",
    ],
)
def test_a_sign_is_not_taken_back_by_a_word_of_joking(text: str) -> None:
    assert read_level(text) == "emergency"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "calf went rock hard and it was like being paralysed for a minute, then it let go",
            "self_care",
        ),
        ("feels like my legs are paralysed every night with the cramps", "doctor"),
        # the sign told beside the likeness keeps it (a GP's review, round s28)
        ("cramp, then my foot went white and it was like being paralysed", "emergency"),
        ("cramps and now it's like I'm paralysed from the waist down", "emergency"),
        (
            "my leg cramped up and it was like being paralysed, still can't move it 2 hours later",
            "emergency",
        ),
        (
            "feels like my legs are paralysed with cramps, getting weaker, can't walk or stand",
            "emergency",
        ),
        ("my calf cramped and it was like being paralysed and I feel dizzy", "emergency"),
        ("my left leg is paralysed and cold since this morning", "emergency"),
        ("feels like my arm is paralysed, my face feels odd", "emergency"),
    ],
)
def test_a_cramp_told_as_being_paralysed_is_a_likeness(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("mum is 90 and takes 12 tablets a day, cramps every night", "doctor"),
        ("mum took 12 tablets at once last night and now cramps", "emergency"),
        # never a painkiller's or a diet pill's count, nor one given twice (a GP's review)
        ("he's been taking 20 paracetamol a day", "emergency"),
        ("he's been taking 20 pills a day of his diet pills, cramps", "emergency"),
        ("mum has been given 10 tablets a day by the carer and again by my sister", "emergency"),
    ],
)
def test_a_days_count_of_tablets_is_a_regimen_not_an_overdose(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my brother say he shake and fall down in kitchen, now cramp in leg", "emergency"),
        ("I am 35 week pregnant, bad headache, then I shake and fall down", "emergency"),
        # a limb shaking is no fit
        ("my legs shake and I fall down when the cramp comes", "self_care"),
    ],
)
def test_a_learners_account_of_shaking_and_falling_is_a_fit(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Thought my calf was swollen after the cramp. Later on: put both side by side, "
            "they're the same size. Just sore.",
            "self_care",
        ),
        (
            "I said my toes went white. Had a proper look in daylight: they're normal pink and "
            "warm, all moving.",
            "self_care",
        ),
        (
            "I said my wee was dark after the match. Drank loads since. It's pale yellow now.",
            "self_care",
        ),
        # told as fact, or still there at the end: the story's last word keeps it
        ("My calf is swollen. Compared both later, the left is bigger.", "urgent"),
        ("I said my foot went white. Update: it's still white and cold.", "emergency"),
        # the other foot's colour settles nothing, nor does a later sentence about another
        # limb or person, a worry (said of signs that are there), a correction of something
        # else, or urine that clears beside muscle agony (a GP's review, round s28)
        (
            "I thought I'd better message: Dad's left foot has gone pale and cold in the last "
            "hour. His right foot, it's normal pink and warm.",
            "emergency",
        ),
        (
            "Worried her foot is white and cold since lunch. Her hand was white too, now pink "
            "and warm.",
            "emergency",
        ),
        (
            "Thought she was having a fit, she's shaking all over and not responding. Typo sorry.",
            "emergency",
        ),
        (
            "I said my leg is cold and white since this morning. I meant to say my left leg.",
            "emergency",
        ),
        (
            "I said my wee was dark like cola after the marathon, thighs agony. Drank loads, "
            "it's pale yellow now.",
            "emergency",
        ),
        ("Worried my calf is swollen. Compared to this morning it's about the same.", "urgent"),
        (
            "Her left foot has gone white and cold, the toes won't move. Right foot warm and pink.",
            "emergency",
        ),
        ("Thought my calf was swollen. Update: it's definitely swollen and red now.", "urgent"),
        (
            "Thought my foot was cold. Now I can't feel it. Later: it's pink and warm.",
            "emergency",
        ),
    ],
)
def test_a_sign_feared_or_said_before_is_settled_later_in_the_message(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # A GP's review (round s28) struck a retraction by "I mean": it took back whatever
        # came before it in the sentence.
        "His leg is cold and blue, sorry I meant his foot.",
        "She's floppy and won't wake up, wait I mean she's 2 not 3.",
        "Foot white and cold since this morning, no I mean since last night.",
    ],
)
def test_a_sign_is_not_taken_back_by_i_mean(text: str) -> None:
    assert read_level(text) == "emergency"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Worried the new tablets cause my cramps. Scratch that, the one cramp came first.",
            "doctor",
        ),
        (
            "a scratch that bled from a rusty nail last week, now spasms, jabs not up to date",
            "urgent",
        ),
    ],
)
def test_scratch_that_is_no_wound_and_a_scratch_that_bled_is_one(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my baby is 5 months, hot with a fever, and the soft spot on his head is bulging",
            "emergency",
        ),
        ("baby has a temperature and her fontanelle looks tense and raised", "emergency"),
        # no fever told: asked, not raised by the soft spot alone
        # with no fever too (a GP's review: young babies with meningitis may have none)
        (
            "my 3 month old has a bulging soft spot and won't feed, legs keep stiffening",
            "emergency",
        ),
        ("baby's soft spot is where the midwife showed us, she had a leg cramp", "self_care"),
    ],
)
def test_a_babys_bulging_soft_spot_with_a_fever_is_meningitis(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Granddaughter (3) staying with us. Found my blood pressure tablets on the rug with "
            "the lid off.",
            "emergency",
        ),
        ("my little grandson got into my bag and chewed my tablets", "emergency"),
        # grown up: no child
        ("my grandson, 25, gets calf cramps after football", "self_care"),
        # looked, and nothing got into
        ("my toddler had a leg cramp, I checked and he hasn't got into anything", "self_care"),
        # hoped, or only where they usually live (a GP's review)
        (
            "my toddler was playing with my tablets, lid off, I hope he hasn't got into any of "
            "them, the cupboard is normally locked up",
            "emergency",
        ),
    ],
)
def test_a_small_grandchild_near_open_medicines_is_a_childs_poisoning(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "we all have headaches and leg cramps this week and feel sick, the boiler's ancient",
            "emergency",
        ),
        ("our boiler is old, I get calf cramps at night", "self_care"),
        ("our boiler is 30 years old, we all have headaches and feel sick and dizzy", "emergency"),
        ("my toddler was in the hot car, he's hot, sweaty and floppy", "emergency"),
        # a lone value after "=" is no "then" (a GP's review)
        ("calf cramp for 30 mins and counting, stretching = nothing, walking = ok", "urgent"),
        ("my toddler was in the hot car, he's very hot and floppy", "emergency"),
        ("walking uphill = calf cramp every time, stop 2 min = gone", "doctor"),
        ("temp = 39 and a stiff neck, cramps all over", "emergency"),
        ("temp: 36.8, calf cramp last night, gone now", "self_care"),
    ],
)
def test_signs_told_sideways_are_read(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Tried stretching and magnesium for a month. Still bad cramps, no improvement.", "doctor"),
        (
            "there's a creeping feeling in my shins at night, moving my legs is the only thing "
            "that helps",
            "doctor",
        ),
    ],
)
def test_self_care_that_failed_and_restless_legs_are_for_a_doctor(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Trod on a rusty nail a week ago, now spasms in that leg. Not sure my tetanus is up "
            "to date. No trouble swallowing.",
            "urgent",
        ),
        (
            "Trod on a rusty nail a week ago, now spasms in that leg. My tetanus is up to date.",
            "self_care",
        ),
    ],
)
def test_a_doubt_before_a_jab_told_up_to_date_is_not_up_to_date(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "long march with a heavy pack, thighs rock hard and agony, hardly peeing and it's dark",
            "emergency",
        ),
        ("I get up to pee and it's dark outside, then a calf cramp", "self_care"),
    ],
)
def test_urine_named_then_its_colour_as_its_dark_is_dark_urine(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # found by the child is no recovery (a GP's review, round s28)
        ("my toddler had 20 tablets a day ago, she found them in my bag", "emergency"),
        ("thought my toddler took one of my tablets, found it under the sofa", "self_care"),
    ],
)
def test_tablets_found_by_the_child_are_no_tablets_recovered(text: str, level: str) -> None:
    assert read_level(text) == level


# Round s28's third wave (ER: follow-ups in a chat; ES: babies, children and teenagers).


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Rugby player, calf cramp won't let go. 20 minutes of stretching and ice, still tight.",
            "urgent",
        ),
        ("my foot went white and ice cold after the cramp", "emergency"),
    ],
)
def test_ice_as_a_treatment_is_no_cold_limb(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("cramp in her leg first, now her whole body's shaking and she won't answer", "emergency"),
        ("my baby is very hot and floppy when I pick her up, won't feed", "emergency"),
        ("toddler hot, not himself, floppy when I lift him", "emergency"),
        ("he is not himself today, no fever, no rash, just a calf cramp", "self_care"),
    ],
)
def test_a_child_floppy_in_the_arms_or_a_body_shaking_is_read(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "took a kick to the shin, leg swollen tight as a drum and now his foot is going numb",
            "emergency",
        ),
        ("my foot goes numb when I sit cross-legged, and I get calf cramps", "doctor"),
    ],
)
def test_a_foot_going_numb_now_beside_a_grave_leg_is_an_emergency(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my daughter has nephrotic syndrome and gets leg cramps", "doctor"),
        ("the cramps started in my calves, now they're in my belly too", "urgent"),
        ("I get calf cramps many times in one week", "doctor"),
        ("I counted: 9 cramps in the last 2 weeks", "doctor"),
        (
            "Sorry, I got muddled between two chats. Calf cramp last night, gone in a minute.",
            "self_care",
        ),
        ("my toddler ate something from under the sink", "emergency"),
    ],
)
def test_more_ways_the_cramps_and_the_person_are_told(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Ma fille a 39 de fièvre et des crampes, elle n'arrive pas à baisser la tête",
            "emergency",
        ),
        ("Mój syn wypił płyn do spryskiwaczy, ma skurcze", "emergency"),
    ],
)
def test_a_neck_that_will_not_bend_and_screenwash_are_read_in_other_languages(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Dad's calf cramp began 6:10, it's 6:35. I've rubbed it, he's pulled his toes back, "
            "nothing.",
            "urgent",
        ),
        ("Calf cramp began 6:10, it's 6:35, rubbed it and it went", "self_care"),
    ],
)
def test_two_things_tried_then_nothing_is_a_cramp_still_going(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The third GP review (round s28): each of these read lower with the wave's first
        # form of its class, and stays what it tells.
        ("her foot is blotchy and ice to touch and hurts so much", "emergency"),
        ("the foot is painful and ice, cramp started an hour ago", "emergency"),
        ("I got muddled in the heat at the race, legs cramping", "emergency"),
        ("I got muddled up with my words after the cramps and my head hurts", "emergency"),
        (
            "stopped for water and my toddler ate something, we think a mushroom, now cramping "
            "and sleepy",
            "emergency",
        ),
        (
            "after resting on the sofa he ate something, I think one of grandma's tablets, now "
            "cramping and drowsy",
            "emergency",
        ),
        ("he isn't himself, very hot, wont drink, floppy when I pick him up", "emergency"),
        ("my 2yo is hot and floppy", "emergency"),
        ("agony in the leg, toes are going numb", "emergency"),
        ("il n'arrive pas à baisser sa tête, fièvre 39, crampes", "emergency"),
        ("massaged the calf for 15 minutes, no change, still hard", "urgent"),
    ],
)
def test_the_third_reviews_sentences_keep_their_level(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Found by the GP reviews of round s28, taken at the round's end.
        (
            "we stopped for a drink and she had something, I think it was bleach, now cramps",
            "emergency",
        ),
        ("my calf is swollen and hot, now the pain, it's moved to my chest", "emergency"),
        ("the cramp in my calf has moved to my chest", "emergency"),
        # nothing swallowed, nothing moved
        ("we keep bleach under the sink, calf cramp last night", "self_care"),
        ("calf cramp last night, moved my leg and it went", "self_care"),
    ],
)
def test_a_chemical_had_and_a_pain_moved_to_the_chest_are_read(text: str, level: str) -> None:
    assert read_level(text) == level
