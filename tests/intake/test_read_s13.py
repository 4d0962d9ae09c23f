"""Classes of wording found unread in round s13's blind batches, one test per behaviour.

The sentences are our own, several per class, each beside a look-alike a level below:
a sign said later to have gone, possessives without an apostrophe, colours in -y, counts
of mornings, a distance walked then eased by a stop, self-care kept up for weeks, a writer
set apart by "I'm not", the chin-to-chest test, a fever's number in words, a week's units,
drinking with no drink named, a partner or child named bare, a cramp "still going after",
overdose words on a label, a word asked about, a feared condition, a decade of life told as
then, the word channel meeting a sign told as over, Arabic known by its digit-letters, and
Polish in its case endings.
"""

from __future__ import annotations

import pytest

from crampcare.assessment import assess
from crampcare.intake import read_text
from crampcare.intake.parse import parse_text
from crampcare.wording import language
from tests.intake.reading import parsed_level


def _read_level(text: str) -> tuple[str, bool]:
    """The level as every face reads free text (rules and word channel), and whether it asks."""
    intake = read_text(text)
    return assess(intake).level, any(c.question for c in intake.concerns)


@pytest.mark.parametrize(
    "text",
    [
        "my calf swelled up after the flight but the swelling has gone down completely",
        "left calf was puffy last week, doppler came back clear and the swelling's gone",
        "his foot went white and cold in the sea but warmed up fine once he was dry",
        "her toes went pale in the snow, the colour came back within a few minutes",
    ],
)
def test_a_sign_said_later_to_have_gone_is_over(text: str) -> None:
    assert parsed_level(text) in ("self_care", "doctor")


@pytest.mark.parametrize(
    "text",
    [
        "my calf swelled up after the flight and the swelling hasn't gone down",
        "calf swollen since the op, the swelling has gone down a bit but not much",
        "my calf swelled and is red, the swelling went down but it's still red and hot",
    ],
)
def test_a_sign_not_gone_or_only_partly_gone_still_counts(text: str) -> None:
    assert parsed_level(text) in ("urgent", "emergency")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("my dads leg is cold and white", "parent"),
        ("my sons knee hurts after football", "child"),
        ("dads foot is blue and he cant feel it", "parent"),
    ],
)
def test_a_possessive_without_its_apostrophe_names_the_person(text: str, who: str) -> None:
    assert parse_text(text).who == who


@pytest.mark.parametrize(
    "text",
    [
        "my foot has gone a bluey colour and it's freezing",
        "her toes have gone purpley and cold",
        "his leg went a greyey white",
    ],
)
def test_a_colour_said_with_y_is_still_that_colour(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_bruise_that_is_bluey_is_no_limb_colour() -> None:
    assert (
        parsed_level("I've a bluey bruise on my shin from the cramp kicking the bed") != "emergency"
    )


@pytest.mark.parametrize(
    "text",
    [
        "gets foot cramps where the toes curl, most mornings",
        "I wake with a calf cramp every morning",
        "cramps in my thighs each morning this month",
    ],
)
def test_mornings_counted_with_the_cramps_named_are_frequent(text: str) -> None:
    assert (parse_text(text).frequency_per_week or 0) >= 3
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "I walk the dog each morning. Last night I had one short calf cramp.",
        "I swim most mornings and rarely get cramp",
    ],
)
def test_mornings_of_something_else_are_not_the_cramps(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my calf aches after about 300 yards and when I stop for a minute it goes",
        "thigh starts to burn after 200m walking, I have to stop and then it eases",
        "buttock pain when walking, gone after a rest, comes back",
    ],
)
def test_a_distance_walked_then_eased_by_a_stop_is_claudication(text: str) -> None:
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


def test_a_cramp_on_a_long_walk_that_passed_is_not_claudication() -> None:
    text = "got a cramp after about 10 km of the hike, stretched it and it went"
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is not True


@pytest.mark.parametrize(
    "text",
    [
        "been doing stretches, magnesium and water for 6 weeks and cramps are still really bad",
        "tonic water every night for two months, still just as frequent",
        "cramps still just as bad after a month of stretching",
    ],
)
def test_self_care_kept_up_for_weeks_and_still_bad_is_not_improving(text: str) -> None:
    assert parse_text(text).symptoms.not_improving is True


