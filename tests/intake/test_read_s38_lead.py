"""Classes of wording found unread in round s38's development batches (HE and HI: plain
words, phonetic spelling, signs told by what is seen; HF: asking for a remedy; HG: asking
the app to confirm what was already decided):

- the weather's "it" ("it was cold and raining") is no limb gone cold; the day's heat told
  as "it is so hot" beside a run or the outdoors is heat, never beside a body part;
- breath lost to laughter is no sign; breath lost after laughing, with chest pain, is;
- an organ told by what it does not do ("my kidneys do not work well"), or its state now
  with a cause long ago ("liver is bad from the drink years ago"): the condition;
- relief told as "it gets better" after a rest on a walk: the walk's pain;
- a harm foretold ("says I will get poisoned") is not one that happened;
- confusion told by what is said ("he is saying weird stuff");
- a named ordinary drink ("drank some squash") is no poison swallowed, nor a game of squash;
- a remedy "already took" before asking what else to do is no dose taken twice;
- twitchy muscles "all over" are twitching, not cramps of the whole body;
- urine darker yellow, "more apple juice than cola": no dark urine;
- the one jerk on dropping off to sleep, and a muscle that flickers as the cramp lets go:
  no fit and no twitching;
- "big drinker", "drinks like a fish": heavy drinking;
- the cramp told as running from the arm to the fingers: a cramp of the arm;
- "the fifth one this week": five a week;
- the face stiff "like I'm grinning" after a wound: lockjaw.

The sentences are our own, each beside a look-alike that must stay lower.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import RANK, read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my foot went cold and white and it hurts so much, started an hour ago", "emergency"),
        (
            "I was laughing at the telly then suddenly couldn't breathe and my chest hurt",
            "emergency",
        ),
        ("my kidneys dont work properly the doctor says, I get cramps in my feet", "doctor"),
        ("her liver does not work right, cramps at night", "doctor"),
        ("his liver is damaged from the booze years ago, sober now, cramps at night", "doctor"),
        ("my thyroid doesn't function well and my calves cramp", "doctor"),
        (
            "Dad has to stop on the way to the shop as his calf hurts. He stands a bit and it "
            "gets better. Then he walks on.",
            "doctor",
        ),
        (
            "we were playing football and it is really hot, my mate fell over and is saying "
            "strange things",
            "emergency",
        ),
        (
            "my grandad keeps saying random stuff that doesn't make sense and his legs cramp",
            "emergency",
        ),
        (
            "my son drank some squash from a bottle in the garage and now he is very sleepy",
            "emergency",
        ),
        ("she forgot she had already taken her tablets and took them again", "emergency"),
        ("after the half marathon my thighs are agony and my wee is like cola", "emergency"),
        ("big drinker me, cramps in my calves most weeks", "doctor"),
        ("he drinks like a fish and gets foot cramps", "doctor"),
        ("my forearm and into my fingers keeps cramping, third time today", "urgent"),
        (
            "calf cramp for 5 minutes, stretched, it went, but it's the fourth one this week",
            "doctor",
        ),
        (
            "cut my hand on a fence a week ago, now my face feels tight like I'm smiling",
            "emergency",
        ),
        ("my baby jerks again and again as she falls asleep and her eyes roll", "emergency"),
    ],
)
def test_plain_word_signs_are_read_at_their_level(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp on my run this morning, it was cold and raining, stretched and it went",
        "I laughed so much I couldn't breathe, then my foot cramped from how I sat, gone now",
        "couldn't breathe for laughing at the dog, then a calf cramp that passed",
        "my nan says I'll get poisoned from the pond water I swallowed, had a swimming cramp, gone",
        "thigh cramp in the garden, sat in the shade, drank some squash, all gone now",
        "leg cramp last night, already took paracetamol, what else can I do?",
        "my pee is a bit darker yellow, more orange juice than cola, cramp after the gym went",
        "my leg jerked once as I was dropping off to sleep and then a small cramp that went",
        "calf cramp at night, the muscle twitched as it was easing, then nothing",
        "I drink a lot of water and still get the odd calf cramp",
    ],
)
def test_their_look_alikes_are_self_care(text: str) -> None:
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "twitchy muscles all over and the odd cramp, for a few weeks, otherwise fine",
        "my calf is swollen and red and it is so hot, I was walking today",
    ],
)
def test_twitches_all_over_and_a_hot_calf_are_not_emergencies(text: str) -> None:
    assert RANK[read_level(text)] < RANK["emergency"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my little boy drank some of the juice bottle that had bleach in it", "emergency"),
        ("my dad keeps seeing bugs that aren't there and his legs are cramping", "emergency"),
        ("both legs cramped, then I fell down and was shaking on the floor", "emergency"),
        ("the cramp went from my elbow down into my hand and my fingers curled", "urgent"),
        (
            "they say you could get poisoned by lead at the scrapyard, I work there, cramps",
            "urgent",
        ),
        ("my pancreas does not make insulin any more, cramps in my feet", "doctor"),
        ("my calf is twitching all over like flickers under the skin, weeks now", "doctor"),
        ("I've got a rash and a bad headache and my legs cramp, what painkiller?", "self_care"),
        (
            "gave my son another dose of calpol forgetting he'd already had one, he is 3",
            "emergency",
        ),
        ("drank 2 litres of tonic water a day for my cramps, now my ears are ringing", "urgent"),
    ],
)
def test_the_reviews_signs_of_round_s38(text: str, level: str) -> None:
    assert read_level(text) == level


def test_a_rash_with_a_headache_and_no_fever_told_is_asked_about() -> None:
    from crampcare.intake import read_text

    intake = read_text("I've got a rash and a bad headache and my legs cramp, what painkiller?")
    assert any(c.question == "meningitis" for c in intake.concerns)


@pytest.mark.parametrize(
    "text",
    [
        "it was freezing cold out and my calf cramped, it went after a minute",
        "we were crying with laughter and I couldn't catch my breath, then a calf cramp, gone",
        "he keeps saying weird things because he's joking around, anyway he has a calf cramp",
        "got a cramp while walking, it got better after a rest, only happened the once",
        "when the cramp let go the muscle kept flickering for a few seconds, now fine",
        "calf cramps at night, gone when I stretch, any tablets you'd recommend?",
        "I have not taken too many, is tonic water safe with my cramp tablets?",
        "stomach cramps from my IBS, also a calf cramp last night that went",
        "I get tummy cramps when I'm anxious and the odd leg cramp",
        "I drink a lot of tonic water for my cramps, is that ok?",
    ],
)
def test_the_reviews_look_alikes_of_round_s38_are_self_care(text: str) -> None:
    assert read_level(text) == "self_care"
