"""Classes of wording found unread in round s14's blind batches (the lead's reading of
dev AT and the English of dev AV), one test per behaviour.

The sentences are our own, several per class, each beside a look-alike a level below: a
plea for help after the sign, a fit told as the next thing that happened, awareness lost
as time gone missing, a clock pair with a bare "nothing" after what was tried, a count of
the cramps told after an activity, a remedy that has stopped helping, twitching all over
for months, in-laws as people, drinking given up, "warm up" as a verb, a cramp claimed as
one's own, and a count of tablets that found none missing.
"""

from __future__ import annotations

import pytest

from crampcare.wording import language
from tests.intake.reading import parsed_level, parsed_level_from_text, read_level


@pytest.mark.parametrize(
    "text",
    [
        "my grandad is not responding please what do we do",
        "she went stiff and now won't wake up pls help what do i do",
    ],
)
def test_a_plea_after_the_sign_keeps_it_told(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_a_sign_asked_about_in_the_conditional_stays_a_question() -> None:
    assert parsed_level("if my dad ever stops responding what do I do") != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "she had a bad cramp then a fit in the kitchen",
        "my son's cramp turned into a seizure, he's still shaking",
        "cramp in his leg followed by a fit, lasted 3 minutes",
    ],
)
def test_a_fit_told_as_the_next_thing_that_happened_is_a_fit(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "cramp in my calf then a fit of coughing from the cold",
        "he had a cramp then a fit of giggles about it",
    ],
)
def test_a_fit_of_something_is_no_seizure(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my leg jerked hard and I lost a chunk of time, woke on the sofa",
        "after the cramp she can't remember the next few minutes at all",
        "he has a blank in his memory from when his arm started jerking",
    ],
)
def test_awareness_lost_as_time_gone_missing_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I lost time off work with the cramps last month",
        "the cramps lost me a lot of time at the gym",
    ],
)
def test_time_lost_from_work_is_no_loss_of_awareness(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "cramp since twenty past eleven, it's now ten to twelve, rubbed it, nothing",
        "thigh locked since 4:05, now 4:30, stretched it, nothing.",
    ],
)
def test_a_clock_pair_and_a_bare_nothing_after_what_was_tried_is_a_long_cramp(
    text: str,
) -> None:
    assert parsed_level(text) == "urgent"


def test_a_clock_pair_with_the_cramp_gone_is_no_long_cramp() -> None:
    text = "cramp at 3, it's now 4, gone now, no swelling, nothing"
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "on the farm I get cramps four times a week in harvest",
        "at the gym I get leg cramps most days now",
    ],
)
def test_the_cramps_named_between_an_activity_and_its_count_own_the_count(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "I go to the gym four times a week and had one cramp there",
        "since I started walking every morning my cramps have eased",
    ],
)
def test_a_count_of_what_someone_does_stays_the_activitys(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my cramps are bad and stretching doesn't help anymore",
        "magnesium no longer works for my night cramps, they're brutal",
        "these cramps haven't improved with stretching or more water",
    ],
)
def test_a_remedy_that_has_stopped_helping_is_not_improving(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "stretching helps with my occasional cramps",
        "the cramp eased as soon as I stretched it, like always",
    ],
)
def test_self_care_still_helping_or_just_begun_is_not_a_failure(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "twitching all over my body for the past 3 months and some cramps",
        "for weeks I've had muscle twitches everywhere, plus cramps",
    ],
)
def test_twitching_all_over_for_weeks_is_the_flicker_not_a_fit(text: str) -> None:
    assert parsed_level(text) == "doctor"


def test_twitching_all_over_for_minutes_is_still_a_fit() -> None:
    assert parsed_level("he was twitching all over for 2 minutes and not answering") == (
        "emergency"
    )


@pytest.mark.parametrize(
    "text",
    [
        "my father-in-law takes atorvastatin and now he has cramps every night",
        "my mother in law is on dialysis and has leg cramps",
    ],
)
def test_an_in_law_written_about_is_the_patient(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "my sister-in-law is on statins, I take nothing, just one cramp after tennis",
        "my son in law is diabetic but I'm not, I had a calf cramp last night",
    ],
)
def test_an_in_laws_condition_beside_my_own_cramp_is_theirs(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "I drank heavily every night for years but gave up drinking in 2019",
        "used to drink a bottle of wine a day, sober for three years now, odd cramp",
    ],
)
def test_drinking_given_up_is_no_heavy_drinking(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_drinking_taken_up_again_counts() -> None:
    text = "I quit drinking once. Now I drink a bottle of vodka every night"
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "toes went white in the cold lake but it warm up after few minutes, all pink",
        "my foot was cold from the sea, it warmed back up fine",
    ],
)
def test_warm_up_as_a_verb_is_no_warm_calf(text: str) -> None:
    assert parsed_level(text) != "urgent"