def test_water_for_weeks_and_a_short_cramp_still_there_is_not_a_failure() -> None:
    text = "drinking more water for 2 weeks and the cramp last night was still there for a minute"
    assert parse_text(text).symptoms.not_improving is not True


@pytest.mark.parametrize(
    "text",
    [
        "my friend is on statins and gets cramps, I'm not on anything, just got one at yoga",
        "my brother is on water tablets and has awful cramps, I'm not. one calf cramp after a run",
    ],
)
def test_the_writer_set_apart_by_im_not_has_their_own_cramp(text: str) -> None:
    intake = parse_text(text)
    assert intake.who == "self"
    assert not intake.medicines


@pytest.mark.parametrize(
    "text",
    [
        "fever and aching muscles, can't touch chin to chest",
        "my son has a high temperature and can't get his chin down onto his chest",
        "temperature of thirty nine and my neck won't bend, can't bring my head to my chest",
    ],
)
def test_the_chin_to_chest_test_with_a_fever_is_meningitis(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_chin_to_chest_in_a_stretch_is_no_stiff_neck() -> None:
    assert parse_text("I touch my chin to my chest to stretch my back").symptoms.stiff_neck is None


@pytest.mark.parametrize(
    "text",
    [
        "temperature of thirty nine and a stiff neck",
        "her temp hit thirty-eight point five",
        "his temperature is about forty",
    ],
)
def test_a_fever_said_in_words_is_a_fever(text: str) -> None:
    assert parse_text(text).symptoms.fever is True


def test_a_temperature_in_words_below_a_fever_is_none() -> None:
    assert parse_text("temperature of thirty six point eight, cramp in calf").symptoms.fever is None


@pytest.mark.parametrize(
    "text",
    [
        "probably the beer, like 40 units a week, and cramping",
        "I drink about 30 pints a week",
        "husband drinks a lot, cramps all night",
        "she drinks like a fish and gets leg cramps",
    ],
)
def test_a_weeks_drinking_above_the_guide_or_drinking_unnamed_is_heavy(text: str) -> None:
    assert parse_text(text).heavy_alcohol is True


@pytest.mark.parametrize(
    "text",
    [
        "I drink about 10 units a week",
        "I drink a lot, about 3 litres of water a day, and still get cramps",
        "she drinks too much coffee and gets cramps",
    ],
)
def test_a_week_under_the_guide_or_water_is_not_heavy_drinking(text: str) -> None:
    assert parse_text(text).heavy_alcohol is not True


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("husband has cramps every night", "partner"),
        ("Wife's calf is swollen and hot", "partner"),
        ("Son woke up screaming with a cramp", "child"),
    ],
)
def test_a_partner_or_child_named_bare_as_the_subject_is_who_it_is_about(
    text: str, who: str
) -> None:
    assert parse_text(text).who == who


@pytest.mark.parametrize(
    "text",
    [
        "Charley horse going on 15 min, won't let up",
        "foot cramp still going after fifteen mins even though I pull my toes back",
        "hamstring has been going for 20 minutes now",
    ],
)
def test_a_cramp_still_going_after_its_minutes_is_long(text: str) -> None:
    assert (parse_text(text).duration_minutes or 0) >= 15
    assert parsed_level(text) == "urgent"


def test_a_walk_still_going_after_minutes_is_no_cramp_length() -> None:
    assert parse_text("went for a walk and kept going for 20 minutes").duration_minutes is None


