"""Classes of wording found unread in round s24's development batches (DL: dictated
messages; DM: people in particular situations; DN: questions that tell, denials that
describe): numbers said as tens and units apart, a sign's word before "'s", a denial hedged
and then corrected, pain told by breathing, a limb that will not lift told over months,
walks told by where they go, "should I worry that ...", a sign asked about in general,
drinking told by how it is done, what a cramp leaves behind, "not really making sense", a
day's hard work told by where it was done.

The sentences are our own, each beside a look-alike that must stay lower (or higher).
"""

from __future__ import annotations

import pytest

from crampcare.intake import read_text
from crampcare.quantities.numbers import number
from tests.intake.reading import RANK, read_level


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("twenty five", 25.0),
        ("thirty-five", 35.0),
        ("forty two", 42.0),
        ("fifty", 50.0),
        ("seventeen", 17.0),
        ("twenty", 20.0),
    ],
)
def test_tens_and_units_said_apart_are_one_number(said: str, value: float) -> None:
    assert number(said) == value


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("cramp in my calf for like twenty five minutes and stretching does nothing", 25.0),
        ("the spasm has gone on thirty five minutes now", 35.0),
    ],
)
def test_a_cramps_length_in_words_is_read_whole(text: str, minutes: float) -> None:
    assert read_text(text).duration_minutes == minutes


def test_a_cramp_past_ten_minutes_told_in_words_is_urgent() -> None:
    text = "cramp in my calf for like twenty five minutes, stretched it, nothing is working"
    assert read_level(text) == "urgent"
    assert read_level("cramp in my calf for five minutes, went with stretching") == "self_care"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("she has a stiff neck and the fever's 39, legs cramping too", "emergency"),
        ("the numbness's been there for weeks with my cramps", "doctor"),
        ("my calf's swollen and red since the flight", "urgent"),
    ],
)
def test_a_signs_word_before_an_apostrophe_s_is_the_sign(text: str, level: str) -> None:
    assert read_level(text) == level


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "she doesn't have a stiff neck really, she just won't bend it forward because it "
            "hurts, and she has a fever of 39",
            "she doesn't have a stiff neck, and she has a fever of 39 with a cold",
        ),
        (
            "it's not chest pain exactly, more like a sharp stab, calf sore since my knee op",
            "it's not chest pain, the calf's been sore since my knee op but it's getting better",
        ),
    ],
)
def test_a_denial_hedged_then_corrected_keeps_the_sign_unsure(text: str, lookalike: str) -> None:
    assert RANK[read_level(text)] > RANK[read_level(lookalike)], (text, lookalike)


def test_a_hedged_denial_asks_its_question_when_nothing_fears_it() -> None:
    for text in (
        "no swelling really, more like a tight feeling in the calf",
        "no numbness really, just a fuzzy patch on my shin, cramps now and then",
    ):
        intake = read_text(text)
        assert any(c.topic.startswith("unsure_") for c in intake.concerns), text
    plain = read_text("no swelling, just a tight feeling in the calf after my run")
    assert not any(c.topic == "unsure_calf_swelling_one_side" for c in plain.concerns)


@pytest.mark.parametrize(
    "text",
    [
        "a sharp stab when I breathe in, started an hour ago, my calf has been sore since the op",
        "it hurts to take a deep breath and my calf has been swollen since the long flight",
    ],
)
def test_pain_told_by_breathing_is_chest_pain(text: str) -> None:
    assert read_text(text).symptoms.chest_pain is True
    assert read_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I get a stitch when I breathe hard running, calf cramps after",
        "my calf hurts when I walk on it after the cramp last night",
    ],
)
def test_a_stitch_or_a_calf_that_hurts_to_walk_on_is_no_chest_pain(text: str) -> None:
    assert read_text(text).symptoms.chest_pain is not True


@pytest.mark.parametrize(
    ("gradual", "sudden"),
    [
        (
            "over the last few months my foot slaps down and I can't lift the toes, cramps too",
            "an hour ago my foot went cold and I can't lift the toes",
        ),
        (
            "I can't lift my foot properly and it's been getting worse over the past year",
            "my foot suddenly went numb and I can't lift my foot at all",
        ),
    ],
)
def test_a_limb_that_will_not_lift_told_over_months_is_weakness_not_lost_blood(
    gradual: str, sudden: str
) -> None:
    assert read_level(gradual) == "doctor", gradual
    assert read_level(sudden) == "emergency", sudden


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "dad has to stop every block because his calves cramp, then carries on after a rest",
            "dad gets a calf cramp every night, has to stop and stretch it, then it's fine",
        ),
        (
            "mum has to stop on the way to the post office because her calf cramps, leans on a "
            "wall for a bit and then carries on",
            "on the way to work I got a cramp in the car, had to stop and stretch it, it passed",
        ),
    ],
)
def test_a_walk_told_by_where_it_goes_or_by_its_blocks_is_claudication(
    text: str, lookalike: str
) -> None:
    assert read_text(text).symptoms.pain_walking_relieved_by_rest is True, text
    assert read_text(lookalike).symptoms.pain_walking_relieved_by_rest is not True, lookalike


