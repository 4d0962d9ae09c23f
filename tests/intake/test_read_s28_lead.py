"""Classes of wording found unread in round s28's development batches (EL: messages
dictated or typed one-handed at night; EN: a broad mix in which alarming words are used
loosely): what dictation hears for a medical word ("36 weak pregnant", "a high fiver"), a
time word typed short ("every nigt"), a person "isnt making sense" named by a noun, a
report after a comma that a denial does not reach, a joke taken back in the next
sentence, a cramp told as being paralysed, a day's count of tablets, and a learner's
account of a fit ("I shake and fall down").

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
    ("text", "level"),
    [
        ("my foot is DEAD. lol not literally, it cramped on my run, fine now", "self_care"),
        (
            "poisoned by my own curry haha. no seriously, just a cramp in my foot, gone now",
            "self_care",
        ),
        # not taken back: a denial of the joke, or no joke at all
        ("he took all my pills. I'm not kidding, he's drowsy", "emergency"),
        ("my foot is cold and white. not literally white, more grey, and numb", "emergency"),
    ],
)
def test_a_joke_taken_back_in_the_next_sentence_is_no_sign(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "calf went rock hard and it was like being paralysed for a minute, then it let go",
            "self_care",
        ),
        ("feels like my legs are paralysed with the cramps every night", "doctor"),
        # the sign told beside the likeness keeps it
        ("cramp, then my foot went white and it was like being paralysed", "emergency"),
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
