"""Classes of wording found unread in round s25's development batches (DR: how things
changed over time; DS: short and sideways messages; DT: the doctor level and its
look-alikes) and in round s24's leftovers: a heat cramp told passing with shade or drink, a
condition told by its own medicine, self-care tried and the cramps as bad, a cramp timed
by two clock times, a week told day by day with its counts, a phrase stressed word by
word, the belly's and the arm's cramps told another way, a faint with a blow to the head.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from crampcare.intake import read_text
from crampcare.quantities.frequency import frequencies
from tests.intake.reading import read_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # heavy sweating is fluid loss even when the cramp passed (a GP review struck the
        # exception: the text cannot tell whether the person is well again, or at risk)
        (
            "tennis in the heat, sweating buckets, calf went, sat in the shade with water and "
            "it went",
            "urgent",
        ),
        ("sweating buckets on the building site all day and now both legs are cramping", "urgent"),
        # a heat cramp that passed, sweating as usual: self-care
        (
            "tennis in the heat, calf went, sat in the shade with water and it "
            "went, still sweating normally",
            "self_care",
        ),
        ("at hot yoga my foot cramped, had a drink and stretched it, gone now", "self_care"),
    ],
)
def test_a_heat_cramp_that_passed_is_self_care_unless_sweat_was_heavy(
    text: str, level: str
) -> None:
    assert read_level(text) == level


def test_a_heat_cramp_told_passing_with_shade_and_drink_is_eased() -> None:
    assert read_text("sat in the shade with a cold drink and it went").eased_by_stretching is True
    assert read_text("after 15 minutes is ok, I drink water").eased_by_stretching is True


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("on holiday I forgot my diabetes tablets for a few days, a few night cramps", "doctor"),
        ("he ran out of his thyroid pills last week and his calves cramp at night", "doctor"),
        # a denial of the condition itself still denies it
        ("I don't have diabetes, just the odd night cramp", "self_care"),
    ],
)
def test_a_condition_told_by_its_own_medicine_is_had_even_when_the_medicine_is_missed(
    text: str, level: str
) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "I've tried everything for weeks: stretching, bananas, tonic. The "
            "cramps are still awful.",
            "doctor",
        ),
        ("tried magnesium and more water for a month. they're still waking me up", "doctor"),
        ("twice a week for four months despite a strict stretching routine", "doctor"),
        ("upped his fluids and salt, no difference to the cramps", "doctor"),
        # one attack still there after a stretch is no failed self-care
        (
            "I tried everything the leaflet said and the cramp was still there "
            "after a minute, then went",
            "self_care",
        ),
    ],
)
def test_self_care_tried_and_the_cramps_as_bad_is_not_improving(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("It's 4:40 and my thigh cramped at 4:15, still rock hard", 25.0),
        ("spasm began at 10:05. massage and heat tried; still in spasm at 10:30", 25.0),
        ("calf locked at 1:10, walked on it, by 1:35 it was still locked", 25.0),
        ("9:15 cramp in calf. 9:30 tight, stretched, walked. 9:40 still won't release", 25.0),
        ("16.05 hamstring cramp started, 16.30 still cramping despite stretches", 25.0),
        ("started as a normal cramp at 7 but now at 7:25 it's still locked", 25.0),
    ],
)
def test_a_cramp_still_going_is_timed_by_two_clock_times(text: str, minutes: float) -> None:
    assert read_text(text).duration_minutes == minutes


def test_a_cramp_that_ended_is_not_timed_to_a_later_clock_time() -> None:
    assert read_text("calf locked at 1:10, gone by 1:14, fine at 2:00").duration_minutes != 50.0


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("my cramp diary this week: mon 1, tue 2, wed 1, thu 0, fri 3", 7.0),
        ("cramps sat 2, sun 1, mon 1", 4.0),
    ],
)
def test_a_week_told_day_by_day_with_counts_is_summed(text: str, per_week: float) -> None:
    assert [f for f, _ in frequencies(text)] == [per_week]


def test_weeks_told_one_by_one_give_the_latest_weeks_count() -> None:
    assert [f for f, _ in frequencies("Week 1: one cramp. Week 2: three. Week 3: five.")] == [5.0]
    assert frequencies("week 1: 3 sessions, week 2: 4 sessions of physio") == []


def test_days_counted_in_a_list_that_is_no_cramp_diary_are_not_cramps() -> None:
    assert frequencies("gym mon 1, tue 2, wed 1 hours. no problems") == []


def test_nights_listed_after_the_cramps_were_named_in_the_sentence_before_count() -> None:
    text = "I said the cramps had stopped. Wrong: Tuesday, Friday and Sunday nights this week."
    assert [f for f, _ in frequencies(text)] == [3.0]


def test_a_phrase_stressed_word_by_word_is_one_phrase() -> None:
    assert read_level("calf cramps every. single. night. since october") == "doctor"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the cramp has spread from my thighs into my stomach now", "urgent"),
        ("my abs keep cramping for no reason, not been training", "urgent"),
        ("he's holding his belly saying it's cramping as well", "urgent"),
        ("the tricep cramped in the middle of my set and again an hour later", "urgent"),
        # the legs only, and a stomach that aches with a bug, are not these
        ("the cramp moved from my calf to my thigh", "self_care"),
    ],
)
def test_belly_and_arm_cramps_told_another_way(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("twitches jumping all over my thighs and calves for months, and cramps", "doctor"),
        (
            "not recognising the carers tonight and talking nonsense, had leg cramps earlier",
            "emergency",
        ),
        ("my calf muscle become thin, only one side, and cramps a lot", "doctor"),
        ("she's been type 2 for twenty years and gets calf cramps", "doctor"),
        ("a bottle of wine on work nights, more at weekends, and the cramps", "doctor"),
        ("legs feel jumpy at night and he has to get up and pace the landing", "doctor"),
        ("why does my calf cramp only when im walking and stop as soon as I stand still", "doctor"),
    ],
)
def test_doctor_signs_told_another_way(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("took way more of my quinine than I was supposed to, ears ringing", "emergency"),
        ("cramp in the night, I stood up, fainted and banged my head on the wardrobe", "emergency"),
        # a faint alone is urgent; a head knocked without a faint is no emergency by itself
        ("I fainted after a bad cramp but came round straight away", "urgent"),
        ("cramp woke me and I bumped my head on the headboard, all fine", "self_care"),
    ],
)
def test_an_overdose_of_ones_own_tablets_and_a_faint_with_a_blow_to_the_head(
    text: str, level: str
) -> None:
    assert read_level(text) == level


def test_tiptoe_lost_over_months_is_weakness_not_a_tear() -> None:
    # (the word channel may still ask about a tear: its vote reads words, not time)
    intake = read_text("for the past few months I can't go up on tiptoe on my right foot")
    assert intake.symptoms.weakness is True
    assert intake.symptoms.cannot_push_off is not True
    assert read_text("felt a pop and now I can't go up on tiptoe").symptoms.cannot_push_off


def test_nothing_swollen_in_spanish_is_no_swelling() -> None:
    text = "anoche un calambre en el gemelo, estiré y se pasó en dos minutos, nada hinchado"
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("can a cramp make the calf red and hot? mine is, since the flight", "urgent"),
        (
            "is it normal for feet to tingle with cramps? asking because mine do most nights",
            "doctor",
        ),
        # a question answered for someone else, or denied, owns nothing
        ("can a cramp make your calf swell up? mine's fine, just asking", "self_care"),
        ("can a cramp make your calf swell up? mine hasn't, just curious", "self_care"),
        # why one asks is no claim: "asking because I had a normal one", "mine just pass"
        (
            "what if my foot went cold and blue in a cramp? asking cos mine are normal ones",
            "self_care",
        ),
        ("could a cramp turn into a fit? asking because I had a quick one last night", "self_care"),
        ("what if I got chest pain with a cramp? mine are getting more frequent lately", "doctor"),
    ],
)
def test_a_question_asked_in_general_and_then_owned_tells_the_sign(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("is it bad if my calf is swollen and hot? since the long drive", "urgent"),
        ("is it bad if the rash doesn't fade under a glass? she has a temperature", "emergency"),
        # asked ahead, of what might come, it tells nothing
        ("is it bad if I get a swollen calf after flying?", "self_care"),
    ],
)
def test_is_it_bad_if_asked_of_a_state_now_tells_it(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ate a strange mushroom in the woods, now cramps everywhere and being sick", "emergency"),
        ("toddler + screenwash swig?? coughing, legs stiff", "emergency"),
        ("why do my calves ache after like 300m walking and stop when I stand still?", "doctor"),
        # a meal of shop mushrooms every day is food
        ("I eat mushrooms every day and get the odd calf cramp", "self_care"),
    ],
)
def test_poisonings_and_walks_told_in_short_forms(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "07:05 woke up with a nasty calf cramp. 07:20 still locked solid after stretching",
            "urgent",
        ),
        (
            "foot cramp began at half past nine, it's now ten. It eases a touch with stretching "
            "then comes straight back.",
            "urgent",
        ),
        ("took a handful of them, my nan's cramp tablets, now I feel sick and dizzy", "emergency"),
        (
            "he left a bottle of green stuff by the car. My little boy says he had a small sip.",
            "emergency",
        ),
        ("my forearms and both hands keep cramping up since this morning", "urgent"),
        ("was put on raloxifene in March and since then cramps most nights", "doctor"),
        (
            "walking log: had to stop at the church with calf cramp, rested, fine. Same again "
            "the next day.",
            "doctor",
        ),
    ],
)
def test_timelines_logs_and_notes_are_read(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "calf cramp at 3am, settled in two minutes. Leg warm, no swelling, back to sleep.",
        "thought my calf looked swollen after the cramp, but we measured both with a tape and "
        "they're the same",
        "green juice for breakfast, had a small sip of my son's, then a calf cramp on my run",
    ],
)
def test_checked_and_ordinary_look_alikes_stay_self_care(text: str) -> None:
    assert read_level(text) == "self_care"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "could a cramp in your jaw make it hard to swallow? stood on a rusty nail last week",
            "emergency",
        ),
        # the wound long healed, or no wound at all: a question only
        (
            "could a cramp in your jaw make it hard to swallow? I cut my thumb years ago, "
            "all healed",
            "self_care",
        ),
        (
            "can a cramp in the jaw make it hard to swallow? just curious after a normal "
            "calf cramp",
            "self_care",
        ),
    ],
)
def test_a_sign_asked_about_beside_its_cause_told_as_fact_is_taken_as_told(
    text: str, level: str
) -> None:
    assert read_level(text) == level


def test_a_walk_told_by_golf_holes_with_a_grip_and_a_sit_down_is_claudication() -> None:
    text = (
        "I used to play 18 holes no bother. Now after two or three holes my calves grip up and "
        "I have to sit down. A few minutes sitting and they're fine. My wife thinks I'm lazy."
    )
    assert read_text(text).who == "self"
    assert read_level(text) == "doctor"