def test_should_i_worry_that_tells_what_follows() -> None:
    told = "should I worry that my thigh keeps twitching under the skin? been a few weeks"
    asked = "should I worry if my thigh ever starts twitching under the skin?"
    assert read_level(told) == "doctor"
    assert read_level(asked) == "self_care"


def test_a_sign_asked_about_in_general_is_not_told() -> None:
    general = "Is dark urine after exercise a sign of something? I just had cramps after leg day."
    own = "Is my dark urine after exercise a sign of something? I had cramps after leg day."
    assert read_level(general) == "self_care"
    assert read_level(own) in ("urgent", "emergency")


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "I drink heavy after every shift and get cramps in my thighs",
            "my legs feel heavy after drinking lots of water on the hike, cramps",
        ),
        (
            "most of a bottle of whisky by the time I get to bed, and calf cramps at night",
            "I bought a bottle of whisky for my dad's birthday, and calf cramps at night",
        ),
    ],
)
def test_drinking_told_by_how_it_is_done_is_heavy_alcohol_use(text: str, lookalike: str) -> None:
    assert read_text(text).heavy_alcohol is True, text
    assert read_text(lookalike).heavy_alcohol is not True, lookalike


def test_what_a_cramp_leaves_behind_lasts_its_own_time() -> None:
    text = "stretching doesn't stop them, cramps that leave me limping for an hour, most nights"
    assert read_text(text).duration_minutes is None
    assert read_level("cramp in my calf for an hour now, stretching does nothing") == "urgent"


def test_not_really_making_sense_is_confusion() -> None:
    text = "at the festival my friend fainted twice and now he's not really making sense"
    assert read_text(text).symptoms.confusion is True
    assert read_level(text) == "emergency"
    assert (
        read_text("this cramp business is not really making sense to me").symptoms.confusion
        is not True
    )


def test_a_day_of_hard_work_told_by_where_it_was_done_is_exertion() -> None:
    text = "working on the roof all day, cramp in my legs and then I fainted"
    assert "extreme_exertion" in read_text(text).events
    assert read_level(text) == "emergency"
    calm = "worked on the roof all day yesterday, calf cramp last night that went with stretching"
    assert read_level(calm) == "self_care"


@pytest.mark.parametrize(
    ("dose", "overdose"),
    [
        (
            "my child took the right dose of children's paracetamol for her cramp",
            "my child took a whole bottle of children's paracetamol",
        ),
        (
            "my son had his usual dose of calpol as on the label",
            "my toddler had the right dose of calpol, then got into the bottle and drank the rest",
        ),
    ],
)
def test_a_childs_right_dose_is_no_poisoning(dose: str, overdose: str) -> None:
    assert RANK[read_level(dose)] < RANK["emergency"], dose
    assert read_level(overdose) == "emergency", overdose


def test_a_small_son_and_his_age_told_in_polish_make_the_tablets_a_childs() -> None:
    text = (
        "Mój synek (3 latka) dobrał się do torebki babci i chyba połknął kilka jej tabletek "
        "na ciśnienie. Teraz jest senny i blady."
    )
    assert read_text(text).who == "child"
    assert read_level(text) == "emergency"


def test_a_wound_named_without_its_article_is_a_wound() -> None:
    text = "deep graze on his knee from the gravel, now the leg spasms, he never had his boosters"
    assert "wound" in read_text(text).events
    assert read_level(text) == "urgent"
    covered = "deep graze on his knee, now the leg spasms, his boosters are up to date"
    assert read_level(covered) in ("self_care", "doctor")


def test_should_i_worry_if_a_state_now_tells_it() -> None:
    now = "should I worry if I suddenly can't catch my breath? sitting on the couch, heart racing"
    ahead = "should I worry if I get chest pain when I have a cramp?"
    assert read_level(now) == "emergency"
    assert read_level(ahead) == "self_care"


def test_people_rung_who_do_not_pick_up_are_no_one_unresponsive() -> None:
    text = (
        "the 10yo I'm minding has had a calf cramp for 25 min, stretching does nothing, "
        "parents not answering"
    )
    assert read_text(text).symptoms.unresponsive is not True
    assert read_level(text) == "urgent"
    assert (
        read_level("my dad is not answering me when I shake him, he just had a cramp")
        == "emergency"
    )