@pytest.mark.parametrize(
    "text",
    [
        "my magnesium bottle has an overdose warning on it, I take the normal dose",
        "the leaflet has a section in case of overdose, should I worry? I take one a day",
        "there's a poisons helpline number on the box of my quinine",
    ],
)
def test_overdose_words_on_a_label_are_no_overdose(text: str) -> None:
    assert parsed_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I think she took an overdose of her pills",
        "he overdosed on paracetamol",
    ],
)
def test_an_overdose_told_is_still_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "what does lockjaw actually mean? my cramp was in my calf",
        "what does claudication mean? I only get cramps at night",
        "is it possible to overdose on magnesium? I take one a day",
        "can you overdose on tonic water?",
    ],
)
def test_a_word_or_a_possibility_asked_about_is_no_finding(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my leg is blue, what does that mean?",
        "my leg is blue what does that mean?",
        "she took a whole box of tablets, is it possible to pump her stomach?",
    ],
)
def test_a_sign_told_before_a_question_still_counts(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_feared_condition_is_unsure_and_asked() -> None:
    intake = parse_text("I worry I'm diabetic but my blood test was normal. Just the odd cramp.")
    assert "diabetes" not in intake.conditions


def test_a_condition_told_for_sure_still_counts() -> None:
    assert "diabetes" in parse_text("I'm diabetic and get cramps most nights").conditions


@pytest.mark.parametrize(
    "text",
    [
        "in my 20s I heard a pop in my calf playing rugby, all healed; now just normal cramps",
        "back in my thirties I tore my calf, it healed fine",
    ],
)
def test_a_decade_of_life_told_as_then_is_over(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "in my 60s, calf swollen and hot on one side",
        "dad is in his 80s with a cold white foot",
    ],
)
def test_a_decade_of_life_said_as_an_age_now_changes_nothing(text: str) -> None:
    assert parsed_level(text) in ("urgent", "emergency")


def test_the_word_channel_may_still_raise_past_a_sign_the_reader_takes_as_over() -> None:
    # Fail safe: the reader may misjudge what is past, so the second channel keeps its raise
    # (a rule to the contrary cost an urgent case on a used sealed set).
    level, _ = _read_level(
        "calf was swollen 2 weeks ago but the scan was clear, it's gone down, "
        "now just cramps 3 nights a week"
    )
    assert level in ("doctor", "urgent")


def test_the_word_channel_still_raises_a_sign_told_now() -> None:
    level, _ = _read_level("calf swollen 2 weeks after the flight and still swollen and hot")
    assert level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "ana 3ndi cramp fe batni w zera3i since the morning",
        "rijli fiha tashannoj w ma3 waja3 ktir",
    ],
)
def test_arabic_in_latin_letters_is_known_by_its_digit_letters(text: str) -> None:
    assert any(f.language.name == "Arabic" for f in language.find(text))


@pytest.mark.parametrize(
    "text",
    [
        "woke at 3am with a cramp, took 5mg of something, see you 2day, gr8",
        "cramp at 3am and again at 5am, 3rd night running",
    ],
)
def test_english_text_speak_and_amounts_are_no_arabic(text: str) -> None:
    assert not any(f.language.name == "Arabic" for f in language.find(text))


def test_cramps_in_the_belly_and_arm_in_arabic_are_urgent() -> None:
    assert _read_level("ana 3ndi cramp fe batni w zera3i since the morning")[0] == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "Mój tata ma nagle zimną, bladą nogę i nie może ruszać stopą",
        "moja mama ma zimną i bladą stopę, bardzo boli",
    ],
)
def test_polish_signs_in_their_case_endings_are_read(text: str) -> None:
    assert _read_level(text)[0] == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my calf won't quit after 40 minutes of stretching",
        "hamstring hasn't eased after half an hour of walking it off",
    ],
)
def test_a_cramp_that_did_not_stop_after_what_was_tried_lasted_that_long(text: str) -> None:
    assert (parse_text(text).duration_minutes or 0) >= 30


def test_the_length_of_a_walk_alone_is_no_cramp_length() -> None:
    assert parse_text("did 40 minutes of walking then a short calf cramp").duration_minutes != 40


@pytest.mark.parametrize(
    "text",
    [
        "could my statin be causing my cramps?",
        "what if my dads cramps are from his water tablets? he started them in january",
        "is my simvastatin to blame for these cramps, do you think?",
    ],
)
def test_a_medicine_named_as_someones_own_in_a_question_of_blame_is_taken(text: str) -> None:
    assert parse_text(text).medicines
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "what if my GP puts me on statins, will I get cramps?",
        "if I ever have to take water tablets will I cramp?",
    ],
)
def test_a_medicine_only_imagined_is_not_taken(text: str) -> None:
    assert not parse_text(text).medicines


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "I only get a cramp once a month, but my mum has kidney disease and gets them "
            "a lot. what should she do?",
            "parent",
        ),
        (
            "I get the odd cramp but my husband gets bad ones nightly, should he see someone?",
            "partner",
        ),
    ],
)
def test_a_question_put_of_the_other_person_makes_the_text_theirs(text: str, who: str) -> None:
    assert parse_text(text).who == who