def test_a_swollen_calf_that_is_warm_is_still_a_clot_sign() -> None:
    assert parsed_level("my calf is swollen and it warm and red") == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "my husband sands old lead paint, but the cramp is mine, once after a run",
        "dad works with mercury at the plant; the cramps are mine, and rare",
    ],
)
def test_a_cramp_claimed_as_mine_sets_another_persons_exposure_apart(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_another_persons_cramps_after_their_exposure_are_theirs() -> None:
    assert parsed_level("my dad works with lead and he gets cramps every night") == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "Mum counted all her tablets after the kids visited and none are missing",
        "checked all his pills, nothing missing, he just has a calf cramp",
    ],
)
def test_a_count_of_tablets_with_none_missing_is_no_overdose(text: str) -> None:
    assert read_level(text) != "emergency"


def test_all_her_tablets_taken_is_still_an_overdose() -> None:
    assert parsed_level("my mum took all her tablets at once") == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "her cramp went on and now she's still jerking, 4 minutes",
        "he won't stop shaking after the cramp, eyes open",
    ],
)
def test_a_person_still_shaking_or_jerking_is_a_fit_going_on(text: str) -> None:
    assert read_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "he's still shaking from the cold water, the cramp has gone",
        "my calf is still jerking a bit after the cramp",
    ],
)
def test_shivering_or_a_limb_twitching_after_a_cramp_is_no_fit(text: str) -> None:
    assert read_level(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my wife is on dialysis; my own cramp was a quick one at the gym",
        "dad takes statins, my own cramps are rare and pass with a stretch",
    ],
)
def test_my_own_cramp_beside_another_persons_condition_is_mine(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_my_own_child_named_is_the_patient() -> None:
    assert parsed_level("my own son has cramps every night and can't sleep") == "doctor"


def test_my_own_cramps_set_aside_leave_the_other_person_the_patient() -> None:
    text = "my own cramps are fine, but my mum suddenly can't breathe and has chest pain"
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I woke with a calf cramp and then my wife started jerking and won't answer me",
        "my foot cramp has eased but my daughter swallowed some of my iron tablets",
        "had a cramp in the night, now my toddler has chewed one of the dishwasher pods",
    ],
)
def test_another_persons_emergency_told_beside_my_cramp_is_an_emergency(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my dad had chest pain once, I just get calf cramps",
        "my son swallowed a coin last year; tonight I had a quick calf cramp",
        "my husband took his tablets at breakfast and I had a cramp after",
    ],
)
def test_another_persons_past_or_ordinary_news_beside_my_cramp_stays_theirs(text: str) -> None:
    assert parsed_level(text) == "self_care"


def test_another_persons_swallowing_told_as_over_stays_theirs() -> None:
    text = "my niece swallowed some tablets last month (she's fine now). I get odd calf cramps"
    assert parsed_level(text) == "self_care"


def test_my_own_calf_cramped_is_my_cramp_beside_anothers_past_fit() -> None:
    text = "my friend's boy had a fit last week but he's fine; my own calf cramped on a walk"
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my wife has thyroid disease and cramps most nights, what should she do",
        "dad is on dialysis and cramps every session, what can he do",
    ],
)
def test_a_question_of_what_they_should_do_tells_their_condition(text: str) -> None:
    assert parsed_level(text) == "doctor"


