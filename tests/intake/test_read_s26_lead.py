"""Classes of wording found unread in round s26's development batches (DW, DZ: who the
person is changes the level; DX, EA: more than one thing in the message; DY: a fresh
broad mix): a container of tablets with the medicine named after it, an infection named
by the chest, breathing no worse than before, a jab given at the visit, a fear answered
short ("I wasn't"), a companion's collapse happening now, cramps told as the writer's and
another's alike, a sign checked and cleared, an arm cramp of work in the heat that passed,
a length pointed back to or told by its number alone, the length of a night's sleep, and
the words of several languages.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from crampcare.intake import read_text
from crampcare.quantities.numbers import durations
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my 15 year old swallowed a whole tub of caffeine tablets and now he's shaking",
            "emergency",
        ),
        ("she took an entire box of sleeping pills, legs twitching", "emergency"),
        ("took a whole tub of protein powder this month, calves cramp after the gym", "self_care"),
        ("ate a whole packet of sweets and then had a calf cramp", "self_care"),
    ],
)
def test_a_whole_container_with_the_medicine_named_after_it_is_an_overdose(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "he was in bed a fortnight with a chest infection, now one calf is swollen and hot",
            "urgent",
        ),
        ("the chest x-ray was clear; right calf swollen and tender since the op", "urgent"),
        # the chest still hurting keeps the emergency
        ("chest infection last week and now my chest hurts and my calf is swollen", "emergency"),
        ("a chest infection and tightness, and my calf is swollen", "emergency"),
        ("Dad's left calf is puffy and warm. His breathing is no worse than before.", "urgent"),
        ("Dad's left calf is puffy and warm and his breathing is worse than before", "emergency"),
    ],
)
def test_the_chest_named_for_an_infection_or_a_test_and_breathing_no_worse_are_no_clot_signs(
    text: str, level: str
) -> None:
    assert read_level(text) == level


def test_a_tetanus_jab_told_by_who_gave_it_is_up_to_date() -> None:
    given = read_text("cut my palm on a tin, the nurse gave me a tetanus jab, calf cramp today")
    assert given.tetanus_up_to_date is True
    long_ago = read_text(
        "cut my hand on a rusty nail, they gave me a tetanus jab when I was a kid, now spasms"
    )
    assert long_ago.tetanus_up_to_date is not True


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my wife thought I was having a seizure, I wasn't, it was a calf cramp, gone now",
            "self_care",
        ),
        ("we thought he'd had a fit but he hadn't. just a cramp in his foot", "self_care"),
        # no fear before the sign: a bare "he didn't" answers nothing
        ("he had a fit on the sofa and he didn't wake up for ages", "emergency"),
        ("my son had a seizure and I wasn't there", "emergency"),
        # a GP review: someone who had a fit may not remember it; their own "I wasn't" counts
        # only with what they were doing, awake, and never beside the signs of a fit
        ("my wife thought I was having a seizure, I wasn't. calf cramp, gone", "emergency"),
        (
            "my wife thought I was having a seizure, I wasn't, I was awake, but I bit my tongue",
            "emergency",
        ),
    ],
)
def test_a_fear_answered_short_after_the_sign_takes_the_sign_back(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "scorching at the show; my calves cramped but went with water. My brother has "
            "stopped sweating and keeps passing out.",
            "emergency",
        ),
        # another person's over, or a lasting condition, stays theirs
        ("my calves cramp at night. My brother fainted in the heat last summer.", "self_care"),
        ("my dad has stopped responding to his tablets; I get the odd calf cramp", "self_care"),
    ],
)
def test_a_companions_emergency_happening_now_is_the_texts_emergency(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "We both get cramps. Mine are once in a blue moon; my wife's come every night "
            "and wake her.",
            "doctor",
        ),
        (
            "me and my son both get cramps after football, they go in a minute with a stretch",
            "self_care",
        ),
    ],
)
def test_cramps_told_as_the_writers_and_anothers_alike_count_for_both(
    text: str, level: str
) -> None:
    assert read_level(text) == level


def test_shared_cramps_take_the_other_persons_frequency() -> None:
    shared = read_text("both of us get cramps: mine now and then, my husband's every night")
    assert shared.frequency_per_week == 7.0
    alone = read_text("I get cramps now and then. My husband's are every night, poor man.")
    assert alone.frequency_per_week != 7.0


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Seen at the walk-in on Monday for chest pain, ECG fine, sent home, and no chest "
            "pain since. Night cramps most nights now.",
            "doctor",
        ),
        (
            "A&E last month with chest pain that turned out to be reflux. Calf cramp last night.",
            "self_care",
        ),
        # a pain that only stopped, unseen, is still told
        ("had chest pain an hour ago, none since, calf cramping", "emergency"),
        ("the chest pain last year turned out to be reflux but now chest pain again", "emergency"),
        # a GP review: the writer's own guess settles nothing
        ("my chest pain turned out to be wind, and my calf is swollen", "emergency"),
    ],
)
def test_a_chest_pain_checked_and_cleared_is_over(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "bricklaying in the sun all day, my forearm cramped, shade and a drink and it eased",
            "self_care",
        ),
        ("rowing hard, my arms cramped, rested and stretched and it passed", "self_care"),
        # not passing, passing but coming back worse, or with no exertion: the red flag
        ("rowing hard, my forearm cramped and it will not ease", "urgent"),
        ("at the gym my bicep cramped, eased, came back twice, each one worse", "urgent"),
        ("my arms keep cramping at night for no reason", "urgent"),
        ("weeding in the heat, belly cramped, had water and it went", "urgent"),
        # a GP review: arm pain brought on by exertion and eased by rest is how angina shows;
        # so not with every exertion, with a faint or dizziness, or with heart disease
        (
            "every time I carry the shopping my left arm cramps and aches, it eases when I "
            "stop and rest",
            "urgent",
        ),
        ("digging in the garden my arm cramped and I felt dizzy, it eased with a rest", "urgent"),
        ("I have angina. Digging the garden my arm cramped, it went with a stretch", "urgent"),
    ],
)
def test_an_arm_cramp_of_work_or_heat_that_passed_is_self_care(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "My hamstring cramped on the stairs. That was 25 minutes ago and it's still locked.",
            "urgent",
        ),
        ("My hamstring cramped on the stairs. That was 25 minutes ago, fine since.", "self_care"),
        (
            "the leaflet said if a cramp lasts 10 minutes see someone - it's been 14 and it's "
            "still rock hard, stretching does nothing",
            "urgent",
        ),
    ],
)
def test_a_length_pointed_back_to_or_told_by_its_number_alone_times_the_cramp(
    text: str, level: str
) -> None:
    assert read_level(text) == level


def test_a_nights_sleep_and_a_time_into_a_walk_are_no_cramps_length() -> None:
    assert durations("I'm getting maybe five hours of sleep because of them") == []
    assert durations("about three hours in I got cramp in both calves") == []
    assert durations("a cramp for two hours in my calf") != []
    assert durations("cramp's been going 12 minutes in the arch of my foot") != []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("type 2, diet controlled. Calf cramps a few times a month.", "doctor"),
        ("type 1 since I was nine, on a pump; odd foot cramp", "doctor"),
        ("had my new bone injection a month ago and since then cramps in both calves", "doctor"),
        ("had my flu injection last week and since then a calf cramp or two", "self_care"),
        (
            "the GP said statins can cause cramps. I started them in May and the cramps "
            "came after.",
            "doctor",
        ),
        ("my dad drink beer every day much and he have cramp in legs", "doctor"),
    ],
)
def test_a_condition_a_medicine_or_a_habit_told_another_way(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "football in the heat, both calves cramped and I went down in a heap, gone in a "
            "minute, feel fine",
            "self_care",
        ),
        (
            "football in the heat, both calves cramped and he went down and didn't respond",
            "emergency",
        ),
        ("hot day at the race and he collapsed at the finish", "emergency"),
        # another person falling is a collapse, whatever the cramp
        (
            "football in the heat, his calves cramped and he went down like a sack of spuds",
            "emergency",
        ),
    ],
)
def test_legs_taken_out_by_the_cramp_are_no_faint(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ('she said she\'d taken "loads" of her tablets, wants to sleep', "emergency"),
        ("she said she'd taken loads of her tablets, wants to sleep", "emergency"),
        ('my "cramp" is just a cramp, once a month', "self_care"),
    ],
)
def test_words_put_in_quotes_are_read_as_the_words(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("her lips and the end of her nose are buzzing, after her thyroid operation", "urgent"),
        (
            "at football my calf felt like a whip cracked and now there's a dent in the muscle",
            "urgent",
        ),
        ("the charity shop had a dent in the door; calf cramp at night", "self_care"),
    ],
)
def test_the_signs_of_low_calcium_and_a_tear_told_another_way(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Dutch: a toddler who ate grandad's tablets; rat poison from the shed
        ("Mijn zoon van 2 heeft pillen van opa gegeten. Hij heeft krampen.", "emergency"),
        (
            "Mijn dochter heeft rattengif uit de schuur in haar mond gehad, ze heeft krampen.",
            "emergency",
        ),
        # Arabic: her temperature very high, a stiff neck
        ("بنتي عندها شد عضلي وحرارتها عالية ورقبتها متصلبة", "emergency"),
        # Spanish: the mouth hard to open after a cut
        ("Me corté con un clavo y ahora me cuesta abrir la boca", "emergency"),
    ],
)
def test_the_words_of_other_languages(text: str, level: str) -> None:
    assert read_level(text) == level


def test_the_first_text_a_process_reads_is_read_as_any_later_one() -> None:
    # The concern cues add their words to the shared word finder when first built; a
    # process's first text was read for words before that, and no cue was offered its
    # sentences (a one-off `check` missed the chest cue). Read here in a fresh process.
    import subprocess
    import sys

    text = "a chest infection and tightness, and my calf is swollen"
    code = (
        "import sys; from crampcare.intake import read_text; "
        "print(sorted(c.topic for c in read_text(sys.argv[1]).concerns))"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code, text], capture_output=True, text=True, check=True
    ).stdout.strip()
    read_text("my calf cramped last night")  # this process has read texts before
    assert fresh == str(sorted(c.topic for c in read_text(text).concerns))
    assert "chest" in fresh


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my first ever spin class on Monday, now my thighs are agony and my pee is the "
            "colour of cola",
            "emergency",
        ),
        ("first spin class yesterday, legs sore today, one calf cramp in the night", "self_care"),
    ],
)
def test_a_hard_class_done_for_the_first_time_is_extreme_exertion(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "I walk two miles every morning. Last night a calf cramp woke me, I stood on the "
            "cold kitchen floor and it went in a minute.",
            "self_care",
        ),
        ("cramp in bed, I got up and stood up on it and it went", "self_care"),
        # a walk's pain that a stop or standing still relieves is still claudication
        ("my calf hurts after walking 200 yards, I stand still for a minute and it goes", "doctor"),
        ("her foot went cold and white on the kitchen floor and stayed like that", "emergency"),
    ],
)
def test_standing_on_a_cold_floor_eases_a_night_cramp_and_is_no_walks_rest(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the held-back batches EB (what people already know) and EC (told by others)
        (
            "been on lithium for ages, sick all day, now shaky and mixed up about what day it is",
            "emergency",
        ),
        (
            "cramp in my foot for 25 minutes, the stretch my physio taught me usually works "
            "but not tonight",
            "urgent",
        ),
        ("went onto atorvastatin in June and my calves have cramped since", "doctor"),
        (
            "had a concussion playing hockey two years ago; calf cramp today, stretched it off",
            "self_care",
        ),
        (
            "Dad, 74, on his walks: after about 5 minutes his calf cramps and he has to stand "
            "still. At rest it's fine.",
            "doctor",
        ),
        ("Minha neta de 3 anos bebeu o xarope da avó e está sonolenta", "emergency"),
        ("Mijn broer heeft veel te veel slaappillen genomen en is heel suf", "emergency"),
    ],
)
def test_what_people_already_know_and_what_others_tell(text: str, level: str) -> None:
    assert read_level(text) == level


def test_the_second_channel_asks_rather_than_raises_where_the_rules_read_the_sign_denied() -> None:
    from crampcare.intake import parse_text
    from crampcare.intake.model import Concern
    from crampcare.intake.semantic_screen import settled_by_rules

    def raised(text: str) -> str | None:
        near = Concern(
            topic="rf_dvt", words="calf", reason="near a clot", question="clot", level="urgent"
        )
        (concern,) = settled_by_rules(parse_text(text), [near])
        return concern.level

    # the sign denied or over: asked, not raised
    assert raised("flew back from Dubai, cramp in my calf on the plane, no swelling") is None
    assert raised("my calf was swollen last year but the scan was clear") is None
    # told as present, or not told at all: the model's raise stands
    assert raised("flew back from Dubai and my calf is swollen") == "urgent"
    assert raised("flew back from Dubai, cramp in my calf on the plane") == "urgent"