def test_the_writers_own_question_keeps_the_text_theirs() -> None:
    text = "my mum has kidney disease. I get a cramp once a month, what should I do?"
    assert parse_text(text).who == "self"


@pytest.mark.parametrize(
    "text",
    [
        "My dad had a fit decades ago after a head injury. Today a normal toe cramp that went.",
        "my dad worked with lead paint back in the 80s, retired now, just the occasional cramp",
    ],
)
def test_decades_ago_and_back_in_the_eighties_are_over(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "found our toddler with an open bottle of vodka, now he's sleepy",
        "my 3 year old got into the gin and drank some",
        "the baby got hold of a glass of whisky and swallowed some",
    ],
)
def test_a_small_child_found_with_alcohol_is_a_poisoning_emergency(text: str) -> None:
    assert "child_alcohol" in {c.topic for c in parse_text(text).concerns}
    assert _read_level(text)[0] == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my 7 year old had a sip of wine at the wedding and now has a calf cramp",
        "I found a bottle of wine in the cupboard, and my 20 year old son has a leg cramp",
    ],
)
def test_a_taste_of_wine_or_an_adult_with_a_bottle_is_no_child_poisoning(text: str) -> None:
    assert "child_alcohol" not in {c.topic for c in parse_text(text).concerns}


@pytest.mark.parametrize(
    "text",
    [
        "tingling round my lips and my hands clawing up after my thyroid op, getting worse fast",
        "lips tingle and my fingers are cramping into claws, now my face is twitching",
        "my hands keep going into spasm and my lips are numb, and my throat feels tight",
    ],
)
def test_low_calcium_spasms_getting_worse_fast_or_reaching_face_or_throat_are_an_emergency(
    text: str,
) -> None:
    assert _read_level(text)[0] == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my hands are clawing up after my thyroid op and my lips tingle, the same all day",
        "hands cramping into claws and my lips tingle, slowly getting worse over weeks",
    ],
)
def test_low_calcium_spasms_without_those_signs_are_urgent(text: str) -> None:
    assert _read_level(text)[0] == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "did a 12 hour spin challenge, thighs rock hard, weeing black tea coloured pee",
        "after the six-hour hike my wee is like cola and my legs are agony",
    ],
)
def test_an_effort_told_by_its_hours_with_dark_urine_is_muscle_breakdown(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_start_at_noon_timed_to_now_is_the_cramps_length() -> None:
    text = (
        "I get home at 7 and sleep till 2. Today woke at noon with the calf cramp, stretched, "
        "drank water, walked round the kitchen. It's now 12:40 and it's still knotted up."
    )
    assert parse_text(text).duration_minutes == 40


def test_a_start_and_a_now_with_the_cramp_gone_is_no_length() -> None:
    text = "woke at noon with a calf cramp, it went after a minute. It's now 12:40, all fine."
    assert parse_text(text).duration_minutes == 1


@pytest.mark.parametrize(
    ("text", "affirmed"),
    [
        ("fever from flu but no stiff neck, no rash, vomiting all day and now leg cramps", True),
        ("no fever, rash or vomiting, just a calf cramp", False),
        ("no fever, no rash, no vomiting, just a cramp", False),
    ],
)
def test_a_list_of_denials_ends_at_the_first_item_without_its_own_no(
    text: str, affirmed: bool
) -> None:
    assert ("fluid_loss" in parse_text(text).events) is affirmed


@pytest.mark.parametrize(
    "text",
    [
        "4yo stiff neck, hot, crying with cramp in legs",
        "my son, stiff neck, hot and crying",
    ],
)
def test_a_child_hot_in_a_list_with_a_stiff_neck_is_meningitis(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("left calf swollen, hot, red", "urgent"),
        ("ran 10k in the sun, tired, hot, calf cramp", "self_care"),
        ("Had a cramp in my foot, no tingling, colour normal, warm, moving fine", "self_care"),
    ],
)
def test_heat_in_a_list_is_the_calfs_only_after_a_leg(text: str, level: str) -> None:
    assert parsed_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "Grandad 88, leg cramps all evening, now I cant get him to respond",
        "can't get her to wake up properly after the cramp",
    ],
)
def test_a_person_who_cannot_be_got_to_respond_is_unresponsive(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Diabetic pt, cramps in calves, feet numb, seen for wound care",
        "she has leg ulcer dressings twice a week and gets calf cramps at night",
    ],
)
def test_wound_care_for_an_old_ulcer_is_no_fresh_wound(text: str) -> None:
    assert "wound" not in parse_text(text).events