@pytest.mark.parametrize(
    "text",
    [
        "after the cramp it feels like a brick is pressing on my chest",
        "mum says there's a heavy feeling in her chest and she can't get her breath",
        "his chest feels like it's in a vice, he's grey and sweating",
    ],
)
def test_chest_pain_told_by_a_likeness_of_weight_or_grip_is_chest_pain(text: str) -> None:
    assert parsed_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "it's a weight off my chest to know cramps are common",
        "the baby's hand was lying on my chest when my calf cramped",
    ],
)
def test_a_weight_on_the_chest_as_an_idiom_or_a_hand_is_no_chest_pain(text: str) -> None:
    assert parsed_level(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "my 6 week old is so sleepy and won't take her bottle, and her legs keep stiffening",
        "newborn is floppy and drowsy today, cramping legs?",
    ],
)
def test_a_baby_drowsy_and_not_feeding_is_an_emergency(text: str) -> None:
    assert read_level(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "baby is sleepy after his feed and I got a calf cramp while feeding him",
        "exhausted and sleepy with a newborn, getting night cramps",
    ],
)
def test_a_sleepy_parent_or_a_fed_baby_is_no_emergency(text: str) -> None:
    assert read_level(text) != "emergency"


@pytest.mark.parametrize(
    ("text", "level", "name"),
    [
        ("enate wedeqech, sewnetua yintekatekal, ayinagerim", "emergency", "Amharic"),
        ("wendime wedeke, ayimelsim", "emergency", "Amharic"),
        (
            "cycle chalate waqt pindli me cramp aaya, 1 minute me theek ho gaya",
            "self_care",
            "Hindi or Urdu",
        ),
    ],
)
def test_a_fall_and_negated_verbs_in_amharic_and_a_passing_cramp_in_hindi(
    text: str, level: str, name: str
) -> None:
    assert name in [f.language.name for f in language.find(text)]
    assert parsed_level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Tagalog: "na" between the denial and its verb; the whole body shaking
        ("yung lola ko hindi na sumasagot at nanginginig ang buong katawan", "emergency"),
        ("okay na si lola, sumasagot na siya, cramp lang sa binti kanina", "self_care"),
        # Dutch: "nu al" before the half hour
        ("mijn kuitkramp duurt nu al een half uur en rekken helpt niet", "urgent"),
        # isiZulu: the neck of a child ("yayo")
        ("ingane inemfiva futhi intamo yayo iqinile", "emergency"),
        # Hausa: the neck gone stiff with a fever; a wound on rusty metal, never a jab
        ("yarona yana da zazzabi mai zafi kuma wuyansa ya yi tauri", "emergency"),
        (
            "na ji rauni da karfe mai tsatsa jiya, yanzu tsokokina suna murdewa, ban taba yin "
            "allurar tetanus ba",
            "urgent",
        ),
        # French: standing no longer possible and cola urine after a marathon; belly and arms
        (
            "après le semi-marathon il ne tient plus debout et ses urines sont couleur coca",
            "emergency",
        ),
        ("des crampes dans le ventre et les deux bras depuis hier soir", "urgent"),
        # Hindi: arms and legs stiffening, unable to speak, after sleeping pills
        (
            "papa ne neend ki goliyan zyada kha li, haath pair akad gaye, bol nahi pa rahe",
            "emergency",
        ),
    ],
)
def test_signs_in_other_languages_with_their_particles_and_possessives(
    text: str, level: str
) -> None:
    assert parsed_level_from_text(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "calf aches when I climb the stairs at the station, I rest a minute and it goes",
            "doctor",
        ),
        (
            "jab main 100 meter chalti hoon to pindli me dard, ruk jaati hoon to theek ho jata hai",
            "doctor",
        ),
        ("may sakit ako sa bato, pulikat ako sa gabi", "doctor"),
        ("de spier van mijn bovenbeen wordt dunner en ik heb vaak krampen", "doctor"),
        ("ho sentito un pop nel polpaccio e non riesco a stare sulle punte", "urgent"),
    ],
)
def test_doctor_level_signs_in_lay_and_other_words(text: str, level: str) -> None:
    assert parsed_level_from_text(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "I climb the stairs at work every day, had a cramp in bed once",
        "may sakit si lola sa bato, ako wala, paminsan-minsan lang pulikat",
    ],
)
def test_stairs_without_a_pain_that_stops_or_anothers_kidneys_stay_self_care(text: str) -> None:
    assert parsed_level_from_text(text) == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        "after the half marathon she's confused with a splitting headache and being sick",
        "he's confused with a high temperature and his neck is stiff",
    ],
)
def test_confused_with_a_sign_is_confusion(text: str) -> None:
    assert parsed_level(text) == "emergency"


def test_confused_with_instructions_is_a_puzzle() -> None:
    assert parsed_level("I'm confused with the stretching instructions, the cramp went") == (
        "self_care"
    )
