"""Classes of wording found unread in round s22's first wave (dev CZ, DA, DB, DC: the
broad mix, older people and their carers at length, other languages, signs and times told
by what was seen or done): a cramp told as over by its end state after what was done, a
length said of a thing with an article ("a three hour exam"), a cramp that began with a
programme and is still there when it has moved on, a start read off a clock, stretching
that makes it worse, hot and no sweat told as likenesses, advice asked about what to
drink, weakness and wasting told by what the hands and feet no longer do, numbness told
as a dentist's injection, a companion named without "my", what was swallowed told by the
mouth, nights listed by name, an activity done every day, more of a medicine than the dose
told apart from its name, breathing back to normal, a round of the shops as walking, a
medicine named before "'s".

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from crampcare.intake import read_text
from crampcare.quantities.frequency import frequencies
from crampcare.quantities.numbers import durations
from tests.intake.reading import (
    RANK,
    language_names,
    read_at,
    read_beside,
    read_level,
    stays_below,
)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "cramp in my calf on the drive, three hours at the wheel. Pulled over, stamped "
            "about, gone.",
            "cramp in my calf for 20 minutes now, stamped about, still not gone.",
        ),
        (
            "thigh cramped in a two hour lecture, stood up and stretched it, fine by the end",
            "thigh cramped in a two hour lecture and is still cramped 20 minutes on, "
            "stretching makes no difference",
        ),
        (
            "hamstring went at 70 minutes in the match, physio stretched it, ok now",
            "hamstring cramp for 20 minutes now, physio stretched it, no better",
        ),
    ],
)
def test_a_cramp_told_over_by_its_end_state_after_what_was_done_is_eased(
    text: str, lookalike: str
) -> None:
    assert read_text(text).eased_by_stretching is True, text
    assert read_text(lookalike).eased_by_stretching is not True, lookalike
    assert read_level(text) == "self_care", text
    assert read_level(lookalike) == "urgent", lookalike


@pytest.mark.parametrize(
    "text",
    [
        "walked on it and it's gone rock hard, 20 minutes now",
        "stretched it and it's gone purple, been 15 minutes",
    ],
)
def test_gone_before_a_new_state_is_no_easing(text: str) -> None:
    assert read_text(text).eased_by_stretching is not True, text


def test_a_length_said_of_a_thing_with_an_article_is_not_the_cramps() -> None:
    assert not durations("my hand seized up in a three hour exam")
    assert not durations("calf cramped on a 2-hour coach ride")
    # ... but a cramp's own length, its mark or a wait is still the cramp's.
    assert durations("had a 20 minute cramp last night")[0].minutes == 20
    assert durations("it's past the 20 minute mark now")[0].minutes == 20


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "calf cramped as the quiz show started and it's still locked now they're on the "
            "final round credits, stretching hasn't shifted it",
            "calf cramped as the quiz show started and it was over before the first question, "
            "stretching eased it",
        ),
        (
            "foot cramped at the start of the news and it's still there at the end, "
            "pulling my toes back does nothing",
            "foot cramped at the start of the news, pulled my toes back and it went",
        ),
    ],
)
def test_a_cramp_that_began_with_a_programme_and_outlasts_it_is_long(
    text: str, lookalike: str
) -> None:
    read_beside(text, "urgent", lookalike)


def test_songs_gone_by_time_a_cramp_that_will_not_budge() -> None:
    read_at("put an album on when the cramp hit, seven songs in and it won't budge", "urgent")
    stays_below("put an album on when the cramp hit, it went after two songs", "urgent")


def test_a_start_read_off_a_clock_pairs_with_the_time_now() -> None:
    read_at(
        "my watch said 4:05 when the cramp started. it's 4:30 now and still rock hard",
        "urgent",
    )
    stays_below("my watch said 4:05 when the cramp started. it was gone by 4:07", "urgent")


def test_stretching_that_makes_it_worse_is_no_easing_whatever_went_before() -> None:
    text = (
        "cramp in my thigh for 15 minutes now, stretching makes it worse. "
        "Last week I had one that went in a minute."
    )
    assert read_text(text).eased_by_stretching is False
    read_at(text, "urgent")


def test_hot_and_no_sweat_told_as_likenesses_are_heat_stroke() -> None:
    read_beside(
        "Dad was mowing in the heat all afternoon, cramps now, bone dry, burning hot and muddled",
        "emergency",
        "Dad was mowing in the heat all afternoon, cramps now, sweating buckets and hot",
    )


def test_advice_asked_about_what_to_drink_is_no_swallowing() -> None:
    stays_below("calf cramp, went quickly. Is there anything I should be drinking?", "doctor")
    read_at("my toddler drank something from a bottle in the shed", "emergency")


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "cramps in my hands and I can't open pickle jars any more",
            "cramps in my hands after opening pickle jars all day for the fete",
        ),
        (
            "she keeps dropping her cups lately and gets cramps in her fingers",
            "she dropped a cup once when a cramp caught her fingers",
        ),
        (
            "he has to pull himself up the stairs now and gets leg cramps",
            "he runs up the stairs fine and gets the odd leg cramp",
        ),
        (
            "my foot keeps flapping so my toes catch the kerb, and I get calf cramps",
            "my foot cramped on the kerb once, gone in a minute",
        ),
        (
            "the pad of muscle at the base of my thumb has sunk in and the hand cramps",
            "the cramp in my hand sank in slowly and went in a minute",
        ),
        (
            "my heel has felt like after a dentist's injection for a month, and calf cramps",
            "my calf cramped at the dentist's, went in a minute",
        ),
    ],
)
def test_weakness_wasting_and_numbness_told_by_what_no_longer_works(
    text: str, lookalike: str
) -> None:
    read_beside(text, "doctor", lookalike)


def test_a_companion_named_first_without_my_is_the_one_described() -> None:
    read_at("mate had way too much to drink and some pills, now he's hard to wake", "emergency")


def test_what_was_swallowed_told_by_the_mouth_or_the_bottle_found() -> None:
    read_at("my little boy's breath smells of white spirit and his tummy cramps", "emergency")
    read_at("found my daughter with the open bottle from under the sink, crying", "emergency")


def test_nights_listed_by_name_count_as_a_week() -> None:
    assert frequencies("my calf cramps: Sunday, Monday and Wednesday nights this week")
    # ... and a list of days without "on" or "nights" is what is done then.
    assert not frequencies("Tuesday and Thursday I swim, one calf cramp last month")


def test_a_doing_word_before_every_day_is_what_is_done() -> None:
    stays_below(
        "The odd thigh cramp that goes in seconds. I'm 79 and still gardening every day.", "doctor"
    )
    read_at("waking every night with calf cramps", "doctor")


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "Gran keeps her tablets in a pill organiser. The whole week's box is empty today "
            "and she says she took extra because of the cramps.",
            "Gran keeps her tablets in a pill organiser, all of them there. She had extra "
            "water for the cramps.",
        ),
        (
            "He's on digoxin. He's been taking it twice because he couldn't remember whether "
            "he'd had it, and cramps all week.",
            "He's on digoxin and remembers every dose; cramps all week.",
        ),
    ],
)
def test_more_than_the_dose_told_apart_from_the_medicine(text: str, lookalike: str) -> None:
    read_at(text, "emergency")
    assert RANK[read_level(lookalike)] < RANK["emergency"], lookalike


def test_breathing_back_to_normal_is_an_answer() -> None:
    stays_below(
        "one calf red, hot and swollen since the hospital stay; her breathing is back to "
        "normal since the chest infection",
        "emergency",
    )


def test_a_round_of_the_shops_is_walking() -> None:
    read_beside(
        "my calves cramp whenever I do the shopping and it goes when I sit on the bench "
        "outside, for months now",
        "doctor",
        "my calf cramped once at the shops and went when I stretched it",
    )


def test_a_medicine_before_s_is_named() -> None:
    assert read_text("my statin's been making my legs cramp since I started it").medicines


# Round s22's second wave (dev DD, DE: a new writer's broad mix; people who play things
# down or write for someone who cannot), read after the first wave's classes.


def test_an_itch_on_the_inside_eased_by_moving_is_restless_legs() -> None:
    read_beside(
        "at night my legs feel itchy on the inside, I have to get up, walking around eases it",
        "doctor",
        "my legs itched after the walk in the nettles, calf cramp once",
    )


def test_cramps_that_leave_one_limping_the_next_day_spoil_daily_life() -> None:
    read_beside(
        "every couple of weeks a cramp so bad it leaves me hobbling the next day",
        "doctor",
        "every couple of weeks a cramp that goes in a minute, bit tender the next morning",
    )


def test_easing_tried_the_whole_time_says_the_cramp_is_still_there() -> None:
    read_at(
        "his calf cramped when the film started, the film's finished now and he's been "
        "rubbing it the whole time",
        "urgent",
    )


@pytest.mark.parametrize(
    "text",
    [
        "It's a routine now: bed at ten, calf cramp at two, up and walking it off",
        "these cramps come like clockwork, 3am, the left foot",
    ],
)
def test_a_nightly_habit_told_as_such_is_frequent(text: str) -> None:
    assert frequencies(text), text


def test_started_on_a_number_is_a_time_not_a_medicine() -> None:
    stays_below("the cramp started on six o'clock and went in a minute", "doctor")
    read_at("my GP started me on bendroflumethiazide and the cramps began", "doctor")


@pytest.mark.parametrize(
    "text",
    [
        "my 4 year old swallowed I don't know how many of grandma's blood pressure tablets",
        "not sure how many pills he took, he's 3",
        "my daughter is 2, not sure how much of the calpol she drank",
    ],
)
def test_an_amount_not_known_is_no_denial_and_no_question(text: str) -> None:
    read_at(text, "emergency")


def test_how_many_asked_ahead_stays_a_question() -> None:
    stays_below("how many paracetamol can my 4 year old take for leg pain?", "emergency")


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "was trapped in the van after the crash for two hours, now my legs are screaming "
            "and my pee is nearly black",
            "was in a crash two years ago, my pee is normal, just the odd cramp",
        ),
        (
            "Nan was on the floor all night after her fall, legs cramping, urine like cola",
            "Nan had a fall last spring, now fine, just the odd cramp at night",
        ),
    ],
)
def test_a_whole_person_held_down_or_a_long_lie_is_a_crush(text: str, lookalike: str) -> None:
    read_beside(text, "emergency", lookalike)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("cramp in my calf since 25 minit, I stretch and stretch and it not go away", "urgent"),
        ("I am in bed for two weeks after my op, my calf is look bigger than other", "urgent"),
        ("I run in the big heat and sweat so much, now cramps in belly and legs", "urgent"),
        ("my legs crawl at night like ants, I have to get up and walk to stop it", "doctor"),
    ],
)
def test_a_learners_english_is_read(text: str, level: str) -> None:
    read_at(text, level)


def test_russian_hard_training_then_weak_legs_and_dark_urine() -> None:
    read_beside(
        "Вчера была тяжёлая тренировка, сегодня сильная боль в ногах, ноги слабые, моча тёмная",
        "emergency",
        "Вчера была тренировка, сегодня немного болят ноги, моча обычная",
    )


@pytest.mark.parametrize(
    ("text", "name", "level", "lookalike"),
    [
        (
            "לאבא שלי כאב בחזה וקוצר נשימה, הרגל נפוחה",
            "Hebrew",
            "emergency",
            "לאבא שלי התכווצות ברגל בלילה, ועבר תוך כמה דקות",
        ),
        (
            "Pabbi minn er með háan hita og stífan háls og sinadrátt",
            "Icelandic",
            "emergency",
            "Ég fékk sinadrátt í kálfann í nótt og þetta lagaðist eftir smá stund",
        ),
        (
            "Esu 30 savaičių nėščia, blauzda tinusi ir skauda, tik viena koja",
            "Lithuanian",
            "urgent",
            "Esu 30 savaičių nėščia, naktį sutraukia blauzdą, ištempiu ir praeina",
        ),
    ],
)
def test_a_language_new_this_round_is_named_and_read(
    text: str, name: str, level: str, lookalike: str
) -> None:
    assert name in language_names(text)
    read_beside(text, level, lookalike)


def test_amharic_is_named_by_its_script() -> None:
    assert language_names("ማታ የእግሬ ጡንቻ ተሸማቀቀ፣ እብጠት የለም።") == ["Amharic"]


def test_a_few_chinese_characters_in_english_are_chinese_and_kana_japanese() -> None:
    assert language_names("jaw stiff after a rusty cut, 破伤风?") == ["Chinese"]
    assert language_names("my foot feels 冷たい and white") == ["Japanese"]