def test_a_fresh_cut_is_still_a_wound() -> None:
    assert "wound" in parse_text("I cut my leg on a rusty fence yesterday").events


@pytest.mark.parametrize(
    "text",
    [
        "found my 15yo with empty paracetamol packets, she keeps being sick",
        "the ibuprofen boxes in the drawer are empty and my son is drowsy",
    ],
)
def test_empty_packets_named_after_their_medicine_are_medicines_missing(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "last year I had a cramp that wouldn't go for half an hour. now they're shorter but "
        "several times a week",
        "ages ago I once had a cramp that lasted half an hour, but the ones I get now are short",
    ],
)
def test_a_long_cramp_dated_long_ago_with_short_ones_now_is_over(text: str) -> None:
    assert parse_text(text).duration_minutes is None


def test_a_long_cramp_dated_long_ago_alone_is_kept() -> None:
    assert parse_text("last year I had a cramp that lasted half an hour").duration_minutes == 30


@pytest.mark.parametrize(
    "text",
    [
        "mio padre ha crampi alla gamba e adesso il piede è freddo, bianco e non lo sente più",
        "yung tatay ko nagtatrabaho sa init buong araw, nag-cramps tapos nahimatay siya, "
        "mainit at tuyo ang balat niya",
    ],
)
def test_italian_and_tagalog_emergencies_of_round_s13_are_read(text: str) -> None:
    assert _read_level(text)[0] == "emergency"


def test_my_friends_heavy_drinking_with_mine_rare_is_not_mine() -> None:
    text = "my friend drinks heavily and gets cramps. mine are just once in a blue moon"
    assert parse_text(text).heavy_alcohol is not True


@pytest.mark.parametrize(
    "text",
    [
        "since the doctor put me on stat ins my legs cramp at night",
        "im a type one die a beetic and get cramps",
    ],
)
def test_dictations_split_medical_words_are_read_whole(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_a_jab_not_up_to_date_is_not_up_to_date() -> None:
    assert (
        parse_text("dog bit me, cramping near the bite, jab not up to date").tetanus_up_to_date
        is False
    )


@pytest.mark.parametrize(
    "text",
    [
        "Wife is 80, complained of cramp then suddenly stopped responding",
        "eyes open but she's not there, after a bad cramp",
    ],
)
def test_a_person_who_stopped_responding_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_person_boiling_hot_with_a_stiff_neck_has_a_fever() -> None:
    text = "mum says her neck is stiff and she's boiling hot, her legs keep cramping"
    assert parsed_level(text) == "emergency"


def test_a_boiling_hot_day_is_no_fever() -> None:
    assert parse_text("it's boiling hot today and I got a calf cramp").symptoms.fever is not True


@pytest.mark.parametrize(
    "text",
    [
        "My cramps are so bad some days I can't do my own shopping.",
        "the cramps mean I can no longer manage the stairs at night",
    ],
)
def test_daily_tasks_given_up_for_cramps_disturb_daily_life(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "Pt known alcohol excess, reports cramps, otherwise stable.",
        "hx of heavy alcohol use, nocturnal cramps",
    ],
)
def test_alcohol_excess_in_clinical_notes_is_heavy_drinking(text: str) -> None:
    assert parse_text(text).heavy_alcohol is True


def test_ants_inside_the_legs_are_restless_legs() -> None:
    text = "Mum fidgets her legs all night, says there are ants inside them"
    assert parse_text(text).symptoms.urge_to_move is True


def test_pain_with_walking_that_goes_with_rest_across_sentences_is_claudication() -> None:
    text = "Calf pain with walking. No swelling, no redness, no heat. Goes when I rest."
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