def test_urine_told_by_where_it_is_caught() -> None:
    text = (
        "mum was on the floor all night after a fall, legs so weak, and what's in her pad is "
        "dark like strong tea"
    )
    assert read_text(text).symptoms.dark_urine is True
    assert read_level(text) == "emergency"


def test_the_legs_odd_feeling_and_the_need_to_move_are_restless_legs() -> None:
    text = (
        "teenage son always jiggling his legs at night, says they feel fizzy and weird and he "
        "has to get up and move"
    )
    assert read_text(text).symptoms.urge_to_move is True
    calm = "son gets a calf cramp at night and has to get up and stretch it, then it's fine"
    assert read_text(calm).symptoms.urge_to_move is not True


@pytest.mark.parametrize(
    "text",
    [
        "her calves cramp walking round the shops and she has to sit on a bench until it passes",
        "when I go for a walk after a few hundred metres my calves hurt, a short stop and it's "
        "fine again",
    ],
)
def test_more_walks_that_rest_relieves(text: str) -> None:
    assert read_text(text).symptoms.pain_walking_relieved_by_rest is True


def test_breathless_on_little_effort_said_to_be_new_is_breathlessness() -> None:
    new = (
        "calf cramp since the long drive, and I got really puffed going up to bed, which never "
        "happens"
    )
    usual = "calf cramp since the long drive, and I got puffed going up the hill on my run"
    assert read_text(new).symptoms.breathless is True
    assert read_level(new) == "emergency"
    assert read_text(usual).symptoms.breathless is not True


def test_theres_without_its_apostrophe_starts_a_clause() -> None:
    text = "out of breath on the stairs which isnt like me and theres a sharp pain in my chest"
    assert read_text(text).symptoms.chest_pain is True


def test_the_writer_woken_by_someone_elses_cramps_is_not_the_one_cramping() -> None:
    text = "Partner wakes me most nights yelping with foot cramps, been going on two months"
    assert read_text(text).who == "partner"
    assert read_text("my cramps wake me most nights, going on two months").who == "self"


def test_drinking_owned_up_to_with_a_hedge_is_for_the_doctor() -> None:
    text = "I'm a bit of a heavy drinker my wife says, and my legs cramp in the night"
    assert read_level(text) == "doctor"
    assert read_level("if I ever became a heavy drinker would I get more cramps?") == "self_care"


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        (
            "I'm 62 and I can't get out of a low chair anymore without pushing up with my arms",
            "I'm 62 and I can't get out of a low chair without my glasses falling off",
        ),
        (
            "my wife pointed out I've been dragging my right leg a bit for a couple of months",
            "my wife pointed out I've been dragging my feet about booking the GP",
        ),
        (
            "Dad's calves have gone thin and he can't lift his foot properly any more",
            "Dad can't lift his foot onto the step because of the cramp right now, it's easing",
        ),
    ],
)
def test_weakness_told_by_what_no_longer_works(text: str, lookalike: str) -> None:
    assert read_text(text).symptoms.weakness is True, text
    assert read_text(lookalike).symptoms.weakness is not True, lookalike


def test_a_foot_gone_cold_that_will_not_lift_properly_stays_an_emergency() -> None:
    assert read_level("my foot suddenly went cold and white and I can't lift it properly") == (
        "emergency"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'm type 1 and my feet cramp up after my runs, is that normal?",
        "kidney transplant 5 years ago, doing well, but getting cramps in my legs lately",
        "had hep C years ago, treated, but the liver's a bit scarred, and I get cramps",
        "I'm a bartender and tbh I drink through most of my shift. cramps in my feet",
        "measured it: my right thigh is a good 2 cm smaller round than the left, it cramps",
        "cramp log: Mon, Tue, Thu, Fri, Sun. that's 5 this week",
        "Dad says his legs give him gyp when he walks the dog, he has to stop at the bench "
        "halfway and then he's fine again",
    ],
)
def test_doctor_level_signs_told_plainly_are_for_the_doctor(text: str) -> None:
    assert read_level(text) == "doctor", text


def test_a_type_of_thing_is_no_diabetes() -> None:
    assert read_level("I'm type A and my calf cramps after a run, gone with a stretch") == (
        "self_care"
    )


def test_medicine_packets_found_open_beside_a_sleepy_child_is_poisoning() -> None:
    text = "found the packets open and my 4 year old is really sleepy and has been sick"
    assert read_level(text) == "emergency"
    crisps = "found the crisp packets open and my 4 year old eating them, leg cramp earlier"
    assert read_level(crisps) != "emergency"