@pytest.mark.parametrize(
    "text",
    [
        "had food poisoning weeks ago all good now, cramp in calf last nite went quick",
        "my calf was sore a few days ago, it's all fine",
    ],
)
def test_a_sign_weeks_ago_now_all_good_is_over(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_sign_weeks_ago_still_there_still_counts() -> None:
    assert parsed_level("my calf swelled up 2 weeks ago, and it's still swollen") == "urgent"


def test_fine_but_for_my_own_odd_cramp_is_the_writers_text() -> None:
    assert parse_text("my mum is on dialysis, im fine just odd cramp").who == "self"


def test_a_cramp_that_wont_let_go_with_its_minutes_is_long() -> None:
    assert parsed_level("charlie horse wont let go 25 min") == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "feet always a bit cold in winter, not painful, cramps about 3 times a week",
        "both calves cramp at night, not swollen, not red, not hot, about 3 times a week",
    ],
)
def test_a_denial_in_an_earlier_list_item_does_not_reach_a_count(text: str) -> None:
    assert (parse_text(text).frequency_per_week or 0) >= 3


def test_a_denial_of_the_count_itself_still_denies_it() -> None:
    assert parse_text("cramps, but not every night, just now and then").frequency_per_week != 7


@pytest.mark.parametrize(
    "text",
    [
        "cramps aren't bad exactly but they stop my runs several times a week",
        "cramps in my hands at work several times a week, have to stop what I'm doing",
        "I get cramps many times every week",
        "frequent night cramps, no chest pain, breathing fine",
    ],
)
def test_a_count_told_of_the_cramps_beside_an_activity_is_theirs(text: str) -> None:
    assert (parse_text(text).frequency_per_week or 0) >= 3


def test_an_activitys_own_count_is_not_the_cramps() -> None:
    assert (parse_text("I run 3 times a week and get the odd cramp").frequency_per_week or 0) < 3


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("ran a marathon, didn't drink enough, threw up twice, cramps keep coming back", False),
        ("didn't throw up or have diarrhoea, just a calf cramp", True),
    ],
)
def test_a_new_clause_told_by_its_past_verb_ends_a_denial(text: str, denied: bool) -> None:
    assert ("fluid_loss" not in parse_text(text).events) is denied


def test_toes_that_will_not_uncurl_are_a_cramp_still_going() -> None:
    text = "foot cramp started 20 min ago and my toes wont uncurl, stretched it loads"
    assert parsed_level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "leg cramps that are really severe and haven't got better with stretching for weeks",
        "been stretching and drinking water for weeks like the internet says, cramps still nasty",
    ],
)
def test_self_care_for_weeks_without_improvement_is_said_many_ways(text: str) -> None:
    assert parse_text(text).symptoms.not_improving is True


@pytest.mark.parametrize(
    "text",
    [
        "my sister has kidney disease, I'm healthy, I had one cramp last night",
        "my husband's on dialysis, but I'm the one asking - had a short cramp last night",
    ],
)
def test_the_writer_named_as_well_or_as_the_one_asking_is_the_patient(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_a_double_denial_affirms() -> None:
    text = (
        "can't say I'm not breathless, because I am, and my calf's been sore since the coach trip"
    )
    assert parse_text(text).symptoms.breathless is True


def test_heat_stroke_told_by_likenesses_and_a_lost_place_is_an_emergency() -> None:
    text = (
        "lad next to me got cramps in the sun, now acting like he's had 10 pints, doesn't know "
        "what site we're on, skin's like a radiator and dry as a bone"
    )
    intake = parse_text(text)
    assert intake.heavy_alcohol is not True
    assert parsed_level(text) == "emergency"


def test_muscles_that_look_like_they_are_shrinking_are_wasting() -> None:
    text = "My father's thigh muscles look like they are shrinking and he gets cramps"
    assert parse_text(text).symptoms.wasting is True


@pytest.mark.parametrize(
    "text",
    [
        "cut my hand gardening last week, now my back arches in spasms and it hurts to swallow",
        "stood on a nail, now spasms and it kills me to swallow",
    ],
)
def test_spasms_after_a_wound_with_painful_swallowing_are_tetanus(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "calf aches after I've walked about 200m, I stop at the bus shelter and it goes",
        "I can get to the postbox but not back without stopping to let my calf settle down",
        "my calf hurts going uphill, eases once I stop",
        "while walking to market my calf pain comes, I stand few minutes it goes, again pain",
    ],
)
def test_walking_pain_eased_by_a_stop_is_claudication_in_more_words(text: str) -> None:
    assert parse_text(text).symptoms.pain_walking_relieved_by_rest is True


@pytest.mark.parametrize(
    "text",
    [
        "my left calf looks skinnier than the right lately and it keeps cramping",
        "the muscles in my hand are becoming thinner, I have cramps and I drop things",
    ],
)
def test_a_muscle_thinner_than_its_other_side_or_than_before_is_wasting(text: str) -> None:
    assert parse_text(text).symptoms.wasting is True


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "my wee was a bit dark this morning cos I forgot to drink, cleared after water",
            "self_care",
        ),
        ("my wee is dark brown and hasn't cleared despite water", "urgent"),
        (
            "had diarrhea last month, is finished. now only normal cramp once in a while",
            "self_care",
        ),
        ("had diarrhoea and vomiting yesterday, it's stopped now but cramps are bad", "urgent"),
        ("foot was cold in the sea but warm up after, colour normal, can move", "self_care"),
    ],
)
def test_a_sign_said_to_have_cleared_is_over_and_one_not_cleared_is_not(
    text: str, level: str
) -> None:
    assert parsed_level(text) == level


def test_cramps_that_wake_me_as_a_habit_disturb_sleep_and_one_that_woke_me_does_not() -> None:
    assert parse_text("they wake me in the night, I am tired at work").symptoms.sleep_disturbed
    assert not parse_text("a cramp woke me up at 4am, lasted a minute").symptoms.sleep_disturbed


def test_a_small_boy_who_drank_plenty_of_his_mothers_medicine_is_an_emergency() -> None:
    assert (
        _read_level("The small boy drank plenty of his mother's medicine, now he is jerking")[0]
        == "emergency"
    )


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("3andi tashannujat fi idayya w batni min embare7", "urgent"),
        ("jozi 3ando tashannojat w ma 3am yrodd 3alayna", "emergency"),
    ],
)
def test_arabic_spasms_of_the_arms_or_belly_are_cramps_and_alone_a_fit(
    text: str, level: str
) -> None:
    assert _read_level(text)[0] == level


def test_puffing_at_rest_or_out_of_nowhere_is_breathlessness() -> None:
    text = "out of nowhere I'm puffing like I just ran for the bus, but I'm sat in my chair"
    assert parse_text(text).symptoms.breathless is True


def test_puffing_after_a_run_is_no_sign() -> None:
    assert parse_text("I was puffing after my run and got a calf cramp").symptoms.breathless is None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("cramps last about 15 min... ok not really, more like 5 when I timed it", 5),
        ("cramp started 10 minutes ago... no, more like 25 now and stretching does nothing", 25),
        ("cramp for 20 minutes, it's 3 in the morning", 20),
    ],
)
def test_a_length_taken_back_by_a_bare_number_is_that_number(text: str, minutes: int) -> None:
    assert parse_text(text).duration_minutes == minutes


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "feet went cold after a swim in the sea and cramped. warmed them up, pink again",
            "self_care",
        ),
        ("my calf swelled up after the flight. It's still swollen and hot", "urgent"),
        (
            "my calf swelled up after the flight. Update: the swelling's gone down completely",
            "self_care",
        ),
    ],
)
def test_a_sign_said_in_the_next_sentence_to_have_gone_is_over(text: str, level: str) -> None:
    assert parsed_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "nan took her water pills this morning and then again, maybe a third time, now very drowsy",
        "been taking quinine for my night cramps. ok honestly I took the whole packet an hour ago",
        "my 3 year old had a sip of antifreeze from the garage, now tummy cramps",
        "Yung anak ko, 4 years old, nakainom ng gasolina sa bote ng juice, now very sleepy",
    ],
)
def test_doses_taken_again_whole_packets_and_sips_of_poison_are_an_emergency(text: str) -> None:
    assert _read_level(text)[0] == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "they tried me on one tablet, then another, and now I'm on Adalat; cramps at night",
        "I take my statin at night and then again the next morning I feel fine",
    ],
)
def test_one_medicine_after_another_is_no_second_dose(text: str) -> None:
    assert "overdose" not in {c.topic for c in parse_text(text).concerns}


def test_dark_urine_told_after_peeing_with_weakness_after_a_hard_class_is_an_emergency() -> None:
    text = (
        "did a brutal spin class yesterday, thighs cramping and so weak i cant get up the stairs. "
        "update: just peed and its dark brown like cola"
    )
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my son had a febrile fit when he was 2. he's 10 now and had a calf cramp at footy",
        "a lad collapsed on site last summer; today I had a cramp that went in 10 minutes",
        "my grandad worked in a lead mine, years before I was born. had one cramp this week",
        "worried about lead in our old pipes but the water test came back clear. odd night cramp",
    ],
)
def test_signs_of_long_ago_or_ruled_out_are_over(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_cramps_that_keep_me_from_work_disturb_daily_life() -> None:
    text = "cramps keep me from working, I've had to leave shifts twice this week"
    assert parse_text(text).symptoms.sleep_disturbed is True


@pytest.mark.parametrize(
    ("text", "up_to_date"),
    [
        ("scraped my knee off the bike, tetanus is up to date, no spasms", True),
        ("dog bit me, jab not up to date", False),
    ],
)
def test_a_tetanus_status_is_read_without_the_words_after_it(text: str, up_to_date: bool) -> None:
    assert parse_text(text).tetanus_up_to_date is up_to_date


@pytest.mark.parametrize(
    "text",
    [
        "my dad takes statins, I don't take any medicine, I had a cramp at the gym",
        "my dad takes statins, I don't",
    ],
)
def test_someone_elses_medicine_with_the_writer_set_apart_is_not_the_writers(text: str) -> None:
    assert not parse_text(text).medicines


def test_a_husband_who_wakes_me_with_his_cramp_is_the_patient() -> None:
    text = "My husband wakes me up most nights yelling with cramp in his legs"
    assert parse_text(text).who == "partner"


@pytest.mark.parametrize(
    "text",
    ["can tap water have mercury? I get the odd cramp", "is there mercury in tuna?"],
)
def test_a_poison_asked_about_in_food_or_water_is_no_exposure(text: str) -> None:
    assert "toxin_exposure" not in parse_text(text).events


@pytest.mark.parametrize(
    "text",
    [
        "is there lead in old paint? I've been sanding it all week and get cramps",
        "we found out there's lead in our tap water and I'm cramping",
    ],
)
def test_a_poison_one_is_exposed_to_still_counts(text: str) -> None:
    assert _read_level(text)[0] == "urgent"


def test_a_child_aged_four_who_drank_alcohol_is_a_poisoning() -> None:
    assert _read_level("my child aged 4 drank alcohol from a glass")[0] == "emergency"


def test_a_count_of_what_someone_does_is_the_activitys_even_after_the_cramps() -> None:
    text = "The cramps are getting better since I started stretching every evening."
    assert parse_text(text).frequency_per_week is None


def test_an_empty_text_reads_to_nothing() -> None:
    assert parse_text("").who == "self"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai bu enormement et j'ai pris des cachets en plus, j'ai des crampes partout",
        "corriendo al sol me dieron calambres y me desmaye, ya no sudo y la piel me arde",
        "rebenok vypil chto-to iz butylki s himiey, teper sudorogi",
        "am inceput statina saptamana trecuta, sunt foarte slabit si urina e maro ca si cola",
        "maz byl przygnieciony przez belke na budowie, noga bardzo boli, mocz ciemny jak cola",
    ],
)
def test_dev_aqs_emergencies_in_five_languages_are_read(text: str) -> None:
    assert _read_level(text)[0] == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Krampf in der Wade seit 20 Minuten, Dehnen hilft gar nichts",
        "namamanhid paligid ng bibig ko tapos nanigas mga daliri ko pati paa",
    ],
)
def test_dev_aqs_same_day_signs_in_german_and_tagalog_are_read(text: str) -> None:
    assert _read_level(text)[0] == "urgent"


def test_never_drinking_in_arabic_is_no_heavy_drinking() -> None:
    assert (
        read_text("ana ma bashrab kohol abadan, bas cramp marra kol shahr").heavy_alcohol
        is not True
    )
